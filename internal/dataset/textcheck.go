package dataset

import (
	"strings"
	"unicode/utf8"

	"github.com/provdash/provdash/internal/textsafe"
)

// checkCell records a problem when v, one raw CSV field at line and field
// number col, is longer than the cell limit or holds a character
// textsafe.Find refuses: control characters (a province name carrying
// ESC ] 52 would write the clipboard of whoever views it over SSH),
// bidirectional overrides and invisible characters. Tab is allowed in
// notes only. A line break inside a quoted field is a control character
// too; its problem names the line the field starts on.
func (l *loader) checkCell(file string, line, col int, column, v string) {
	l.checkField(file, line, col, column, v, allowsTab(column))
}

// checkField is checkCell with allowsTab(column) worked out once per
// column by the caller rather than once per cell.
func (l *loader) checkField(file string, line, col int, column, v string, allowTab bool) {
	if len(v) > l.lim.Cell && utf8.RuneCountInString(v) > l.lim.Cell {
		l.tooLong(file, line, col, column)
		return
	}
	at, r, kind := textsafe.Find(v, allowTab)
	if kind == 0 {
		return
	}
	l.badChar(file, line+strings.Count(v[:at], "\n"), col, column, r, kind, utf8.RuneCountInString(v[:at])+1)
}

// allowsTab reports whether column holds a note (note_vi, note_en,
// national_note_vi…), where a tab may separate parts of a sentence.
func allowsTab(column string) bool { return strings.Contains(column, "note_") || column == "note" }

func (l *loader) tooLong(file string, line, col int, column string) {
	l.addf(CodeCellTooLong, file, line, col, column, "more than %d characters (--max-cell raises the limit)", l.lim.Cell)
}

// badChar records character r of kind at character at (1-based) of a cell,
// or of the line for dataset.toml.
func (l *loader) badChar(file string, line, col int, column string, r rune, kind textsafe.Kind, at int) {
	name := textsafe.Describe(r)
	switch kind {
	case textsafe.Bidi:
		l.addf(CodeBidiChar, file, line, col, column, "bidirectional control %s at character %d: it changes the order text is shown in; remove it", name, at)
	case textsafe.Invisible:
		l.addf(CodeInvisibleChar, file, line, col, column, "invisible character %s at character %d: remove it (a joiner is allowed only between letters of a script that needs it)", name, at)
	default:
		l.addf(CodeControlChar, file, line, col, column, "control character %s at character %d: terminals act on it; remove it", name, at)
	}
}
