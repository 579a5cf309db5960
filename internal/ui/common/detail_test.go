package common_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

func TestDetailPanel(t *testing.T) {
	ctx := viewtest.Context(t, i18n.VI)
	fields := []common.Field{
		{Label: "Diện tích", Value: "426 ha"},
		{Label: "Bỏ trống", Value: ""},
		{Label: "Ghi chú", Value: strings.Repeat("Lấp đầy 100 % của 426 ha (11/2022). ", 6)},
	}
	out := ansi.Strip(common.DetailPanel(ctx, "Quang Châu", fields, "esc: đóng", 120, 30))
	lines := strings.Split(out, "\n")
	if ansi.StringWidth(lines[0]) != 96 {
		t.Errorf("panel not capped at 96 cells: %d", ansi.StringWidth(lines[0]))
	}
	for _, want := range []string{"Quang Châu", "Diện tích", "426 ha", "esc: đóng"} {
		if !strings.Contains(out, want) {
			t.Errorf("panel lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Bỏ trống") {
		t.Errorf("field with no value shown:\n%s", out)
	}
	if n := strings.Count(out, "(11/2022)"); n != 6 {
		t.Errorf("long value lost text on wrapping: %d of 6 repeats\n%s", n, out)
	}
	// Too short for every line: it ends with an ellipsis line, within h.
	short := ansi.Strip(common.DetailPanel(ctx, "Quang Châu", fields, "esc", 40, 9))
	if len(strings.Split(short, "\n")) > 9 || !strings.Contains(short, "…") {
		t.Errorf("short panel:\n%s", short)
	}
	for w := 0; w <= 110; w += 3 {
		for h := 0; h <= 30; h++ {
			viewtest.CheckSize(t, common.DetailPanel(ctx, "Quang Châu", fields, "esc", w, h), w, h)
		}
	}
}

func TestMetaFields(t *testing.T) {
	ctx := viewtest.Context(t, i18n.VI)
	// A source the bundled dataset lists: numbered, titled, with its address.
	src := ctx.Data.Sources[0]
	fs := common.MetaFields(ctx, dataset.Meta{Source: src.ID, Status: dataset.Reported, Date: "2024-12-06", Note: dataset.Text{VI: "ghi chú", EN: "note"}}, "Lịch sử")
	got := map[string]string{}
	for _, f := range fs {
		got[f.Label] = f.Value
	}
	if !strings.HasPrefix(got[ctx.Loc.T("app.status")], i18n.Mark(dataset.Reported)+" ") {
		t.Errorf("status lacks its mark: %q", got[ctx.Loc.T("app.status")])
	}
	if got[ctx.Loc.T("app.date")] != "06/12/2024" || got["Lịch sử"] != "ghi chú" {
		t.Errorf("date or labelled note: %v", got)
	}
	if s := got[ctx.Loc.T("app.source")]; !strings.HasPrefix(s, "[1] "+src.Title) {
		t.Errorf("source %q, want [1] %s…", s, src.Title)
	}
	if last := fs[len(fs)-1]; last.Label != "" || last.Value != src.URL {
		t.Errorf("last field %+v, want the source address", last)
	}
	// An unknown source is a visible gap, not a silent omission.
	fs = common.MetaFields(ctx, dataset.Meta{Source: "no-such-source", Status: dataset.Official}, "")
	if last := fs[len(fs)-1]; last.Label != ctx.Loc.T("app.source") || last.Value != i18n.Gap {
		t.Errorf("unknown source: %+v", last)
	}
	if fs[1].Label != ctx.Loc.T("app.note") {
		t.Errorf("default note label %q", fs[1].Label)
	}
}

func TestWithMarkAndOrGap(t *testing.T) {
	if got := common.WithMark("459,38 triệu USD", dataset.Reported); got != "459,38 triệu USD "+i18n.Mark(dataset.Reported) {
		t.Errorf("reported figure: %q", got)
	}
	if got := common.WithMark("426 ha", dataset.Official); got != "426 ha  " {
		t.Errorf("official figure keeps the mark's place: %q", got)
	}
	if got := common.WithMark(i18n.Gap, dataset.Reported); got != i18n.Gap+"  " {
		t.Errorf("a gap gets no mark: %q", got)
	}
	if common.OrGap("") != i18n.Gap || common.OrGap("Việt Yên") != "Việt Yên" {
		t.Error("OrGap")
	}
}
