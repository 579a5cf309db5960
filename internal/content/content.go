// Package content is what every face of the dashboard says, worked out once.
//
// For each tab a builder turns (dataset, locale) into a Page: sections of
// rows whose cells are already formatted for the locale, each with its
// status mark, its note and every source id it cites (the source of a rank
// included). The dashboard's table and sources faces, plain mode and the
// Markdown report all draw from a Page, and charts take their series from
// its cells, so a figure is formatted and cited the same way in every face
// by construction: a face that cites differently would have to compute its
// own rows, and none does.
//
// The package also holds the tab registry (registry.go), the only list of
// tabs: the tab bar, the jump keys, the help, --tab, session arguments,
// plain mode and the report read it.
package content

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
)

// Cell is one formatted value of a row.
type Cell struct {
	// Text is the value as shown, without the status mark: "13,85 %",
	// "thứ 4 [9]", "—" for a gap.
	Text string
	// Mark is the status mark shown after a figure ("~", "▸", "?"), "" for
	// official figures, text cells and gaps.
	Mark string
	// Status is the status of the figure (for styling the mark).
	Status dataset.Status
	// Num is the figure itself (OK false for text cells and gaps); charts
	// take their points from it.
	Num dataset.Num
	// Cite lists the source ids the cell cites: a source column cites the
	// row's sources, a rank cell the rank's own source.
	Cite []string
	// Long is Text with its periods written out ("6 tháng đầu năm 2025"
	// for "6T/2025"), "" when it would read the same: a screen at least
	// WideCols wide shows it (Page.Long), a narrow one keeps the short form.
	Long string
}

// WideCols is the width from which a screen writes periods out.
const WideCols = 120

// Long is p with every cell that has a long form showing it (see
// Cell.Long), and a row named by such a cell ("7M 2018") named by its
// long form too, so a detail's title or a note list says what the table
// says. p's slices are copied, not changed, so a tab keeps the page it
// was given and can go back to the short forms when it narrows.
func (p Page) Long() Page {
	secs := make([]Section, len(p.Sections))
	for i, s := range p.Sections {
		rows := make([]Row, len(s.Rows))
		for j, r := range s.Rows {
			cells := make([]Cell, len(r.Cells))
			for k, c := range r.Cells {
				if c.Long != "" {
					if r.Label == c.Text {
						r.Label = c.Long
					}
					c.Text, c.Long = c.Long, ""
				}
				cells[k] = c
			}
			r.Cells = cells
			rows[j] = r
		}
		s.Rows = rows
		secs[i] = s
	}
	p.Sections = secs
	return p
}

// String is the cell as printed: the text and, after a space, the mark.
func (c Cell) String() string {
	if c.Mark == "" {
		return c.Text
	}
	return c.Text + " " + c.Mark
}

// Gap reports whether the cell is a missing value.
func (c Cell) Gap() bool { return c.Text == i18n.Gap }

// Column describes one column of a Section.
type Column struct {
	// Key is the column's stable id ("year", "province", "source"); views
	// style and chart by it.
	Key string
	// Head is the column header in the locale.
	Head string
	// Right aligns the column to the right (figures).
	Right bool
	// Prio orders which columns give way at narrow widths: the highest is
	// dropped first; 0 (the first column, the value) last. Every face
	// that lays the section's columns out (the table face, a tab's chart
	// face) drops them in this one order; a chart face's own columns (a
	// meter) take a priority beside the column they draw, so the numbers
	// of a section need not be consecutive.
	Prio int
	// Max caps the column's width on a screen (0: none): a long text
	// (a developer's name, an agreement's kind) is cut there with "…"
	// and read whole in the row's detail, so it does not push the
	// figures off the table.
	Max int
	// Search marks a column whose text is a name worth finding (a country,
	// a park, a developer): the dashboard's search looks in these columns
	// only, as figures, dates and statuses would match any query ("20"
	// matches every year).
	Search bool
}

// Row is one row of a Section.
type Row struct {
	// Key identifies the row across languages and reloads: a year, a
	// country code, a park's name. Selections and rooms carry it.
	Key string
	// Label names the row in a sentence or a note list: "2019", "Hàn Quốc".
	Label string
	// Cells has one cell per column of the section.
	Cells []Cell
	// Status is the row's own status ("" when it has none).
	Status dataset.Status
	// Note is the row's note in the locale (notes of several figures of
	// the row joined); it discloses what other sources say.
	Note string
	// Year is the year the row is about, 0 when it has none.
	Year int
	// Date is the ISO date of the row's own record ("2024-12-06"), "" when
	// it has none. A row's detail cites its source with it; it is not
	// always a column (a country's as-of date may be a later figure's).
	Date string
	// More holds cells a chart or a row's detail needs that are not
	// columns of the table, by key: a park's tenants ("tenants"), its bare
	// occupancy figure and that figure's date ("occ_pct", "occ_date", which
	// the occupancy column says in one cell), an agreement's first and
	// last year and whether it is verified ("from", "to", "verified", the
	// numbers in Num) for the timeline. Faces that print columns skip
	// them, so a long text does not widen every table; they cite nothing
	// the row's columns do not already cite.
	More map[string]Cell
}

// Extra returns the row's cell kept under key in More, ok false when the
// row has none.
func (r Row) Extra(key string) (Cell, bool) {
	c, ok := r.More[key]
	return c, ok
}

// Cites lists the source ids the row cites, in cell order, each once.
func (r Row) Cites() []string {
	var ids []string
	for _, c := range r.Cells {
		ids = appendNew(ids, c.Cite...)
	}
	return ids
}

// YearRow returns the section's row for year, ok false when it has none.
// A year is a row's key in the series that have one (growth, size, PCI),
// so there is at most one.
func (s Section) YearRow(year int) (Row, bool) {
	for _, r := range s.Rows {
		if r.Year == year {
			return r, true
		}
	}
	return Row{}, false
}

// Cell returns the row's cell in the column with key, ok false when the
// section has no such column.
func (s Section) Cell(r Row, key string) (Cell, bool) {
	for i, c := range s.Columns {
		if c.Key == key && i < len(r.Cells) {
			return r.Cells[i], true
		}
	}
	return Cell{}, false
}

// Section is one table of a Page.
type Section struct {
	// ID is the section's stable id, unique in a dataset ("growth",
	// "fdi.by_year.new"): the report prints a section shared by two tabs
	// once.
	ID string
	// Title is the section's heading in the locale.
	Title string
	// Intro explains the section in one sentence (units, definition), ""
	// when it needs none.
	Intro string
	// Columns and Rows are the table.
	Columns []Column
	Rows    []Row
	// Extras declare the rows' More cells that have a name of their own
	// (a park's tenants): their head, and whether the search finds a row
	// by them. Cells of More not declared here are read by key only.
	Extras []Column
	// Empty is said instead of an empty table.
	Empty string
	// From is the dataset id of the predecessor whose rows these are ("" for
	// the shown province's own): a merged province shows its predecessors'
	// tables under their own titles, never mixed into its own.
	From string
}

// Notice is text the user must be told with its source, such as an
// administrative merger.
type Notice struct {
	Title string
	Text  string
	// Hint is what a key does about it ("P opens each former province"):
	// said by the dashboard's faces, never by a report or a briefing that
	// has no keys.
	Hint string
	Note string
	Cite []string
}

// Interactive is the notice as a dashboard says it: its text and hint.
func (n Notice) Interactive() string {
	if n.Hint == "" {
		return n.Text
	}
	return n.Text + " " + n.Hint
}

// Page is what one tab shows.
type Page struct {
	// Tab is the id of the tab.
	Tab string
	// Title is the tab's heading in the locale.
	Title string
	// Notices come first (the merger notice on the overview).
	Notices []Notice
	// Sections in display order.
	Sections []Section
}

// Sources lists every source id the page cites, in the order it cites
// them, each once: the tab's source list is derived from what it shows.
func (p Page) Sources() []string {
	var ids []string
	for _, n := range p.Notices {
		ids = appendNew(ids, n.Cite...)
	}
	for _, s := range p.Sections {
		for _, r := range s.Rows {
			ids = appendNew(ids, r.Cites()...)
		}
	}
	return ids
}

// Section returns the section with id.
func (p Page) Section(id string) (Section, bool) {
	for _, s := range p.Sections {
		if s.ID == id {
			return s, true
		}
	}
	return Section{}, false
}

// appendNew appends the ids not yet in dst, skipping empty ones.
func appendNew(dst []string, ids ...string) []string {
	for _, id := range ids {
		if id == "" || contains(dst, id) {
			continue
		}
		dst = append(dst, id)
	}
	return dst
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// fmtr formats cells for one dataset of a scope, in a locale. q is the
// dataset id its source ids are qualified with ("" for the scope's own
// province, whose ids are cited as they are).
type fmtr struct {
	d *dataset.Dataset
	l *i18n.Locale
	s *Scope
	q string
}

// own formats the scope's province; of formats one of its predecessors.
func own(s *Scope, l *i18n.Locale) fmtr { return fmtr{d: s.D, l: l, s: s} }
func of(s *Scope, p *dataset.Dataset, l *i18n.Locale) fmtr {
	return fmtr{d: p, l: l, s: s, q: p.ID}
}

// id is the id a cell cites src by in this scope.
func (f fmtr) id(src string) string {
	if f.q == "" || src == "" {
		return src
	}
	return Qualify(f.q, src)
}

// ids qualifies each of srcs, skipping empty ones and repeats.
func (f fmtr) ids(srcs ...string) []string {
	var out []string
	for _, s := range srcs {
		out = appendNew(out, f.id(s))
	}
	return out
}

// from files a section of a predecessor under its own title, naming the
// province and the date its figures run to, with an id of its own.
func (f fmtr) from(s Section) Section {
	if f.q == "" {
		return s
	}
	s.ID += "@" + f.q
	s.From = f.q
	s.Title = f.l.Tf("content.from", s.Title, f.l.Pick(f.d.Name), f.l.Date(f.d.AsOf))
	return s
}

// fig is a figure in unit with the mark of its status; a gap has no mark.
func (f fmtr) fig(n dataset.Num, unit string, s dataset.Status) Cell {
	c := Cell{Text: f.l.Fig(n, unit), Num: n, Status: s}
	if n.OK {
		c.Mark = i18n.Mark(s)
	}
	return c
}

// text is a text cell, "—" when empty.
func (f fmtr) text(s string) Cell {
	if strings.TrimSpace(s) == "" {
		return Cell{Text: i18n.Gap}
	}
	return Cell{Text: s}
}

// rank is a rank cell ("thứ 4/63", "—"), citing src after it when the
// rank has a source of its own.
func (f fmtr) rank(r, of int, src string) Cell {
	if r <= 0 {
		return Cell{Text: i18n.Gap}
	}
	c := Cell{Text: f.l.Rank(r, of), Num: dataset.N(float64(r), 0)}
	if src = f.id(src); src != "" {
		if n := f.nums(src); n != "" {
			c.Text += " " + n
			c.Cite = []string{src}
		}
	}
	return c
}

// status names a status in words, "—" when the row has none.
func (f fmtr) status(s dataset.Status) Cell {
	if s == "" {
		return Cell{Text: i18n.Gap}
	}
	return Cell{Text: f.l.Status(s), Status: s}
}

// date is a date or period cell.
func (f fmtr) date(s string) Cell {
	return withLong(Cell{Text: f.l.Date(s)}, f.l.DateLong(s))
}

// withLong is c with long as its long form, unless the two read the same.
func withLong(c Cell, long string) Cell {
	if long != c.Text {
		c.Long = long
	}
	return c
}

// source is the source column: "[7][20]" for the ids, "—" for none.
func (f fmtr) source(ids ...string) Cell {
	ids = f.ids(ids...)
	if n := f.nums(ids...); n != "" {
		return Cell{Text: n, Cite: ids}
	}
	return Cell{Text: i18n.Gap}
}

// nums is "[n]" for each known id, in order.
func (f fmtr) nums(ids ...string) string {
	var b strings.Builder
	for _, id := range ids {
		if _, n, ok := f.s.SourceByID(id); ok {
			fmt.Fprintf(&b, "[%d]", n)
		}
	}
	return b.String()
}

// name looks up a catalogue key and falls back to the raw id, so an id a
// dataset adds (a new stage, level or sector) shows as itself, never as a
// missing key.
func (f fmtr) name(key, id string) string {
	if id == "" {
		return i18n.Gap
	}
	if s, ok := f.l.Lookup(key + id); ok {
		return s
	}
	return id
}

// joinNotes joins the notes of several figures of a row.
func joinNotes(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " · ")
}

// Cite is "[7][20]": the scope's numbers of the known ids, each once, ""
// for none. Every face writes a citation this way.
func Cite(s *Scope, ids ...string) string {
	return fmtr{s: s}.nums(appendNew(nil, ids...)...)
}

// CitedIn lists the ids of the sources a text cites with "[n]", in the
// order it first cites them, each once; "[^k]" (a Markdown footnote) and
// "[+n]" are no citations. Tests use it to check that a face cites what
// its page cites.
func CitedIn(sc *Scope, s string) []string {
	var ids []string
	list := sc.Sources()
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			return ids
		}
		s = s[i+1:]
		j := strings.IndexByte(s, ']')
		if j < 0 {
			return ids
		}
		n, err := strconv.Atoi(s[:j])
		if err == nil && s[0] != '+' && n >= 1 && n <= len(list) && !contains(ids, list[n-1].ID) {
			ids = append(ids, list[n-1].ID)
		}
	}
}
