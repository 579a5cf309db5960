package zones

import (
	"slices"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/content"
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

// A merged province's chart face shows its own totals (33 parks), then
// Bắc Giang's totals and parks under their sections' titles; the keys
// reach a Bắc Giang park, whose detail names the province and cites
// Bắc Giang's own source by its number in the merged list.
func TestMergedPredecessorParks(t *testing.T) {
	m, bg := mergedModel(t, i18n.EN, 200, 60)
	const sec, park = "zones.parks@bac-giang", "Quang Châu"
	ps, ok := m.Page.Section(sec)
	if !ok {
		t.Fatalf("no section %s on the merged page", sec)
	}
	ts, _ := m.Page.Section("zones.totals@bac-giang")
	out := plain(m)
	for _, want := range []string{ts.Title, ps.Title, "33"} {
		if !strings.Contains(out, want) {
			t.Errorf("chart face lacks %q:\n%s", want, out)
		}
	}
	// The park's row is the predecessor's, under its heading.
	if strings.Index(out, ps.Title) > strings.Index(out, park) || !strings.Contains(out, park) {
		t.Errorf("%s is not under %q:\n%s", park, ps.Title, out)
	}

	var src string
	for _, z := range bg.Zones {
		if z.Name == park {
			src = z.Source
		}
	}
	at := func() (string, string) { s, r := m.at(m.Nav.Sel); return s.ID, r.Key }
	viewtest.ReachPredRow(t, m, m.Ctx, at, viewtest.PredRow{Sec: sec, Key: park, Label: park, Pred: bg, Source: src}, 200, 60)
}

// Each section's totals are its own: every park count drawn is one a
// section holds (the new province's 33, Bắc Giang's), never a sum.
func TestMergedTotalsNotSummed(t *testing.T) {
	m, _ := mergedModel(t, i18n.EN, 200, 60)
	counts, rows := map[string]bool{}, 0
	for _, s := range m.Page.Sections {
		if common.BaseID(s.ID) != secTotals {
			continue
		}
		for _, r := range s.Rows {
			if c := cell(s, r, "count"); (r.Key == "parks" || strings.HasPrefix(r.Key, "parks/")) && c.Num.OK {
				counts[c.Text] = true
				rows++
			}
		}
	}
	if len(counts) < 2 {
		t.Fatalf("park counts on the merged page: %v", counts)
	}
	drawn := 0
	label := m.Ctx.Loc.T("zones.kind.parks")
	for _, l := range strings.Split(plain(m), "\n") {
		rest, ok := strings.CutPrefix(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "›")), label+" ")
		f := strings.Fields(rest)
		if !ok || len(f) == 0 || !strings.ContainsRune("0123456789≈>~<", []rune(f[0])[0]) {
			continue
		}
		drawn++
		if !counts[f[0]] {
			t.Errorf("a park count no section holds: %q", l)
		}
	}
	if drawn != rows {
		t.Errorf("%d park counts drawn, want one per row of the sections (%d)", drawn, rows)
	}
}

// The merged tab keeps to its size at every size, with the selection on
// a predecessor's row and with its detail open.
func TestMergedSizeSweep(t *testing.T) {
	viewtest.MergedSizeSweep(t, func() common.View { return New() })
}

// On a slide each total's note is its first two lines, the second ending
// in "…" where the note goes on, so the parks stay on screen; browsing,
// the same note is whole, and enter on the total opens it in full.
func TestSlideNotesCut(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.EN, i18n.VI} {
		ctx := viewtest.Merged(t, lang)
		s, ok := content.Builtin("zones").Page(ctx.Scope, ctx.Loc).Section("zones.totals")
		if !ok || len(s.Rows) == 0 || len(strings.Fields(s.Rows[0].Note)) < 40 {
			t.Fatalf("%s: the merged province's parks total has no long note: the test's premise is gone", lang)
		}
		words := strings.Fields(s.Rows[0].Note)
		tail := strings.Join(words[len(words)-4:], " ")
		browse := plain(viewtest.Open(New(), ctx, 120, 38))
		if !strings.Contains(viewtest.Words(browse), tail) {
			t.Errorf("%s: browsing, the note's end %q is not shown:\n%s", lang, tail, browse)
		}
		slide := *ctx
		slide.Present = true
		m := viewtest.Open(New(), &slide, 120, 38)
		out := plain(m)
		if strings.Contains(viewtest.Words(out), tail) {
			t.Errorf("%s: on a slide the whole note is shown:\n%s", lang, out)
		}
		lines := strings.Split(out, "\n")
		i := slices.Index(lines, viewtest.LineWith(out, words[0]+" "+words[1]))
		if i < 0 || i+1 >= len(lines) || !strings.HasSuffix(strings.TrimRight(lines[i+1], " "), "…") {
			t.Errorf("%s: the slide's note does not end its second line in …:\n%s", lang, out)
		}
		if !strings.Contains(out, "█") {
			t.Errorf("%s: no park's occupancy bar on the slide:\n%s", lang, out)
		}
		press(m, "enter")
		if d := plain(m); !strings.Contains(viewtest.Words(d), tail) {
			t.Errorf("%s: enter on the total does not open its note in full:\n%s", lang, d)
		}
	}
}
