package common

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// bigLetters are the capitals in the style of bigGlyphs' digits: three
// lines of half blocks, five "pixel" rows, flat tops, so a province name
// and a figure drawn together look like one typeface. Most are three cells
// wide; M, N, W and Đ need more to stay legible. Read only.
var bigLetters = map[rune][3]string{
	'A': {"█▀█", "█▀█", "▀ ▀"},
	'B': {"█▀▄", "█▀▄", "▀▀ "},
	'C': {"█▀▀", "█  ", "▀▀▀"},
	'D': {"█▀▄", "█ █", "▀▀ "},
	'Đ': {" █▀▄", "▀█▀█", " ▀▀ "},
	'E': {"█▀▀", "█▀▀", "▀▀▀"},
	'F': {"█▀▀", "█▀▀", "▀  "},
	'G': {"█▀▀", "█ ▄", "▀▀▀"},
	'H': {"█ █", "█▀█", "▀ ▀"},
	'I': {"▀█▀", " █ ", "▀▀▀"},
	'J': {"  █", "▄ █", "▀▀▀"},
	'K': {"█▄▀", "█▀▄", "▀ ▀"},
	'L': {"█  ", "█  ", "▀▀▀"},
	'M': {"█▄ ▄█", "█ ▀ █", "▀   ▀"},
	'N': {"█▄ █", "█ ▀█", "▀  ▀"},
	'O': {"█▀█", "█ █", "▀▀▀"},
	'P': {"█▀█", "█▀▀", "▀  "},
	'Q': {"█▀█", "█▄█", "  ▀"},
	'R': {"█▀█", "█▀▄", "▀ ▀"},
	'S': {"█▀▀", "▀▀█", "▀▀▀"},
	'T': {"▀█▀", " █ ", " ▀ "},
	'U': {"█ █", "█ █", "▀▀▀"},
	'V': {"█ █", "▀▄▀", " ▀ "},
	'W': {"█   █", "█▄▀▄█", "▀   ▀"},
	'X': {"█ █", "▄▀▄", "▀ ▀"},
	'Y': {"█ █", "▀█▀", " ▀ "},
	'Z': {"▀▀█", "▄▀ ", "▀▀▀"},
	'/': {"  █", "▄▀ ", "▀  "},
}

// asciiLetters are the capitals for --ascii, in the seven-segment style of
// asciiGlyphs. Read only.
var asciiLetters = map[rune][3]string{
	'A': {" _ ", "|_|", "| |"},
	'B': {" _ ", "|_)", "|_)"},
	'C': {" _ ", "|  ", "|_ "},
	'D': {" _ ", "| \\", "|_/"},
	'Đ': {"  _ ", "-+ \\", " |_/"},
	'E': {" _ ", "|_ ", "|_ "},
	'F': {" _ ", "|_ ", "|  "},
	'G': {" __", "| _", "|_|"},
	'H': {"   ", "|_|", "| |"},
	'I': {"   ", " | ", " | "},
	'J': {"   ", "  |", "|_|"},
	'K': {"   ", "|/ ", "|\\ "},
	'L': {"   ", "|  ", "|_ "},
	'M': {"    ", "|\\/|", "|  |"},
	'N': {"    ", "|\\ |", "| \\|"},
	'O': {" _ ", "| |", "|_|"},
	'P': {" _ ", "|_)", "|  "},
	'Q': {" _ ", "| |", "|_\\"},
	'R': {" _ ", "|_)", "| \\"},
	'S': {" _ ", "(_ ", " _)"},
	'T': {"___", " | ", " | "},
	'U': {"   ", "| |", "|_|"},
	'V': {"   ", "\\ /", " v "},
	'W': {"    ", "|  |", "|/\\|"},
	'X': {"   ", "\\_/", "/ \\"},
	'Y': {"   ", "\\_/", " | "},
	'Z': {"__ ", " / ", "/_ "},
	'/': {"  /", " / ", "/  "},
}

// Combining marks BigText draws (after NFD): the Vietnamese tone marks,
// the circumflex and breve, the horn of ơ and ư, the dot below, and the
// diaeresis.
const (
	markGrave      = '\u0300'
	markAcute      = '\u0301'
	markCircumflex = '\u0302'
	markTilde      = '\u0303'
	markBreve      = '\u0306'
	markDiaeresis  = '\u0308'
	markHook       = '\u0309'
	markHorn       = '\u031B'
	markDotBelow   = '\u0323'
)

// markGlyph is a mark drawn on a line of its own, three cells wide:
// quadrant blocks, whose half-cell steps draw a slant, or ASCII.
func markGlyph(mark rune, ascii bool) string {
	if ascii {
		switch mark {
		case markGrave:
			return " \\ "
		case markAcute:
			return " / "
		case markCircumflex:
			return " ^ "
		case markTilde:
			return " ~ "
		case markBreve:
			return "\\_/"
		case markDiaeresis:
			return " \" "
		case markHook:
			return " ? "
		case markDotBelow:
			return " . "
		}
		return ""
	}
	switch mark {
	case markGrave:
		return "▝▖ "
	case markAcute:
		return " ▗▘"
	case markCircumflex:
		return "▗▀▖"
	case markTilde:
		return "▗▚▘"
	case markBreve:
		return "▝▄▘"
	case markDiaeresis:
		return "▝ ▘"
	case markHook:
		return "▝▜ "
	case markDotBelow:
		return " ▀ "
	}
	return ""
}

// bigCluster is one character of BigText: a base glyph and the marks
// drawn around it.
type bigCluster struct {
	glyph [3]string
	// base is the character drawn (a capital for a letter); body is the
	// width of its glyph, without a horn.
	base rune
	body int
	horn bool
	// above are the marks above, outermost first: a tone mark over a
	// circumflex or breve.
	above []rune
	below bool
}

// bigClusters splits s into what BigText draws, or ok false when s has a
// character or a combination of marks the font lacks.
func bigClusters(s string, ascii bool) (cs []bigCluster, ok bool) {
	digits, letters := bigGlyphs, bigLetters
	if ascii {
		digits, letters = asciiGlyphs, asciiLetters
	}
	var cur *bigCluster
	var shape, tone rune
	flush := func() {
		if cur == nil {
			return
		}
		if tone != 0 {
			cur.above = append(cur.above, tone)
		}
		if shape != 0 {
			cur.above = append(cur.above, shape)
		}
		cs = append(cs, *cur)
		cur, shape, tone = nil, 0, 0
	}
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			if cur == nil || !unicode.IsLetter(cur.base) {
				return nil, false // a mark on nothing, a digit or a space
			}
			switch r {
			case markGrave, markAcute, markTilde, markHook:
				if tone != 0 {
					return nil, false
				}
				tone = r
			case markCircumflex, markBreve, markDiaeresis:
				if shape != 0 {
					return nil, false
				}
				shape = r
			case markDotBelow:
				cur.below = true
			case markHorn:
				// A horn only fits O and U: on any other letter it
				// would read as a different letter.
				if cur.horn || (cur.base != 'O' && cur.base != 'U') {
					return nil, false
				}
				cur.horn = true
				if ascii {
					cur.glyph = [3]string{cur.glyph[0] + " ", cur.glyph[1] + "'", cur.glyph[2] + " "}
				} else {
					cur.glyph = [3]string{cur.glyph[0] + "▀", cur.glyph[1] + " ", cur.glyph[2] + " "}
				}
			default:
				return nil, false
			}
			continue
		}
		flush()
		switch r {
		case '\u00a0', '\u202f', '\u2009':
			r = ' '
		case '–', '—':
			r = '-'
		}
		g, found := digits[r]
		if !found {
			r = unicode.ToUpper(r)
			g, found = letters[r]
		}
		if !found {
			return nil, false
		}
		cur = &bigCluster{glyph: g, base: r, body: len([]rune(g[0]))}
	}
	flush()
	return cs, true
}

// BigText renders s (a province name, a date) in big glyphs: letters as
// capitals (A–Z and Đ), digits and the punctuation of BigDigits, "/" and
// dashes, one blank column between characters. Text is decomposed (NFD)
// and each base letter is drawn with its marks around it: tone marks,
// circumflex and breve on the lines above (a tone over a circumflex or
// breve takes a second line), the horn of ơ and ư at the letter's top
// right, the dot below on a line under it. So "Bắc Giang" is drawn as
// BẮC GIANG, five lines high (two mark lines, three glyph lines), and a
// name without marks is three lines. Under ascii the glyphs and marks are
// ASCII. It returns ok false, and "", when s has a character, or a
// combination of marks, the font lacks, or nothing visible: the caller
// then writes s in normal (bold) type rather than draw part of it. Every
// line has the same width (BigTextWidth). The result is unstyled.
func BigText(s string, ascii bool) (string, bool) {
	cs, ok := bigClusters(s, ascii)
	if !ok {
		return "", false
	}
	above, below, visible := 0, false, false
	for _, c := range cs {
		above = max(above, len(c.above))
		below = below || c.below
		visible = visible || strings.TrimSpace(c.glyph[0]+c.glyph[1]+c.glyph[2]) != ""
	}
	if !visible {
		return "", false
	}
	n := above + 3
	if below {
		n++
	}
	lines := make([]strings.Builder, n)
	for i, c := range cs {
		w := len([]rune(c.glyph[0]))
		col := make([]string, n)
		for j := range col {
			col[j] = strings.Repeat(" ", w)
		}
		// Marks sit over the letter's body, the innermost on the line
		// next to it; a horn column stays blank above.
		// Only letters, three cells wide or more, carry marks.
		lead := strings.Repeat(" ", max(c.body-3, 0)/2)
		trail := strings.Repeat(" ", max(w-3-len(lead), 0))
		for k, mk := range c.above {
			col[above-len(c.above)+k] = lead + markGlyph(mk, ascii) + trail
		}
		copy(col[above:], c.glyph[:])
		if c.below {
			col[n-1] = lead + markGlyph(markDotBelow, ascii) + trail
		}
		for j := range lines {
			if i > 0 {
				lines[j].WriteByte(' ')
			}
			lines[j].WriteString(col[j])
		}
	}
	out := make([]string, n)
	for j := range lines {
		out[j] = lines[j].String()
	}
	return strings.Join(out, "\n"), true
}

// BigTextWidth is the width in cells of BigText(s, ascii), or -1 when s
// cannot be drawn big.
func BigTextWidth(s string, ascii bool) int {
	out, ok := BigText(s, ascii)
	if !ok {
		return -1
	}
	first, _, _ := strings.Cut(out, "\n")
	return len([]rune(first))
}

// quadrantBlocks lists the block characters by the quarters of the cell
// they fill: bit 0 top left, 1 top right, 2 bottom left, 3 bottom right.
// Every shape BigText draws (half blocks, quadrants, full block, space)
// is one of them.
const quadrantBlocks = " ▘▝▀▖▌▞▛▗▚▐▜▄▙▟█"

// ScaleBlocks draws block-character text (BigText's, not its ASCII
// variant) k times larger: each quarter of a cell becomes k×k quarters, so
// a letter keeps its shape and its marks, k times as wide and as many
// lines. A wide screen shows a title at a size that reads across a room.
// It returns ok false when k < 1 or g has a character that is not a block
// of quarters.
func ScaleBlocks(g string, k int) (string, bool) {
	if k < 1 {
		return "", false
	}
	blocks := []rune(quadrantBlocks)
	rows := strings.Split(g, "\n")
	// px[y][x]: the quarter-cell pixels of g.
	px := make([][]bool, 2*len(rows))
	for y, row := range rows {
		rs := []rune(row)
		px[2*y], px[2*y+1] = make([]bool, 2*len(rs)), make([]bool, 2*len(rs))
		for x, r := range rs {
			q := strings.IndexRune(quadrantBlocks, r)
			if q < 0 {
				return "", false
			}
			q = len([]rune(quadrantBlocks[:q])) // byte offset to quarter bits
			px[2*y][2*x], px[2*y][2*x+1] = q&1 != 0, q&2 != 0
			px[2*y+1][2*x], px[2*y+1][2*x+1] = q&4 != 0, q&8 != 0
		}
	}
	at := func(y, x int) bool {
		y, x = y/k, x/k
		return y < len(px) && x < len(px[y]) && px[y][x]
	}
	var b strings.Builder
	for y := 0; y < len(rows)*k; y++ {
		if y > 0 {
			b.WriteByte('\n')
		}
		for x := 0; x < len(px[0])/2*k; x++ {
			q := 0
			for bit, d := range [4][2]int{{0, 0}, {0, 1}, {1, 0}, {1, 1}} {
				if at(2*y+d[0], 2*x+d[1]) {
					q |= 1 << bit
				}
			}
			b.WriteRune(blocks[q])
		}
	}
	return b.String(), true
}
