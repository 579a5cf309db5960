#!/usr/bin/env bash
# Regenerates screenshots/*.png from `provdash render`, so anyone can
# reproduce them: every tab of the bundled province at 120×40, in
# Vietnamese and English, in the dark and light themes; the two former
# provinces; the nationwide ranking at 200×60.
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
shot() { # theme background foreground lang tab [name extra-flags...]
	local name=${6:-$5-$4-$1}
	"$dir/provdash" render --tab "$5" --width 120 --height 40 --lang "$4" --theme "$1" --color always "${@:7}" |
		"$dir/png" -bg "$2" -fg "$3" -o "screenshots/$name.png"
}
dark=("#14161B" "#E6E1CF")
light=("#FFFFFF" "#1F2328")
# The province as it is today, every tab.
for lang in vi en; do
	for tab in overview gdp fdi zones agreements targets; do
		shot dark "${dark[@]}" "$lang" "$tab"
		shot light "${light[@]}" "$lang" "$tab"
	done
done
# The two provinces it was formed from, one row each.
shot light "${light[@]}" en overview overview-bac-giang-en-light --province bac-giang
shot dark "${dark[@]}" vi overview overview-bac-ninh-cu-vi-dark --province bac-ninh-cu
shot dark "${dark[@]}" en targets targets-bac-giang-en-dark --province bac-giang
# The nationwide ranking beside the growth chart, on a wide screen.
"$dir/provdash" render --tab gdp --width 200 --height 60 --lang en --theme dark --color always |
	"$dir/png" -bg "${dark[0]}" -fg "${dark[1]}" -o screenshots/gdp-nationwide-en-dark.png
"$dir/provdash" render --tab gdp --width 200 --height 60 --lang vi --theme light --color always --year 2024 |
	"$dir/png" -bg "${light[0]}" -fg "${light[1]}" -o screenshots/gdp-nationwide-2024-vi-light.png
ls -l screenshots/*.png
# The briefing, where Chromium and poppler-utils are installed (.ci/run
# installs them): its browser test keeps the files it checks.
if command -v chromium >/dev/null && command -v pdftoppm >/dev/null; then
	PROVDASH_BRIEFING_DIR="$dir/brief" go test -count=1 -run TestHTMLInBrowser ./internal/report >/dev/null
	cp "$dir/brief/bac-ninh.vi.390.png" screenshots/briefing-phone.png
	pdftoppm -png -r 60 -f 1 -l 1 "$dir/brief/bac-giang.en.pdf" "$dir/brief/page"
	cp "$dir/brief/page-"*1.png screenshots/briefing-print.png
fi
