package ui

import (
	"bytes"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/provdash/provdash/internal/i18n"
)

// countingWriter counts what the Bubble Tea renderer writes to the terminal.
type countingWriter struct {
	mu sync.Mutex
	n  int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.mu.Lock()
	c.n += len(p)
	c.mu.Unlock()
	return len(p), nil
}

func (c *countingWriter) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

// settle waits until the renderer has written nothing for a while and
// returns the byte count.
func settle(c *countingWriter) int {
	last := -1
	for i := 0; i < 100; i++ {
		time.Sleep(40 * time.Millisecond)
		n := c.count()
		if n == last {
			return n
		}
		last = n
	}
	return last
}

// TestBytesWritten measures the terminal traffic of the real renderer at
// 200×60 in 256 colours against README: Performance: a tab switch ≤ 30 KB, a
// selection move ≤ 1 KB, an idle second 0 B. Over SSH on a slow link this is
// what a planner waits for.
func TestBytesWritten(t *testing.T) {
	if testing.Short() {
		t.Skip("timing-based; skipped with -short")
	}
	m := newModel(t, i18n.VI, "")
	out := &countingWriter{}
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
	first := settle(out)
	if first == 0 {
		t.Fatal("no first frame written")
	}

	p.Send(press("4")) // zones: a list with a selection
	afterSwitch := settle(out)
	p.Send(press("j"))
	afterMove := settle(out)
	time.Sleep(time.Second)
	idle := out.count() - afterMove

	p.Quit()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	sw, mv := afterSwitch-first, afterMove-afterSwitch
	t.Logf("first frame %d B, tab switch %d B, selection move %d B, idle second %d B", first, sw, mv, idle)
	if sw > 30*1024 {
		t.Errorf("tab switch wrote %d B, budget 30 KB", sw)
	}
	if mv > 1024 {
		t.Errorf("selection move wrote %d B, budget 1 KB", mv)
	}
	if idle != 0 {
		t.Errorf("idle dashboard wrote %d B in a second, budget 0", idle)
	}
}
