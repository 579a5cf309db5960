package dataset

import (
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/provdash/provdash/internal/textsafe"
)

// scanTOML reads dataset.toml's raw text before the TOML parser does, for
// what the parser cannot be trusted with or does not report:
//
//   - nesting: the parser recurses once per [ or {, so a file of a few
//     million brackets overflows the goroutine stack, a fatal error that
//     takes a whole server down. Counting depth outside strings and
//     comments is linear and needs no recursion; past Limits.Depth the
//     file is refused and never parsed (ok false).
//   - strings: every string's decoded text (escapes such as \e, \u001B or
//     \x9B included) is checked like a CSV cell, with the line and column
//     where the offending character, or the escape that writes it, stands.
//
// Strings are problems but not fatal: the parser still runs, so the other
// problems of the file are listed too.
func (l *loader) scanTOML(text string) (ok bool) {
	s := tomlScanner{l: l, text: text, line: 1, col: 1}
	return s.run()
}

type tomlScanner struct {
	l         *loader
	text      string
	i         int // byte offset of the next character
	line, col int // 1-based position of text[i]; col counts characters
	lineStart int // byte offset where the current line starts
	table     string
	depth     int
}

// advance moves past n bytes, keeping line and col.
func (s *tomlScanner) advance(n int) {
	for end := min(s.i+n, len(s.text)); s.i < end; s.i++ {
		switch c := s.text[s.i]; {
		case c == '\n':
			s.line, s.col, s.lineStart = s.line+1, 1, s.i+1
		case c&0xc0 != 0x80:
			s.col++
		}
	}
	if s.i < len(s.text) && s.text[s.i]&0xc0 == 0x80 {
		s.col-- // stopped inside a character: it was counted at its first byte
	}
}

func (s *tomlScanner) run() bool {
	for s.i < len(s.text) {
		switch c := s.text[s.i]; c {
		case '#':
			end := strings.IndexByte(s.text[s.i:], '\n')
			if end < 0 {
				end = len(s.text) - s.i
			}
			s.advance(end)
		case '[', '{':
			if c == '[' && s.depth == 0 && strings.TrimSpace(s.text[s.lineStart:s.i]) == "" {
				s.table = tableName(s.text[s.i:])
			}
			s.depth++
			if s.depth > s.l.lim.Depth {
				s.l.addf(CodeTOMLTooDeep, FileMeta, s.line, s.col, "",
					"[ and { nested more than %d deep (--max-depth raises the limit)", s.l.lim.Depth)
				return false
			}
			s.advance(1)
		case ']', '}':
			s.depth = max(s.depth-1, 0)
			s.advance(1)
		case '"', '\'':
			s.str()
		default:
			s.advance(1)
		}
	}
	return true
}

// tableName is the name in a table header "[name]" or "[[name]]", for
// naming the key of a problem.
func tableName(h string) string {
	if end := strings.IndexByte(h, '\n'); end >= 0 {
		h = h[:end]
	}
	if end := strings.IndexByte(h, ']'); end >= 0 {
		h = h[:end]
	}
	return strings.Trim(strings.TrimSpace(h), "[ ")
}

// key names the key a string at the current position belongs to:
// "source.title", "headline.label.vi". It is a best guess from the text
// before the string on its line, for the problem's column name only.
func (s *tomlScanner) key() string {
	before := s.text[s.lineStart:s.i]
	eq := strings.LastIndexByte(before, '=')
	if eq < 0 {
		return s.table
	}
	k := before[:eq]
	if j := strings.LastIndexAny(k, "{,"); j >= 0 {
		outer := strings.TrimSpace(before[:strings.IndexByte(before, '=')])
		k = outer + "." + strings.TrimSpace(k[j+1:])
	}
	k = strings.TrimSpace(k)
	if s.table != "" {
		k = s.table + "." + k
	}
	return k
}

// pos is where one decoded character of a string was written.
type pos struct{ line, col int }

// str consumes one string of any of TOML's four kinds and checks its
// decoded text.
func (s *tomlScanner) str() {
	q := s.text[s.i]
	basic := q == '"'
	delim := string([]byte{q, q, q})
	multi := strings.HasPrefix(s.text[s.i:], delim)
	key := s.key()
	allowTab := allowsTab(key) || strings.Contains(key, "note")
	if multi {
		s.advance(3)
		// A newline right after the opening delimiter is not part of it.
		if strings.HasPrefix(s.text[s.i:], "\r\n") {
			s.advance(2)
		} else if strings.HasPrefix(s.text[s.i:], "\n") {
			s.advance(1)
		}
	} else {
		s.advance(1)
	}
	var (
		text    []rune
		where   []pos
		tooLong bool
		start   = pos{s.line, s.col}
	)
	emit := func(r rune, p pos) {
		if tooLong {
			return
		}
		if len(text) == s.l.lim.Cell {
			tooLong = true
			return
		}
		text, where = append(text, r), append(where, p)
	}
	for s.i < len(s.text) {
		c := s.text[s.i]
		here := pos{s.line, s.col}
		switch {
		case multi && strings.HasPrefix(s.text[s.i:], delim):
			// """" ends with one quote of content, """"" with two.
			n := 3
			for n < 5 && s.i+n < len(s.text) && s.text[s.i+n] == q {
				n++
			}
			for range n - 3 {
				emit(rune(q), here)
			}
			s.advance(n)
			s.finish(key, start, text, where, tooLong, allowTab)
			return
		case !multi && c == q:
			s.advance(1)
			s.finish(key, start, text, where, tooLong, allowTab)
			return
		case !multi && c == '\n':
			s.finish(key, start, text, where, tooLong, allowTab) // unterminated: the parser says so
			return
		case multi && c == '\r' && strings.HasPrefix(s.text[s.i:], "\r\n"):
			emit('\n', here)
			s.advance(2)
		case basic && c == '\\':
			s.escape(emit, multi, here)
		default:
			r, size := utf8.DecodeRuneInString(s.text[s.i:])
			emit(r, here)
			s.advance(size)
		}
	}
	s.finish(key, start, text, where, tooLong, allowTab)
}

// tomlEscapes and tomlHexDigits are TOML's escapes: one letter for one
// character, or x, u and U with that many hex digits.
var (
	tomlEscapes   = map[byte]rune{'b': '\b', 't': '\t', 'n': '\n', 'f': '\f', 'r': '\r', 'e': 0x1b, '"': '"', '\\': '\\'}
	tomlHexDigits = map[byte]int{'x': 2, 'u': 4, 'U': 8}
)

// escape decodes the escape sequence at s.i (a backslash) in a basic
// string. An escape the TOML parser will refuse is passed over: its error
// is the parser's to report.
func (s *tomlScanner) escape(emit func(rune, pos), multi bool, here pos) {
	rest := s.text[s.i+1:]
	if rest == "" {
		s.advance(1)
		return
	}
	if r, ok := tomlEscapes[rest[0]]; ok {
		emit(r, here)
		s.advance(2)
		return
	}
	if digits := tomlHexDigits[rest[0]]; digits > 0 && len(rest) > digits {
		if v, err := strconv.ParseUint(rest[1:1+digits], 16, 32); err == nil {
			emit(rune(v), here)
			s.advance(2 + digits)
			return
		}
	}
	if multi {
		// A backslash at the end of a line joins the next non-blank text.
		if t := strings.TrimLeft(rest, " \t"); strings.HasPrefix(t, "\n") || strings.HasPrefix(t, "\r\n") {
			n := 1 + len(rest) - len(strings.TrimLeft(rest, " \t\r\n"))
			s.advance(n)
			return
		}
	}
	s.advance(1)
}

// finish checks one decoded string: its length, then its characters.
func (s *tomlScanner) finish(key string, start pos, text []rune, where []pos, tooLong, allowTab bool) {
	if tooLong {
		s.l.tooLong(FileMeta, start.line, start.col, key)
		return
	}
	str := string(text)
	at, r, kind := textsafe.Find(str, allowTab)
	if kind == 0 {
		return
	}
	p := start
	if n := utf8.RuneCountInString(str[:at]); n < len(where) {
		p = where[n]
	}
	s.l.badChar(FileMeta, p.line, p.col, key, r, kind, p.col)
}

// checkDecoded is scanTOML's backstop: it checks every string the TOML
// parser decoded into m, in case the scanner and the parser ever disagree
// on where a string is or what an escape means. It reports only when the
// scanner found nothing, at the line of the key (the column is unknown).
func (l *loader) checkDecoded(m *tomlMeta, lines []string) {
	for _, p := range l.problems {
		if p.File == FileMeta && (p.Code == CodeControlChar || p.Code == CodeBidiChar || p.Code == CodeInvisibleChar) {
			return
		}
	}
	walkStrings(reflect.ValueOf(m).Elem(), "", func(key, v string) {
		at, r, kind := textsafe.Find(v, strings.Contains(key, "note"))
		if kind == 0 {
			return
		}
		last := key[strings.LastIndexByte(key, '.')+1:]
		l.badChar(FileMeta, findLine(lines, last, 0), 0, key, r, kind, utf8.RuneCountInString(v[:at])+1)
	})
}

// walkStrings calls f with the dotted TOML key and value of every string
// field in v (structs and slices of them, keyed by their toml tags).
func walkStrings(v reflect.Value, key string, f func(key, v string)) {
	switch v.Kind() {
	case reflect.String:
		f(key, v.String())
	case reflect.Slice:
		for i := range v.Len() {
			walkStrings(v.Index(i), key, f)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			ft := v.Type().Field(i)
			tag, _, _ := strings.Cut(ft.Tag.Get("toml"), ",")
			if tag == "-" || !ft.IsExported() {
				continue
			}
			k := tag
			if ft.Anonymous || tag == "" {
				k = ""
			}
			if key != "" && k != "" {
				k = key + "." + k
			} else if k == "" {
				k = key
			}
			walkStrings(v.Field(i), k, f)
		}
	}
}
