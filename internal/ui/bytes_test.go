package ui

import (
	"bytes"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// recordingWriter keeps every write the Bubble Tea renderer makes, one
// chunk per write (the renderer writes each frame with one call).
type recordingWriter struct {
	mu     sync.Mutex
	chunks [][]byte
}

func (r *recordingWriter) Write(p []byte) (int, error) {
	r.mu.Lock()
	r.chunks = append(r.chunks, bytes.Clone(p))
	r.mu.Unlock()
	return len(p), nil
}

// upTo returns the bytes written up to and including the chunk that holds
// mark, and whether such a chunk has been written yet.
func (r *recordingWriter) upTo(mark string) (int, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, c := range r.chunks {
		n += len(c)
		if bytes.Contains(c, []byte(mark)) {
			return n, true
		}
	}
	return 0, false
}

// barrier asks barrierModel to put a mark in the next frame.
type barrier int

// barrierModel wraps the dashboard so the test knows, without timing,
// when the renderer has written everything the messages before a barrier
// caused: the barrier sets the window title to a mark, the renderer writes
// a frame's changes together, so the write holding the mark holds (or
// follows) every change made before it. It also reports which start-up
// messages Bubble Tea has delivered.
type barrierModel struct {
	tea.Model
	mark                     string // only the program's goroutine uses it
	gotSize, gotProf, gotEnv atomic.Bool
}

func (b *barrierModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch m := msg.(type) {
	case barrier:
		b.mark = fmt.Sprintf("barrier-%d", int(m))
		return b, nil
	case tea.WindowSizeMsg:
		b.gotSize.Store(true)
	case tea.ColorProfileMsg:
		b.gotProf.Store(true)
	case tea.EnvMsg:
		b.gotEnv.Store(true)
	}
	next, cmd := b.Model.Update(msg)
	b.Model = next
	return b, cmd
}

func (b *barrierModel) View() tea.View {
	v := b.Model.View()
	if b.mark != "" {
		v.WindowTitle = b.mark
	}
	return v
}

// TestBytesWritten measures the terminal traffic of the real renderer at
// 200×60 in 256 colours against the budgets in README.md: a tab switch ≤
// 30 KB, a selection move ≤ 1 KB, an idle second 0 B. Over SSH on a slow
// link this is what a planner waits for.
//
// Nothing here depends on the machine's speed: each step is closed by a
// barrier (see barrierModel) and the bytes between two barriers, less the
// barrier's own title sequence, are what the step cost. The idle second
// only gives the dashboard a chance to write something it should not.
//
// The light theme is measured too: it paints a background into every cell
// (theme.PaintScreen), and the same budgets hold for it.
func TestBytesWritten(t *testing.T) {
	for _, th := range []theme.Name{theme.Dark, theme.Light} {
		t.Run(string(th), func(t *testing.T) { bytesWritten(t, th) })
	}
}

func bytesWritten(t *testing.T, th theme.Name) {
	d := viewtest.Data(t)
	// A fixed theme: the auto theme asks the terminal for its background,
	// and the answer (here: none) is not what is being measured.
	dash, err := New(Options{Data: d, Lang: i18n.VI, Theme: th})
	if err != nil {
		t.Fatal(err)
	}
	m := &barrierModel{Model: dash}
	out := &recordingWriter{}
	p := tea.NewProgram(m,
		tea.WithInput(bytes.NewReader(nil)),
		tea.WithOutput(out),
		tea.WithWindowSize(200, 60),
		tea.WithColorProfile(colorprofile.ANSI256),
		tea.WithoutSignals(),
		tea.WithEnvironment([]string{"TERM=xterm-256color"}),
	)
	done := make(chan error, 1)
	go func() { _, err := p.Run(); done <- err }()

	const patience = 30 * time.Second // a bound for a broken program, not a speed
	poll := func(what string, ok func() bool) {
		t.Helper()
		deadline := time.Now().Add(patience)
		for !ok() {
			if time.Now().After(deadline) {
				t.Fatalf("%s: not within %v", what, patience)
			}
			time.Sleep(2 * time.Millisecond)
		}
	}
	// Bubble Tea sends the size, colour profile and environment from
	// goroutines at start; a late size would repaint the whole screen
	// inside a later step.
	poll("start-up messages", func() bool { return m.gotSize.Load() && m.gotProf.Load() && m.gotEnv.Load() })
	total := 0
	step := func(k int, msgs ...tea.Msg) int {
		t.Helper()
		for _, msg := range msgs {
			p.Send(msg)
		}
		mark := fmt.Sprintf("barrier-%d", k)
		p.Send(barrier(k))
		var n int
		poll(mark, func() bool {
			var ok bool
			n, ok = out.upTo(mark)
			return ok
		})
		cost := n - total - len(ansi.SetWindowTitle(mark))
		total = n
		return cost
	}

	first := step(0)
	if first <= 0 {
		t.Fatal("no first frame written")
	}
	sw := step(1, viewtest.Key("4")) // zones: a list with a selection
	mv := step(2, viewtest.Key("j"))
	time.Sleep(time.Second)
	idle := step(3)

	p.Quit()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(patience):
		t.Fatal("the program did not quit")
	}
	t.Logf("first frame %d B, tab switch %d B, selection move %d B, idle second %d B", first, sw, mv, idle)
	if sw > 30*1024 {
		t.Errorf("tab switch wrote %d B, budget 30 KB", sw)
	}
	if sw <= 0 {
		t.Errorf("tab switch wrote %d B: nothing was drawn", sw)
	}
	if mv > 1024 {
		t.Errorf("selection move wrote %d B, budget 1 KB", mv)
	}
	if mv <= 0 {
		t.Errorf("selection move wrote %d B: nothing was drawn", mv)
	}
	if idle != 0 {
		t.Errorf("idle dashboard wrote %d B in a second, budget 0", idle)
	}
}
