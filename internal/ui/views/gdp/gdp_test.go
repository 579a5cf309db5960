package gdp

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/chart"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// fixture holds figures copied from the bundled dataset (data/bac-giang), with
// 2012 a gap year for the province and 2025 without a national figure.
func fixture() *dataset.Dataset {
	m := func(src string, s dataset.Status) dataset.Meta { return dataset.Meta{Source: src, Status: s} }
	gso := m("gso", dataset.Official)
	d := &dataset.Dataset{
		ID:   "bac-giang",
		Name: dataset.Text{VI: "Bắc Giang", EN: "Bắc Giang"},
		Sources: []dataset.Source{
			{ID: "ppc", Title: "Một số chỉ tiêu kinh tế – xã hội", Publisher: "UBND tỉnh Bắc Giang", Date: "2012-12-10"},
			{ID: "gso", Title: "Kinh tế hồi phục, GDP năm 2022 tăng cao nhất hơn một thập kỷ", Publisher: "Afamily (TCTK)", URL: "https://afamily.vn/kinh-te-hoi-phuc-gdp-nam-2022-tang-cao-nhat-hon-mot-thap-ky-20221229115552125.chn", Date: "2022-12-29"},
			{ID: "dantri", Title: "Top địa phương tăng trưởng mạnh nhất nước", Publisher: "Dân Trí", Date: "2025-01"},
			{ID: "cafef", Title: "Địa phương duy nhất thăng hạng trong top 15", Publisher: "CafeF", Date: "2023-01-16"},
			{ID: "bbg", Title: "10 outstanding socio-economic events 2024", Publisher: "Báo Bắc Giang", Date: "2025-01-01"},
		},
		Growth: []dataset.GrowthRow{
			{Year: 2011, Province: dataset.N(10.5, 1), National: dataset.N(6.41, 2), NatMeta: gso, Meta: m("ppc", dataset.Official)},
			{Year: 2012, National: dataset.N(5.50, 2), NatMeta: gso},
			{Year: 2022, Province: dataset.N(19.3, 1), Rank: 2, National: dataset.N(8.02, 2), NatMeta: m("gso", dataset.Estimate),
				Meta: dataset.Meta{Source: "cafef", Status: dataset.Official, Note: dataset.Text{VI: "Ước tính tháng 12/2022", EN: "December 2022 estimate"}}},
			{Year: 2024, Province: dataset.N(13.85, 2), Rank: 1, National: dataset.N(7.09, 2), NatMeta: gso,
				Meta: dataset.Meta{Source: "dantri", Status: dataset.Official, Note: dataset.Text{VI: "Một nguồn khác ghi 13,87 %", EN: "Another source gives 13.87%"}}},
			{Year: 2023, Province: dataset.N(13.45, 2), Rank: 1, National: dataset.N(5.05, 2), NatMeta: gso, Meta: m("cafef", dataset.Official)},
		},
		Sectors: []dataset.SectorRow{
			{Year: 2024, Sector: "taxes", Growth: dataset.N(11.66, 2), Meta: m("dantri", dataset.Official)},
			{Year: 2024, Sector: "aff", Growth: dataset.N(-3.32, 2), Meta: m("dantri", dataset.Official)},
			{Year: 2024, Sector: "ic", Growth: dataset.N(17.94, 2), Meta: m("dantri", dataset.Official)},
			{Year: 2024, Sector: "services", Growth: dataset.N(6.83, 2), Meta: m("dantri", dataset.Official)},
			{Year: 2023, Sector: "ic", Growth: dataset.N(17.25, 2), Meta: m("cafef", dataset.Official)},
		},
		Size: []dataset.SizeRow{
			{Year: 2022, GRDPVNDbn: dataset.N(155876.0, 1), Rank: 13, Meta: m("cafef", dataset.Official)},
			{Year: 2024, GRDPVNDbn: dataset.N(207000, 0), GRDPUSDbn: dataset.N(8.65, 2), PerCapUSD: dataset.N(4370, 0), Rank: 12, Meta: m("bbg", dataset.Estimate)},
		},
	}
	d.BuildIndex()
	return d
}

func newCtx(lang i18n.Lang, th theme.Name) *common.Context {
	return viewtest.ContextFor(fixture(), lang, th)
}

func render(t testing.TB, ctx *common.Context, w, h int) *Model {
	t.Helper()
	return viewtest.Open(New(), ctx, w, h)
}

func TestSizes(t *testing.T) {
	for _, sz := range [][2]int{{80, 21}, {80, 24}, {120, 40}, {200, 60}} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			m := render(t, newCtx(lang, theme.Dark), sz[0], sz[1])
			for range 3 {
				viewtest.CheckSize(t, m.View(), sz[0], sz[1])
				if n := len(strings.Split(m.View(), "\n")); m.Face() == common.FaceChart && n != sz[1] {
					t.Errorf("%v %v: chart face uses %d of %d lines", lang, sz, n, sz[1])
				}
				viewtest.Show(fmt.Sprintf("%s %d×%d face %d", lang, sz[0], sz[1], m.Face()), m.View())
				m.Update(viewtest.Press("v"))
			}
		}
	}
}

func TestFigures(t *testing.T) {
	cases := []struct {
		lang         i18n.Lang
		w, h         int
		chart, table []string
	}{
		{i18n.VI, 200, 60,
			[]string{"Việt Nam", "Tăng trưởng theo khu vực, 2024", "207.000", "8,65", "4.370"},
			[]string{"13,85 %", "7,09 %", "thứ 1", "19,3 %", "8,02 % ~", "chính thức", "Ước tính tháng 12/2022"}},
		{i18n.EN, 200, 60,
			[]string{"Vietnam", "Growth by sector, 2024", "207,000", "8.65", "4,370"},
			[]string{"13.85%", "7.09%", "1st", "19.3%", "8.02% ~", "official", "December 2022 estimate"}},
		{i18n.VI, 80, 24,
			[]string{"NLTS −3,32 %", "CN–XD +17,94 %", "Quy mô 2024: 207.000 tỷ đồng", "8,65 tỷ USD", "thứ 12"},
			[]string{"13,85 %", "7,09 %"}},
	}
	for _, c := range cases {
		m := render(t, newCtx(c.lang, theme.Mono), c.w, c.h)
		out := viewtest.Plain(m.View())
		for _, w := range c.chart {
			if !strings.Contains(out, w) {
				t.Errorf("%s %d×%d chart: %q missing from\n%s", c.lang, c.w, c.h, w, out)
			}
		}
		m.Update(viewtest.Press("v"))
		out = viewtest.Plain(m.View())
		for _, w := range c.table {
			if !strings.Contains(out, w) {
				t.Errorf("%s %d×%d table: %q missing from\n%s", c.lang, c.w, c.h, w, out)
			}
		}
	}
}

// 2012 has a national figure but no provincial one: the table must print
// "—" in the province column and never 0.
func TestGapYear(t *testing.T) {
	m := render(t, newCtx(i18n.VI, theme.Mono), 120, 40)
	m.Update(viewtest.Press("v"))
	var row string
	for _, l := range strings.Split(viewtest.Plain(m.View()), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "2012") {
			row = l
		}
	}
	if row == "" {
		t.Fatalf("no 2012 row:\n%s", viewtest.Plain(m.View()))
	}
	f := strings.Fields(row)
	if len(f) < 4 || f[1] != "—" || f[2] != "—" || f[3] != "5,50" {
		t.Errorf("2012 row = %q, want province and rank — and national 5,50 %%", row)
	}
	if strings.Contains(row, " 0 ") || strings.Contains(row, "0,00") {
		t.Errorf("gap drawn as zero: %q", row)
	}
}

func TestSelection(t *testing.T) {
	ctx := newCtx(i18n.VI, theme.Mono)
	m := render(t, ctx, 100, 9)        // three table rows visible: forces scrolling
	if m.Selected() != "growth/2011" { // the fixture's first year
		t.Fatalf("starts on %q, want the first year", m.Selected())
	}
	m.Update(viewtest.Press("down"))
	if m.Selected() != "growth/2011" {
		t.Fatal("↓ on the chart face must not move the selection")
	}
	m.Update(viewtest.Press("v"))
	for range 4 {
		m.Update(viewtest.Press("down"))
	}
	if m.Selected() != "growth/2024" {
		t.Fatalf("after 4×↓ selected %q, want growth/2024", m.Selected())
	}
	out := viewtest.Plain(m.View())
	if !strings.Contains(out, "› ◆ 2024") { // the focus year's row, marked
		t.Fatalf("selected row scrolled out of view:\n%s", out)
	}
	if !strings.Contains(out, "2024: Một nguồn khác ghi 13,87 %") {
		t.Errorf("selected year's note not shown:\n%s", out)
	}
	if strings.Contains(out, "Xếp hạng") {
		t.Errorf("the list should have scrolled past its header at this height:\n%s", out)
	}
	sel := ctx.Styles.Selected.Render("x")
	if !strings.Contains(m.View(), strings.TrimSuffix(sel, "x\x1b[m")) {
		// Mono renders reverse+bold: the selected row must carry it.
		t.Errorf("selected row not styled with Styles.Selected:\n%q", m.View())
	}
	m.Update(viewtest.Press("end"))
	if m.Selected() != "size/2024" {
		t.Errorf("G/end selected %q, want the last row of the last section", m.Selected())
	}
	m.Update(viewtest.Press("down"))
	if m.Selected() != "size/2024" {
		t.Error("↓ past the end moved the selection")
	}
	m.Update(viewtest.Press("home"))
	m.Update(viewtest.Press("up"))
	if m.Selected() != "growth/2011" {
		t.Errorf("g then ↑ selected %q, want growth/2011", m.Selected())
	}
	m.Update(viewtest.Press("pgdown"))
	if m.Selected() == "growth/2011" || m.Selected() == "growth/2012" {
		t.Errorf("pgdn moved by less than the rows on screen: %q", m.Selected())
	}
}

func TestFaceCycle(t *testing.T) {
	m := render(t, newCtx(i18n.EN, theme.Mono), 120, 40)
	first := m.View()
	m.Update(viewtest.Press("v"))
	if m.Face() != common.FaceTable || m.View() == first {
		t.Fatal("v did not switch to the table")
	}
	m.Update(viewtest.Press("v"))
	if m.Face() != common.FaceSources || !strings.Contains(viewtest.Plain(m.View()), "afamily.vn") {
		t.Fatalf("sources face:\n%s", viewtest.Plain(m.View()))
	}
	m.Update(viewtest.Press("v"))
	if m.Face() != common.FaceChart || m.View() != first {
		t.Fatal("v did not return to the chart face")
	}
}

func TestSweep(t *testing.T) {
	ctx := newCtx(i18n.VI, theme.Dark)
	m := New()
	m.SetContext(ctx)
	viewtest.SweepFaces(t, m, "down", "v")
	viewtest.NoContext(t, New(), "gdp", "v")
	m.SetContext(&common.Context{Data: &dataset.Dataset{}, Loc: ctx.Loc, Styles: ctx.Styles, Keys: ctx.Keys})
	m.SetSize(80, 24)
	for range 3 {
		viewtest.CheckSize(t, m.View(), 80, 24)
		m.Update(viewtest.Press("down"))
		m.Update(viewtest.Press("v"))
	}
}

func BenchmarkView(b *testing.B) {
	m := render(b, newCtx(i18n.VI, theme.Dark), 200, 60)
	viewtest.BenchView(b, m)
}

func BenchmarkRebuild(b *testing.B) {
	m := render(b, newCtx(i18n.VI, theme.Dark), 200, 60)
	viewtest.BenchResize(b, m)
}

// TestNoteStripHonest: the selected year's note under the table is
// introduced without ▸ (the plan mark: beside an official figure it would
// call the figure a plan), and a note cut to the lines available ends in
// "…" so a disclosed alternative value is never silently dropped.
func TestNoteStripHonest(t *testing.T) {
	d := fixture()
	for i := range d.Growth {
		if d.Growth[i].Year == 2024 {
			d.Growth[i].Note.EN = strings.Repeat("The statistics office and the press disagree here. ", 8) + "Công Thương gives 13.87%."
		}
	}
	m := viewtest.Open(New(), viewtest.ContextFor(d, i18n.EN, theme.Mono), 80, 24)
	m.Update(viewtest.Press("v"))
	for i := 0; i < 40 && m.Selected() != "growth/2024"; i++ {
		m.Update(viewtest.Press("down"))
	}
	out := viewtest.Plain(m.View())
	viewtest.CheckSize(t, m.View(), 80, 24)
	line := viewtest.LineWith(out, "2024: ")
	if line == "" {
		t.Fatalf("no note line for the selected year 2024:\n%s", out)
	}
	if strings.Contains(out, "▸") {
		t.Errorf("the plan mark ▸ appears on a tab with no plan figure:\n%s", out)
	}
	if strings.Contains(out, "13.87%") {
		t.Fatalf("fixture note should be too long to fit:\n%s", out)
	}
	var last string
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "disagree") && !strings.Contains(l, "›") {
			last = l
		}
	}
	if !strings.Contains(strings.TrimRight(last, " "), "…") {
		t.Errorf("cut note does not say it is cut; last note line %q:\n%s", last, out)
	}
}

// A click on the line chart focuses the year under it: the readout then
// says that year.
func TestClickFocusesYear(t *testing.T) {
	m := render(t, newCtx(i18n.EN, theme.Mono), 120, 30)
	x, y, w, h := m.line[0], m.line[1], m.line[2], m.line[3]
	if w == 0 || h == 0 {
		t.Fatal("the chart face recorded no line chart")
	}
	years := map[int]bool{}
	for col := x; col < x+w; col++ {
		cmd := m.Update(common.ClickMsg{X: col, Y: y + h/2})
		if cmd == nil {
			continue
		}
		f, ok := cmd().(common.FocusMsg)
		if !ok {
			t.Fatalf("click at %d gave %T", col, cmd())
		}
		years[f.Year] = true
	}
	for _, want := range []int{2011, 2024} {
		if !years[want] {
			t.Errorf("no click focuses %d (got %v)", want, years)
		}
	}
	if cmd := m.Update(common.ClickMsg{X: x + w/2, Y: y + h + 5}); cmd != nil {
		t.Error("a click below the chart focused a year")
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

func TestBundledFigures(t *testing.T) {
	cases := []struct {
		lang         i18n.Lang
		w, h         int
		chart, table []string
	}{
		{i18n.VI, 200, 60, []string{"−3,32 %", "+17,94 %", "207.000", "8,65", "Việt Nam"}, []string{"13,85 %", "7,09 %", "thứ 1", "19,3 %"}},
		{i18n.EN, 200, 60, []string{"−3.32%", "+17.94%", "207,000", "8.65", "Vietnam"}, []string{"13.85%", "7.09%", "1st", "19.3%"}},
		{i18n.VI, 80, 24, []string{"−3,32 %", "207.000 tỷ đồng"}, []string{"13,85 %", "7,09 %"}},
		{i18n.EN, 120, 40, []string{"−3.32%", "+17.94%"}, []string{"13.85%", "2.87%"}},
	}
	for _, c := range cases {
		m := viewtest.Open(New(), viewtest.ContextTheme(t, c.lang, theme.Mono), c.w, c.h)
		viewtest.ContainsAll(t, fmt.Sprintf("%s %d×%d chart", c.lang, c.w, c.h), viewtest.Plain(m.View()), c.chart)
		m.Update(viewtest.Press("v"))
		viewtest.ContainsAll(t, fmt.Sprintf("%s %d×%d table", c.lang, c.w, c.h), viewtest.Plain(m.View()), c.table)
	}
}

// Bundled gap years (2012, 2014, 2015 have no provincial figure) print "—".
func TestBundledGaps(t *testing.T) {
	m := viewtest.Open(New(), viewtest.ContextTheme(t, i18n.VI, theme.Mono), 120, 40)
	m.Update(viewtest.Press("v"))
	rows := 0
	seen := map[string]bool{}
	for _, l := range strings.Split(viewtest.Plain(m.View()), "\n") {
		f := strings.Fields(l)
		// The growth table comes first; 2015 also has a row in the
		// structure table further down.
		if len(f) >= 2 && (f[0] == "2012" || f[0] == "2014" || f[0] == "2015") && !seen[f[0]] {
			seen[f[0]] = true
			rows++
			if f[1] != "—" {
				t.Errorf("gap year row %q: province column %q, want —", l, f[1])
			}
		}
	}
	if rows != 3 {
		t.Errorf("found %d of the 3 gap-year rows:\n%s", rows, viewtest.Plain(m.View()))
	}
}

// BenchmarkRebuildBundled is a resize on the real dataset (budget ≤ 5 ms).
func BenchmarkRebuildBundled(b *testing.B) {
	viewtest.BenchResizeBundled(b, New())
}

// TestShortChartTable: at 60×16, too short for the lines, the chart face
// shows the latest years' growth of each province and the nation, each
// under whose figure it is (the province's name heads its column).
func TestShortChartTable(t *testing.T) {
	cases := []struct {
		lang i18n.Lang
		want []string
	}{
		{i18n.VI, []string{"● Bắc Ninh", "◆ Bắc Giang", "■ Bắc Ninh (cũ)", "◇ Việt Nam", "13,85 %", "6,03 %", "−9,28 %"}},
		{i18n.EN, []string{"● Bắc Ninh", "◆ Bắc Giang", "■ Bắc Ninh (former)", "◇ Vietnam", "13.85%", "6.03%", "−9.28%"}},
	}
	for _, c := range cases {
		m := viewtest.Open(New(), viewtest.Merged(t, c.lang), 60, 16-viewtest.Chrome)
		out := viewtest.Plain(m.View())
		viewtest.ContainsAll(t, fmt.Sprintf("%s 60×16", c.lang), out, c.want)
		// Bắc Giang's 2024 figure sits under its own name.
		head := viewtest.LineWith(out, "◆ Bắc Giang")
		row := viewtest.LineWith(out, "2024 ")
		col := strings.Index(head, "◆")
		if at := strings.Index(row, c.want[4]); row == "" || at < 0 ||
			len([]rune(row[:at])) > len([]rune(head[:col]))+len([]rune("◆ Bắc Giang")) ||
			len([]rune(row[:at]))+len([]rune(c.want[4])) < len([]rune(head[:col])) {
			t.Errorf("%s: Bắc Giang's 2024 growth is not under its name:\n%s\n%s", c.lang, head, row)
		}
	}
}

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

// TestSectorsSpelledOut: from content.WideCols (120) columns the sector
// bars name the sectors in full ("Agriculture, forestry, fishery", "Nông,
// lâm, thủy sản"), whole, with no short form (AFF, Ind.&con., NLTS, CN–XD,
// Thuế SP) anywhere on the chart face; narrower, the short forms stay with
// the legend that spells them out. a34ab89 drew AFF and Ind.&con. at 200
// columns, and at 120 columns the short forms stayed until 160.
func TestSectorsSpelledOut(t *testing.T) {
	short := regexp.MustCompile(`AFF|Ind\.&con\.|NLTS|CN–XD|Thuế SP`)
	legend := map[i18n.Lang]string{i18n.EN: "agriculture, forestry, fishery", i18n.VI: "nông, lâm, thủy sản"}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, size := range [][2]int{{110, 40}, {120, 40}, {120, 60}, {140, 40}, {160, 50}, {200, 60}} {
			m := viewtest.Open(New(), viewtest.Context(t, lang), size[0], size[1])
			out := viewtest.Plain(m.View())
			viewtest.CheckSize(t, out, size[0], size[1])
			if size[0] < content.WideCols {
				if s := short.FindString(out); s != "" && !strings.Contains(out, legend[lang]) {
					t.Errorf("%s %v: %q with no legend spelling it out:\n%s", lang, size, s, out)
				}
				continue
			}
			if s := short.FindString(out); s != "" {
				t.Errorf("%s %v: %q, a short sector name, on a screen of %d columns:\n%s", lang, size, s, content.WideCols, out)
			}
			for _, f := range []string{"aff", "ic", "services", "taxes"} {
				// A name is on one line or wrapped under its bar, never
				// cut: every word of it is on the screen.
				name := i18n.New(lang).Pick(dataset.SectorNames[f])
				for _, word := range strings.Fields(name) {
					if !strings.Contains(out, word) {
						t.Errorf("%s %v: the sector %q is not named whole (no %q):\n%s", lang, size, name, word, out)
					}
				}
			}
		}
	}
}

// predYear is the latest year a predecessor has a growth figure for, and
// that row's source id.
func predYear(p *dataset.Dataset) (int, string) {
	y, src := 0, ""
	for _, r := range p.Growth {
		if r.Province.OK && r.Year > y {
			y, src = r.Year, r.Source
		}
	}
	return y, src
}

// TestMergedChart: the merged province's chart names every province of its
// lineage and the nation in its legend, draws each predecessor's glyph,
// and marks the merger date on the time axis; at a predecessor's year the
// readout names the predecessor and cites its own source's number.
func TestMergedChart(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		ctx := viewtest.Merged(t, lang)
		sc, l := ctx.Scoped(), ctx.Loc
		m := render(t, ctx, 120, 40)
		out := viewtest.Plain(m.View())
		names := []string{"● " + l.Pick(sc.D.Name)}
		for i, p := range sc.Pred {
			names = append(names, theme.PredGlyph(i, false)+" "+chart.PredName(sc, p, l))
		}
		names = append(names, "◇ "+l.T("gdp.vietnam"))
		legend := viewtest.LineWith(out, names[0]+"  ")
		for _, n := range names {
			if !strings.Contains(legend, n) {
				t.Errorf("%s: legend %q does not name %q", lang, legend, n)
			}
		}
		plot := out[strings.Index(out, "\n")+1 : strings.Index(out, legend)]
		for i := range sc.Pred {
			if g := theme.PredGlyph(i, false); strings.Count(plot, g) < 2 {
				t.Errorf("%s: predecessor %d's points (%s) are not drawn:\n%s", lang, i, g, out)
			}
		}
		if date := l.Date(sc.D.Lineage.Date); !strings.Contains(plot, date) || !strings.Contains(plot, "┼") {
			t.Errorf("%s: the merger (%s) is not marked on the time axis:\n%s", lang, date, out)
		}

		for _, p := range sc.Pred {
			year, src := predYear(p)
			if year == 0 {
				continue
			}
			c := *ctx
			c.Year = year
			m := render(t, &c, 120, 40)
			out := viewtest.Plain(m.View())
			_, n, ok := c.Scoped().SourceByID(content.Qualify(p.ID, src))
			if !ok {
				t.Fatalf("%s: %s's source %q has no number", lang, p.ID, src)
			}
			read := viewtest.LineWith(out, fmt.Sprint(year)+"  ")
			name := chart.PredName(sc, p, l)
			at := strings.Index(read, name)
			if at < 0 {
				t.Errorf("%s %d: readout %q does not name %s", lang, year, read, name)
				continue
			}
			fig := read[at:]
			if i := strings.Index(fig, " · "); i >= 0 {
				fig = fig[:i]
			}
			if !strings.Contains(fig, fmt.Sprintf("[%d]", n)) {
				t.Errorf("%s %d: %s's figure %q does not cite [%d]", lang, year, name, fig, n)
			}
		}
	}
}

// TestMergedDetail: enter on the chart at a predecessor's year opens that
// year's rows, the predecessor's among them.
func TestMergedDetail(t *testing.T) {
	ctx := viewtest.Merged(t, i18n.EN)
	p := ctx.Scoped().Pred[0]
	year, _ := predYear(p)
	ctx.Year = year
	m := render(t, ctx, 120, 40)
	m.Update(viewtest.Press("enter"))
	out := viewtest.Plain(m.View())
	if !strings.Contains(out, chart.PredName(ctx.Scoped(), p, ctx.Loc)) && !strings.Contains(out, ctx.Loc.Pick(p.Name)) {
		t.Errorf("the detail of %d does not show %s's row:\n%s", year, p.ID, out)
	}
}

// TestMergedSizes: the merged province's tab, on every face and in both
// languages, never panics and never draws outside its size.
func TestMergedSizes(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		m := render(t, viewtest.Merged(t, lang), 80, 24)
		for range 3 {
			viewtest.Sweep(t, m, 200, 60, 7, 5)
			m.SetSize(1000, 1000)
			viewtest.CheckSize(t, m.View(), 1000, 1000)
			m.Update(viewtest.Press("v"))
		}
	}
}

// TestShortChartGivesWay: at 60×13 (a 60×16 terminal's tab) the merged
// chart does not fit its provinces apart; the readout says the figures
// instead, and no value label is drawn.
func TestShortChartGivesWay(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		ctx := viewtest.Merged(t, lang)
		m := render(t, ctx, 60, 13)
		out := viewtest.Plain(m.View())
		if m.line[2] != 0 && chart.Hidden(m.line[2], m.line[3], m.series(), m.opts()) > 0 {
			t.Errorf("%s: a chart hiding points is drawn:\n%s", lang, out)
		}
		if !strings.Contains(out, fmt.Sprint(ctx.FocusYear())+"  ") {
			t.Errorf("%s: no readout:\n%s", lang, out)
		}
	}
}
