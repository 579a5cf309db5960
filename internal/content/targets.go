package content

import (
	"math"
	"strconv"
	"strings"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
)

// Verdicts a target can have against its result. Each is said in words:
// a full-period result meets or misses a target; a result for part of the
// period is only ahead of or behind pace; results under another
// definition get no verdict; a target whose province ended before its
// end is superseded by the merger; one whose period is still running is
// open.
const (
	VerdictMet         = "met"
	VerdictMissed      = "missed"
	VerdictAhead       = "ahead"
	VerdictBehind      = "behind"
	VerdictDefinitions = "definitions"
	VerdictNoResult    = "none"
	VerdictOpen        = "open"
	VerdictSuperseded  = "superseded"
)

// targets is tab 6: each target of the province beside the result for the
// same indicator, its verdict, and only these computed figures (status
// computed, mark ƒ): the gap to the target and the yearly rate a level
// still to be reached needs from the latest result, each with the way it
// was worked out. A merged province shows its predecessors' targets under
// their own names.
func targets(s *Scope, l *i18n.Locale) Page {
	p := Page{Title: l.T("targets.heading"), Sections: []Section{own(s, l).targets()}}
	for _, pd := range s.Pred {
		if len(pd.Targets) > 0 {
			fp := of(s, pd, l)
			p.Sections = append(p.Sections, fp.from(fp.targets()))
		}
	}
	return p
}

// targets is the section of the dataset's targets, in dataset order.
func (f fmtr) targets() Section {
	l := f.l
	s := Section{ID: "targets", Title: l.T("targets.section"), Intro: l.T("targets.intro"), Empty: l.T("targets.none"),
		Columns: []Column{{Key: "indicator", Head: l.T("targets.col.indicator"), Max: 34, Search: true},
			{Key: "target", Head: l.T("targets.col.target"), Right: true},
			{Key: "result", Head: l.T("targets.col.result"), Right: true, Prio: 1},
			{Key: "verdict", Head: l.T("targets.col.verdict"), Prio: 1},
			{Key: "gap", Head: l.T("targets.col.gap"), Right: true, Prio: 3},
			{Key: "set_by", Head: l.T("targets.col.set_by"), Prio: 4, Max: 30, Search: true},
			{Key: "source", Head: l.T("content.col.source"), Prio: 2}}}
	for _, t := range f.d.Targets {
		s.Rows = append(s.Rows, f.targetRow(t))
	}
	return s
}

// TargetPeriod is a target's year or span as said: "2025", "2026–2030".
func TargetPeriod(t dataset.TargetRow) string {
	if t.From == t.To {
		return strconv.Itoa(t.From)
	}
	return strconv.Itoa(t.From) + "–" + strconv.Itoa(t.To)
}

// targetText is the target's value as set: "11,29 %", "≥ 11,5 %",
// "14–15 %", "8.700–9.200 USD", "≈ 50 tỷ USD".
func (f fmtr) targetText(t dataset.TargetRow) string {
	l := f.l
	unit := dataset.TargetIndicators[t.Indicator]
	switch t.Bound {
	case "range":
		// The unit once, where the locale puts it: "14–15 %",
		// "USD 5,500–5,700", "8.700–9.200 USD".
		lo := t.Low
		lo.Qual = ""
		high, num := l.Fig(t.High, unit), l.Num(t.High)
		return strings.Replace(high, num, l.Tf("targets.range", l.Num(lo), num), 1)
	case "at_least":
		return "≥ " + l.Fig(t.Low, unit)
	case "at_most":
		return "≤ " + l.Fig(t.Low, unit)
	case "about":
		return "≈ " + l.Fig(t.Low, unit)
	}
	return l.Fig(t.Low, unit)
}

// targetResult is the figure a target is judged against.
type targetResult struct {
	n      dataset.Num
	status dataset.Status
	source string
	when   string // the year or period it is for, ISO
	year   int
	// partial: the figure covers only part of the target's period.
	partial bool
	// definition is the FDI definition of the figure ("" for others).
	definition string
	// note is the figure's own note (a conflicting value it discloses).
	note dataset.Text
}

// result finds the figure of the same indicator for the target's period,
// or, for a target whose period has not been reached, the latest one
// before it (latest true).
func (f fmtr) result(t dataset.TargetRow) (r targetResult, ok, latest bool) {
	d := f.d
	year := func(y int) (targetResult, bool) {
		switch t.Indicator {
		case "grdp_growth":
			for _, g := range d.Growth {
				if g.Year == y && g.Province.OK {
					return targetResult{n: g.Province, status: g.Status, source: g.Source, when: strconv.Itoa(y), year: y, note: g.Note}, true
				}
			}
		case "per_capita_usd", "grdp_vnd_bn":
			for _, z := range d.Size {
				n := z.PerCapUSD
				if t.Indicator == "grdp_vnd_bn" {
					n = z.GRDPVNDbn
				}
				if z.Year == y && n.OK {
					return targetResult{n: n, status: z.Status, source: z.Source, when: strconv.Itoa(y), year: y, note: z.Note}, true
				}
			}
		case "exports_usd_bn":
			for _, e := range d.Exports {
				if e.Year == y && e.Period == strconv.Itoa(y) && e.Exports.OK {
					return targetResult{n: e.Exports, status: e.Status, source: e.Source, when: e.Period, year: y, note: e.Note}, true
				}
			}
		case "fdi_usd_m":
			var other *targetResult
			for _, r := range d.FDIYear {
				if r.Year != y || r.Period != strconv.Itoa(y) || !r.CapitalUSDm.OK || r.Status == dataset.Plan {
					continue
				}
				res := targetResult{n: r.CapitalUSDm, status: r.Status, source: r.Source, when: r.Period, year: y, definition: r.Definition, note: r.Note}
				if r.Definition == t.Definition || t.Definition == "" {
					return res, true
				}
				if other == nil {
					other = &res
				}
			}
			if other != nil {
				return *other, true
			}
		}
		return targetResult{}, false
	}
	if r, ok := year(t.To); ok {
		return r, true, false
	}
	if t.Indicator == "grdp_growth" {
		// Part of the target's year: the latest period with a figure.
		var best *dataset.PeriodRow
		for i, p := range d.Periods {
			if p.Year == t.To && p.Growth.OK && (best == nil || periodMonths(p.Period) > periodMonths(best.Period)) {
				best = &d.Periods[i]
			}
		}
		if best != nil {
			return targetResult{n: best.Growth, status: best.Status, source: best.Source, when: best.Period, year: best.Year, partial: true, note: best.Note}, true, false
		}
	}
	// A level still to be reached, or an average over a span still
	// running: the latest figure before its end, for how far it is.
	for y := t.To - 1; y >= t.To-30 && y > 1900; y-- {
		if t.Indicator == "grdp_growth_avg" {
			break
		}
		if r, ok := year(y); ok {
			return r, true, true
		}
	}
	return targetResult{}, false, false
}

// ended reports whether the dataset's province ended (merged into
// another) before the end of the target's period.
func (f fmtr) ended(t dataset.TargetRow) bool {
	lin := f.d.Lineage
	if lin.Became.ID == "" {
		return false
	}
	end := dataset.DateYear(lin.Date)
	return end != 0 && (t.To > end || (t.To == end && lin.Date < strconv.Itoa(end)+"-12-31"))
}

// met reports whether v reaches the target (at_most: stays under it).
func met(t dataset.TargetRow, v float64) bool {
	if t.Bound == "at_most" {
		return v <= t.Low.V
	}
	return v >= t.Low.V
}

// targetRow is one target with its result, verdict and computed figures.
func (f fmtr) targetRow(t dataset.TargetRow) Row {
	l := f.l
	unit := dataset.TargetIndicators[t.Indicator]
	name := f.name("targets.ind.", t.Indicator)
	period := TargetPeriod(t)
	label := name + " " + period
	row := Row{Key: t.Indicator + "/" + period + "/" + t.SetBy + "/" + FormatKeyNum(t.Low), Label: label,
		Status: t.Status, Year: t.To, Date: t.Date}
	target := Cell{Text: f.targetText(t), Num: t.Low, Status: t.Status, Mark: i18n.Mark(t.Status), Cite: f.ids(t.Source)}
	setBy := f.name("targets.by.", t.SetBy)
	if a := l.Pick(t.Act); a != "" {
		setBy += " · " + a
	}
	notes := []string{l.Pick(t.Note)}
	cites := []string{t.Source}
	res, ok, latest := f.result(t)
	result, gap := Cell{Text: i18n.Gap}, Cell{Text: i18n.Gap}
	verdict := VerdictNoResult
	if ok {
		result = f.fig(res.n, unit, res.status)
		short := result.Text + " (" + l.Date(res.when) + ")"
		result = withLong(result, result.Text+" ("+l.DateLong(res.when)+")")
		result.Text = short
		result.Cite = f.ids(res.source)
		cites = append(cites, res.source)
		if n := l.Pick(res.note); n != "" {
			notes = append(notes, l.Tf("targets.note.result", n))
		}
		switch {
		case res.definition != "" && t.Definition != "" && res.definition != t.Definition:
			verdict = VerdictDefinitions
			notes = append(notes, l.Tf("targets.note.definitions", DefinitionName(l, t.Definition), DefinitionName(l, res.definition)))
		case latest:
			verdict = VerdictOpen
		case res.partial && met(t, res.n.V):
			verdict = VerdictAhead
		case res.partial:
			verdict = VerdictBehind
		case met(t, res.n.V):
			verdict = VerdictMet
		default:
			verdict = VerdictMissed
		}
		if verdict != VerdictDefinitions && t.Indicator != "grdp_growth_avg" {
			gap = f.gapCell(t, res, unit)
			notes = append(notes, l.Tf("targets.method.gap", f.plain(res.n, unit), f.plain(t.Low, unit), gap.Text))
		}
		if latest && verdict == VerdictOpen {
			if rate, ok := f.rateCell(t, res); ok {
				gap.Text += " · " + rate.Text
				notes = append(notes, l.Tf("targets.method.rate", l.Num(t.Low), l.Num(res.n), t.To-res.year, t.To, res.year, l.Pct(rate.Num)))
				if unit == dataset.UnitUSD || unit == dataset.UnitUSDbn || unit == dataset.UnitUSDm || unit == dataset.UnitVNDbn {
					notes = append(notes, l.T("targets.method.nominal"))
				}
			}
		}
	}
	if f.ended(t) && (!ok || latest) {
		verdict = VerdictSuperseded
		gap = Cell{Text: i18n.Gap}
	}
	if f.ended(t) && ok && res.partial {
		notes = append(notes, l.Tf("targets.note.ended", l.Date(f.d.Lineage.Date)))
	}
	if !ok && !f.ended(t) && t.To >= dataset.DateYear(f.d.AsOf) {
		verdict = VerdictOpen
	}
	row.Note = joinNotes(notes...)
	row.More = map[string]Cell{"verdict": {Text: verdict}, "period": {Text: period}}
	row.Cells = []Cell{f.text(label), target, result, {Text: l.T("targets.verdict." + verdict)}, gap, f.text(setBy), f.source(cites...)}
	return row
}

// FormatKeyNum writes a figure for a row key: its digits as written.
func FormatKeyNum(n dataset.Num) string {
	if !n.OK {
		return ""
	}
	return strconv.FormatFloat(n.V, 'f', max(n.Dec, 0), 64)
}

// plain is a figure in its unit without qualifier, for a method line.
func (f fmtr) plain(n dataset.Num, unit string) string {
	n.Qual = ""
	return f.l.Fig(n, unit)
}

// gapCell is the result less the target, in percentage points for a
// rate, with as many decimals as the more precise of the two: a computed
// figure (mark ƒ).
func (f fmtr) gapCell(t dataset.TargetRow, r targetResult, unit string) Cell {
	dec := max(t.Low.Dec, r.n.Dec)
	v := r.n.V - t.Low.V
	p := math.Pow(10, float64(dec))
	v = math.Round(v*p) / p
	n := dataset.Num{V: v, Dec: dec, OK: true}
	text := f.l.Num(n)
	if v > 0 {
		text = "+" + text
	}
	if unit == dataset.UnitPercent {
		text += " " + f.l.T("targets.pp")
	} else {
		abs := n
		abs.V = math.Abs(v)
		text = f.l.Fig(abs, unit)
		if v < 0 {
			text = "−" + text
		} else if v > 0 {
			text = "+" + text
		}
	}
	return Cell{Text: text, Num: n, Status: dataset.Computed, Mark: i18n.Mark(dataset.Computed)}
}

// rateCell is the yearly rate a level target (per capita, GRDP, exports)
// needs from the latest result to be reached in its year:
// (target / latest)^(1 / years) − 1, in % a year, two decimals. Only for
// levels, never for growth rates.
func (f fmtr) rateCell(t dataset.TargetRow, r targetResult) (Cell, bool) {
	switch t.Indicator {
	case "per_capita_usd", "grdp_vnd_bn", "exports_usd_bn":
	default:
		return Cell{}, false
	}
	years := t.To - r.year
	if years <= 0 || r.n.V <= 0 || t.Low.V <= 0 {
		return Cell{}, false
	}
	rate := (math.Pow(t.Low.V/r.n.V, 1/float64(years)) - 1) * 100
	n := dataset.Num{V: math.Round(rate*100) / 100, Dec: 2, OK: true}
	return Cell{Text: f.l.Tf("targets.per_year", f.l.Pct(n)), Num: n, Status: dataset.Computed, Mark: i18n.Mark(dataset.Computed)}, true
}
