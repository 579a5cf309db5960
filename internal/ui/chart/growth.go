package chart

import (
	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
)

// Growth is what a growth chart draws, taken from content's sections so
// the GDP tab and the overview draw the same lines: the shown province's
// own growth section and, for a province formed by a merger, each
// predecessor's ("growth@<id>", Section.From its id), in lineage order.
type Growth struct {
	// Own is the shown province's "growth" section, OwnName its name.
	Own     content.Section
	OwnName string
	// Pred are the predecessors' growth sections and the names the
	// lineage gives them ("Bắc Ninh (cũ)", which tells it from the new
	// province of the same name).
	Pred []PredGrowth
	// National names the national series ("Việt Nam"); "" draws none
	// (the overview's trend shows the provinces only).
	National string
	// Merger is the date the province was formed, in the locale ("1 Jul
	// 2025"), MergerName what the date is ("Provincial merger"); the
	// chart marks it between the last predecessor year and the first year
	// of the province's own.
	Merger, MergerName string
}

// PredGrowth is one predecessor's growth rows and name.
type PredGrowth struct {
	Name    string
	Section content.Section
}

// LineageGrowth collects a Growth from a page: its "growth" section and
// every predecessor's, named as the scope's lineage names them. A page
// without predecessors' sections gives a Growth of the province alone.
func LineageGrowth(p content.Page, sc *content.Scope, l *i18n.Locale) Growth {
	g := Growth{}
	g.Own, _ = p.Section("growth")
	if sc == nil || sc.D == nil {
		return g
	}
	g.OwnName = l.Pick(sc.D.Name)
	for _, pd := range sc.Pred {
		s, ok := p.Section("growth@" + pd.ID)
		if !ok {
			continue
		}
		g.Pred = append(g.Pred, PredGrowth{Name: PredName(sc, pd, l), Section: s})
	}
	if len(g.Pred) > 0 && sc.D.Lineage.Date != "" {
		g.Merger = l.Date(sc.D.Lineage.Date)
		g.MergerName = l.T("content.lineage.title")
	}
	return g
}

// PredName is a predecessor's name as its successor's lineage gives it
// ("Bắc Ninh (cũ)"), else the predecessor's own name: the lineage's name
// tells a former province from the new one that kept its name.
func PredName(sc *content.Scope, pd *dataset.Dataset, l *i18n.Locale) string {
	if sc != nil && sc.D != nil {
		for _, f := range sc.D.Lineage.FormedFrom {
			if f.ID == pd.ID {
				if n := l.Pick(f.Name); n != "" {
					return n
				}
			}
		}
	}
	return l.Pick(pd.Name)
}

// Series are the growth chart's lines: the province's own (●), each
// predecessor's (PredGlyph, Styles.Pred) and the nation's. The nation's
// line takes each year from the province's own row, else from the first
// predecessor in lineage order whose row has it, so the line runs across
// the merger; a point's source is its row's (Readout cites it). With no
// predecessors the nation's glyph is ◆, as it always was; beside them it
// is ◇, so ◆ names the first predecessor.
func (g Growth) Series(st *theme.Styles) []Series {
	out := []Series{{Name: g.OwnName, Style: st.Province, Glyph: "●", ASCII: "*", Points: cellPoints(g.Own, "province")}}
	for i, p := range g.Pred {
		out = append(out, Series{Name: p.Name, Style: st.PredStyle(i), Glyph: theme.PredGlyph(i, false),
			ASCII: theme.PredGlyph(i, true), Points: cellPoints(p.Section, "province")})
	}
	if g.National == "" {
		return out
	}
	nat := Series{Name: g.National, Style: st.National, Glyph: "◆", ASCII: "+"}
	if len(g.Pred) > 0 {
		nat.Glyph = "◇"
	}
	for _, y := range g.years() {
		c, _ := g.NationalCell(y)
		nat.Points = append(nat.Points, Point{X: float64(y), Y: c.Num, Mark: c.Mark, Label: c.Text})
	}
	return append(out, nat)
}

// NationalCell is the nation's figure for year: the province's own row's,
// else the first predecessor's (lineage order) that has it. ok is false
// when no row of that year has one.
func (g Growth) NationalCell(year int) (content.Cell, bool) {
	secs := append([]content.Section{g.Own}, g.predSections()...)
	for _, s := range secs {
		if r, ok := s.YearRow(year); ok {
			if c, _ := s.Cell(r, "national"); c.Num.OK {
				return c, true
			}
		}
	}
	return content.Cell{Text: i18n.Gap}, false
}

func (g Growth) predSections() []content.Section {
	out := make([]content.Section, len(g.Pred))
	for i, p := range g.Pred {
		out[i] = p.Section
	}
	return out
}

// years lists every year of the province's and the predecessors' rows,
// oldest first, each once.
func (g Growth) years() []int {
	seen := map[int]bool{}
	var ys []int
	for _, s := range append([]content.Section{g.Own}, g.predSections()...) {
		for _, r := range s.Rows {
			if r.Year != 0 && !seen[r.Year] {
				seen[r.Year] = true
				ys = append(ys, r.Year)
			}
		}
	}
	for i := 1; i < len(ys); i++ { // few years: insertion sort
		for j := i; j > 0 && ys[j] < ys[j-1]; j-- {
			ys[j], ys[j-1] = ys[j-1], ys[j]
		}
	}
	return ys
}

// Markers is the merger marked on the time axis: between the last year a
// predecessor has a figure for and the first year the province has one
// for (a half year apart when they are the same year), labelled with the
// date. None without predecessors or a date.
func (g Growth) Markers() []Marker {
	if len(g.Pred) == 0 || g.Merger == "" {
		return nil
	}
	last, first := 0, 0
	for _, p := range g.Pred {
		for _, r := range p.Section.Rows {
			if c, _ := p.Section.Cell(r, "province"); c.Num.OK && r.Year > last {
				last = r.Year
			}
		}
	}
	for _, r := range g.Own.Rows {
		if c, _ := g.Own.Cell(r, "province"); c.Num.OK && (first == 0 || r.Year < first) {
			first = r.Year
		}
	}
	if last == 0 || first == 0 {
		return nil
	}
	x := (float64(last) + float64(first)) / 2
	if first <= last {
		x = float64(first) - 0.5
	}
	return []Marker{{X: x, Label: g.Merger, Name: g.MergerName}}
}

// cellPoints is a section's column key as chart points, one per row (a
// gap stays a gap).
func cellPoints(s content.Section, key string) []Point {
	pts := make([]Point, 0, len(s.Rows))
	for _, r := range s.Rows {
		c, _ := s.Cell(r, key)
		pts = append(pts, Point{X: float64(r.Year), Y: c.Num, Mark: c.Mark, Label: c.Text})
	}
	return pts
}

// Figure is one province's (or the nation's) figure of a year, as a
// readout names it: whose it is, its cell (text, mark, citations), and
// the style and glyph of its line on the chart.
type Figure struct {
	Name  string
	Glyph string
	Cell  content.Cell
	// Series is the index of the figure's line in Series, so a readout
	// can style it as the line.
	Series int
}

// Figures lists the year's figures in the chart's order: the province's
// own, each predecessor's that has the year, then the nation's (its own
// source). A province with no figure that year is left out; ok is false
// when no province has one and the nation has none either.
func (g Growth) Figures(year int) ([]Figure, bool) {
	var out []Figure
	add := func(s content.Section, name, glyph string, idx int) {
		if r, ok := s.YearRow(year); ok {
			if c, _ := s.Cell(r, "province"); c.Num.OK {
				out = append(out, Figure{Name: name, Glyph: glyph, Cell: c, Series: idx})
			}
		}
	}
	add(g.Own, g.OwnName, "●", 0)
	for i, p := range g.Pred {
		add(p.Section, p.Name, theme.PredGlyph(i, false), i+1)
	}
	if g.National != "" {
		if c, ok := g.NationalCell(year); ok {
			glyph := "◆"
			if len(g.Pred) > 0 {
				glyph = "◇"
			}
			out = append(out, Figure{Name: g.National, Glyph: glyph, Cell: c, Series: len(g.Pred) + 1})
		}
	}
	return out, len(out) > 0
}

// HasLineage reports whether the chart draws predecessors beside the
// province.
func (g Growth) HasLineage() bool { return len(g.Pred) > 0 }
