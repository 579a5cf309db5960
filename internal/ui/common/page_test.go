package common

import (
	"testing"

	"github.com/provdash/provdash/internal/content"
)

// RowAt counts rows across sections and answers false, without a panic,
// for any n outside the page: a selection of -1 on an empty list, or one
// past the end.
func TestRowAt(t *testing.T) {
	p := content.Page{Sections: []content.Section{
		{ID: "a", Rows: []content.Row{{Key: "a1"}, {Key: "a2"}}},
		{ID: "empty"},
		{ID: "b", Rows: []content.Row{{Key: "b1"}}},
	}}
	if n := Rows(p); n != 3 {
		t.Fatalf("Rows = %d, want 3", n)
	}
	for n, want := range []string{"a/a1", "a/a2", "b/b1"} {
		s, r, ok := RowAt(p, n)
		if got := s.ID + "/" + r.Key; !ok || got != want {
			t.Errorf("RowAt(%d) = %s, %v; want %s, true", n, got, ok, want)
		}
	}
	for _, n := range []int{-1, -5, 3, 100} {
		if s, r, ok := RowAt(p, n); ok || s.ID != "" || r.Key != "" {
			t.Errorf("RowAt(%d) = %q/%q, %v; want nothing, false", n, s.ID, r.Key, ok)
		}
	}
	if _, _, ok := RowAt(content.Page{}, -1); ok {
		t.Error("RowAt(empty page, -1) = true")
	}
}
