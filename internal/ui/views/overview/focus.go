package overview

import (
	"slices"
	"strconv"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
)

// The growth card follows the focus year (`[`, `]`): a planner stepping
// back through the years reads each year's growth and its national rank
// where the headline figures are, not only the latest year's. The card
// stays the dataset's headline in the headline's own year; in another
// year it shows that year's growth row, its rank as the growth table or,
// failing that, the national table publishes it (never worked out), and
// that year's sources. The table face keeps the headlines as published.

// cardRows is the headline rows the cards draw: the headlines, the growth
// card replaced by the focus year's (focusCard) and the PCI card by the
// PCI table's row of the focus year (pciFocusCard) when that is another
// year.
func (m *Model) cardRows() []content.Row {
	s, _ := m.Page.Section("headlines")
	rows := slices.Clone(s.Rows)
	fy := m.Ctx.FocusYear()
	if fy == 0 {
		return rows
	}
	if i, year, ok := m.headlineCard("growth", dataset.UnitPercent, "province"); ok && fy != year && i < len(rows) {
		rows[i] = m.focusCard(rows[i], fy)
	}
	if i, year, ok := m.headlineCard("pci", dataset.UnitScore, "score"); ok && fy != year && i < len(rows) {
		p := m.section("pci")
		if r, ok := p.YearRow(fy); ok {
			if c, _ := p.Cell(r, "score"); c.Num.OK {
				rows[i] = m.pciFocusCard(rows[i], r)
			}
		}
	}
	return rows
}

// headlineCard is the index of a table's headline and its year: the first
// headline in unit whose figure is section sec's column col for the
// headline's year (the growth card: "growth", %, "province"; the PCI
// card: "pci", points, "score"). The dataset gives no card a role; the
// table says which it is.
func (m *Model) headlineCard(sec, unit, col string) (int, int, bool) {
	t := m.section(sec)
	for i, h := range m.Ctx.Data.Headline {
		y := dataset.DateYear(h.Date)
		if h.Unit != unit || y == 0 || !h.Value.OK {
			continue
		}
		r, ok := t.YearRow(y)
		if !ok {
			continue
		}
		if c, _ := t.Cell(r, col); c.Num.OK && c.Num.V == h.Value.V {
			return i, y, true
		}
	}
	return 0, 0, false
}

// pciFocusCard is the PCI card for the PCI table's row r, in the
// headline row h's columns: the year's score, rank and source, as the
// PCI panel beside the growth trend says them. A year the index has no
// score for keeps the headline, whose title says its year: the card is
// never emptier than the figure the dataset leads with.
func (m *Model) pciFocusCard(h content.Row, r content.Row) content.Row {
	p := m.section("pci")
	score, _ := p.Cell(r, "score")
	rank, _ := p.Cell(r, "rank")
	src, _ := p.Cell(r, "source")
	return m.cardRow(h.Key, m.Ctx.Loc.Tf("overview.card.pci", r.Year), r.Year, r.Status, score, rank, src)
}

// focusCard is the growth card for year, in the headline row h's columns:
// the province's figure from its growth table with its rank; for a year
// before a merged province was formed, each predecessor's figure after
// the glyph of its line on the growth chart (nothing is added up), and
// each one's published rank after its glyph; "—" when no one has a figure.
func (m *Model) focusCard(h content.Row, year int) content.Row {
	l := m.Ctx.Loc
	label := l.Tf("overview.card.growth", year)
	val, rank, status, cites := m.growthIn(year)
	src := content.Cell{Text: i18n.Gap}
	if len(cites) > 0 {
		src = content.Cell{Text: m.cite(cites), Cite: cites}
	}
	return m.cardRow(h.Key, label, year, status, val, rank, src)
}

// cardRow is a headline row in the headline section's columns, for a
// card that follows the focus year.
func (m *Model) cardRow(key, label string, year int, status dataset.Status, val, rank, src content.Cell) content.Row {
	byKey := map[string]content.Cell{
		"figure": {Text: label},
		"value":  val,
		"rank":   rank,
		"status": {Text: m.Ctx.Loc.Status(status), Status: status},
		"date":   {Text: strconv.Itoa(year)},
		"source": src,
	}
	s := m.section("headlines")
	cells := make([]content.Cell, len(s.Columns))
	for j, c := range s.Columns {
		cells[j] = byKey[c.Key]
		if cells[j].Text == "" {
			cells[j].Text = i18n.Gap
		}
	}
	return content.Row{Key: key, Label: label, Status: status, Year: year, Cells: cells}
}

// growthIn is the growth in year as the growth card and the growth
// panel's readout say it: the province's figure and rank (the growth
// table's, else the national table's), or before a merged province was
// formed each predecessor's after its glyph; "—" when no one has one.
// cites are the sources of the figures and ranks.
func (m *Model) growthIn(year int) (val, rank content.Cell, status dataset.Status, cites []string) {
	val, rank = content.Cell{Text: i18n.Gap}, content.Cell{Text: i18n.Gap}
	g := m.section("growth")
	if r, ok := g.YearRow(year); ok {
		if c, _ := g.Cell(r, "province"); c.Num.OK {
			val, status, cites = c, r.Status, c.Cite
			rank, _ = g.Cell(r, "rank")
		}
	}
	if val.Num.OK && rank.Gap() && len(m.growth.Pred) == 0 {
		rank = m.nationalRank(year, cites)
	}
	if !val.Num.OK {
		text := ""
		for i, p := range m.growth.Pred {
			r, ok := p.Section.YearRow(year)
			if !ok {
				continue
			}
			c, _ := p.Section.Cell(r, "province")
			if !c.Num.OK {
				continue
			}
			glyph := theme.PredGlyph(i, m.Ctx.ASCII)
			if text != "" {
				text += " · "
			}
			text += glyph + " " + c.String()
			for _, id := range c.Cite {
				if !slices.Contains(cites, id) {
					cites = append(cites, id)
				}
			}
			if rk, _ := p.Section.Cell(r, "rank"); !rk.Gap() {
				if rank.Gap() {
					rank = content.Cell{Num: rk.Num}
				} else {
					rank.Text += " · "
				}
				rank.Text += glyph + " " + rk.Text
			}
			status = r.Status
		}
		if text != "" {
			val = content.Cell{Text: text}
		}
	}
	return val, rank, status, cites
}

// nationalRank is the province's rank in year from the national table's
// growth list, when the growth table has none: the row content marks as
// the shown province's, its rank as published ("5th of 34"), citing the
// list's source after it when the card does not already. A gap when the
// list has no such row or gives it no rank.
func (m *Model) nationalRank(year int, cites []string) content.Cell {
	gap := content.Cell{Text: i18n.Gap}
	s, ok := m.gdp.Section(content.NationalPrefix + "grdp_growth." + strconv.Itoa(year))
	if !ok {
		return gap
	}
	var shown []content.Row
	for _, r := range s.Rows {
		if content.IsShown(r) {
			shown = append(shown, r)
		}
	}
	if len(shown) != 1 {
		return gap // none, or predecessors': not the province's own
	}
	rk, _ := s.Cell(shown[0], "rank")
	if rk.Gap() {
		return gap
	}
	v, _ := s.Cell(shown[0], "value")
	var own []string
	for _, id := range v.Cite {
		if !slices.Contains(cites, id) {
			own = append(own, id)
		}
	}
	if len(own) > 0 {
		rk.Text += " " + m.cite(own)
		rk.Cite = own
	}
	return rk
}
