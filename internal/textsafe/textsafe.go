// Package textsafe keeps text that comes from a dataset from acting on the
// terminal that shows it.
//
// A dataset is written by people and tools the reader of the dashboard does
// not control, and its text reaches terminals over SSH: an escape sequence
// in a province name could set a planner's clipboard (OSC 52), plant a
// link (OSC 8), reset or clear the screen, or reorder what a sentence
// seems to say (bidirectional overrides). The loader refuses such text (see
// Find and data/README.md); Clean and KeepStyle are the second line, for
// datasets built any other way, applied where text becomes output.
//
// The package is a leaf: it imports nothing of provdash, so the loader, the
// locale and every output path can use the same rules.
package textsafe

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind says why a character may not appear in dataset text.
type Kind int

// The kinds of character Find reports.
const (
	// Control is a C0 or C1 control character or DEL: terminals act on
	// them (ESC starts escape sequences, BEL ends them, U+009B is CSI).
	Control Kind = iota + 1
	// Bidi is a bidirectional embedding, override or isolate
	// (U+202A–U+202E, U+2066–U+2069): it makes text display in another
	// order than it is stored.
	Bidi
	// Invisible is a zero-width or invisible character that no script
	// needs where it stands: it hides differences between values that look
	// the same.
	Invisible
)

// Find returns the byte offset in s of the first character dataset text
// must not contain, the character and why. Tab is allowed only when
// allowTab is set (notes). Zero-width joiners (U+200C, U+200D) are allowed
// between two letters of a script that shapes with them (Arabic, the
// Indic scripts, Sinhala, Khmer, Myanmar…); U+200B, U+2060–U+2064, U+FEFF
// and tag characters are never allowed. Invalid UTF-8 is the loader's
// business (it rejects the whole file), so Find treats a bad byte as a
// control character, which is the safe answer.
func Find(s string, allowTab bool) (at int, r rune, kind Kind) {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			return i, rune(c), Control
		}
		switch k := classify(r); {
		case k == 0:
		case r == '\t' && allowTab:
		case (r == zwnj || r == zwj) && joins(s, i, size):
		default:
			return i, r, k
		}
		i += size
	}
	return -1, 0, 0
}

const (
	zwnj = '\u200c'
	zwj  = '\u200d'
)

// classify is the Kind of r, or 0 when dataset text may hold it.
func classify(r rune) Kind {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f, r == '\u2028', r == '\u2029':
		return Control
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return Bidi
	case r == '\u200b', r == zwnj, r == zwj, r >= '\u2060' && r <= '\u2064', r == '\ufeff',
		r >= '\ufff9' && r <= '\ufffb', r >= 0xe0000 && r <= 0xe007f:
		return Invisible
	}
	return 0
}

// joiningScripts shape letters differently when a ZWJ or ZWNJ stands
// between them, so in them a joiner is spelling, not noise.
var joiningScripts = []*unicode.RangeTable{
	unicode.Arabic, unicode.Syriac, unicode.Nko, unicode.Mongolian, unicode.Thaana,
	unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati, unicode.Oriya,
	unicode.Tamil, unicode.Telugu, unicode.Kannada, unicode.Malayalam, unicode.Sinhala,
	unicode.Khmer, unicode.Myanmar, unicode.Tibetan,
}

// joins reports whether the joiner at s[i:i+size] stands between two
// letters (or combining marks) of a joining script.
func joins(s string, i, size int) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+size:])
	return joiningLetter(prev) && joiningLetter(next)
}

func joiningLetter(r rune) bool {
	if !unicode.In(r, unicode.L, unicode.M) {
		return false
	}
	return unicode.In(r, joiningScripts...)
}

// names of the characters Describe spells out; others are shown by code
// point only.
var names = map[rune]string{
	0x00: "NUL", 0x01: "SOH", 0x02: "STX", 0x03: "ETX", 0x04: "EOT", 0x05: "ENQ", 0x06: "ACK", 0x07: "BEL",
	0x08: "BS", 0x09: "TAB", 0x0a: "LINE FEED", 0x0b: "VT", 0x0c: "FF", 0x0d: "CARRIAGE RETURN", 0x0e: "SO", 0x0f: "SI",
	0x10: "DLE", 0x11: "DC1", 0x12: "DC2", 0x13: "DC3", 0x14: "DC4", 0x15: "NAK", 0x16: "SYN", 0x17: "ETB",
	0x18: "CAN", 0x19: "EM", 0x1a: "SUB", 0x1b: "ESC", 0x1c: "FS", 0x1d: "GS", 0x1e: "RS", 0x1f: "US",
	0x7f: "DEL", 0x84: "IND", 0x85: "NEL", 0x88: "HTS", 0x8d: "RI", 0x8e: "SS2", 0x8f: "SS3", 0x90: "DCS",
	0x98: "SOS", 0x9a: "SCI", 0x9b: "CSI", 0x9c: "ST", 0x9d: "OSC", 0x9e: "PM", 0x9f: "APC",
	0x2028: "LINE SEPARATOR", 0x2029: "PARAGRAPH SEPARATOR",
	0x202a: "LRE", 0x202b: "RLE", 0x202c: "PDF", 0x202d: "LRO", 0x202e: "RLO",
	0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI",
	0x200b: "ZERO WIDTH SPACE", 0x200c: "ZWNJ", 0x200d: "ZWJ", 0x2060: "WORD JOINER", 0xfeff: "BOM",
}

// Describe names r for a message: "U+001B ESC", "U+202E RLO", "U+00A0".
func Describe(r rune) string {
	if n, ok := names[r]; ok {
		return fmt.Sprintf("U+%04X %s", r, n)
	}
	return fmt.Sprintf("U+%04X", r)
}

// Clean returns s without anything that can act on a terminal or reorder
// text: whole escape sequences (ESC or C1 introduced: CSI, OSC, DCS, SOS,
// PM, APC with their payload, and two-character ESC commands such as ESC
// c), every other C0 and C1 control except tab and line feed, DEL,
// bidirectional controls and invalid UTF-8. It returns s itself, without
// allocating, when there is nothing to remove, so it costs little on the
// paths that draw every frame.
func Clean(s string) string { return strip(s, false, nil) }

// KeepStyle is Clean for a frame the program composed itself: the only
// sequences the dashboard writes into a frame are SGR styling (ESC [ … m),
// so those are kept and every other sequence and control is removed. Data
// text that reached the frame some other way than through Clean can at
// most change colours, never the terminal's state.
func KeepStyle(s string) string { return strip(s, true, nil) }

// KeepStyleLinks is KeepStyle that also keeps OSC 8 hyperlinks whose
// address link approves: the dashboard links the addresses of its
// dataset's sources, and a link to any other address, whoever made it, is
// removed. A link can only make text clickable; it cannot change the
// terminal's state or write its clipboard.
func KeepStyleLinks(s string, link func(uri string) bool) string { return strip(s, true, link) }

// kept reports whether the escape sequence seq survives a frame: SGR
// always, an OSC 8 hyperlink when link approves its address, and the
// sequence that ends a link only when a kept one is open (*open tracks
// it), so no stray link end from data passes either.
func kept(seq string, sgr bool, link func(string) bool, open *bool) bool {
	if sgr {
		return true
	}
	if link == nil {
		return false
	}
	uri, ok := hyperlink(seq)
	switch {
	case !ok:
		return false
	case uri == "":
		if *open {
			*open = false
			return true
		}
		return false
	case link(uri):
		*open = true
		return true
	}
	return false
}

func strip(s string, keepSGR bool, link func(string) bool) string {
	i := firstUnsafe(s, keepSGR, link)
	if i < 0 {
		return s
	}
	open := false
	// Replay the kept links before i, so a link open there is known.
	for j := 0; j < i; {
		if s[j] == 0x1b {
			n, sgr := escape(s[j:])
			kept(s[j:j+n], sgr, link, &open)
			j += n
			continue
		}
		j++
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c >= 0x20 && c < 0x7f || c == '\n' || c == '\t' {
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			i++ // invalid UTF-8: a lone 0x9b byte is CSI to an 8-bit terminal
		case r == 0x1b:
			n, sgr := escape(s[i:])
			if keepSGR && kept(s[i:i+n], sgr, link, &open) {
				b.WriteString(s[i : i+n])
			}
			i += n
		case r == 0x9b, r == 0x9d, r == 0x90, r == 0x98, r == 0x9e, r == 0x9f:
			i += size + c1Body(s[i+size:], r)
		case classify(r) == Control, classify(r) == Bidi:
			i += size
		default:
			b.WriteString(s[i : i+size])
			i += size
		}
	}
	return b.String()
}

// firstUnsafe is the offset of the first byte strip must remove, or -1;
// with keepSGR, SGR sequences are passed over, so a frame with nothing to
// remove costs one scan and no allocation.
func firstUnsafe(s string, keepSGR bool, link func(string) bool) int {
	open := false
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f || c == '\n' || c == '\t' {
			i++
			continue
		}
		if c == 0x1b && keepSGR {
			n, sgr := escape(s[i:])
			if !kept(s[i:i+n], sgr, link, &open) {
				return i
			}
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 || classify(r) == Control || classify(r) == Bidi {
			return i
		}
		i += size
	}
	return -1
}

// escape measures the escape sequence at the start of s (s[0] is ESC) and
// reports whether it is SGR styling.
func escape(s string) (n int, sgr bool) {
	if len(s) < 2 {
		return len(s), false
	}
	switch s[1] {
	case '[':
		n, final := csiBody(s[2:])
		return 2 + n, final == 'm' && sgrParams(s[2:2+n])
	case ']':
		return 2 + stringBody(s[2:], true), false
	case 'P', 'X', '^', '_':
		return 2 + stringBody(s[2:], false), false
	}
	// ESC, intermediates 0x20–0x2F, then one final byte (ESC c, ESC 7, ESC ( B).
	i := 1
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		i++
	}
	return i, false
}

// hyperlink returns the address of an OSC 8 hyperlink ("ESC ] 8 ; params
// ; URI" ended by ST or BEL) whose parameters and address are printable
// ASCII ("" for the sequence that ends a link), ok false for anything else.
func hyperlink(seq string) (uri string, ok bool) {
	body, ok := strings.CutPrefix(seq, "\x1b]8;")
	if !ok {
		return "", false
	}
	switch {
	case strings.HasSuffix(body, "\x1b\\"):
		body = body[:len(body)-2]
	case strings.HasSuffix(body, "\a"):
		body = body[:len(body)-1]
	default:
		return "", false
	}
	for i := 0; i < len(body); i++ {
		if c := body[i]; c < 0x21 || c > 0x7e {
			return "", false
		}
	}
	_, uri, ok = strings.Cut(body, ";") // params (an id=…) ; address
	if !ok {
		return "", false
	}
	return uri, true
}

// csiBody measures a CSI sequence's parameters, intermediates and final
// byte; a sequence cut short by a non-CSI byte ends before it.
func csiBody(s string) (n int, final byte) {
	for n < len(s) {
		c := s[n]
		switch {
		case c >= 0x20 && c <= 0x3f:
			n++
		case c >= 0x40 && c <= 0x7e:
			return n + 1, c
		default:
			return n, 0
		}
	}
	return n, 0
}

// sgrParams reports whether a CSI body (with its final byte) is plain SGR:
// digits, ';' and ':' only, then 'm'.
func sgrParams(body string) bool {
	if body == "" || body[len(body)-1] != 'm' {
		return false
	}
	for i := 0; i < len(body)-1; i++ {
		if c := body[i]; (c < '0' || c > '9') && c != ';' && c != ':' {
			return false
		}
	}
	return true
}

// stringBody measures the payload of an OSC, DCS, SOS, PM or APC string up
// to and including its terminator (ST as ESC \ or U+009C, or BEL for OSC).
// An unterminated string ends before the next line feed, so a frame keeps
// its lines even when data cut a sequence short.
func stringBody(s string, bel bool) int {
	for i := 0; i < len(s); i++ {
		switch {
		case bel && s[i] == 0x07:
			return i + 1
		case s[i] == '\n':
			return i
		case s[i] == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i // another sequence starts: the string was cut short
		case s[i] == 0xc2 && i+1 < len(s) && s[i+1] == 0x9c:
			return i + 2
		}
	}
	return len(s)
}

// c1Body measures what follows a C1 introducer written as a character.
func c1Body(s string, r rune) int {
	switch r {
	case 0x9b:
		n, _ := csiBody(s)
		return n
	case 0x9d:
		return stringBody(s, true)
	}
	return stringBody(s, false)
}
