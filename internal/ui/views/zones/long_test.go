package zones

import (
	"testing"

	"github.com/provdash/provdash/internal/ui/viewtest"
)

func newList() viewtest.ListView { return New() }

// BenchmarkLongLists: a key press costs what the screen holds, not what
// the list holds (see viewtest.BenchLongLists).
func BenchmarkLongLists(b *testing.B) { viewtest.BenchLongLists(b, newList) }

// A list laid out once and drawn per selection never shows a stale row.
func TestLongListFramesMatchAFreshLayout(t *testing.T) { viewtest.LongListFramesMatch(t, newList) }
