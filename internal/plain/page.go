package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/provdash/provdash/internal/content"
)

// page writes a whole tab: its title, the page's notices, each section and
// the list of the sources cited.
func (w *writer) page(p content.Page) {
	w.title(p)
	for _, n := range p.Notices {
		w.notice(n)
	}
	for _, s := range p.Sections {
		w.section(s)
	}
	w.sources()
}

// title opens a tab: the tab's heading with the province, the as-of date,
// what "—" means and, when the page shows a status mark, what the marks
// mean (a screen reader says "~" as "tilde": the legend gives it a word).
func (w *writer) title(p content.Page) {
	d, l := w.d, w.loc
	w.heading(p.Title + ": " + l.Tf("overview.province", l.Pick(d.D.Name)))
	if d.D.AsOf != "" {
		w.para(l.Tf("plain.asof", keep(l.Date(d.D.AsOf))))
	}
	w.para(l.T("plain.gap_rule"))
	if marked(p) {
		w.para(sentence(l.T("app.legend")))
	}
}

// marked reports whether some cell of p carries a status mark.
func marked(p content.Page) bool {
	for _, s := range p.Sections {
		for _, r := range s.Rows {
			for _, c := range r.Cells {
				if c.Mark != "" {
					return true
				}
			}
		}
	}
	return false
}

// notice is text the user must be told first, such as the merger, with
// its citation and its note.
func (w *writer) notice(n content.Notice) {
	w.heading(n.Title)
	cite := strings.Replace(w.nums(n.Cite...), " ", nbsp, 1)
	w.para(sentence(strings.TrimSuffix(strings.TrimSpace(n.Text), "."), cite))
	w.note(n.Note)
}

// note adds a note, which discloses conflicting figures, as a sentence of
// its own.
func (w *writer) note(s string) {
	if s = strings.TrimSpace(s); s != "" {
		w.para(sentence(w.loc.Tf("plain.note", s)))
	}
}

// section writes a section's heading, its intro, its rows and the notes of
// its rows.
func (w *writer) section(s content.Section) {
	w.heading(s.Title)
	if s.Intro != "" {
		w.para(sentence(capitalize(strings.TrimSpace(s.Intro))))
	}
	if len(s.Rows) == 0 {
		empty := s.Empty
		if empty == "" {
			empty = w.loc.T("plain.none")
		}
		w.blank()
		w.para(empty)
		w.blank()
		return
	}
	if figureList(s) {
		w.figures(s)
		return
	}
	w.table(s)
	w.rowNotes(s)
}

// figureList reports whether a section is a list of named figures (its
// first column is the figure's name, as in the headlines) rather than a
// series: such a list is said as sentences, one per figure, which reads
// better aloud than a table of unrelated values.
func figureList(s content.Section) bool {
	return len(s.Columns) > 0 && s.Columns[0].Key == "figure"
}

// figures says each row of a figure list as a sentence, its note after it.
func (w *writer) figures(s content.Section) {
	for _, r := range s.Rows {
		w.blank()
		w.para(w.figure(s, r))
		w.note(r.Note)
	}
}

// figure is one row of a figure list as a sentence built from its cells:
// "Tăng trưởng GRDP 2024: 13,85 %, đứng thứ 1/63 [16]." The status is said
// in words after a marked figure, the date when the name does not already
// carry it, any other column as "header value", and the sources last.
func (w *writer) figure(s content.Section, r content.Row) string {
	l := w.loc
	name := cellAt(r, 0).Text
	status := ""
	for i, col := range s.Columns {
		if c := cellAt(r, i); col.Key == "status" && !c.Gap() {
			status = c.Text
		}
	}
	var parts []string
	src := ""
	for i, col := range s.Columns {
		if i == 0 {
			continue
		}
		c := cellAt(r, i)
		switch {
		case col.Key == "source":
			// The citation stays on the line of the word before it.
			src = strings.Replace(w.nums(c.Cite...), " ", nbsp, 1)
			continue
		case col.Key == "status", c.Gap() && col.Key != "value":
			continue
		}
		w.cite(c.Cite...)
		switch col.Key {
		case "value":
			v := keep(c.Text)
			switch {
			case c.Gap():
				v = l.T("app.gap")
			case c.Mark != "" && status != "":
				v += " (" + status + ")"
			case c.Mark != "":
				v += " " + c.Mark
			}
			parts = append(parts, v)
		case "rank":
			parts = append(parts, l.Tf("plain.rank", keep(c.Text)))
		case "date":
			if !strings.Contains(name, c.Text) {
				parts = append(parts, l.Tf("plain.asof_at", keep(c.Text)))
			}
		default:
			parts = append(parts, col.Head+" "+keep(c.String()))
		}
	}
	return sentence(name, ": ", strings.Join(parts, ", "), src)
}

// rowNotes lists the notes of a table's rows, each after the row's label.
func (w *writer) rowNotes(s content.Section) {
	first := true
	for _, r := range s.Rows {
		n := strings.TrimSpace(r.Note)
		if n == "" {
			continue
		}
		if first {
			w.heading(w.loc.T("plain.notes"))
			first = false
		}
		w.para(sentence(r.Label + ": " + strings.TrimSuffix(n, ".")))
	}
}

// capitalize upper-cases the first letter of a phrase used as a sentence.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
