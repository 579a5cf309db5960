package viewtest

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

// CheckFrame asserts the rendering rule of CONTRIBUTING: House rules on a
// whole dashboard frame: empty when w or h is not positive, else at most h
// lines of at most w cells. what names the frame in a failure.
func CheckFrame(t testing.TB, frame string, w, h int, what string) {
	t.Helper()
	if w <= 0 || h <= 0 {
		if frame != "" {
			t.Fatalf("%s: %d×%d frame should be empty, got %q", what, w, h, frame)
		}
		return
	}
	lines := strings.Split(frame, "\n")
	if len(lines) > h {
		t.Fatalf("%s: %d lines for height %d", what, len(lines), h)
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			t.Fatalf("%s: line %d is %d cells wide, width %d: %q", what, i, lw, w, l)
		}
	}
}

// SweepSizes are the widths and heights a dashboard sweep crosses: the
// edges (0, 1), either side of the minimum size and of the common terminal
// sizes, and 1000; under the race detector a sample of them.
func SweepSizes() []int {
	if RaceEnabled {
		return []int{0, 1, 15, 16, 59, 60, 80, 121, 1000}
	}
	return []int{0, 1, 2, 5, 13, 15, 16, 17, 24, 39, 59, 60, 61, 79, 80, 81, 119, 120, 121, 199, 200, 201, 1000}
}
