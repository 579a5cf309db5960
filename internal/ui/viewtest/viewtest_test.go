package viewtest

import (
	"fmt"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/provdash/provdash/internal/i18n"
)

func TestPressMatchesBindings(t *testing.T) {
	km := Context(t, i18n.EN).Keys
	cases := []struct {
		key string
		b   key.Binding
	}{
		{"j", km.Down}, {"down", km.Down}, {"k", km.Up}, {"up", km.Up},
		{"pgdown", km.PageDn}, {"pgup", km.PageUp}, {"g", km.Top}, {"home", km.Top},
		{"G", km.Bottom}, {"end", km.Bottom}, {"enter", km.Open}, {"esc", km.Close},
		{"v", km.Face}, {"tab", km.Next}, {"shift+tab", km.Prev}, {"ctrl+c", km.Quit},
	}
	for _, c := range cases {
		if !key.Matches(Press(c.key), c.b) {
			t.Errorf("Press(%q) does not match its binding %v", c.key, c.b.Keys())
		}
	}
	if key.Matches(Press("g"), km.Bottom) {
		t.Error(`Press("g") matches G: case lost`)
	}
}

func TestPressUnknownPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("Press of an unknown name did not panic")
		}
	}()
	Press("pagedown")
}

func TestSizeErr(t *testing.T) {
	if err := sizeErr("ab\ncd", 2, 2); err != nil {
		t.Errorf("2×2 frame rejected: %v", err)
	}
	if sizeErr("ab\ncd\nef", 2, 2) == nil {
		t.Error("3 lines accepted for height 2")
	}
	// Vietnamese is multi-byte but one cell a letter; CJK is two cells.
	if err := sizeErr("Bắc Giang", 9, 1); err != nil {
		t.Errorf("9-cell Vietnamese line rejected: %v", err)
	}
	if sizeErr("中国", 3, 1) == nil {
		t.Error("4-cell wide line accepted for width 3")
	}
	if sizeErr("\x1b[1mab\x1b[0m", 2, 1) != nil {
		t.Error("ANSI sequences counted as cells")
	}
}

func TestBundledContext(t *testing.T) {
	ctx := Context(t, i18n.VI)
	if ctx.Data == nil || len(ctx.Data.FDICountry) == 0 || len(ctx.Data.Zones) == 0 || len(ctx.Data.Agreements) == 0 {
		t.Fatal("bundled context lacks the FDI, zones or agreements tables")
	}
	if ctx.Loc.Lang != i18n.VI || ctx.Styles == nil || ctx.Keys == nil {
		t.Fatal("context not complete")
	}
}

func TestLineWith(t *testing.T) {
	out := "a 1\nb 2\nb 3"
	if got := LineWith(out, "b"); got != "b 2" {
		t.Errorf("LineWith = %q, want the first match", got)
	}
	if LineWith(out, "z") != "" || !strings.Contains(Plain("\x1b[7mx\x1b[0m"), "x") {
		t.Error("LineWith/Plain")
	}
}

// scroller is a view of 10 numbered lines in a window of 3, moved by j.
type scroller struct{ off, stuck int }

func (s *scroller) View() string {
	var ls []string
	for i := s.off; i < s.off+3 && i < 10; i++ {
		ls = append(ls, fmt.Sprintf("│ line %d │", i))
	}
	return strings.Join(append(ls, fmt.Sprintf("esc  ↑ %d–%d/10 ↓", s.off+1, s.off+3)), "\n")
}

func (s *scroller) Update(tea.Msg) tea.Cmd {
	s.off = min(s.off+1, 7, s.stuck)
	return nil
}

func TestUnreached(t *testing.T) {
	var full []string
	for i := range 10 {
		full = append(full, fmt.Sprintf("  line %d", i))
	}
	all := "╭──╮\n" + strings.Join(append(full, "", "esc"), "\n") + "\n╰──╯"
	if got := Unreached(&scroller{stuck: 99}, all, "j", 50); len(got) != 0 {
		t.Errorf("a view that scrolls to its end missed %q", got)
	}
	// A view that stops scrolling at offset 4 never shows lines 7 to 9.
	if got := Unreached(&scroller{stuck: 4}, all, "j", 50); strings.Join(got, ",") != "line 7,line 8,line 9" {
		t.Errorf("stuck view: unreached %q, want lines 7 to 9", got)
	}
	// The press limit is respected.
	if got := Unreached(&scroller{stuck: 99}, all, "j", 1); len(got) != 6 {
		t.Errorf("limit 1: unreached %q, want 6 lines", got)
	}
}
