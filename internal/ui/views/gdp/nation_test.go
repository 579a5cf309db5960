package gdp

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// nationAt is the GDP tab on the bundled new Bắc Ninh (its lineage in
// scope) at the focus year, w×h, in the mono theme.
func nationAt(t testing.TB, lang i18n.Lang, year, w, h int) *Model {
	t.Helper()
	return render(t, viewtest.AtYear(viewtest.Merged(t, lang), year), w, h)
}

// panel is the nationwide lists of a plain frame: every line from the
// column the growth list's heading starts at (the lists sit right of the
// province's charts at 200 columns).
func panel(t testing.TB, m *Model, year int) []string {
	t.Helper()
	out := viewtest.Plain(m.View())
	title := m.Ctx.Loc.Tf("national.title.grdp_growth", strconv.Itoa(year))
	var col = -1
	lines := strings.Split(out, "\n")
	for _, l := range lines {
		if i := strings.Index(l, title); i >= 0 {
			col = len([]rune(l[:i]))
			break
		}
	}
	if col < 0 {
		t.Fatalf("no %q in\n%s", title, out)
	}
	var p []string
	for _, l := range lines {
		r := []rune(l)
		if len(r) > col {
			p = append(p, strings.TrimRight(string(r[col:]), " "))
		} else {
			p = append(p, "")
		}
	}
	return p
}

// lineOf is the index of the first of lines holding s, -1 when none.
func lineOf(lines []string, s string) int {
	for i, l := range lines {
		if strings.Contains(l, s) {
			return i
		}
	}
	return -1
}

var rankLine = regexp.MustCompile(`^\s*(\d+) (\S.*?)\s+│`)

// TestNationwideGrowth: at 200×60 on the new Bắc Ninh in 2025, the
// nationwide growth list beside the chart has every ranked province in
// the published order, each line starting with its published rank; the
// province's own line is marked ◀ and drawn bold and reversed (mono has
// no colour); the unranked group follows under its heading with no rank
// numbers; the coverage and the provinces with no figure are said.
func TestNationwideGrowth(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.EN, i18n.VI} {
		m := nationAt(t, lang, 2025, 200, 60)
		viewtest.CheckSize(t, m.View(), 200, 60)
		p := panel(t, m, 2025)
		sec, ok := m.Page.Section(content.NationalPrefix + "grdp_growth.2025")
		if !ok {
			t.Fatal("the page has no 2025 growth list")
		}
		last := -1
		var unranked []string
		for _, r := range sec.Rows {
			c, _ := sec.Cell(r, "rank")
			switch content.NationalGroup(r) {
			case "ranked":
				i := lineOf(p, " "+r.Label+" ")
				if i <= last {
					t.Errorf("%s: %s (%s) at line %d, after line %d: not in published order\n%s", lang, r.Label, c.Text, i, last, strings.Join(p, "\n"))
					continue
				}
				last = i
				mm := rankLine.FindStringSubmatch(p[i])
				if mm == nil || mm[1] != strconv.Itoa(int(c.Num.V)) {
					t.Errorf("%s: line %q does not start with %s's published rank %v", lang, p[i], r.Label, c.Num.V)
				}
			case "unranked":
				unranked = append(unranked, r.Label)
			}
		}
		own := lineOf(p, "Bắc Ninh ◀")
		if own < 0 || !strings.HasPrefix(strings.TrimSpace(p[own]), "5 Bắc Ninh ◀") {
			t.Errorf("%s: the province's line is not \"5 Bắc Ninh ◀\": %q", lang, p[max(own, 0)])
		}
		raw := strings.Split(m.View(), "\n")[own]
		if !strings.Contains(raw, "\x1b[1;7m") {
			t.Errorf("%s: the province's line is not bold and reversed: %q", lang, raw)
		}
		if other := strings.Split(m.View(), "\n")[lineOf(p, "Quảng Ngãi")]; strings.Contains(other, "\x1b[1;7m") {
			t.Errorf("%s: another province is highlighted: %q", lang, other)
		}
		head := lineOf(p, m.Ctx.Loc.T("gdp.nation.unranked"))
		if head <= last {
			t.Errorf("%s: the unranked heading (line %d) is not after the ranked bars (%d)", lang, head, last)
		}
		for _, name := range unranked {
			i := lineOf(p, " "+name+" ")
			if i <= head {
				t.Errorf("%s: unranked %s at line %d, not under its heading (%d)", lang, name, i, head)
				continue
			}
			if f := strings.Fields(p[i]); len(f) > 0 {
				if _, err := strconv.Atoi(f[0]); err == nil {
					t.Errorf("%s: unranked %s has a rank number: %q", lang, name, p[i])
				}
			}
		}
		plain := viewtest.Words(strings.Join(p, " "))
		cov := map[i18n.Lang]string{i18n.EN: "32 of 34 provinces", i18n.VI: "32 trong 34 tỉnh"}[lang]
		gaps := m.Ctx.Loc.Tf("gdp.nation.gaps", "Hưng Yên, Sơn La")
		for _, want := range []string{cov, gaps, m.Ctx.Loc.T("gdp.vietnam") + " " + map[i18n.Lang]string{i18n.EN: "8.02% ~", i18n.VI: "8,02 % ~"}[lang]} {
			if !strings.Contains(plain, want) {
				t.Errorf("%s: %q missing from the lists:\n%s", lang, want, strings.Join(p, "\n"))
			}
		}
	}
}

// TestNationwidePredecessors: in 2024, before the new Bắc Ninh was
// formed, the provinces marked are its predecessors: Bắc Giang (ranked
// first) and the former Bắc Ninh (a figure, no published rank).
func TestNationwidePredecessors(t *testing.T) {
	m := nationAt(t, i18n.EN, 2024, 200, 60)
	p := panel(t, m, 2024)
	for _, want := range []string{"1 Bắc Giang ◀", "Bắc Ninh (former) ◀"} {
		if i := lineOf(p, want); i < 0 {
			t.Errorf("%q not marked:\n%s", want, strings.Join(p, "\n"))
		}
	}
	if i := lineOf(p, "Bắc Ninh ◀"); i >= 0 {
		t.Errorf("the new Bắc Ninh is marked in 2024: %q", p[i])
	}
	if f, u := lineOf(p, "Bắc Ninh (former) ◀"), lineOf(p, m.Ctx.Loc.T("gdp.nation.unranked")); f < u {
		t.Errorf("the former Bắc Ninh (line %d) is not in the unranked group (heading at %d)", f, u)
	}
}

// TestNationwideNegative: a fall is drawn left of the zero axis, a rise
// right of it (2023: the former Bắc Ninh −9.28 %, Bắc Giang +13.45 %).
func TestNationwideNegative(t *testing.T) {
	m := nationAt(t, i18n.EN, 2023, 200, 60)
	p := panel(t, m, 2023)
	neg, pos := p[lineOf(p, "Bắc Ninh (former) ◀")], p[lineOf(p, "Bắc Giang ◀")]
	if !strings.Contains(neg, "−9.28%") {
		t.Fatalf("no −9.28%% on %q", neg)
	}
	// Columns in cells: every rune of these lines is one cell wide.
	col := func(l, s string) int {
		i := strings.Index(l, s)
		if i < 0 {
			return -1
		}
		return len([]rune(l[:i]))
	}
	axis := col(neg, "│")
	if s := col(neg, "░"); s < 0 || s > axis || strings.ContainsAny(neg[strings.Index(neg, "│"):], "█▏▎▍▌▋▊▉") {
		t.Errorf("−9.28%% is not drawn left of the axis: %q", neg)
	}
	if s := col(pos, "█"); s < col(pos, "│") || strings.Contains(pos, "░") {
		t.Errorf("+13.45%% is not drawn right of the axis: %q", pos)
	}
	if col(neg, "│") != col(pos, "│") {
		t.Errorf("the axis is not one column:\n%s\n%s", neg, pos)
	}
}

// TestNationwideYearless: a year the national table lacks shows no
// nationwide part at all, and no empty box where it would be.
func TestNationwideYearless(t *testing.T) {
	for _, w := range []int{120, 200} {
		m := nationAt(t, i18n.EN, 2019, w, 60)
		out := viewtest.Plain(m.View())
		if strings.Contains(out, "Nationwide") {
			t.Errorf("%d: a nationwide list in 2019:\n%s", w, out)
		}
	}
}

// TestNationwideWindow: where the rows do not all fit, the ranked bars
// shown are a run around the province's, still in published order, with
// how many are left out above and below; the province is never left out.
func TestNationwideWindow(t *testing.T) {
	for _, sz := range [][3]int{{120, 40, 1}, {100, 34, 1}, {160, 30, 0}} {
		label := fmt.Sprintf("%d×%d", sz[0], sz[1])
		m := nationAt(t, i18n.EN, 2025, sz[0], sz[1])
		out := viewtest.Plain(m.View())
		viewtest.CheckSize(t, m.View(), sz[0], sz[1])
		if !strings.Contains(out, "Nationwide: GRDP growth") {
			t.Errorf("%s: no nationwide list:\n%s", label, out)
			continue
		}
		if !regexp.MustCompile(`5 Bắc Ninh ◀`).MatchString(out) {
			t.Errorf("%s: the province is left out:\n%s", label, out)
		}
		// At 160×30 the province's bar (5th) is among the first that fit.
		if (sz[2] == 1 && !strings.Contains(out, "more above")) || !strings.Contains(out, "more below") {
			t.Errorf("%s: the rows left out are not counted:\n%s", label, out)
		}
		prev := 0
		for _, l := range strings.Split(out, "\n") {
			// A rank, its name, its bar; not "… 17 more below" beside
			// the regions' bars.
			for _, mm := range regexp.MustCompile(`(?:^|\s)(\d{1,2}) ([^\d│]+)│`).FindAllStringSubmatch(l, -1) {
				if strings.HasPrefix(mm[2], "more ") {
					continue
				}
				if r, _ := strconv.Atoi(mm[1]); r > 0 && r <= prev {
					t.Errorf("%s: rank %d after %d", label, r, prev)
				} else {
					prev = r
				}
			}
		}
	}
}

// TestWindow: the rows a list keeps fit the budget with their "more"
// lines, keep every shown row and are the nearest to it.
func TestWindow(t *testing.T) {
	cases := []struct {
		n      int
		shown  []int
		budget int
		want   string // kept rows as x, left out as .
	}{
		{5, nil, 9, "xxxxx"},
		{10, nil, 4, "xxx......."},
		{10, []int{5}, 5, "....xxx..."},
		{10, []int{0}, 4, "xxx......."},
		{10, []int{9}, 4, ".......xxx"},
		{10, []int{0, 9}, 5, "xx......xx"},
		{10, []int{4}, 1, "....x....."},
	}
	for _, c := range cases {
		keep, lines := window(c.n, c.shown, c.budget)
		var b strings.Builder
		for _, k := range keep {
			b.WriteString(map[bool]string{true: "x", false: "."}[k])
		}
		if b.String() != c.want {
			t.Errorf("window(%d, %v, %d) = %s, want %s", c.n, c.shown, c.budget, b.String(), c.want)
		}
		if lines > c.budget && len(c.shown) < c.budget {
			t.Errorf("window(%d, %v, %d) takes %d lines", c.n, c.shown, c.budget, lines)
		}
	}
}

// TestNationwideSizes: no size from 0×0 to 200×60 panics or draws past
// its cells, in each year of the table (2023 has falls below zero, 2024
// a shown province in each group) and one without; nor 1000×1000, where
// the list is drawn.
func TestNationwideSizes(t *testing.T) {
	cases := []struct {
		lang i18n.Lang
		year int
		huge bool
	}{{i18n.VI, 2023, true}, {i18n.EN, 2023, false}, {i18n.EN, 2024, false}, {i18n.VI, 2025, false}, {i18n.EN, 2025, true}, {i18n.EN, 2019, false}}
	for _, c := range cases {
		m := nationAt(t, c.lang, c.year, 200, 60)
		viewtest.Sweep(t, m, 200, 60, 11, 5)
		if !c.huge {
			continue
		}
		m.SetSize(1000, 1000)
		viewtest.CheckSize(t, m.View(), 1000, 1000)
		if !strings.Contains(viewtest.Plain(m.View()), m.Ctx.Loc.Tf("national.title.grdp_growth", strconv.Itoa(c.year))) {
			t.Errorf("%s %d at 1000×1000: no nationwide list", c.lang, c.year)
		}
	}
}

// TestCoverageWhole: the nationwide list's coverage (how many provinces
// have a figure and a rank, and that ranks are never worked out) is shown
// whole in the side panel at 120, 160 and 200 columns, even where that
// leaves a bar fewer: cut ("…never worked out from a …") it loses what
// the ranks are.
func TestCoverageWhole(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, sz := range [][2]int{{120, 37}, {160, 42}, {200, 57}} {
			m := nationAt(t, lang, 2025, sz[0], sz[1])
			s, ok := m.Page.Section(content.NationalPrefix + "grdp_growth.2025")
			if !ok || s.Intro == "" {
				t.Fatalf("no nationwide coverage in 2025")
			}
			text := viewtest.Words(strings.Join(panel(t, m, 2025), " "))
			if !strings.Contains(text, viewtest.Words(s.Intro)) {
				t.Errorf("%s %v: the coverage %q is not whole in the panel:\n%s", lang, sz, s.Intro, strings.Join(panel(t, m, 2025), "\n"))
			}
		}
	}
}

// TestUnrankedGivesWay: on a 120×40 screen the group of provinces with a
// figure but no published rank (the province shown is not among them)
// shrinks to its heading and a count, so the ranked bars around the
// province keep three rows (4th, 5th, 6th) with the coverage whole; a
// group with none of its rows shown says "… 10 more", not "more above".
func TestUnrankedGivesWay(t *testing.T) {
	m := nationAt(t, i18n.EN, 2025, 120, 37)
	p := strings.Join(panel(t, m, 2025), "\n")
	for _, want := range []string{"4 Phú Thọ", "5 Bắc Ninh ◀", "6 Quảng Ngãi", "A figure, no published rank", "… 10 more\n"} {
		if !strings.Contains(p+"\n", want) {
			t.Errorf("%q not in the nationwide list:\n%s", want, p)
		}
	}
}

// TestSlideRanksFirst: on a slide at 120×40 the province's place among
// the ranked provinces takes the unranked group's lines (the coverage
// line still says how many have a figure and no rank): four ranked bars
// around the new Bắc Ninh's 5th, where browsing at the same size shows
// the group (TestUnrankedGivesWay).
func TestSlideRanksFirst(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.EN, i18n.VI} {
		ctx := viewtest.AtYear(viewtest.Merged(t, lang), 2025)
		ctx.Present = true
		m := render(t, ctx, 120, 37)
		p := strings.Join(panel(t, m, 2025), "\n")
		bars := 0
		for _, l := range strings.Split(p, "\n") {
			if strings.Contains(l, "│█") {
				bars++
			}
		}
		if bars < 4 {
			t.Errorf("%s: %d ranked bars on the slide, want at least 4:\n%s", lang, bars, p)
		}
		if unranked := m.Ctx.Loc.T("gdp.nation.unranked"); strings.Contains(p, unranked) {
			t.Errorf("%s: the unranked group (%q) kept its lines on the slide:\n%s", lang, unranked, p)
		}
		sec, ok := m.Page.Section(content.NationalPrefix + "grdp_growth.2025")
		if cov := strings.Fields(sec.Intro); !ok || len(cov) < 4 || !strings.Contains(p, strings.Join(cov[:4], " ")) {
			t.Errorf("%s: the coverage line (%q) is not on the slide:\n%s", lang, sec.Intro, p)
		}
	}
}
