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
	step("enter", 5, true, common.ListNav{Sel: 4, Face: common.FaceTable, Detail: true})
	step("v", 5, false, common.ListNav{Sel: 4, Face: common.FaceTable, Detail: true}) // no unseen face change under a detail
	step("esc", 5, true, common.ListNav{Sel: 4, Face: common.FaceTable})
	if s.Key(nil, viewtest.Press("j"), 5, 1) {
		t.Fatal("nil key map redraws")
	}
}

// While a detail is open the movement keys scroll it and leave the
// selection alone; on the sources face they scroll the sources.
func TestListNavScrolls(t *testing.T) {
	k := viewtest.Context(t, i18n.EN).Keys
	s := common.ListNav{Sel: 2}
	s.Key(k, viewtest.Press("enter"), 5, 3)
	s.Pane.Show(30, 10) // what a render of a 30-line detail in 10 lines records
	if !s.Key(k, viewtest.Press("j"), 5, 3) || s.Pane.Off != 1 || s.Sel != 2 {
		t.Fatalf("j in an open detail: %+v", s)
	}
	if !s.Key(k, viewtest.Press("G"), 5, 3) || s.Pane.Off != 20 || s.Sel != 2 {
		t.Fatalf("G in an open detail: %+v", s)
	}
	if s.Key(k, viewtest.Press("j"), 5, 3) {
		t.Fatal("j at the end of a detail redraws")
	}
	s.Key(k, viewtest.Press("esc"), 5, 3)
	s.Key(k, viewtest.Press("enter"), 5, 3)
	if s.Pane.Off != 0 {
		t.Fatalf("a detail reopens scrolled to %d, want its top", s.Pane.Off)
	}
	s.Key(k, viewtest.Press("esc"), 5, 3)
	s.Key(k, viewtest.Press("v"), 5, 3)
	s.Key(k, viewtest.Press("v"), 5, 3)
	if s.Face != common.FaceSources {
		t.Fatalf("face %v", s.Face)
	}
	s.Src.Show(40, 10)
	if !s.Key(k, viewtest.Press("pgdown"), 5, 3) || s.Src.Off != 9 || s.Sel != 2 {
		t.Fatalf("pgdn on the sources face: %+v", s)
	}
	s.Key(k, viewtest.Press("v"), 5, 3)
	if s.Src.Off != 0 || s.Face != common.FaceChart {
		t.Fatalf("v keeps the sources scrolled: %+v", s)
	}
	if !s.Key(k, viewtest.Press("j"), 5, 3) || s.Sel != 3 {
		t.Fatalf("j on the chart face moves the selection: %+v", s)
	}
}

func TestListNavHelp(t *testing.T) {
	k := viewtest.Context(t, i18n.EN).Keys
	s := common.ListNav{}
	if h := s.ShortHelp(k); len(h) != 4 || h[0].Help().Key != k.Open.Help().Key {
		t.Errorf("list help %v", h)
	}
	s.Detail = true
	if h := s.ShortHelp(k); len(h) != 1 || h[0].Help().Key != k.Close.Help().Key {
		t.Errorf("detail help should be esc only: %v", h)
	}
	if s.ShortHelp(nil) != nil {
		t.Error("help without keys")
	}
}
