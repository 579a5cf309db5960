package overview

import (
	"fmt"
	"regexp"
	"slices"
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

// TestASCII: --ascii draws no box drawing, blocks or braille (viewtest.TestASCIITab).
func TestASCII(t *testing.T) { viewtest.TestASCIITab(t, func() common.View { return New() }) }

// TestFaceTab runs the checks the face tabs share (viewtest.CheckFaceTab):
// the real dataset at the reference sizes, both languages, every face
// (SHOW=1 prints plain frames, SHOW=ansi coloured); no box of blank rows
// on the merged province; at 80×21 the sources face scrolls to the last
// source.
func TestFaceTab(t *testing.T) {
	viewtest.CheckFaceTab(t, func() viewtest.Faced { return New() })
}

// The headline figures of source [1] (the Department of Foreign Affairs'
// article), as the bundled data gives them.
func TestBundledFigures(t *testing.T) {
	cases := []struct {
		lang i18n.Lang
		w, h int
		want []string
	}{
		{i18n.VI, 200, 60, []string{"13,85 %", "thứ 1/63", "≈8,6 tỷ USD", "thứ 12/63", ">30", "Bắc Ninh", "2.720,72 ha"}},
		{i18n.EN, 200, 60, []string{"13.85%", "1st of 63", "≈USD 8.6 bn", "12th of 63", ">30", "Bắc Ninh", "2,720.72 ha"}},
		{i18n.VI, 120, 40, []string{"13,85 %", "thứ 1/63", "≈8,6 tỷ USD"}},
		{i18n.VI, 80, 24, []string{"13,85 %", "thứ 1/63", "≈8,6 tỷ USD", "Nguồn:"}},
		{i18n.EN, 80, 24, []string{"13.85%", "1st of 63", "≈USD 8.6 bn", "Source:"}},
	}
	for _, c := range cases {
		m := viewtest.Open(New(), viewtest.ContextTheme(t, c.lang, theme.Mono), c.w, c.h)
		viewtest.ContainsAll(t, fmt.Sprintf("%s %d×%d", c.lang, c.w, c.h), viewtest.Plain(m.View()), c.want)
	}
}

// BenchmarkRebuildBundled is a resize on the real dataset (budget ≤ 5 ms).
func BenchmarkRebuildBundled(b *testing.B) {
	viewtest.BenchResizeBundled(b, New())
}

// TestGrowthFiguresShown: at 120×40 the overview of the merged province
// shows each province's growth figure (the chart's labels, or the table
// that stands in for it), not only the province's own.
func TestGrowthFiguresShown(t *testing.T) {
	cases := []struct {
		lang i18n.Lang
		want []string
	}{
		{i18n.VI, []string{"10,27 %", "13,85 %", "6,03 %"}},
		{i18n.EN, []string{"10.27%", "13.85%", "6.03%"}},
	}
	for _, c := range cases {
		m := viewtest.Open(New(), viewtest.Merged(t, c.lang), 120, 40-viewtest.Chrome)
		out := viewtest.Plain(m.View())
		// Below the growth heading, not only in the formed-from panel.
		head := m.Ctx.Loc.T("overview.growth")
		i := strings.Index(out, head)
		if i < 0 {
			t.Fatalf("%s: no growth panel:\n%s", c.lang, out)
		}
		viewtest.ContainsAll(t, fmt.Sprintf("%s 120×40 growth panel", c.lang), out[i:], c.want)
	}
}

// cardTexts is the text inside each card of a plain frame, in grid order:
// the lines of a box joined by spaces, runs of spaces made one.
func cardTexts(out string) []string {
	lines := strings.Split(out, "\n")
	var texts []string
	for i := 0; i < len(lines); i++ {
		top := []rune(lines[i])
		if !strings.HasPrefix(strings.TrimSpace(lines[i]), "╭") {
			continue
		}
		// Each box's columns, from the top border.
		var spans [][2]int
		for x := 0; x < len(top); x++ {
			if top[x] == '╭' {
				for y := x + 1; y < len(top); y++ {
					if top[y] == '╮' {
						spans = append(spans, [2]int{x + 1, y})
						x = y
						break
					}
				}
			}
		}
		parts := make([][]string, len(spans))
		j := i + 1
		for ; j < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[j]), "╰"); j++ {
			r := []rune(lines[j])
			for k, s := range spans {
				if s[1] <= len(r) {
					parts[k] = append(parts[k], string(r[s[0]:s[1]]))
				}
			}
		}
		for _, p := range parts {
			texts = append(texts, viewtest.Words(strings.Join(p, " ")))
		}
		i = j
	}
	return texts
}

// TestCardTitlesWhole: from 100 columns every card's title is on its
// card whole, in both languages and for every bundled province (at 100
// columns a34ab89 cut "Vốn đầu tư nướ…" and "GRDP bình quân đ… 2025");
// narrower, a cut title keeps its year.
func TestCardTitlesWhole(t *testing.T) {
	sets := viewtest.Collection(t)
	year := regexp.MustCompile(`\b(19|20)\d\d\b`)
	drawn := 0
	for _, d := range sets {
		if len(d.Headline) == 0 {
			continue
		}
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			for _, size := range [][2]int{{80, 24}, {90, 40}, {100, 30}, {100, 40}, {110, 40}, {120, 40}, {160, 50}, {200, 60}} {
				ctx := viewtest.ScopedContext(sets, d, lang, theme.Mono)
				m := viewtest.Open(New(), ctx, size[0], size[1])
				out := viewtest.Plain(m.View())
				viewtest.CheckSize(t, out, size[0], size[1])
				texts := cardTexts(out)
				hs := m.headlines()
				if len(texts) > 0 && size[0] >= 100 {
					drawn++
				}
				for i, tx := range texts {
					if i >= len(hs) {
						break
					}
					label := hs[i].Label
					if size[0] >= 100 {
						if !strings.HasPrefix(tx, label+" ") {
							t.Errorf("%s %s %v: card %d reads %q, want its title %q whole", d.ID, lang, size, i, tx, label)
						}
						continue
					}
					if y := year.FindString(label); y != "" && !strings.HasPrefix(tx, label) && !strings.Contains(tx, "… "+y) {
						t.Errorf("%s %s %v: card %d reads %q: the cut title lost its year %s", d.ID, lang, size, i, tx, y)
					}
				}
			}
		}
	}
	if drawn == 0 {
		t.Fatal("no frame from 100 columns drew cards")
	}
}

// TestPeriodsWrittenOut: from 120 columns the cards and the table of
// headlines write their periods out (the former Bắc Ninh's first-half
// growth: "first half of 2025", "6 tháng đầu năm 2025"; parks "second
// quarter of 2025", "quý 2 năm 2025"); narrower cards keep "H1 2025",
// "6T/2025", which the glossary explains.
func TestPeriodsWrittenOut(t *testing.T) {
	sets := viewtest.Collection(t)
	i := slices.IndexFunc(sets, func(d *dataset.Dataset) bool { return d.ID == "bac-ninh-cu" })
	if i < 0 {
		t.Fatal("no bac-ninh-cu in the collection")
	}
	d := sets[i]
	short := regexp.MustCompile(`\bH[12] \d{4}\b|\b\d+T(?: cuối)?/\d{4}\b|\bQ[1-4][ /]\d{4}\b`)
	long := map[i18n.Lang][]string{
		i18n.EN: {"first half of 2025", "second quarter of 2025"},
		i18n.VI: {"6 tháng đầu năm 2025", "quý 2 năm 2025"},
	}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, size := range [][2]int{{100, 40}, {120, 40}, {200, 60}} {
			ctx := viewtest.ScopedContext(sets, d, lang, theme.Mono)
			m := viewtest.Open(New(), ctx, size[0], size[1])
			for _, face := range []string{"cards", "table"} {
				out := viewtest.Plain(m.View())
				viewtest.CheckSize(t, out, size[0], size[1])
				if size[0] < 120 {
					if face == "cards" && !short.MatchString(out) {
						t.Errorf("%s %v %s: no short period at this width:\n%s", lang, size, face, out)
					}
				} else {
					if s := short.FindString(out); s != "" {
						t.Errorf("%s %v %s: %q is not written out:\n%s", lang, size, face, s, out)
					}
					for _, w := range long[lang] {
						if !strings.Contains(out, w) {
							t.Errorf("%s %v %s: no %q:\n%s", lang, size, face, w, out)
						}
					}
				}
				viewtest.PressAll(m, "v")
			}
		}
	}
}

// TestFiguresFollowFocusYear: with the focus on 2019 (`[` five times
// from 2024) every figure of a year on the overview is 2019's: the PCI
// panel, the PCI card, the growth card and the growth panel's readout
// beside the sparkline (which stayed on "2024 13.85% · 1st of 63"), and
// the sparkline's axis names the year under its bar. The headlines of
// other years say their year in their titles and stay as published.
func TestFiguresFollowFocusYear(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.EN, i18n.VI} {
		for _, size := range [][2]int{{80, 24}, {100, 30}, {120, 40}, {200, 60}} {
			ctx := viewtest.AtYear(viewtest.Context(t, lang), 2019)
			m := viewtest.Open(New(), ctx, size[0], size[1])
			out := viewtest.Plain(m.View())
			viewtest.CheckSize(t, out, size[0], size[1])
			l := ctx.Loc
			g13, g16, p64, p71 := "13.85%", "16.10%", "64.47", "71.24"
			if lang == i18n.VI {
				g13, g16, p64, p71 = "13,85 %", "16,10 %", "64,47", "71,24"
			}
			// A line chart may label its latest point; a readout says
			// its year, a card's figure follows its border.
			if strings.Contains(out, "2024 "+g13) || strings.Contains(out, g13+" ~ · ") {
				t.Errorf("%s %v: 2024's growth %s is read out on a 2019 screen:\n%s", lang, size, g13, out)
			}
			if !strings.Contains(out, "2019 "+g16) {
				t.Errorf("%s %v: no readout \"2019 %s\":\n%s", lang, size, g16, out)
			}
			if strings.Contains(out, "2024 "+p71) || strings.Contains(out, "│ "+p71) {
				t.Errorf("%s %v: 2024's PCI %s is on a 2019 screen:\n%s", lang, size, p71, out)
			}
			if !strings.Contains(out, p64) {
				t.Errorf("%s %v: 2019's PCI %s is not on the screen:\n%s", lang, size, p64, out)
			}
			if size == [2]int{80, 24} && !strings.Contains(out, "┊2019") {
				t.Errorf("%s %v: the sparkline's axis does not name 2019:\n%s", lang, size, out)
			}
			if size[0] >= 100 && !strings.Contains(out, l.Tf("overview.card.growth", 2019)) {
				t.Errorf("%s %v: no growth card for 2019:\n%s", lang, size, out)
			}
		}
	}
}

// sparkHeights is the height of each column of the growth sparkline in a
// plain frame, in eighths of a cell: the rows under its top cell times 8
// plus the top cell's part (▁…█ or, under --ascii, "_.:-=+*#"). The
// block is the lines between the panel's heading and its year axis; the
// latest figure right of the last line is left out; a trend of one row
// is read between its first and last year. Nil when the frame
// has no sparkline.
func sparkHeights(out, heading, first string) []int {
	lines := strings.Split(out, "\n")
	var block [][]rune
	in := false
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, heading):
			in, block = true, nil
			continue
		case in && strings.HasPrefix(l, first):
			in = false
		}
		if !in {
			continue
		}
		if i := strings.Index(l, "  2024 "); i > 0 {
			l = l[:i]
		}
		if _, trend, ok := strings.Cut(l, " "+first+" "); ok {
			// One row: the trend between its first and last year.
			trend, _, _ = strings.Cut(trend, " 2024")
			return heights([][]rune{[]rune(trend)})
		}
		block = append(block, []rune(l))
	}
	return heights(block)
}

// heights is the height of each column of block in eighths of a cell.
func heights(block [][]rune) []int {
	if len(block) == 0 {
		return nil
	}
	level := func(r rune) int {
		if r >= '▁' && r <= '█' {
			return int(r-'▁') + 1
		}
		return strings.IndexRune("_.:-=+*#", r) + 1
	}
	var hs []int
	for x := 0; ; x++ {
		any := false
		h := 0
		for y, row := range block {
			if x >= len(row) {
				continue
			}
			any = true
			if row[x] != ' ' && h == 0 {
				h = (len(block)-y-1)*8 + level(row[x])
			}
		}
		if !any {
			break
		}
		hs = append(hs, h)
	}
	return hs
}

// TestSparklineASCII: under --ascii the growth sparkline still shows the
// years' heights: column by column, as high as the block sparkline at
// the same size, the top cell's part a character of a ramp instead of a
// block. It was "#### #### ####…" in one row, every year alike.
func TestSparklineASCII(t *testing.T) {
	found := 0
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, size := range [][2]int{{80, 16}, {80, 18}, {80, 20}, {80, 22}, {80, 24}, {90, 30}} {
			var got [2][]int
			for i, ascii := range []bool{false, true} {
				ctx := viewtest.Context(t, lang)
				ctx.ASCII = ascii
				m := viewtest.Open(New(), ctx, size[0], size[1])
				out := viewtest.Plain(m.View())
				viewtest.CheckSize(t, out, size[0], size[1])
				got[i] = sparkHeights(out, ctx.Loc.T("overview.growth"), "2011")
				if ascii {
					for _, r := range out {
						if r >= '▁' && r <= '█' {
							t.Errorf("%s %v: %q under --ascii", lang, size, r)
						}
					}
				}
			}
			if len(got[0]) == 0 {
				continue
			}
			found++
			if !slices.Equal(got[0], got[1]) {
				t.Errorf("%s %v: the ASCII sparkline's heights\n%v\ndiffer from the blocks'\n%v", lang, size, got[1], got[0])
			}
		}
	}
	if found == 0 {
		t.Fatal("no size drew the sparkline")
	}
}
