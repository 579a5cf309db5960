package crowd

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui"
)

// newDash is a dashboard on the bundled data, unsized.
func newDash(t testing.TB, lang i18n.Lang, tab string) *ui.Model {
	t.Helper()
	return newDashWith(t, ui.Options{Lang: lang, Tab: tab})
}

func newDashWith(t testing.TB, o ui.Options) *ui.Model {
	t.Helper()
	d, err := data.Bundled()
	if err != nil {
		t.Fatalf("bundled data: %v", err)
	}
	o.Data = d
	m, err := ui.New(o)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return m
}

// newFollower is a dashboard in a room, as the server wraps it (without
// shared frames).
func newFollower(t testing.TB, lang i18n.Lang, tab string) *Follower {
	t.Helper()
	return NewFollower(newDash(t, lang, tab))
}

// sized is f after a resize to w×h.
func sized(f *Follower, w, h int) *Follower {
	f.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return f
}

// Active is the id of the tab shown.
func (f *Follower) Active() string { return f.State().Tab }

// sharing is a session of a server sharing frames in c (nil: none), at
// 100×30, on d, as a server's sessions all hold the one dataset (frames
// are shared per dataset).
func sharing(t *testing.T, d *dataset.Dataset, o ui.Options, c *FrameCache) *Sharer {
	t.Helper()
	o.Data = d
	m, err := ui.New(o)
	if err != nil {
		t.Fatal(err)
	}
	m.SetSize(100, 30)
	return NewSharer(m, c)
}

// lastLine is the footer of a frame, without styling.
func lastLine(f string) string {
	lines := strings.Split(ansi.Strip(f), "\n")
	return lines[len(lines)-1]
}

// checkFrame asserts the rendering rule of CONTRIBUTING: House rules.
func checkFrame(t *testing.T, frame string, w, h int, what string) {
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

// sweepSizes are the widths the room footer is checked at: the edges,
// either side of the minimum size and of the common terminal sizes.
func sweepSizes() []int {
	if raceEnabled {
		return []int{0, 1, 15, 16, 59, 60, 80, 121, 1000}
	}
	return []int{0, 1, 2, 5, 13, 15, 16, 17, 24, 39, 59, 60, 61, 79, 80, 81, 119, 120, 121, 199, 200, 201, 1000}
}

func press(s string) tea.KeyPressMsg {
	switch s {
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}
