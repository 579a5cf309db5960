package common_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

func TestClamp(t *testing.T) {
	for _, c := range []struct{ v, lo, hi, want int }{
		{5, 0, 3, 3}, {-1, 0, 3, 0}, {2, 0, 3, 2},
		{4, 0, -1, 0}, // empty list: 0, never -1
	} {
		if got := common.Clamp(c.v, c.lo, c.hi); got != c.want {
			t.Errorf("Clamp(%d, %d, %d) = %d, want %d", c.v, c.lo, c.hi, got, c.want)
		}
	}
}

func TestNavigate(t *testing.T) {
	k := viewtest.Context(t, i18n.EN).Keys
	cases := []struct {
		key       string
		sel, n    int
		want      int
		wantMoved bool
	}{
		{"j", 0, 5, 1, true},
		{"down", 4, 5, 4, true}, // clamps at the bottom
		{"k", 0, 5, 0, true},    // clamps at the top
		{"up", 3, 5, 2, true},
		{"pgdown", 1, 10, 4, true},
		{"pgup", 1, 10, 0, true},
		{"G", 0, 7, 6, true},
		{"g", 6, 7, 0, true},
		{"end", 0, 7, 6, true},
		{"enter", 2, 5, 2, false}, // not a movement key
		{"v", 2, 5, 2, false},
		{"j", 0, 0, 0, false}, // empty list
	}
	for _, c := range cases {
		got, moved := common.Navigate(k, viewtest.Press(c.key), c.sel, c.n, 3)
		if got != c.want || moved != c.wantMoved {
			t.Errorf("%q from %d of %d: (%d, %v), want (%d, %v)", c.key, c.sel, c.n, got, moved, c.want, c.wantMoved)
		}
	}
	if got, _ := common.Navigate(k, viewtest.Press("pgdown"), 0, 10, 0); got != 1 {
		t.Errorf("a page of 0 rows moves one row, got %d", got)
	}
	if _, moved := common.Navigate(nil, viewtest.Press("j"), 0, 5, 1); moved {
		t.Error("nil key map moved the selection")
	}
}

// body is a heading, then items 0..n-1 of two lines each (row and note).
func body(n int) []common.Line {
	ls := []common.Line{common.Text("heading")}
	for i := range n {
		ls = append(ls, common.Line{S: "row " + string(rune('a'+i)), Item: i}, common.Line{S: "note " + string(rune('a'+i)), Item: i})
	}
	return ls
}

func TestWindowKeepsSelectionVisible(t *testing.T) {
	ls := body(10) // 21 lines
	off := 0
	got := common.Window(ls, 0, 5, &off)
	if len(got) != 5 || got[0] != "heading" || off != 0 {
		t.Fatalf("top: %q off %d", got, off)
	}
	// Moving to item 5 scrolls just enough that both its lines show.
	got = common.Window(ls, 5, 5, &off)
	if got[len(got)-1] != "note f" || got[len(got)-2] != "row f" {
		t.Fatalf("item 5 not at the bottom: %q", got)
	}
	if off != 8 {
		t.Fatalf("scrolled to %d, want the minimal 8", off)
	}
	// Moving up by one within the window does not scroll.
	common.Window(ls, 4, 5, &off)
	if off != 8 {
		t.Fatalf("moving within the window scrolled to %d", off)
	}
	// Back to item 0: the heading above it comes into view too.
	got = common.Window(ls, 0, 5, &off)
	if off != 0 || got[0] != "heading" {
		t.Fatalf("heading above the first item hidden: %q off %d", got, off)
	}
	// A selection no line carries: an offset past the end is clamped.
	off = 100
	got = common.Window(ls, 99, 5, &off)
	if off != 16 || len(got) != 5 || got[4] != "note j" {
		t.Fatalf("offset not clamped: %q off %d", got, off)
	}
	// A negative sel selects nothing, although headings carry item -1: a
	// body of headings only (the sources face) scrolls to the offset it is
	// given instead of snapping back to its top.
	off = 1
	text := []common.Line{common.Text("a"), common.Text("b"), common.Text("c"), common.Text("d")}
	if got = common.Window(text, -1, 2, &off); got[0] != "b" || off != 1 {
		t.Fatalf("sel -1 over text lines at offset 1: %q off %d", got, off)
	}
	off = 9
	if got = common.Window(text, -1, 2, &off); got[1] != "d" || off != 2 {
		t.Fatalf("sel -1 past the end: %q off %d", got, off)
	}
	if common.Window(ls, 0, 0, &off) != nil {
		t.Fatal("height 0 returned lines")
	}
}

func TestAssemble(t *testing.T) {
	head := []string{"HEAD"}
	foot := []string{"FOOT"}
	off := 0
	out := common.Assemble(20, 8, head, body(2), 0, &off, foot, nil)
	lines := strings.Split(out, "\n")
	if len(lines) != 8 || lines[0] != "HEAD" || lines[7] != "FOOT" {
		t.Fatalf("foot not at the bottom of 8 lines: %q", lines)
	}
	// With fewer than three body lines left, the foot gives way.
	out = common.Assemble(20, 4, head, body(2), 0, &off, foot, nil)
	if strings.Contains(out, "FOOT") || !strings.Contains(out, "row a") {
		t.Fatalf("foot kept at the expense of the body: %q", out)
	}
	// Long lines are cut to the width.
	out = common.Assemble(5, 3, []string{"a very long head"}, body(1), 0, &off, nil, nil)
	viewtest.CheckSize(t, out, 5, 3)
	if common.Assemble(0, 5, head, body(1), 0, &off, foot, nil) != "" || common.Assemble(5, 0, head, nil, 0, &off, nil, nil) != "" {
		t.Fatal("empty size drew something")
	}
}

func TestWrapText(t *testing.T) {
	s := "Bài gốc ghi 11 KCN, 2.720,72 ha; chưa được nguồn khác xác nhận."
	ls := common.WrapText(s, 20, func(p ...string) string { return "> " + strings.Join(p, "") })
	if len(ls) < 3 {
		t.Fatalf("not wrapped: %+v", ls)
	}
	var joined []string
	for _, l := range ls {
		if l.Item != -1 || !strings.HasPrefix(l.S, "> ") || ansi.StringWidth(l.S) > 22 {
			t.Errorf("bad wrapped line %+v", l)
		}
		joined = append(joined, strings.TrimPrefix(l.S, "> "))
	}
	if strings.Join(joined, " ") != s {
		t.Errorf("wrapping lost text: %q", strings.Join(joined, " "))
	}
	if common.WrapText("", 20, fmtNone) != nil || common.WrapText(s, 0, fmtNone) != nil {
		t.Error("empty text or width produced lines")
	}
}

func fmtNone(p ...string) string { return strings.Join(p, "") }

func TestScrollKeys(t *testing.T) {
	k := viewtest.Context(t, i18n.EN).Keys
	var s common.Scroll
	if from, to := s.Show(10, 4); from != 0 || to != 4 || s.Max != 6 || s.Page != 4 {
		t.Fatalf("Show(10, 4) = %d, %d with %+v", from, to, s)
	}
	step := func(key string, wantMoved bool, wantOff int) {
		t.Helper()
		if moved := s.Key(k, viewtest.Press(key)); moved != wantMoved || s.Off != wantOff {
			t.Fatalf("%q: moved %v off %d, want %v %d", key, moved, s.Off, wantMoved, wantOff)
		}
	}
	step("k", false, 0) // at the top
	step("j", true, 1)
	step("pgdown", true, 4) // a page is the window less one line
	step("G", true, 6)
	step("down", false, 6) // at the end
	step("pgup", true, 3)
	step("g", true, 0)
	step("enter", false, 0)
	// A shorter text clamps the offset on the next render.
	s.Off = 6
	if from, to := s.Show(5, 4); from != 1 || to != 5 || s.Off != 1 {
		t.Fatalf("Show(5, 4) from offset 6 = %d, %d off %d", from, to, s.Off)
	}
	if from, to := s.Show(3, 4); from != 0 || to != 3 || s.Max != 0 {
		t.Fatalf("text that fits: %d, %d %+v", from, to, s)
	}
}

func TestScrollMark(t *testing.T) {
	for _, c := range []struct {
		from, to, n int
		want        string
	}{
		{0, 5, 12, "  1–5/12 ↓"},
		{3, 8, 12, "↑ 4–8/12 ↓"},
		{7, 12, 12, "↑ 8–12/12  "},
	} {
		if got := common.ScrollMark(c.from, c.to, c.n); got != c.want {
			t.Errorf("ScrollMark(%d, %d, %d) = %q, want %q", c.from, c.to, c.n, got, c.want)
		}
	}
}

func TestAssembleText(t *testing.T) {
	ctx := viewtest.Context(t, i18n.EN)
	var body []string
	for i := range 10 {
		body = append(body, "line "+string(rune('a'+i)))
	}
	var sc common.Scroll
	// Fits: drawn as it is, no mark.
	out := common.AssembleText(ctx, 20, 12, []string{"HEAD"}, body, &sc)
	if got := strings.Split(out, "\n"); len(got) != 11 || got[10] != "line j" || strings.Contains(out, "↓") {
		t.Fatalf("fitting body: %q", got)
	}
	// Does not fit: 4 body lines and the mark on the last line.
	out = ansi.Strip(common.AssembleText(ctx, 20, 6, []string{"HEAD"}, body, &sc))
	got := strings.Split(out, "\n")
	if len(got) != 6 || got[1] != "line a" || got[4] != "line d" || !strings.HasSuffix(got[5], "1–4/10 ↓") {
		t.Fatalf("top of a long body: %q", got)
	}
	if sc.Max != 6 || sc.Page != 4 {
		t.Fatalf("scroll after render %+v, want Max 6 Page 4", sc)
	}
	// Scrolled to the end, the last line is on screen.
	sc.Off = sc.Max
	got = strings.Split(ansi.Strip(common.AssembleText(ctx, 20, 6, []string{"HEAD"}, body, &sc)), "\n")
	if got[4] != "line j" || !strings.Contains(got[5], "↑ 7–10/10") {
		t.Fatalf("end of a long body: %q", got)
	}
	for w := 0; w <= 25; w += 5 {
		for h := 0; h <= 13; h++ {
			viewtest.CheckSize(t, common.AssembleText(ctx, w, h, []string{"HEAD"}, body, &sc), w, h)
		}
	}
}

// TestCentreBlock: the block moves down by half the blank lines under it;
// the frame keeps its height and what follows the blank run stays put; a
// block with no blank run under it, or n out of range, is left alone.
func TestCentreBlock(t *testing.T) {
	frame := strings.Join([]string{"a", "b", "", "", "", "", "foot"}, "\n")
	got := common.CentreBlock(frame, 2)
	want := strings.Join([]string{"", "", "a", "b", "", "", "foot"}, "\n")
	if got != want {
		t.Errorf("CentreBlock = %q, want %q", got, want)
	}
	for _, n := range []int{0, 7, 9} {
		if got := common.CentreBlock(frame, n); got != frame {
			t.Errorf("n=%d changed the frame: %q", n, got)
		}
	}
	tight := "a\nb\nfoot"
	if got := common.CentreBlock(tight, 2); got != tight {
		t.Errorf("no blank run: %q", got)
	}
}

// TestWrapTextMax: a text longer than n lines is cut to n, the last
// ending in "…" and no line wider than w; one that fits, or n ≤ 0, is
// WrapText's.
func TestWrapTextMax(t *testing.T) {
	id := func(s ...string) string { return strings.Join(s, "") }
	long := strings.Repeat("Bắc Giang gives 11 parks, 2,720.72 ha; ", 8)
	for _, w := range []int{1, 2, 10, 37, 80} {
		got := common.WrapTextMax(long, w, 2, id)
		if len(got) != 2 {
			t.Fatalf("w=%d: %d lines, want 2", w, len(got))
		}
		for _, l := range got {
			if lw := ansi.StringWidth(l.S); lw > w {
				t.Errorf("w=%d: line %q is %d wide", w, l.S, lw)
			}
		}
		if !strings.HasSuffix(got[1].S, "…") {
			t.Errorf("w=%d: the cut text's last line %q does not end in …", w, got[1].S)
		}
	}
	for _, n := range []int{0, -1, 50} {
		if got, want := common.WrapTextMax(long, 40, n, id), common.WrapText(long, 40, id); len(got) != len(want) || got[len(got)-1] != want[len(want)-1] {
			t.Errorf("n=%d: %d lines, WrapText %d", n, len(got), len(want))
		}
	}
}
