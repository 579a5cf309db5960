package common_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
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
	// Too short for every line: no blank padding, the title on top, the
	// hint and the position at the bottom, within h.
	short := ansi.Strip(common.DetailPanel(ctx, "Quang Châu", fields, "esc", 40, 9))
	sl := strings.Split(short, "\n")
	if len(sl) != 9 || !strings.Contains(sl[1], "Quang Châu") || !strings.Contains(sl[7], "esc") || !strings.Contains(sl[7], "1–5/11 ↓") {
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
	// A row without a status shows a gap, not a missing catalogue key.
	if fs := common.MetaFields(ctx, dataset.Meta{}, ""); fs[0].Value != i18n.Gap {
		t.Errorf("no status: %q", fs[0].Value)
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

// Scrolling a detail that does not fit reaches every line of it: the lines
// seen over all offsets are the lines of the same panel drawn tall enough.
func TestDetailScrollReachesEveryLine(t *testing.T) {
	ctx := viewtest.Context(t, i18n.VI)
	fields := []common.Field{
		{Label: "Ghi chú", Value: strings.Repeat("Lấp đầy 100 % của 426 ha (11/2022). ", 6)},
		{Label: "Nguồn", Value: "[47] 20-year journey of strong development"},
		{Label: "", Value: "https://example.org/the-end-of-the-source"},
	}
	// 28 wide is unboxed at every height; 60×9 and 60×12 are boxed without
	// padding; 3 lines leave no room to keep the title and hint in place.
	for _, sz := range [][2]int{{28, 3}, {28, 5}, {60, 9}, {60, 12}} {
		w, h := sz[0], sz[1]
		tall := ansi.Strip(common.DetailPanel(ctx, "Quang Châu", fields, "esc", w, 60))
		var sc common.Scroll
		seen := map[string]bool{}
		for range 40 {
			out := common.DetailScroll(ctx, "Quang Châu", fields, "esc", w, h, &sc)
			viewtest.CheckSize(t, out, w, h)
			for _, l := range strings.Split(ansi.Strip(out), "\n") {
				seen[strings.Trim(l, "│ ")] = true
			}
			sc.Off++
		}
		for _, l := range strings.Split(tall, "\n") {
			l = strings.Trim(l, "│ ")
			if l != "" && l != "esc" && !strings.ContainsAny(l, "╭╰") && !seen[l] {
				t.Errorf("%d×%d: line %q never shown", w, h, l)
			}
		}
		if sc.Off <= sc.Max {
			t.Errorf("%d×%d: scroll %+v never reached its end", w, h, sc)
		}
	}
	tall := ansi.Strip(common.DetailPanel(ctx, "Quang Châu", fields, "esc", 60, 60))
	// Tall enough: the padded card, as before, and the scroll has nowhere to go.
	var sc common.Scroll
	common.DetailScroll(ctx, "Quang Châu", fields, "esc", 60, 60, &sc)
	if sc.Max != 0 || !strings.HasPrefix(strings.Split(tall, "\n")[1], "│ ") || strings.TrimSpace(strings.Trim(strings.Split(tall, "\n")[1], "│")) != "" {
		t.Errorf("tall panel lost its padding or scrolls: %+v\n%s", sc, tall)
	}
}

// A source address that is not a web address (a dataset built in code
// skips the loader's check) is printed but never made a link.
func TestOnlyWebAddressesAreLinks(t *testing.T) {
	d := &dataset.Dataset{ID: "x", Sources: []dataset.Source{
		{ID: "a", Title: "A", URL: "javascript:alert(1)"},
		{ID: "b", Title: "B", URL: "https://example.org/b"},
	}}
	d.BuildIndex()
	loc := i18n.New(i18n.EN)
	ctx := &common.Context{Data: d, Loc: loc, Styles: theme.New(theme.Dark), Keys: common.NewKeyMap(loc, 5)}
	out := strings.Join(common.SourceLines(ctx, []string{"a", "b"}, 80), "\n")
	if strings.Contains(out, "\x1b]8;;javascript") {
		t.Errorf("a javascript: address became a link:\n%q", out)
	}
	if !strings.Contains(out, "\x1b]8;;https://example.org/b") || !strings.Contains(out, "javascript:alert(1)") {
		t.Errorf("the web address is no link, or the other is not printed:\n%q", out)
	}
}
