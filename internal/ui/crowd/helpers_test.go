package crowd

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// newDash is a dashboard on the bundled data, unsized.
func newDash(t testing.TB, lang i18n.Lang, tab string) *ui.Model {
	t.Helper()
	return newDashWith(t, ui.Options{Lang: lang, Tab: tab})
}

func newDashWith(t testing.TB, o ui.Options) *ui.Model {
	t.Helper()
	o.Data = viewtest.Data(t)
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
