package viewtest

import "testing"

// TestNonASCIIGraphic: the check finds the characters --ascii forbids and
// lets Vietnamese text and ASCII chrome through, so a pass means something.
func TestNonASCIIGraphic(t *testing.T) {
	for _, s := range []string{"╭─╮", "│", "▌ notice", "█▀█", "⣿", "x▁y"} {
		if _, bad := NonASCIIGraphic(s); !bad {
			t.Errorf("%q passes", s)
		}
	}
	for _, s := range []string{"+--+ | Bắc Giang · Tăng trưởng … ≈8,65 tỷ USD ~ [1] ↑ 3–17/25 ↓", ""} {
		if r, bad := NonASCIIGraphic(s); bad {
			t.Errorf("%q flagged for %q", s, r)
		}
	}
}
