package zones

import (
	"slices"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/content"
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

// item is the selection index of the park named name (totals come first).
func item(t *testing.T, m *Model, name string) int {
	t.Helper()
	for i, z := range m.Ctx.Data.Zones {
		if z.Name == name {
			return len(m.Ctx.Data.ZoneTotals) + i
		}
	}
	t.Fatalf("no park %q in the bundled data", name)
	return 0
}

func TestSizesAndFaces(t *testing.T) {
	viewtest.SizesAndFaces(t, func() common.View { return New() }, "j", "j", "enter")
}

// TestKeyContent checks rows of data/bac-giang/zone_totals.csv and
// zones.csv as the chart face prints them.
func TestKeyContent(t *testing.T) {
	out := plain(newModel(t, i18n.VI, 120, 40))
	for _, want := range []string{"2.720,72 ha", "11", "2.327 ha", "55", "612 ha", "2.252,3 ha", "Nguồn:"} {
		if !strings.Contains(out, want) {
			t.Errorf("chart face lacks %q:\n%s", want, out)
		}
	}
	// A park's occupancy comes with the date it was measured.
	for name, want := range map[string][]string{
		"Quang Châu": {"426 ha", "100 %", "11/2022", "đang hoạt động"},
		"Hòa Phú":    {"207,45 ha", "95 %", "2022"},
		"Việt Hàn":   {"197,31 ha", "74 %", "2022"},
	} {
		row := viewtest.LineWith(out, name)
		for _, w := range want {
			if !strings.Contains(row, w) {
				t.Errorf("%s row lacks %q: %q", name, w, row)
			}
		}
	}
	// Yên Lư has no occupancy figure: a gap, never 0 %.
	yl := viewtest.LineWith(out, "Yên Lư")
	if !strings.Contains(yl, "—") || strings.Contains(yl, " 0 %") || !strings.Contains(yl, "377 ha") {
		t.Errorf("Yên Lư occupancy should be a gap beside its 377 ha: %q", yl)
	}
	en := plain(newModel(t, i18n.EN, 120, 40))
	for _, want := range []string{"2,720.72 ha", "100%", "Nov 2022", "Source:"} {
		if !strings.Contains(en, want) {
			t.Errorf("English lacks %q:\n%s", want, en)
		}
	}
}

func TestNarrowDropsColumns(t *testing.T) {
	// The longest park name is 22 cells: at 200 every column fits, at 110
	// the district (least important) is the first to go.
	wide := viewtest.LineWith(plain(newModel(t, i18n.VI, 200, 40)), "Quang Châu")
	narrow := viewtest.LineWith(plain(newModel(t, i18n.VI, 110, 40)), "Quang Châu")
	if !strings.Contains(wide, "Việt Yên") {
		t.Fatalf("wide row shows the district: %q", wide)
	}
	if strings.Contains(narrow, "Việt Yên") || !strings.Contains(narrow, "100 %") {
		t.Fatalf("narrow row drops the district first and keeps occupancy: %q", narrow)
	}
}

func TestSelectionClampsAndDetail(t *testing.T) {
	m := newModel(t, i18n.VI, 120, 40)
	n := m.Len()
	if n != len(m.Ctx.Data.ZoneTotals)+len(m.Ctx.Data.Zones) || n < 3 {
		t.Fatalf("%d items", n)
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
	press(m, "g")
	for range item(t, m, "Quang Châu") {
		press(m, "j")
	}
	press(m, "enter")
	if !m.Capturing() {
		t.Fatal("enter did not open the detail")
	}
	out := plain(m)
	for _, want := range []string{"Quang Châu", "Sài Gòn – Bắc Giang (SBG)", "Luxshare-ICT", "95,89 %", "Prime Minister approves KBC", "Việt Nam News qua EIN Presswire", "08/11/2022", m.Ctx.Loc.T("zones.tenants"), m.Ctx.Loc.T("zones.history")} {
		if !strings.Contains(out, want) {
			t.Errorf("detail lacks %q:\n%s", want, out)
		}
	}
	press(m, "esc")
	for m.Nav.Sel < item(t, m, "Việt Hàn") {
		press(m, "j")
	}
	press(m, "enter")
	if out := plain(m); !strings.Contains(out, "Việt Hàn") || !strings.Contains(out, "không rõ") {
		t.Errorf("Việt Hàn's missing developer should read không rõ:\n%s", out)
	}
	press(m, "esc")
	if m.Capturing() {
		t.Fatal("esc did not close the detail")
	}
}

func TestSelectionScrollsAt80x12(t *testing.T) {
	m := newModel(t, i18n.VI, 80, 12)
	press(m, "G")
	last := m.Ctx.Data.Zones[len(m.Ctx.Data.Zones)-1].Name
	if !strings.Contains(plain(m), "› "+last) {
		t.Fatalf("last park %s not visible after G:\n%s", last, plain(m))
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
		New: func() common.View { return New() }, ID: "zones", FaceWidth: 200,
		TableText: "Chủ đầu tư hạ tầng", SrcID: "vns-ccn-2025", SrcTitle: "Bắc Giang to develop eight more",
		Rows: func(v common.View) int { return v.(*Model).Len() },
	})
}

// TestASCII: --ascii draws no box drawing, blocks or braille (viewtest.TestASCIITab).
func TestASCII(t *testing.T) { viewtest.TestASCIITab(t, func() common.View { return New() }) }

func newList() viewtest.ListView { return New() }

// BenchmarkLongLists: a key press costs what the screen holds, not what
// the list holds (see viewtest.BenchLongLists).
func BenchmarkLongLists(b *testing.B) { viewtest.BenchLongLists(b, newList) }

// A list laid out once and drawn per selection never shows a stale row.
func TestLongListFramesMatchAFreshLayout(t *testing.T) { viewtest.LongListFramesMatch(t, newList) }

// TestParksFollowContent: the parks list draws the columns content
// declares, in its order, so a column added there (here "Ownership") shows
// on the chart face with no change to this view; the status and source
// columns are the marks and the citation line, not columns.
func TestParksFollowContent(t *testing.T) {
	m := New()
	m.SetContext(viewtest.Context(t, i18n.EN))
	m.SetSize(200, 60)
	i := slices.IndexFunc(m.Page.Sections, func(s content.Section) bool { return s.ID == secParks })
	if i < 0 {
		t.Fatal("no parks section")
	}
	s := m.Page.Sections[i]
	s.Columns = append(slices.Clone(s.Columns), content.Column{Key: "ownership", Head: "Ownership", Prio: 2})
	s.Rows = slices.Clone(s.Rows)
	for k := range s.Rows {
		s.Rows[k].Cells = append(slices.Clone(s.Rows[k].Cells), content.Cell{Text: "state-owned-" + s.Rows[k].Key})
	}
	b := &common.Body{}
	m.parks(b, s, 0)
	out := viewtest.Plain(strings.Join(b.Lines(0, b.Len()), "\n"))
	if !strings.Contains(out, "Ownership") || !strings.Contains(out, "state-owned-"+s.Rows[0].Key) {
		t.Errorf("a column content declares is not drawn:\n%s", out)
	}
	if head := viewtest.LineWith(out, "Park"); strings.Index(head, "District") > strings.Index(head, "Stage") ||
		strings.Contains(head, "Status") || strings.Contains(head, "Source") {
		t.Errorf("columns not in content's order, or status/source drawn as columns: %q", head)
	}
}
