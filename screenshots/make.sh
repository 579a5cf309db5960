#!/usr/bin/env bash
# Regenerates screenshots/*.png from `provdash render`, so anyone can
# reproduce them: one PNG per tab at 120×40, in Vietnamese (the default)
# and in English.
# Usage: screenshots/make.sh   (from anywhere; needs Go and the module proxy)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(mktemp -d)/provdash
go build -o "$bin" ./cmd/provdash
freeze() { go run github.com/charmbracelet/freeze@v0.2.2 --language ansi --window --padding 20 --font.size 14 "$@"; }
for lang in vi en; do
	for tab in overview gdp fdi zones agreements; do
		out="screenshots/$tab-$lang.png"
		"$bin" render --tab "$tab" --width 120 --height 40 --lang "$lang" --color always | freeze -o "$out"
	done
done
ls -l screenshots/*.png
