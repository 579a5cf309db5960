// Package plain writes each tab of the dashboard as plain text for --plain
// mode (and TERM=dumb): headings, short sentences and space-aligned tables,
// with no colour, no escape sequences, no box drawing, no braille and no
// block glyphs, so a screen reader or a dumb terminal gets the same figures
// the dashboard draws.
//
// The text is drawn only from the tab's content.Page: the same sections,
// the same formatted cells with the same status marks, and the same
// citations as the dashboard's table and sources faces, so a figure can
// never be cited one way on screen and another way here. What plain mode
// adds is wording for the ear: the marks are explained in a legend line, a
// status is also said in words (the status column), a list of named
// figures (the overview's headlines) is said as sentences, and the notes
// that disclose conflicting figures follow each table as sentences. Source
// numbers [n] are the dataset's global numbers, the same as on the
// dashboard and in the report.
package plain

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/textsafe"
)

// Tab returns tab (an id of content.Default(): overview, gdp, fdi, zones
// or agreements) of d as plain text in loc's language. Every line is at
// most width terminal cells; width ≤ 0 means no wrapping (one line per
// sentence and per table row). The text ends with the numbered list of the
// sources the tab cites and has no trailing newline. An unknown tab, or a
// nil dataset or locale, is an error.
func Tab(d *content.Scope, loc *i18n.Locale, tab string, width int) (string, error) {
	return TabIn(content.Default(), d, loc, tab, width)
}

// TabIn is Tab for the tabs of reg, so a registry with a tab added (a test,
// a future build) is written the same way as the dashboard shows it.
func TabIn(reg content.Registry, d *content.Scope, loc *i18n.Locale, tab string, width int) (string, error) {
	w, err := writeTab(reg, d, loc, tab, width)
	if err != nil {
		return "", err
	}
	return w.text(), nil
}

// Page writes one content page of d as plain text (see Tab). d names the
// province, dates the data and resolves the page's source ids to the
// numbered list; a nil dataset or locale is an error.
func Page(p content.Page, d *content.Scope, loc *i18n.Locale, width int) (string, error) {
	if d == nil || d.D == nil || loc == nil {
		return "", fmt.Errorf("plain %s: no dataset or locale", p.Tab)
	}
	w := newWriter(d, loc, width)
	w.page(p)
	return w.text(), nil
}

// TabSources lists the ids of the sources tab's text cites, in the order
// it first cites them, each once: the sources numbered [n] above the
// source list (which lists exactly these). They are read back from the
// text, so a column plain mode failed to print would be missing here too;
// comparing them with what the dashboard cites for the same tab shows that
// both faces cite alike.
func TabSources(d *content.Scope, loc *i18n.Locale, tab string) ([]string, error) {
	w, err := writeTab(content.Default(), d, loc, tab, 0)
	if err != nil {
		return nil, err
	}
	body := w.text()
	if i := strings.LastIndex(body, "\n"+loc.T("plain.sources")+"\n"); i >= 0 {
		body = body[:i]
	}
	return content.CitedIn(d, body), nil
}

// writeTab looks tab up in reg and writes its page.
func writeTab(reg content.Registry, d *content.Scope, loc *i18n.Locale, tab string, width int) (*writer, error) {
	if d == nil || d.D == nil || loc == nil {
		return nil, fmt.Errorf("plain %s: no dataset or locale", tab)
	}
	t, err := reg.Lookup(tab)
	if err != nil {
		return nil, fmt.Errorf("plain: %w", err)
	}
	w := newWriter(d, loc, width)
	w.page(t.Page(d, loc))
	return w, nil
}

// nbsp holds a figure and its unit ("13,85 %", "2.720,72 ha", "thứ 1/63",
// "1 Jul 2025") together while lines are wrapped; text turns it back into
// a plain space, so the output has only ordinary spaces.
const nbsp = "\u00a0"

// keep makes the spaces of s non-breaking for wrapping.
func keep(s string) string { return strings.ReplaceAll(s, " ", nbsp) }

// writer accumulates the lines of one tab and the sources it cites.
type writer struct {
	d     *content.Scope
	loc   *i18n.Locale
	width int
	lines []string
	// cited holds the ids of the sources written so far, in the order
	// first written: the source list is made of exactly these.
	cited []string
}

func newWriter(d *content.Scope, loc *i18n.Locale, width int) *writer {
	return &writer{d: d, loc: loc, width: width}
}

// text is the lines written, non-breaking spaces made plain again.
func (w *writer) text() string {
	// The one exit of plain text: nothing from data that could act on a
	// terminal leaves it (package textsafe), whatever built the dataset.
	return textsafe.Clean(strings.ReplaceAll(strings.Join(w.lines, "\n"), nbsp, " "))
}

// blank ends a block: one empty line, never two, never at the top.
func (w *writer) blank() {
	if n := len(w.lines); n > 0 && w.lines[n-1] != "" {
		w.lines = append(w.lines, "")
	}
}

// heading starts a section.
func (w *writer) heading(s string) {
	w.blank()
	w.para(s)
	w.blank()
}

// para adds a sentence or paragraph, wrapped to the width.
func (w *writer) para(s string) { w.hanging("", "", s) }

// hanging adds s wrapped to the width, the first line after first and the
// others after indent (first and indent must be as wide as each other).
func (w *writer) hanging(first, indent, s string) {
	// Collapse runs of white space, but not the non-breaking spaces keep
	// put in (strings.Fields would count them as white space too).
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) && string(r) != nbsp })
	s = strings.ReplaceAll(strings.Join(words, " "), " %", nbsp+"%")
	w.lines = append(w.lines, wrapHanging(first, indent, s, w.width)...)
}

// wrapHanging wraps s into lines of at most width cells, prefixed by first
// then indent. Words longer than the room are broken so the width holds.
func wrapHanging(first, indent, s string, width int) []string {
	if width <= 0 {
		return []string{strings.TrimRight(first+s, " ")}
	}
	room := width - lipgloss.Width(indent)
	if room < 1 {
		first, indent, room = "", "", width
	}
	if lipgloss.Width(first) != lipgloss.Width(indent) {
		// A label such as "Năm: " starts the text and wraps with it.
		s, first = first+s, ""
	}
	var out []string
	var wrapped []string
	for _, l := range strings.Split(ansi.Wrap(s, room, ""), "\n") {
		if lipgloss.Width(l) > room {
			// A word kept whole (a figure with its unit, a hyphenated
			// name) wider than the room: break it rather than overflow.
			l = ansi.Hardwrap(l, room, true)
		}
		wrapped = append(wrapped, strings.Split(l, "\n")...)
	}
	for i, l := range wrapped {
		p := indent
		if i == 0 {
			p = first
		}
		out = append(out, strings.TrimRight(p+l, " "))
	}
	return out
}

// sentence joins parts into one sentence ending with a full stop.
func sentence(parts ...string) string {
	s := strings.Join(parts, "")
	if strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}

// cite records the ids a written cell or notice cites, for the source
// list; ids the dataset does not know are left out (no [n] names them).
func (w *writer) cite(ids ...string) {
	for _, id := range ids {
		if _, _, ok := w.d.SourceByID(id); ok && !slices.Contains(w.cited, id) {
			w.cited = append(w.cited, id)
		}
	}
}

// nums is " [n]" for the ids (each recorded as cited), "" when none is
// known: the citation after a sentence.
func (w *writer) nums(ids ...string) string {
	c := content.Cite(w.d, ids...)
	w.cite(ids...)
	if c == "" {
		return ""
	}
	return " " + c
}

// sources ends the tab with the numbered list of the sources it cited, in
// number order: "[n] Title — Publisher — date".
func (w *writer) sources() {
	w.heading(w.loc.T("plain.sources"))
	type entry struct {
		n int
		s dataset.Source
	}
	var es []entry
	for _, id := range w.cited {
		if s, n, ok := w.d.SourceByID(id); ok {
			es = append(es, entry{n, s})
		}
	}
	if len(es) == 0 {
		w.para(w.loc.T("plain.sources.none"))
		return
	}
	slices.SortFunc(es, func(a, b entry) int { return a.n - b.n })
	maxNum := len(fmt.Sprintf("[%d] ", es[len(es)-1].n))
	for _, e := range es {
		text := e.s.Title
		if p := e.s.PublisherIn(string(w.loc.Lang)); p != "" {
			text += " — " + p
		}
		if e.s.Date != "" {
			text += " — " + keep(w.loc.Date(e.s.Date))
		}
		num := fmt.Sprintf("[%d] ", e.n)
		num += strings.Repeat(" ", maxNum-len(num))
		w.hanging(num, strings.Repeat(" ", maxNum), sentence(text))
	}
}
