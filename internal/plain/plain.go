// Package plain writes each tab of the dashboard as plain text for --plain
// mode (and TERM=dumb): headings, short sentences and space-aligned tables,
// with no colour, no escape sequences, no box drawing, no braille and no
// block glyphs, so a screen reader or a dumb terminal gets the same figures
// the dashboard draws.
//
// Marks that the dashboard uses to save room are said in words here: a
// status is "ước tính" / "estimate", a press figure is "báo chí đưa tin,
// chưa kiểm chứng" / "press report, unverified", "≈" and ">" become
// "khoảng"/"about" and "hơn"/"over", and a gap is "—" in a table and "không
// có số liệu" / "no data" in a sentence. Source numbers [n] are the
// dataset's global numbers, the same as on the dashboard and in the report.
package plain

import (
	"fmt"
	"sort"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/textsafe"
)

// Tabs lists the tab ids Tab accepts, in the dashboard's order.
var Tabs = []string{"overview", "gdp", "fdi", "zones", "agreements"}

// Tab returns tab (overview, gdp, fdi, zones or agreements) of d as plain
// text in loc's language. Every line is at most width terminal cells; width
// ≤ 0 means no wrapping (one line per sentence and per table row). The text
// ends with the numbered list of the sources the tab cites and has no
// trailing newline. An unknown tab, or a nil dataset or locale, is an error.
func Tab(d *dataset.Dataset, loc *i18n.Locale, tab string, width int) (string, error) {
	if d == nil || loc == nil {
		return "", fmt.Errorf("plain %s: no dataset or locale", tab)
	}
	w := &writer{d: d, loc: loc, width: width, cited: map[string]bool{}}
	switch tab {
	case "overview":
		w.overview()
	case "gdp":
		w.gdp()
	case "fdi":
		w.fdi()
	case "zones":
		w.zones()
	case "agreements":
		w.agreements()
	default:
		return "", fmt.Errorf("plain: unknown tab %q (want one of %s)", tab, strings.Join(Tabs, ", "))
	}
	w.sources()
	// Plain text has no escapes of its own: whatever a dataset that was
	// not loaded by dataset.Load carries is removed here, at the one exit.
	return textsafe.Clean(strings.ReplaceAll(strings.Join(w.lines, "\n"), nbsp, " ")), nil
}

// nbsp holds a figure and its unit ("13,85 %", "2.720,72 ha", "thứ 1/63",
// "1 Jul 2025") together while lines are wrapped; Tab turns it back into a
// plain space, so the output has only ordinary spaces.
const nbsp = "\u00a0"

// keep makes the spaces of s non-breaking for wrapping.
func keep(s string) string { return strings.ReplaceAll(s, " ", nbsp) }

// writer accumulates the lines of one tab and the sources it cites.
type writer struct {
	d     *dataset.Dataset
	loc   *i18n.Locale
	width int
	lines []string
	cited map[string]bool
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
	s = strings.ReplaceAll(strings.Join(strings.Fields(s), " "), " %", nbsp+"%")
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

// note adds a row's note, which discloses conflicting figures, as a
// sentence of its own.
func (w *writer) note(t dataset.Text) {
	if s := strings.TrimSpace(w.loc.Pick(t)); s != "" {
		w.para(sentence(w.loc.Tf("plain.note", s)))
	}
}

// fig formats a figure in its unit with its qualifier in words: "hơn 2,14
// tỷ USD", "about USD 8.6 bn"; "—" when missing (for tables).
func (w *writer) fig(n dataset.Num, unit string) string {
	if !n.OK {
		return i18n.Gap
	}
	q := n.Qual
	n.Qual = ""
	s := w.loc.Fig(n, unit)
	s = keep(s)
	switch q {
	case "":
		return s
	case dataset.QualMore:
		return w.loc.Tf("plain.qual.more", s)
	case dataset.QualApprox:
		return w.loc.Tf("plain.qual.about", s)
	}
	return q + s
}

// say is fig for sentences: a gap is said in words.
func (w *writer) say(n dataset.Num, unit string) string {
	if !n.OK {
		return w.loc.T("app.gap")
	}
	return w.fig(n, unit)
}

// status names a status in words ("—" when the row has none), for a table
// column. A press report also says it is unverified.
func (w *writer) status(s dataset.Status) string {
	switch s {
	case "":
		return i18n.Gap
	case dataset.Reported:
		return w.loc.T("plain.status.reported")
	}
	return w.loc.Status(s)
}

// qualify is the status in brackets after a figure in a sentence, "" for
// official figures and rows without a status.
func (w *writer) qualify(s dataset.Status) string {
	if s == "" || s == dataset.Official {
		return ""
	}
	return " (" + w.status(s) + ")"
}

// rank is "thứ 4" for a table cell, "—" when unknown.
func (w *writer) rank(r int) string {
	if r <= 0 {
		return i18n.Gap
	}
	return keep(w.loc.Rank(r, 0))
}

// date is a date or period, "—" when empty.
func (w *writer) date(s string) string { return keep(w.loc.Date(s)) }

// orGap is s, or "—" when s is empty.
func orGap(s string) string {
	if s = strings.TrimSpace(s); s == "" {
		return i18n.Gap
	}
	return s
}

// srcs is the source numbers of ids, "[16][22]", duplicates and unknown
// ids left out; it records them for the tab's source list.
func (w *writer) srcs(ids ...string) string {
	var b strings.Builder
	seen := map[int]bool{}
	for _, id := range ids {
		if id == "" {
			continue
		}
		if _, n, ok := w.d.SourceByID(id); ok && !seen[n] {
			seen[n] = true
			w.cited[id] = true
			fmt.Fprintf(&b, "[%d]", n)
		}
	}
	return b.String()
}

// cite is " [n]" after a figure in a sentence, "" when there is no source.
func (w *writer) cite(ids ...string) string {
	if s := w.srcs(ids...); s != "" {
		return " " + s
	}
	return ""
}

// srcCell is the source column of a table: "[n]" or "—".
func (w *writer) srcCell(ids ...string) string { return orGap(w.srcs(ids...)) }

// sources ends the tab with the numbered list of the sources it cited, in
// number order: "[n] Title — Publisher — date".
func (w *writer) sources() {
	w.heading(w.loc.T("plain.sources"))
	type entry struct {
		n int
		s dataset.Source
	}
	var es []entry
	for id := range w.cited {
		if s, n, ok := w.d.SourceByID(id); ok {
			es = append(es, entry{n, s})
		}
	}
	if len(es) == 0 {
		w.para(w.loc.T("plain.sources.none"))
		return
	}
	sort.Slice(es, func(i, j int) bool { return es[i].n < es[j].n })
	maxNum := len(fmt.Sprintf("[%d] ", es[len(es)-1].n))
	for _, e := range es {
		text := e.s.Title
		if e.s.Publisher != "" {
			text += " — " + e.s.Publisher
		}
		if e.s.Date != "" {
			text += " — " + w.date(e.s.Date)
		}
		num := fmt.Sprintf("[%d] ", e.n)
		num += strings.Repeat(" ", maxNum-len(num))
		w.hanging(num, strings.Repeat(" ", maxNum), sentence(text))
	}
}
