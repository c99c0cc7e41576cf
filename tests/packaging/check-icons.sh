#!/bin/sh
# Checks the UI icons in resources/icons: every name the UI asks for exists, each file is
# well-formed XML with a 24x24 view box, and none uses what QtSvg (SVG 1.2 Tiny) or the
# run-time tinting cannot handle: CSS, filters, gradients, masks, text, images, or any
# colour other than black. app.svg must be the packaged application icon.
#
#   check-icons.sh ICON_DIR APP_ICON
set -eu

fail() {
    echo "check-icons: $*" >&2
    exit 1
}

[ $# -eq 2 ] || fail "usage: check-icons.sh ICON_DIR APP_ICON"
dir=$1
app=$2

names="
kind-touchpoint kind-action kind-thought kind-pain_point kind-opportunity kind-idea
kind-process kind-note
channel-store channel-web channel-app channel-social channel-email channel-phone
channel-chat channel-partner channel-other
lane-customer_actions lane-touchpoints lane-channels lane-thoughts lane-emotion_curve
lane-pain_points lane-opportunities lane-frontstage lane-backstage lane-support_processes
lane-metrics lane-custom
action-new action-open action-save action-save-as action-undo action-redo action-cut
action-copy action-paste action-delete action-add-card action-add-stage action-add-lane
action-zoom-in action-zoom-out action-zoom-fit action-import action-export action-pdf
action-image action-settings action-review action-comment action-goal action-plan
action-dashboard action-heatmap action-chart action-persona action-connect action-journey
action-sample action-help
"

errors=0
complain() {
    echo "check-icons: $*" >&2
    errors=$((errors + 1))
}

for n in $names; do
    f="$dir/$n.svg"
    if [ ! -f "$f" ]; then
        complain "missing $f"
        continue
    fi
    if command -v xmllint >/dev/null 2>&1; then
        xmllint --noout "$f" || complain "$f is not well-formed XML"
    fi
    grep -q 'viewBox="0 0 24 24"' "$f" || complain "$f: view box is not 0 0 24 24"
    if grep -Eiq '<style|style=|class=|<filter|filter=|gradient|<mask|mask=|<text|<image|opacity' "$f"; then
        complain "$f uses CSS, filters, gradients, masks, text, images or opacity"
    fi
    # every colour is black (or none)
    colours=$(grep -Eo '(fill|stroke)="[^"]*"' "$f" | sed 's/^[a-z]*="//; s/"$//' | sort -u)
    for c in $colours; do
        case "$c" in
            "#000000" | "#000" | none) ;;
            *) complain "$f uses colour $c; icons must be pure black shapes" ;;
        esac
    done
done

[ -f "$dir/app.svg" ] || complain "missing $dir/app.svg"
cmp -s "$dir/app.svg" "$app" || complain "$dir/app.svg differs from $app"

[ "$errors" -eq 0 ] || fail "$errors problem(s)"
echo "check-icons: $(echo $names | wc -w) icons OK"
