package server

import "testing"

// TestSettled: a change is loaded only once a poll sees the files unchanged
// since the previous poll, so a multi-file save is not loaded half-written.
func TestSettled(t *testing.T) {
	last, seen := "A", "A"
	var changed bool
	steps := []struct {
		cur  string
		want bool
	}{
		{"A", false}, // nothing changed
		{"B", false}, // first CSV saved: wait
		{"C", false}, // second CSV saved: still changing
		{"C", true},  // settled: load C
		{"C", false}, // loaded already
		{"D", false}, // a new edit starts
		{"C", false}, // and is undone before settling: back to what is loaded
		{"C", false}, // nothing to do
	}
	for i, st := range steps {
		changed, last, seen = settled(last, seen, st.cur)
		if changed != st.want {
			t.Fatalf("step %d (cur %s): changed %v, want %v", i, st.cur, changed, st.want)
		}
	}
	if last != "C" {
		t.Fatalf("loaded state %s, want C", last)
	}
}
