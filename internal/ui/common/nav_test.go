package common_test

import (
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

func TestListNavKey(t *testing.T) {
	k := viewtest.Context(t, i18n.EN).Keys
	var s common.ListNav
	step := func(key string, n int, wantRedraw bool, want common.ListNav) {
		t.Helper()
		if got := s.Key(k, viewtest.Press(key), n, 3); got != wantRedraw || s != want {
			t.Fatalf("%q: redraw %v state %+v, want %v %+v", key, got, s, wantRedraw, want)
		}
	}
	step("k", 5, false, common.ListNav{})                        // at the top: nothing to redraw
	step("j", 5, true, common.ListNav{Sel: 1})                   // moves
	step("esc", 5, false, common.ListNav{Sel: 1})                // no detail to close
	step("enter", 5, true, common.ListNav{Sel: 1, Detail: true}) // opens
	step("esc", 5, true, common.ListNav{Sel: 1})                 // closes
	step("enter", 0, true, common.ListNav{Sel: 1})               // empty list: no detail
	s.Off = 7
	step("v", 5, true, common.ListNav{Sel: 1, Face: common.FaceTable}) // next face, back to the top
	step("G", 5, true, common.ListNav{Sel: 4, Face: common.FaceTable})
	step("G", 5, false, common.ListNav{Sel: 4, Face: common.FaceTable})
	step("x", 5, false, common.ListNav{Sel: 4, Face: common.FaceTable})
	if s.Key(nil, viewtest.Press("j"), 5, 1) {
		t.Fatal("nil key map redraws")
	}
}

func TestListNavHelp(t *testing.T) {
	k := viewtest.Context(t, i18n.EN).Keys
	s := common.ListNav{}
	if h := s.ShortHelp(k); len(h) != 4 || h[2].Help().Key != k.Open.Help().Key {
		t.Errorf("list help %v", h)
	}
	s.Detail = true
	if h := s.ShortHelp(k); len(h) != 1 || h[0].Help().Key != k.Close.Help().Key {
		t.Errorf("detail help should be esc only: %v", h)
	}
	if f := s.FullHelp(k); len(f) != 2 || len(f[0]) != 6 {
		t.Errorf("full help %v", f)
	}
	if s.ShortHelp(nil) != nil || s.FullHelp(nil) != nil {
		t.Error("help without keys")
	}
}
