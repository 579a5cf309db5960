package viewtest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
)

// ListTab is what the checks every list tab (fdi, zones, agreements) runs
// need to know of it: each tab's test file states only what is its own.
type ListTab struct {
	// New makes a fresh tab.
	New func() common.View
	// ID is the tab's registry id.
	ID string
	// FaceWidth is the width at which FaceCycle finds TableText on the
	// table face (the height is 40).
	FaceWidth int
	// TableText, SrcID and SrcTitle are FaceCycle's: a word of the table
	// face and one source the sources face lists.
	TableText, SrcID, SrcTitle string
	// Rows is the number of rows of a tab that has its context.
	Rows func(common.View) int
}

// CheckListTab runs, each as a subtest, the checks every list tab shares:
// FaceCycle at FaceWidth×40, SweepList, NoContext (with j) and, at 80×21,
// ReachAll (every row's detail and the sources face scroll to their
// ends); all in Vietnamese on the bundled dataset but ReachAll, which
// runs in both languages.
func CheckListTab(t *testing.T, tab ListTab) {
	t.Helper()
	t.Run("FaceCycle", func(t *testing.T) {
		ctx := Context(t, i18n.VI)
		v, ok := Open(tab.New(), ctx, tab.FaceWidth, 40).(Faced)
		if !ok {
			t.Fatalf("%s does not say which face it shows", tab.ID)
		}
		FaceCycle(t, v, ctx, tab.TableText, tab.SrcID, tab.SrcTitle)
	})
	t.Run("SizeSweep", func(t *testing.T) {
		SweepList(t, Open(tab.New(), Context(t, i18n.VI), 0, 0))
	})
	t.Run("NoContext", func(t *testing.T) {
		NoContext(t, tab.New(), tab.ID, "j")
	})
	t.Run("ShortTerminalReachesSources", func(t *testing.T) {
		ReachAll(t, tab.New, tab.Rows)
	})
}

// Selecting is a list tab whose selection a search sets (SelectRow) and
// whose rows the keys count (Len).
type Selecting interface {
	common.View
	SelectRow(section, key string) bool
	Len() int
}

// PredRow is a former province's row on a merged province's list tab.
type PredRow struct {
	// Sec and Key are the row's section and key on the page.
	Sec, Key string
	// Label is the text the row is drawn with (a name or partner).
	Label string
	// Pred is the former province and Source the row's source id in it.
	Pred   *dataset.Dataset
	Source string
}

// ReachPredRow checks on v, a list tab opened on the merged province ctx
// at w×h, that j from the top (g) reaches row r (at reports the section
// and key selected) and draws the selection on its label; that its detail
// names the row, the former province and cites the row's own source by
// its number in the merged list; and that, after esc and g, SelectRow
// selects the row again and, at w×h, draws the selection on it.
func ReachPredRow(t testing.TB, v Selecting, ctx *common.Context, at func() (sec, key string), r PredRow, w, h int) {
	t.Helper()
	plain := func() string { return Plain(v.View()) }
	PressAll(v, "g")
	for range v.Len() {
		if s, k := at(); s == r.Sec && k == r.Key {
			break
		}
		PressAll(v, "j")
	}
	if s, k := at(); s != r.Sec || k != r.Key {
		t.Fatalf("j never reached %s in %s (at %s %s)", r.Label, r.Sec, s, k)
	}
	if sl := SelectedLine(plain()); !strings.Contains(sl, r.Label) {
		t.Fatalf("the chart face's selection is not on %s: %q\n%s", r.Label, sl, plain())
	}
	_, num, ok := ctx.Scoped().SourceByID(content.Qualify(r.Pred.ID, r.Source))
	if !ok {
		t.Fatalf("source %s of %s is not numbered in the merged scope", r.Source, r.Label)
	}
	PressAll(v, "enter")
	det := plain()
	for _, want := range []string{r.Label, fmt.Sprintf("[%d]", num), ctx.Loc.Pick(r.Pred.Name)} {
		if !strings.Contains(det, want) {
			t.Errorf("detail lacks %q:\n%s", want, det)
		}
	}
	PressAll(v, "esc", "g")

	// A search jumps to the row on the chart face.
	if !v.SelectRow(r.Sec, r.Key) {
		t.Fatalf("SelectRow(%s, %s) found nothing", r.Sec, r.Key)
	}
	v.SetSize(w, h)
	if s, k := at(); s != r.Sec || k != r.Key {
		t.Fatalf("SelectRow selected %s %s", s, k)
	}
	if sl := SelectedLine(plain()); !strings.Contains(sl, r.Label) {
		t.Fatalf("after SelectRow the selection is not drawn on %s: %q", r.Label, sl)
	}
}
