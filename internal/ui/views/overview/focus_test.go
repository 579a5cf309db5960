package overview

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// province is a session on the bundled province id with the collection's
// scope (its national table, its lineage), focused on year, in mono.
func province(t testing.TB, id string, lang i18n.Lang, year int, edit func(*dataset.Dataset)) *common.Context {
	t.Helper()
	sets := viewtest.Collection(t)
	i := slices.IndexFunc(sets, func(d *dataset.Dataset) bool { return d.ID == id })
	if i < 0 {
		t.Fatalf("no %s in the collection", id)
	}
	d := sets[i]
	if edit != nil {
		c := *d
		c.Growth = slices.Clone(d.Growth)
		edit(&c)
		c.BuildIndex()
		sets = slices.Clone(sets)
		sets[i], d = &c, &c
	}
	ctx := viewtest.ScopedContext(sets, d, lang, theme.Mono)
	ctx.Year = year
	return ctx
}

// growthCardText is the growth card's three lines of a plain frame, by
// its title.
func growthCardText(t testing.TB, m *Model, title string) string {
	t.Helper()
	lines := strings.Split(viewtest.Plain(m.View()), "\n")
	for i, l := range lines {
		j := strings.Index(l, title)
		if j < 0 || i+2 >= len(lines) {
			continue
		}
		col := len([]rune(l[:j]))
		var out []string
		for _, x := range lines[i : i+3] {
			r := []rune(x)
			out = append(out, strings.TrimSpace(string(r[col:min(len(r), col+44)])))
		}
		return strings.Join(out, "\n")
	}
	t.Fatalf("no card %q in\n%s", title, viewtest.Plain(m.View()))
	return ""
}

// TestGrowthCardFollowsYear: the growth card shows the focus year's
// growth and its published rank: the headline in the headline's own year
// ("5th of 34" in 2025 on the new Bắc Ninh, "1st of 63" in 2024 on Bắc
// Giang), the growth table's row in another (Bắc Giang 2021: 7.82 %, 10th
// of 63, citing the rank's source), the predecessors' figures by glyph
// before a merged province was formed, and "—" in a year without one.
func TestGrowthCardFollowsYear(t *testing.T) {
	cases := []struct {
		id   string
		year int
		want []string
		not  []string
	}{
		{"bac-ninh", 2025, []string{"GRDP growth 2025", "10.27% ~", "5th of 34"}, nil},
		{"bac-giang", 2024, []string{"GRDP growth 2024", "13.85% ~", "1st of 63", "2024"}, nil},
		{"bac-giang", 2021, []string{"GRDP growth 2021", "7.82%", "10th of 63 [", "2021 ["}, []string{"13.85%", "1st of 63"}},
		{"bac-giang", 2022, []string{"GRDP growth 2022", "19.3%", "2nd of 63"}, []string{"13.85%"}},
		{"bac-giang", 2012, []string{"GRDP growth 2012", "—", "2012"}, []string{"%", "of 63"}},
		{"bac-ninh", 2023, []string{"GRDP growth 2023", "◆ 13.45% ~ · ■ −9.28%", "◆ 1st of 63 · ■ 63rd of 63"}, []string{"10.27%", "of 34"}},
	}
	for _, c := range cases {
		m := viewtest.Open(New(), province(t, c.id, i18n.EN, c.year, nil), 200, 60)
		viewtest.CheckSize(t, m.View(), 200, 60)
		card := growthCardText(t, m, fmt.Sprintf("GRDP growth %d", c.year))
		for _, w := range c.want {
			if !strings.Contains(card, w) {
				t.Errorf("%s %d: %q not on the card:\n%s", c.id, c.year, w, card)
			}
		}
		for _, w := range c.not {
			if strings.Contains(card, w) {
				t.Errorf("%s %d: %q on the card:\n%s", c.id, c.year, w, card)
			}
		}
	}
}

// TestGrowthCardNationalRank: a year whose growth row has no rank takes
// the province's rank from the national table's list, as published and
// citing it, never worked out.
func TestGrowthCardNationalRank(t *testing.T) {
	noRank := func(d *dataset.Dataset) {
		d.Lineage = dataset.Lineage{} // the province as it stood, alone
		for i := range d.Growth {
			if d.Growth[i].Year == 2023 {
				d.Growth[i].Rank, d.Growth[i].RankOf = 0, 0
			}
		}
	}
	for _, lang := range []i18n.Lang{i18n.EN, i18n.VI} {
		ctx := province(t, "bac-giang", lang, 2023, noRank)
		m := viewtest.Open(New(), ctx, 200, 60)
		card := growthCardText(t, m, ctx.Loc.Tf("overview.card.growth", 2023))
		if want := ctx.Loc.Rank(1, 63) + " ["; !strings.Contains(card, want) {
			t.Errorf("%s: the national table's rank %q is not on the card:\n%s", lang, want, card)
		}
		ctx = province(t, "bac-giang", lang, 2022, noRank)
		m.SetContext(ctx)
		if card := growthCardText(t, m, ctx.Loc.Tf("overview.card.growth", 2022)); !strings.Contains(card, ctx.Loc.Rank(2, 63)) {
			t.Errorf("%s: 2022 lost its own rank:\n%s", lang, card)
		}
	}
}

// TestGrowthCardNarrow: on narrow cards a merged province's figures and
// ranks are left out whole, never cut in the middle of a figure.
func TestGrowthCardNarrow(t *testing.T) {
	m := viewtest.Open(New(), province(t, "bac-ninh", i18n.VI, 2023, nil), 80, 24)
	viewtest.CheckSize(t, m.View(), 80, 24)
	card := growthCardText(t, m, "Tăng trưởng GRDP 2023")
	lines := strings.Split(card, "\n")
	if !strings.Contains(lines[1], "◆ 13,45 % ~") || strings.Contains(lines[1], "−9,28…") {
		t.Errorf("the figures are cut inside a figure:\n%s", card)
	}
	if !strings.Contains(lines[2], "◆ thứ 1/63") || strings.Contains(lines[2], "1/63…") {
		t.Errorf("the ranks are cut inside a rank:\n%s", card)
	}
}

// TestGrowthCardSizes: the card that follows the year keeps every size
// within its cells.
func TestGrowthCardSizes(t *testing.T) {
	for _, y := range []int{2023, 2012} {
		m := New()
		m.SetContext(province(t, "bac-ninh", i18n.VI, y, nil))
		viewtest.Sweep(t, m, 200, 60, 13, 6)
		m.SetSize(1000, 1000)
		viewtest.CheckSize(t, m.View(), 1000, 1000)
	}
}
