package common

import "strings"

// bigGlyphs are 3-line block glyphs for the characters of a headline
// figure. Half blocks give five "pixel" rows, so the digits read like a
// seven-segment display from the back of a room. Every line of a glyph has
// the same width.
var bigGlyphs = map[rune][3]string{
	'0': {"█▀█", "█ █", "▀▀▀"},
	'1': {"▀█ ", " █ ", "▀▀▀"},
	'2': {"▀▀█", "█▀▀", "▀▀▀"},
	'3': {"▀▀█", " ▀█", "▀▀▀"},
	'4': {"█ █", "▀▀█", "  ▀"},
	'5': {"█▀▀", "▀▀█", "▀▀▀"},
	'6': {"█▀▀", "█▀█", "▀▀▀"},
	'7': {"▀▀█", "  █", "  ▀"},
	'8': {"█▀█", "█▀█", "▀▀▀"},
	'9': {"█▀█", "▀▀█", "▀▀▀"},
	'.': {" ", " ", "▀"},
	',': {" ", " ", "▜"},
	'%': {"▀ ▄▀", " ▄▀ ", "▀  ▀"},
	'-': {"   ", "▀▀▀", "   "},
	'−': {"   ", "▀▀▀", "   "},
	'+': {" ▄ ", "▀█▀", "   "},
	'~': {"     ", "▄▀▀▄▀", "     "},
	'≈': {"▄▀▀▄▀", " ▄▄ ▄", "▀  ▀ "},
	'>': {"▀▄ ", " ▄▀", "▀  "},
	'<': {" ▄▀", "▀▄ ", "  ▀"},
	' ': {" ", " ", " "},
}

// asciiGlyphs are the same characters for --ascii, in the classic
// seven-segment style made of _ and |.
var asciiGlyphs = map[rune][3]string{
	'0': {" _ ", "| |", "|_|"},
	'1': {"   ", "  |", "  |"},
	'2': {" _ ", " _|", "|_ "},
	'3': {" _ ", " _|", " _|"},
	'4': {"   ", "|_|", "  |"},
	'5': {" _ ", "|_ ", " _|"},
	'6': {" _ ", "|_ ", "|_|"},
	'7': {" _ ", "  |", "  |"},
	'8': {" _ ", "|_|", "|_|"},
	'9': {" _ ", "|_|", " _|"},
	'.': {" ", " ", "."},
	',': {" ", " ", ","},
	'%': {"  ", "o/", "/o"},
	'-': {"  ", "--", "  "},
	'−': {"  ", "--", "  "},
	'+': {"   ", "-+-", "   "},
	'~': {"   ", "~~~", "   "},
	'≈': {"   ", "~~~", "~~~"},
	'>': {"\\ ", " >", "/ "},
	'<': {" /", "< ", " \\"},
	' ': {" ", " ", " "},
}

// BigDigits renders s (a formatted figure such as "13,85 %", "≈8,65" or
// "−2,1") three lines high in block glyphs, or in ASCII seven-segment
// glyphs when ascii is set, one blank column between glyphs. Spaces,
// no-break and narrow no-break spaces become a one-column gap. It returns
// ok false, and "", when s is empty or has a character without a glyph
// (letters of a unit, say): the caller then draws the figure in normal type.
// The result is unstyled; wrap each line in Styles.BigDigits.
func BigDigits(s string, ascii bool) (string, bool) {
	glyphs := bigGlyphs
	if ascii {
		glyphs = asciiGlyphs
	}
	var lines [3]strings.Builder
	glyphsDrawn, visible := 0, false
	for _, r := range s {
		if r == '\u00a0' || r == '\u202f' || r == '\u2009' {
			r = ' '
		}
		g, ok := glyphs[r]
		if !ok {
			return "", false
		}
		for i := range lines {
			if glyphsDrawn > 0 {
				lines[i].WriteByte(' ')
			}
			lines[i].WriteString(g[i])
		}
		glyphsDrawn++
		visible = visible || r != ' '
	}
	if !visible {
		return "", false
	}
	return lines[0].String() + "\n" + lines[1].String() + "\n" + lines[2].String(), true
}

// HasBigGlyph reports whether r can be drawn by BigDigits, in both the
// block and the ASCII glyphs: a view finds the figure inside a text such
// as "USD 459.38 m" by it.
func HasBigGlyph(r rune) bool {
	_, a := bigGlyphs[r]
	_, b := asciiGlyphs[r]
	return a && b
}

// BigDigitsWidth is the width in cells of BigDigits(s, ascii), or -1 when
// s cannot be drawn big: a view checks it against its space before
// choosing large type.
func BigDigitsWidth(s string, ascii bool) int {
	out, ok := BigDigits(s, ascii)
	if !ok {
		return -1
	}
	first, _, _ := strings.Cut(out, "\n")
	return len([]rune(first))
}
