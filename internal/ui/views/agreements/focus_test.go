package agreements

import (
	"fmt"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

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
