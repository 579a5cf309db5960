package overview

import (
	"fmt"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// fixture is a small dataset with figures copied from
// the bundled dataset (data/bac-giang), including a gap year (2012).
func fixture() *dataset.Dataset {
	meta := func(src string, s dataset.Status, date string) dataset.Meta {
		return dataset.Meta{Source: src, Status: s, Date: date}
	}
	d := &dataset.Dataset{
		ID:         "bac-giang",
		Name:       dataset.Text{VI: "Bắc Giang", EN: "Bắc Giang"},
		AsOf:       "2025-06-30",
		Merger:     dataset.Text{VI: "Từ 01/07/2025 Bắc Giang hợp nhất vào tỉnh Bắc Ninh.", EN: "Bắc Giang merged into Bắc Ninh on 1 Jul 2025."},
		MergerMeta: dataset.Meta{Source: "seed", Status: dataset.Official, Date: "2025-07-01"},
		Sources: []dataset.Source{
			{ID: "seed", Title: "Bài viết của Sở Ngoại vụ", Publisher: "Sở Ngoại vụ tỉnh Bắc Giang", Date: "2025-01"},
			{ID: "bbg", Title: "Bac Giang: 10 outstanding socio-economic events and achievements in 2024", Publisher: "Báo Bắc Giang", URL: "https://en.baobacgiang.vn/bac-giang-10-outstanding-socio-economic-events-and-achievements-in-2024-postid410428.bbg", Date: "2025-01-01"},
			{ID: "pci", Title: "PCI của tỉnh Bắc Giang", Publisher: "VCCI", URL: "https://www.pcivietnam.vn/ho-so-tinh/bac-giang"},
			{ID: "ppc2012", Title: "Một số chỉ tiêu kinh tế – xã hội", Publisher: "UBND tỉnh Bắc Giang", Date: "2012-12-10"},
		},
		Headline: []dataset.Headline{
			{ID: "growth", Label: dataset.Text{VI: "Tăng trưởng GRDP 2024", EN: "GRDP growth 2024"}, Value: dataset.N(13.85, 2), Unit: dataset.UnitPercent, Rank: 1, RankOf: 63, Meta: meta("bbg", dataset.Official, "2024")},
			{ID: "size", Label: dataset.Text{VI: "Quy mô kinh tế 2024", EN: "Economy size 2024"}, Value: dataset.N(8.65, 2), Unit: dataset.UnitUSDbn, Rank: 12, RankOf: 63, Approx: true, Meta: dataset.Meta{Source: "bbg", Status: dataset.Estimate, Date: "2024", Note: dataset.Text{VI: "Nguồn khác: 209,15 nghìn tỷ đồng", EN: "Another source: VND 209.15 trn"}}},
			{ID: "clusters", Label: dataset.Text{VI: "Cụm công nghiệp", EN: "Industrial clusters"}, Value: dataset.N(55, 0), Unit: dataset.UnitCount, Meta: meta("seed", dataset.Official, "2025-03")},
			{ID: "countries", Label: dataset.Text{VI: "Quốc gia, vùng lãnh thổ đầu tư", EN: "Investing countries & territories"}, Value: dataset.Num{V: 30, OK: true, Qual: ">"}, Unit: dataset.UnitCount, Meta: meta("seed", dataset.Reported, "2024")},
			{ID: "parks", Label: dataset.Text{VI: "Khu công nghiệp", EN: "Industrial parks"}, Unit: dataset.UnitCount, Meta: meta("seed", dataset.Reported, "2024")},
		},
		Growth: []dataset.GrowthRow{
			{Year: 2013, Province: dataset.N(8.6, 1), Meta: meta("ppc2012", dataset.Official, "2013")},
			{Year: 2011, Province: dataset.N(10.5, 1), Meta: meta("ppc2012", dataset.Official, "2011")},
			{Year: 2012, Meta: meta("", dataset.Official, "2012")},
			{Year: 2023, Province: dataset.N(13.45, 2), Rank: 1, Meta: meta("bbg", dataset.Official, "2023")},
			{Year: 2024, Province: dataset.N(13.85, 2), Rank: 1, Meta: meta("bbg", dataset.Official, "2024")},
		},
		PCI: []dataset.PCIRow{
			{Year: 2021, Score: dataset.N(64.74, 2), Rank: 31, Meta: meta("pci", dataset.Official, "2021")},
			{Year: 2022, Score: dataset.N(72.80, 2), Rank: 2, Meta: meta("pci", dataset.Official, "2022")},
			{Year: 2023, Score: dataset.N(69.75, 2), Rank: 4, Meta: meta("pci", dataset.Official, "2023")},
			{Year: 2024, Score: dataset.N(71.24, 2), Rank: 4, Meta: meta("pci", dataset.Official, "2024")},
		},
	}
	d.BuildIndex()
	return d
}

func newCtx(lang i18n.Lang, th theme.Name) *common.Context {
	return viewtest.ContextFor(fixture(), lang, th)
}

func render(t testing.TB, ctx *common.Context, w, h int) (*Model, string) {
	t.Helper()
	m := viewtest.Open(New(), ctx, w, h)
	return m, m.View()
}

func TestSizes(t *testing.T) {
	for _, sz := range [][2]int{{80, 21}, {80, 24}, {120, 40}, {200, 60}} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			m, out := render(t, newCtx(lang, theme.Dark), sz[0], sz[1])
			for range 3 {
				viewtest.CheckSize(t, m.View(), sz[0], sz[1])
				viewtest.Show(fmt.Sprintf("%s %d×%d face %d", lang, sz[0], sz[1], m.Face()), m.View())
				m.Update(viewtest.Press("v"))
			}
			if !strings.Contains(out, "Bắc Giang") {
				t.Errorf("%v %v: no province name", lang, sz)
			}
		}
	}
}

func TestFigures(t *testing.T) {
	cases := []struct {
		lang i18n.Lang
		want []string
	}{
		{i18n.VI, []string{"13,85 %", "thứ 1/63", "≈8,65 tỷ USD", "thứ 12/63", ">30", "30/06/2025", "hợp nhất"}},
		{i18n.EN, []string{"13.85%", "1st of 63", "≈USD 8.65 bn", "12th of 63", ">30", "30 Jun 2025", "merged"}},
	}
	for _, c := range cases {
		_, out := render(t, newCtx(c.lang, theme.Mono), 200, 60)
		plain := viewtest.Plain(out)
		for _, w := range c.want {
			if !strings.Contains(plain, w) {
				t.Errorf("%s: %q missing from\n%s", c.lang, w, plain)
			}
		}
	}
}

// The industrial-parks headline has no value: it must read "—", never 0.
func TestGapIsDash(t *testing.T) {
	_, out := render(t, newCtx(i18n.VI, theme.Mono), 200, 60)
	lines := strings.Split(viewtest.Plain(out), "\n")
	found := false
	for i, l := range lines {
		if strings.Contains(l, "Khu công nghiệp") && i+1 < len(lines) {
			found = true
			// The card's value line follows its label line, in the same column.
			col := strings.Index(l, "Khu công nghiệp")
			val := lines[i+1][col:]
			// A gap carries no status mark: there is no figure to qualify.
			if !strings.HasPrefix(val, "—") || strings.HasPrefix(val, "— ?") {
				t.Errorf("gap headline value = %q, want a bare \"—\"", val)
			}
		}
	}
	if !found {
		t.Fatalf("no industrial-parks card:\n%s", viewtest.Plain(out))
	}
	m, _ := render(t, newCtx(i18n.VI, theme.Mono), 80, 8) // compact list
	if !strings.Contains(viewtest.Plain(m.View()), "—") {
		t.Errorf("compact list: no gap dash:\n%s", m.View())
	}
}

func TestCardColumns(t *testing.T) {
	for _, c := range []struct{ w, h, n, want int }{
		{200, 60, 8, 4}, {120, 40, 8, 3}, {80, 40, 8, 2}, {80, 10, 5, 3}, {20, 60, 5, 0},
	} {
		if got := cardCols(c.n, c.w, c.h); got != c.want {
			t.Errorf("cardCols(%d, %d, %d) = %d, want %d", c.n, c.w, c.h, got, c.want)
		}
	}
}

func TestFaceCycle(t *testing.T) {
	m, first := render(t, newCtx(i18n.VI, theme.Mono), 120, 40)
	if m.Face() != common.FaceChart {
		t.Fatal("starts on the chart face")
	}
	m.Update(viewtest.Press("v"))
	if m.Face() != common.FaceTable || m.View() == first {
		t.Fatal("v did not switch to the table")
	}
	if strings.Contains(viewtest.Plain(m.View()), "Quy mô kinh tế 2024: Nguồn khác: 209,15") {
		t.Errorf("note of an unselected row shown in the note strip:\n%s", viewtest.Plain(m.View()))
	}
	m.Update(viewtest.Press("down"))
	if m.Selected() != "headlines/size" || !strings.Contains(viewtest.Plain(m.View()), "Quy mô kinh tế 2024: Nguồn khác: 209,15") {
		t.Errorf("↓ should select the size figure and show its conflicting-value note:\n%s", viewtest.Plain(m.View()))
	}
	m.Update(viewtest.Press("end"))
	m.Update(viewtest.Press("down"))
	if !strings.HasPrefix(m.Selected(), "pci/") {
		t.Errorf("end then ↓ selected %q, want the last row (PCI)", m.Selected())
	}
	m.Update(viewtest.Press("v"))
	if m.Face() != common.FaceSources || !strings.Contains(m.View(), "pcivietnam.vn") {
		t.Fatalf("sources face wrong:\n%s", m.View())
	}
	m.Update(viewtest.Press("v"))
	if m.Face() != common.FaceChart || m.View() != first {
		t.Fatal("v did not come back to the chart face")
	}
}

func TestSweep(t *testing.T) {
	ctx := newCtx(i18n.VI, theme.Dark)
	m := New()
	m.SetContext(ctx)
	viewtest.SweepFaces(t, m, "v")
	// No context, no data: empty, no panic.
	viewtest.NoContext(t, New(), "overview", "v")
	m.SetContext(&common.Context{Data: &dataset.Dataset{}, Loc: ctx.Loc, Styles: ctx.Styles, Keys: ctx.Keys})
	m.SetSize(80, 24)
	if !strings.Contains(m.View(), ctx.Loc.T("overview.none")) {
		t.Errorf("empty dataset should say so:\n%s", m.View())
	}
}

func BenchmarkView(b *testing.B) {
	m, _ := render(b, newCtx(i18n.VI, theme.Dark), 200, 60)
	viewtest.BenchView(b, m)
}

func BenchmarkRebuild(b *testing.B) {
	m, _ := render(b, newCtx(i18n.VI, theme.Dark), 200, 60)
	viewtest.BenchResize(b, m)
}

// A dataset without a merger shows no notice: no province text lives in
// code (a second province once showed Bắc Giang's merger).
func TestNoMergerNoNotice(t *testing.T) {
	d := fixture()
	d.Merger, d.MergerMeta = dataset.Text{}, dataset.Meta{}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		m := New()
		m.SetContext(viewtest.ContextFor(d, lang, theme.Mono))
		for _, sz := range [][2]int{{80, 24}, {200, 60}} {
			m.SetSize(sz[0], sz[1])
			for range 3 {
				out := viewtest.Plain(m.View())
				for _, w := range []string{"hợp nhất", "merged", "Bắc Ninh", "▌"} {
					if strings.Contains(out, w) {
						t.Errorf("%s %v face %d: %q shown without a merger in the data:\n%s", lang, sz, m.Face(), w, out)
					}
				}
				m.Update(viewtest.Press("v"))
			}
		}
	}
}
