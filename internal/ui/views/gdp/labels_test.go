package gdp

import (
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestLabelsBelongToTheirSeries sweeps the GDP chart face from 60×16 to
// 200×60 on Bắc Giang alone, in both languages: wherever a value label of
// the latest year is drawn on the chart (the province's 13,85 %, Vietnam's
// 7,09 %), the nearest point glyph is its own series' (● for the
// province, ◆ for Vietnam), never the other's. At 60×16 a34ab89 drew
// Vietnam's label beside Bắc Giang's point.
func TestLabelsBelongToTheirSeries(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		l := i18n.New(lang)
		labels := []struct{ text, own, other string }{
			{l.Pct(dataset.N(13.85, 2)), "●", "◆"},
			{l.Pct(dataset.N(7.09, 2)), "◆", "●"},
		}
		drawn := 0
		for w := 60; w <= 200; w += 20 {
			for h := 6; h <= 60; h += 2 {
				m := render(t, viewtest.ContextFor(viewtest.Data(t), lang, theme.Mono), w, h)
				rows := strings.Split(viewtest.Plain(m.View()), "\n")
				// The chart's rows: those with the y axis (┤ or │ after the
				// tick labels); the readout line above them names both
				// series' figures on purpose and is not a label.
				for y, row := range rows {
					if !strings.ContainsAny(row, "┤│") || strings.Contains(row, "·") {
						continue
					}
					for _, lb := range labels {
						x := strings.Index(row, lb.text)
						if x < 0 {
							continue
						}
						drawn++
						// A label sits by its series' latest point: it may
						// be moved a row to clear another line, but never
						// nearer the other series' latest point than its own.
						own, other := latestRow(rows, lb.own), latestRow(rows, lb.other)
						if own < 0 || other < 0 {
							continue
						}
						if abs(other-y) < abs(own-y) {
							t.Errorf("%s %d×%d: %q at row %d is nearer a %s than its own %s:\n%s",
								lang, w, h, lb.text, y, lb.other, lb.own, strings.Join(rows, "\n"))
						}
					}
				}
			}
		}
		if drawn == 0 {
			t.Errorf("%s: no value label drawn at any size: the test checks nothing", lang)
		}
	}
}

// latestRow is the row of the rightmost cell holding glyph (a series'
// latest point), -1 when none.
func latestRow(rows []string, glyph string) int {
	g := []rune(glyph)[0]
	bestX, bestY := -1, -1
	for y, row := range rows {
		if !strings.ContainsAny(row, "┤│└") {
			continue
		}
		for x, r := range []rune(row) {
			if r == g && x >= bestX {
				bestX, bestY = x, y
			}
		}
	}
	return bestY
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
