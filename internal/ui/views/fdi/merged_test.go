package fdi

import (
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// mergedModel is the tab on the merged province at w×h, with Bắc Giang,
// the former province its tests follow.
func mergedModel(t testing.TB, lang i18n.Lang, w, h int) (*Model, *dataset.Dataset) {
	t.Helper()
	return viewtest.OpenMerged(t, New(), lang, w, h, "bac-giang")
}

// A merged province's chart face says in a line that it has no figure by
// country, then shows its figures by year, then Bắc Giang's countries
// under their section's title; the keys reach one of them, whose detail
// names the province and cites Bắc Giang's own source by its number in
// the merged list.
func TestMergedPredecessorCountries(t *testing.T) {
	m, bg := mergedModel(t, i18n.EN, 200, 60)
	const sec = "fdi.by_country@bac-giang"
	cs, ok := m.Page.Section(sec)
	if !ok || len(cs.Rows) == 0 {
		t.Fatalf("no rows in section %s on the merged page", sec)
	}
	if own, _ := m.Page.Section(secCountry); len(own.Rows) != 0 {
		t.Fatalf("the new province now has %d countries: the test's premise is gone", len(own.Rows))
	}
	// Korea: Bắc Giang's row with a capital figure and a source.
	var kr dataset.FDICountryRow
	for _, c := range bg.FDICountry {
		if c.Code == "KR" {
			kr = c
		}
	}
	if kr.Code == "" || kr.Source == "" {
		t.Fatal("Bắc Giang has no Korea row with a source")
	}
	name := m.Ctx.Loc.Pick(kr.Country)

	// Press j down to the end, the whole list drawn in a tall window:
	// only the frame's text is read.
	m.SetSize(200, 200)
	out := plain(m)
	l := m.Ctx.Loc
	noCountry := i18n.Gap + " " + l.T("app.gap")
	for _, want := range []string{cs.Title, noCountry, name} {
		if !strings.Contains(out, want) {
			t.Errorf("chart face lacks %q:\n%s", want, out)
		}
	}
	lines := strings.Split(out, "\n")
	for i, ln := range lines {
		if strings.HasPrefix(ln, l.T("fdi.by_country")) && (i+1 == len(lines) || strings.TrimSpace(lines[i+1]) != noCountry) {
			t.Errorf("the own countries' heading is not followed by %q:\n%s", noCountry, out)
		}
	}
	if i, j := strings.Index(out, cs.Title), strings.LastIndex(out, name); j < i {
		t.Errorf("%s is not under %q", name, cs.Title)
	}
	m.SetSize(120, 30)

	at := func() (string, string) { it := m.items[m.Nav.Sel]; return it.sec, m.row(it).Key }
	viewtest.ReachPredRow(t, m, m.Ctx, at, viewtest.PredRow{Sec: sec, Key: "KR", Label: name, Pred: bg, Source: kr.Source}, 120, 30)
}

// Each former province's bars have their own scale: the largest figure of
// every section is drawn (nearly: the value columns differ) the full bar
// width, so no bar is measured against another province's.
func TestMergedBarsOwnScale(t *testing.T) {
	m, _ := mergedModel(t, i18n.EN, 120, 200)
	out := plain(m)
	lo, hi := -1, -1
	for _, s := range m.Page.Sections {
		if s.From == "" || !isCountry(s.ID) || len(s.Rows) == 0 {
			continue
		}
		c, _ := s.Cell(s.Rows[0], "capital")
		if !c.Num.OK {
			continue
		}
		// The section's first (largest) row, below its title.
		at := strings.Index(out, s.Title)
		if at < 0 {
			t.Fatalf("no heading %q:\n%s", s.Title, out)
		}
		rest := out[at:]
		line := viewtest.LineWith(rest, s.Rows[0].Label)
		n := strings.Count(line, "█")
		if n == 0 {
			t.Fatalf("%s: no bar for %s: %q", s.ID, s.Rows[0].Label, line)
		}
		if lo < 0 || n < lo {
			lo = n
		}
		hi = max(hi, n)
	}
	if lo < 0 {
		t.Fatal("no former province's countries with a figure")
	}
	if lo*10 < hi*9 {
		t.Errorf("the largest bars of the provinces are %d and %d cells: scales are shared", lo, hi)
	}
}

// The merged tab keeps to its size at every size, with the selection on
// a predecessor's row and with its detail open.
func TestMergedSizeSweep(t *testing.T) {
	viewtest.MergedSizeSweep(t, func() common.View { return New() })
}
