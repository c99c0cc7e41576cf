# Compiler warnings for every Waymark target; clean builds are the rule.
add_library(waymark_warnings INTERFACE)
target_compile_options(waymark_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
if(WAYMARK_WERROR)
    target_compile_options(waymark_warnings INTERFACE -Werror)
endif()
target_compile_definitions(waymark_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_STRICT_ITERATORS QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
