# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE): settings that must not
# leak into the other packages, such as the source tarball.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
endif()
