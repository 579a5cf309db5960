package server

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/provdash/provdash/internal/ui"
	"github.com/provdash/provdash/internal/ui/crowd"
)

// procGovernor runs the Go scheduler on one processor while no session has
// had input for a while, and on all of them again at the next input or
// connection. Bubble Tea's renderer wakes at every frame tick of every
// session, changed or not, and with several processors the scheduler
// wakes a second thread to look for work at nearly every tick: with 200
// idle sessions that is thousands of thread switches a second, most of
// what an idle crowd costs (internal/perf/README.md). On one processor the
// ticks run one after another on one thread. Work that comes in bursts (a
// key in every session at once, a presenter's key to a room, handshakes)
// gets every processor back before it starts.
type procGovernor struct {
	quiet time.Duration
	// full is the number of processors when busy; on one, there is
	// nothing to lower.
	full int
	// last is when there was last input (Unix nanoseconds); low is on
	// while the scheduler runs on one processor.
	last atomic.Int64
	low  atomic.Bool
	// mu orders the switches, so a lowering never undoes a raise that
	// came after the input it did not see.
	mu sync.Mutex

	now   func() time.Time
	lower func()
	raise func()
}

// newProcGovernor governs the scheduler of this process: to one
// processor after quiet without input, back to the runtime's default
// (which follows the machine and its cgroup limits) at the next.
func newProcGovernor(quiet time.Duration) *procGovernor {
	g := &procGovernor{quiet: quiet, full: runtime.GOMAXPROCS(0), now: time.Now,
		lower: func() { runtime.GOMAXPROCS(1) }, raise: runtime.SetDefaultGOMAXPROCS}
	g.last.Store(g.now().UnixNano())
	return g
}

// active records input (a key, a resize, a room's new state, a
// connection) and gives the scheduler every processor back if it had one.
// A nil governor does nothing.
func (g *procGovernor) active() {
	if g == nil {
		return
	}
	g.last.Store(g.now().UnixNano())
	if !g.low.Load() {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.low.Load() {
		g.raise()
		g.low.Store(false)
	}
}

// check lowers the scheduler to one processor when there has been no
// input for quiet.
func (g *procGovernor) check() {
	if g.full <= 1 || g.low.Load() || g.now().UnixNano()-g.last.Load() < int64(g.quiet) {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.low.Load() && g.now().UnixNano()-g.last.Load() >= int64(g.quiet) {
		g.lower()
		g.low.Store(true)
	}
}

// run checks twice a quiet period until ctx ends, then gives every
// processor back.
func (g *procGovernor) run(ctx context.Context) {
	t := time.NewTicker(g.quiet / 2)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			g.active()
			return
		case <-t.C:
			g.check()
		}
	}
}

// busyFilter tells the governor about a session's input: keys, the mouse,
// a resize, a room's new state and a reload all make work at once. The
// presentation's once-a-second tick does not: one processor draws it.
func busyFilter(g *procGovernor) filterFunc {
	return func(_ tea.Model, msg tea.Msg) tea.Msg {
		switch msg.(type) {
		case tea.KeyPressMsg, tea.MouseMsg, tea.WindowSizeMsg, tea.PasteMsg, crowd.RoomMsg, ui.DataMsg:
			g.active()
		}
		return msg
	}
}
