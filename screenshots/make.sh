#!/usr/bin/env bash
# Regenerates screenshots/*.png from `provdash render`, so anyone can
# reproduce them: every tab at 120×40, in Vietnamese and English, in the
# dark and light themes.
#
# screenshots/png draws each PNG on a strict cell grid: text in DejaVu Sans
# Mono (falling back per glyph to DejaVu Sans, then Unifont if installed),
# braille charts, block elements and box drawing as shapes, so charts and
# frames join up and columns never drift. It needs the DejaVu fonts in
# /usr/share/fonts/truetype/dejavu; on Debian/Ubuntu they come with
# fonts-dejavu-core, installed by default (apt-get install fonts-dejavu-core).
# Usage: screenshots/make.sh   (from anywhere; needs Go and the module proxy)
set -euo pipefail
cd "$(dirname "$0")/.."

for font in DejaVuSansMono.ttf DejaVuSansMono-Bold.ttf; do
	if [ ! -f "/usr/share/fonts/truetype/dejavu/$font" ]; then
		echo "screenshots need /usr/share/fonts/truetype/dejavu/$font (apt-get install fonts-dejavu-core)" >&2
		exit 1
	fi
done

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/provdash" ./cmd/provdash
go build -o "$dir/png" ./screenshots/png
shot() { # theme background foreground lang tab
	"$dir/provdash" render --tab "$5" --width 120 --height 40 --lang "$4" --theme "$1" --color always |
		"$dir/png" -bg "$2" -fg "$3" -o "screenshots/$5-$4-$1.png"
}
for lang in vi en; do
	for tab in overview gdp fdi zones agreements; do
		shot dark "#14161B" "#E6E1CF" "$lang" "$tab"
		shot light "#FFFFFF" "#1F2328" "$lang" "$tab"
	done
done
ls -l screenshots/*.png
