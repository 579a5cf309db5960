package agreements

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// newModel is the tab on the bundled dataset at w×h.
func newModel(t testing.TB, lang i18n.Lang, w, h int) *Model {
	t.Helper()
	return viewtest.Open(New(), viewtest.Context(t, lang), w, h)
}

func press(m *Model, keys ...string) { viewtest.PressAll(m, keys...) }

func plain(m *Model) string { return viewtest.Plain(m.View()) }

// at moves the selection to the agreement whose partner (in the model's
// language) is partner.
func at(t *testing.T, m *Model, partner string) {
	t.Helper()
	press(m, "g")
	for n := range m.Len() {
		if m.row(n).Label == partner {
			return
		}
		press(m, "j")
	}
	t.Fatalf("no agreement with %q in the bundled data", partner)
}

func TestSizesAndFaces(t *testing.T) {
	viewtest.SizesAndFaces(t, func() common.View { return New() }, "j", "j", "enter")
}

// TestKeyContent checks rows of data/bac-giang/agreements.csv as the
// table face prints them, wide enough for every column.
func TestKeyContent(t *testing.T) {
	m := newModel(t, i18n.VI, 200, 40)
	// 7 rows in agreements.csv, 4 of them with verified = yes (an independent source).
	if out := plain(m); !strings.Contains(out, "7 thỏa thuận · 4 có nguồn độc lập") || !strings.Contains(out, "Nguồn:") {
		t.Errorf("count line or citation missing:\n%s", out)
	}
	press(m, "v")
	out := plain(m)
	x := viewtest.LineWith(out, "Tỉnh Xay Sổm Bun")
	for _, want := range []string{"Lào", "tỉnh", "09/08/2021", "2021–2025", "✓ có"} {
		if !strings.Contains(x, want) {
			t.Errorf("Xaysomboun row lacks %q: %q", want, x)
		}
	}
	o := viewtest.LineWith(out, "Osaka Metropolitan")
	if !strings.Contains(o, "Nhật Bản") || !strings.Contains(o, "✗ chưa tìm thấy") || !strings.Contains(o, "—") {
		t.Errorf("Osaka row should be unverified with no period: %q", o)
	}
	// Nanning's letter of intent has neither a known signing date nor a
	// period: two gaps, and still an independent source.
	nn := viewtest.LineWith(out, "Thành phố Nam Ninh (Quảng Tây)")
	if strings.Count(nn, "—") != 2 || !strings.Contains(nn, "✓ có") {
		t.Errorf("Nanning row should show two gaps (signed, period): %q", nn)
	}
	en := newModel(t, i18n.EN, 200, 40)
	press(en, "v")
	eo := plain(en)
	c := viewtest.LineWith(eo, "Chungcheongnam province")
	for _, want := range []string{"South Korea", "5 Dec 2023", "2023–2030", "✓ yes"} {
		if !strings.Contains(c, want) {
			t.Errorf("English Chungcheongnam row lacks %q: %q", want, c)
		}
	}
	if !strings.Contains(eo, "✗ none found") || !strings.Contains(eo, "Source:") {
		t.Errorf("English table lacks rows without an independent source, or the citation:\n%s", eo)
	}
}

func TestSelectionClampsAndDetail(t *testing.T) {
	m := newModel(t, i18n.VI, 120, 40)
	n := m.Len()
	if n != len(m.Ctx.Data.Agreements) {
		t.Fatalf("%d items for %d agreements", n, len(m.Ctx.Data.Agreements))
	}
	press(m, "k")
	if m.Nav.Sel != 0 {
		t.Fatalf("k at top: sel %d", m.Nav.Sel)
	}
	for range n + 3 {
		press(m, "j")
	}
	if m.Nav.Sel != n-1 {
		t.Fatalf("clamp at bottom: sel %d of %d", m.Nav.Sel, n)
	}
	// Ordered by signing date: the undated letter first, then Xaysomboun.
	press(m, "g", "j")
	if p := m.row(m.Nav.Sel).Label; p != "Tỉnh Xay Sổm Bun" {
		t.Fatalf("second by signing date is %q", p)
	}
	at(t, m, "Tỉnh Chungcheongnam")
	press(m, "enter")
	if !m.Capturing() {
		t.Fatal("enter did not open the detail")
	}
	out := plain(m)
	for _, want := range []string{"Tỉnh Chungcheongnam", "Hàn Quốc", "05/12/2023", "2023–2030", "Bài của Sở", "VietnamPlus"} {
		if !strings.Contains(out, want) {
			t.Errorf("detail lacks %q:\n%s", want, out)
		}
	}
	press(m, "esc")
	if m.Capturing() {
		t.Fatal("esc did not close the detail")
	}
}

func TestSelectionScrolls(t *testing.T) {
	m := newModel(t, i18n.VI, 80, 12)
	press(m, "G")
	last := m.row(m.Len() - 1).Label
	if !strings.Contains(plain(m), "› "+string([]rune(last)[:12])) {
		t.Fatalf("last agreement %s not visible after G:\n%s", last, plain(m))
	}
}

func BenchmarkView(b *testing.B) {
	viewtest.BenchView(b, newModel(b, i18n.VI, 200, 60))
}

// TestListTab runs the checks every list tab shares (viewtest.CheckListTab):
// the face cycle, the size sweep, no context, and at 80×21 every detail
// and the sources face scroll to their ends.
func TestListTab(t *testing.T) {
	viewtest.CheckListTab(t, viewtest.ListTab{
		New: func() common.View { return New() }, ID: "agreements", FaceWidth: 200,
		TableText: "Trạng thái", SrcID: "vnplus-laos-2021", SrcTitle: "Vietnamese, Lao provinces",
		Rows: func(v common.View) int { return v.(*Model).Len() },
	})
}

// TestTimelineKeepsUnverifiedMark: every unverified agreement keeps its ✗
// on the timeline, however long its name, at the sizes people use.
func TestTimelineKeepsUnverifiedMark(t *testing.T) {
	for _, sz := range [][2]int{{70, 40}, {80, 40}, {120, 40}} {
		m := newModel(t, i18n.EN, sz[0], sz[1])
		out := plain(m)
		_, tl, ok := strings.Cut(out, "Agreement periods")
		if !ok {
			t.Fatalf("%v: no timeline:\n%s", sz, out)
		}
		tl, _, _ = strings.Cut(tl, "\n\n")
		got := strings.Count(tl, "✗")
		want := 0
		for _, a := range m.Ctx.Data.Agreements {
			if !a.Verified && (a.From > 0 || content.SignedYear(a.Signed) > 0) {
				want++
			}
		}
		if want == 0 || got != want {
			t.Errorf("%v: %d ✗ on the timeline, want %d:\n%s", sz, got, want, tl)
		}
	}
}

// TestTimelineYearsFromPage: the timeline's years and verified flags,
// read from the page's rows, are the dataset's, row for row.
func TestTimelineYearsFromPage(t *testing.T) {
	m := newModel(t, i18n.VI, 120, 40)
	d := m.Ctx.Data
	order := content.AgreementOrder(d.Agreements)
	if m.Len() != len(order) || len(order) == 0 {
		t.Fatalf("%d rows for %d agreements", m.Len(), len(order))
	}
	spans := 0
	for n, i := range order {
		a, r := d.Agreements[i], m.row(n)
		if year(r, "from") != a.From || year(r, "to") != a.To || verified(r) != a.Verified {
			t.Errorf("%s: from %d to %d verified %v, want %d %d %v",
				r.Label, year(r, "from"), year(r, "to"), verified(r), a.From, a.To, a.Verified)
		}
		if a.From > 0 && a.To > 0 {
			spans++
		}
	}
	if spans == 0 {
		t.Fatal("no agreement with a period: the test would prove nothing")
	}
}

// TestASCII: --ascii draws no box drawing, blocks or braille (viewtest.TestASCIITab).
func TestASCII(t *testing.T) { viewtest.TestASCIITab(t, func() common.View { return New() }) }

func newList() viewtest.ListView { return New() }

// BenchmarkLongLists: a key press costs what the screen holds, not what
// the list holds (see viewtest.BenchLongLists).
func BenchmarkLongLists(b *testing.B) { viewtest.BenchLongLists(b, newList) }

// A list laid out once and drawn per selection never shows a stale row.
func TestLongListFramesMatchAFreshLayout(t *testing.T) { viewtest.LongListFramesMatch(t, newList) }

// TestTimelineLegendGlyph: the timeline's legend shows the glyph the
// timeline draws for a signing date, in every mode: ● with block
// glyphs, '*' under --ascii (it said ● while drawing '*').
func TestTimelineLegendGlyph(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, ascii := range []bool{false, true} {
			for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
				ctx := viewtest.Context(t, lang)
				ctx.ASCII = ascii
				m := viewtest.Open(New(), ctx, size[0], size[1])
				out := plain(m)
				title := ctx.Loc.T("agreements.timeline")
				lines := strings.Split(out, "\n")
				at := -1
				for i, l := range lines {
					if strings.HasPrefix(strings.TrimSpace(l), title) {
						at = i
						break
					}
				}
				if at < 0 {
					t.Fatalf("%s ascii=%v %v: no timeline:\n%s", lang, ascii, size, out)
				}
				legend := strings.TrimLeft(strings.TrimPrefix(strings.TrimSpace(lines[at]), title), " ·")
				glyph, _ := utf8.DecodeRuneInString(legend)
				if ascii && glyph > 0x7e {
					t.Errorf("%s %v: under --ascii the legend %q shows %q", lang, size, legend, glyph)
				}
				// The spans, up to the blank line after the axis.
				drawn := false
				for _, l := range lines[at+1:] {
					if strings.TrimSpace(l) == "" {
						break
					}
					drawn = drawn || strings.ContainsRune(l, glyph)
				}
				if !drawn {
					t.Errorf("%s ascii=%v %v: the legend's %q is not drawn on the timeline:\n%s", lang, ascii, size, glyph, strings.Join(lines[at:min(at+12, len(lines))], "\n"))
				}
			}
		}
	}
}

// mergedModel is the tab on the merged province at w×h, with Bắc Giang,
// the former province its tests follow.
func mergedModel(t testing.TB, lang i18n.Lang, w, h int) (*Model, *dataset.Dataset) {
	t.Helper()
	return viewtest.OpenMerged(t, New(), lang, w, h, "bac-giang")
}

// A merged province's chart face lists Bắc Giang's partners under their
// section's title, and names Bắc Giang beside each of their spans on the
// timeline; the keys reach one, whose detail names the province and
// cites Bắc Giang's own source by its number in the merged list.
func TestMergedPredecessorPartners(t *testing.T) {
	m, bg := mergedModel(t, i18n.EN, 200, 80)
	const sec = "agreements@bac-giang"
	s, ok := m.Page.Section(sec)
	if !ok {
		t.Fatalf("no section %s on the merged page", sec)
	}
	var xs dataset.Agreement
	for _, a := range bg.Agreements {
		if strings.Contains(a.Partner.EN, "Xaysomboun") && a.From != 0 {
			xs = a
		}
	}
	if xs.Source == "" {
		t.Fatal("Bắc Giang has no Xaysomboun agreement with a period and a source")
	}
	key, partner := xs.Partner.VI+"/"+xs.Signed, xs.Partner.EN
	l := m.Ctx.Loc
	out := plain(m)
	for _, want := range []string{s.Title, s.Intro, partner} {
		if !strings.Contains(out, want) {
			t.Errorf("chart face lacks %q:\n%s", want, out)
		}
	}
	// On the timeline the partner's span names Bắc Giang; in the list
	// its row is under the section's title.
	if span := viewtest.LineWith(out, partner); !strings.Contains(span, partner+" · "+l.Pick(bg.Name)) {
		t.Errorf("the timeline's %s span does not name %s: %q", partner, l.Pick(bg.Name), span)
	}
	if i, j := strings.Index(out, s.Title), strings.LastIndex(out, partner); j < i {
		t.Errorf("%s is not listed under %q", partner, s.Title)
	}

	at := func() (string, string) { s, r := m.at(m.Nav.Sel); return s.ID, r.Key }
	viewtest.ReachPredRow(t, m, m.Ctx, at, viewtest.PredRow{Sec: sec, Key: key, Label: partner, Pred: bg, Source: xs.Source}, 120, 30)
}

// Every count is one section's own: each section's "N agreements, M
// verified" is shown, and no count of every province's rows together.
func TestMergedCountsNotSummed(t *testing.T) {
	m, _ := mergedModel(t, i18n.EN, 200, 80)
	out := plain(m)
	l := m.Ctx.Loc
	rows, verified, n := 0, 0, 0
	for _, s := range m.Page.Sections {
		v := 0
		for _, r := range s.Rows {
			if c, ok := r.Extra("verified"); ok && c.Num.OK && c.Num.V == 1 {
				v++
			}
		}
		if len(s.Rows) > 0 && !strings.Contains(out, l.Tf("agreements.count", l.Plural(len(s.Rows), "agreements.n"), v)) {
			t.Errorf("%s's own count is not shown:\n%s", s.ID, out)
		}
		rows, verified, n = rows+len(s.Rows), verified+v, n+1
	}
	if n < 2 {
		t.Fatalf("%d sections on the merged page", n)
	}
	if sum := l.Tf("agreements.count", l.Plural(rows, "agreements.n"), verified); strings.Contains(out, sum) {
		t.Errorf("a count of every province's agreements together (%q):\n%s", sum, out)
	}
}

// The merged tab keeps to its size at every size, with the selection on
// a predecessor's row and with its detail open.
func TestMergedSizeSweep(t *testing.T) {
	viewtest.MergedSizeSweep(t, func() common.View { return New() })
}

// focusModel is the tab with the focus year set to year, at w×h.
func focusModel(t testing.TB, lang i18n.Lang, year, w, h int) *Model {
	t.Helper()
	return viewtest.Open(New(), viewtest.AtYear(viewtest.Context(t, lang), year), w, h)
}

// listPart is the frame from the list's heading on: the timeline above
// it repeats the partners' names.
func listPart(t *testing.T, m *Model, out string) string {
	t.Helper()
	_, after, ok := strings.Cut(out, m.Ctx.Loc.T("agreements.list")+" ")
	if !ok {
		t.Fatalf("no list heading:\n%s", out)
	}
	return after
}

// inForce is what the dataset says of a in year y, worked out here from
// the CSV's fields rather than the page's: in force inside its period
// (open-ended: from its first year on), else signed that year, else "".
func inForce(a dataset.Agreement, y int) string {
	switch {
	case a.From > 0 && a.From <= y && (a.To == 0 || y <= a.To):
		return "agreements.in_force"
	case content.SignedYear(a.Signed) == y:
		return "agreements.signed_in"
	}
	return ""
}

// prefix is the start of a partner's name that tells the two Nanning
// agreements apart and survives the cut at 80 columns.
func prefix(s string) string {
	r := []rune(s)
	return string(r[:min(len(r), 20)])
}

// TestFocusYearInForce: at 80×24 and 120×40 in both languages, the list
// says, row by row, which agreements were in force in the focus year and
// which were only signed in it, as the dataset's periods say; its heading
// counts them, and both change with the year.
func TestFocusYearInForce(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			prev := ""
			for _, y := range []int{2019, 2022, 2024} {
				label := fmt.Sprintf("%d×%d %s %d", sz[0], sz[1], lang, y)
				m := focusModel(t, lang, y, sz[0], sz[1])
				out := plain(m)
				viewtest.CheckSize(t, m.View(), sz[0], sz[1])
				list := listPart(t, m, out)
				l := m.Ctx.Loc
				force, sign, checked := 0, 0, 0
				for _, a := range m.Ctx.Data.Agreements {
					want := inForce(a, y)
					switch want {
					case "agreements.in_force":
						force++
					case "agreements.signed_in":
						sign++
					}
					row := viewtest.LineWith(list, prefix(l.Pick(a.Partner)))
					if row == "" {
						continue // below the screen at 80×24
					}
					checked++
					for _, k := range []string{"agreements.in_force", "agreements.signed_in"} {
						if has := strings.Contains(row, l.T(k)); has != (k == want) {
							t.Errorf("%s: %s: %q shown %v, want %v: %q", label, l.Pick(a.Partner), l.T(k), has, k == want, row)
						}
					}
				}
				if checked < 5 {
					t.Errorf("%s: only %d agreements on screen:\n%s", label, checked, out)
				}
				head := l.Tf("agreements.focus_none", y)
				if force+sign > 0 {
					head = l.Tf("agreements.focus_count", y, force, sign)
				}
				if !strings.Contains(out, head) || !strings.Contains(out, l.Tf("agreements.focus_col", y)) {
					t.Errorf("%s: no heading %q or column %q:\n%s", label, head, l.Tf("agreements.focus_col", y), out)
				}
				if list == prev {
					t.Errorf("%s: the list did not change with the year", label)
				}
				prev = list
			}
		}
	}
}

// TestFocusYearInForceBold: a row in force in the focus year is bold when
// not selected, and is not in a year it is not in force.
func TestFocusYearInForceBold(t *testing.T) {
	for y, bold := range map[int]bool{2022: true, 2019: false} {
		m := focusModel(t, i18n.EN, y, 120, 40)
		row := ""
		for _, l := range strings.Split(m.View(), "\n") {
			if strings.Contains(l, "Xaysomboun province") && strings.Contains(viewtest.Plain(l), "Aug 2021") {
				row = l
			}
		}
		if row == "" || strings.Contains(row, "\x1b[1") != bold {
			t.Errorf("%d: Xaysomboun row bold should be %v: %q", y, bold, row)
		}
	}
}

// TestFocusYearTimeline: the timeline marks the focus year: a dotted
// column named on the axis when the year is within the spans' years, the
// year with an arrow at the axis end when it is outside; it moves with
// the year, at 80×24 and 120×40 in both languages.
func TestFocusYearTimeline(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			prev := ""
			for y, want := range map[int]string{2019: "◀ 2019", 2022: "┊2022", 2025: "┊2025"} {
				label := fmt.Sprintf("%d×%d %s %d", sz[0], sz[1], lang, y)
				m := focusModel(t, lang, y, sz[0], sz[1])
				out := plain(m)
				tl, _, _ := strings.Cut(out, m.Ctx.Loc.T("agreements.list")+" ")
				_, tl, _ = strings.Cut(tl, m.Ctx.Loc.T("agreements.timeline"))
				if !strings.Contains(tl, want) {
					t.Errorf("%s: timeline lacks %q:\n%s", label, want, tl)
				}
				if dots := strings.Count(tl, "┊"); (y != 2019) != (dots > 1) {
					t.Errorf("%s: %d dotted cells:\n%s", label, dots, tl)
				}
				if tl == prev {
					t.Errorf("%s: the timeline did not change with the year", label)
				}
				prev = tl
			}
		}
	}
}

// TestPeriodAt80: at 80 columns the list keeps every agreement's period,
// in its compact form; wider, in full.
func TestPeriodAt80(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, c := range []struct {
			w     int
			short bool
		}{{80, true}, {120, false}, {200, false}} {
			m := focusModel(t, lang, 2024, c.w, 40)
			list := listPart(t, m, plain(m))
			l := m.Ctx.Loc
			if !strings.Contains(viewtest.LineWith(list, l.T("agreements.partner")), l.T("agreements.period")) {
				t.Errorf("%s %d: no period column:\n%s", lang, c.w, list)
			}
			n := 0
			for _, a := range m.Ctx.Data.Agreements {
				if a.From == 0 || a.To == 0 {
					continue
				}
				want := fmt.Sprintf("%d–%d", a.From, a.To)
				if c.short {
					want = fmt.Sprintf("%d–%02d", a.From, a.To%100)
				}
				row := viewtest.LineWith(list, prefix(l.Pick(a.Partner)))
				if !strings.Contains(row, want+" ") {
					t.Errorf("%s %d: %s lacks its period %q: %q", lang, c.w, l.Pick(a.Partner), want, row)
				}
				n++
			}
			if n < 2 {
				t.Fatalf("%d agreements with a period: the test proves nothing", n)
			}
		}
	}
}

// TestInYear: an open-ended agreement is in force from its first year on;
// one without a period is never in force, only signed in its signing
// year; the bundled data has no open-ended agreement, so rows are built.
func TestInYear(t *testing.T) {
	yr := func(y int) content.Cell {
		if y == 0 {
			return content.Cell{Text: i18n.Gap}
		}
		return content.Cell{Text: fmt.Sprint(y), Num: dataset.N(float64(y), 0)}
	}
	row := func(signed, from, to int) content.Row {
		return content.Row{Year: signed, More: map[string]content.Cell{"from": yr(from), "to": yr(to)}}
	}
	for _, c := range []struct {
		r    content.Row
		y    int
		want inYear
	}{
		{row(2024, 2024, 0), 2030, yearInForce}, // open-ended
		{row(2024, 2024, 0), 2023, yearNone},
		{row(2021, 2021, 2025), 2025, yearInForce},
		{row(2021, 2021, 2025), 2026, yearNone},
		{row(2020, 2021, 2025), 2020, yearSigned}, // signed before its period
		{row(2022, 0, 0), 2022, yearSigned},
		{row(2022, 0, 0), 2023, yearNone}, // no period: never "in force"
		{row(0, 0, 0), 2022, yearNone},
	} {
		if got := in(c.r, c.y); got != c.want {
			t.Errorf("signed %d, %d–%d in %d: %d, want %d", c.r.Year, year(c.r, "from"), year(c.r, "to"), c.y, got, c.want)
		}
	}
}
