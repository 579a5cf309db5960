package ui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// restartTimer starts a fresh once-a-second timer with a full interval,
// killing any pending tick.
func (m *Model) restartTimer() tea.Cmd {
	m.left = m.opts.Interval
	m.gen++
	return m.tick()
}

func (m *Model) tick() tea.Cmd {
	gen := m.gen
	return tea.Tick(time.Second, func(time.Time) tea.Msg { return presentTick{gen: gen} })
}

// onTick counts a second down and moves to the next tab when the interval
// is up. Ticks of a stopped, paused or restarted timer are dropped.
func (m *Model) onTick(t presentTick) tea.Cmd {
	if t.gen != m.gen || !m.present || m.paused || m.timerHeld {
		// A held countdown is someone else's (HoldTimer, GoTo).
		return nil
	}
	if m.showHelp || m.views[m.active].Capturing() {
		// The countdown waits while the presenter reads the help or a
		// detail: moving on would pull it away mid-sentence.
		return m.tick()
	}
	m.left -= time.Second
	if m.left <= 0 {
		m.SetActive(m.nextSlide())
		m.left = m.opts.Interval
		m.notice = ""
	}
	m.dirty = true
	return m.tick()
}

// togglePresent switches presentation mode on (timer running) or off (no
// timer left).
func (m *Model) togglePresent() tea.Cmd {
	m.present = !m.present
	m.paused = false
	m.titleSlide = m.titleSlide && m.present
	m.gen++ // a pending tick of the old run dies
	m.applyContext()
	if !m.present {
		return nil
	}
	return m.restartTimer()
}

// togglePause pauses the countdown where it is, or resumes it.
func (m *Model) togglePause() tea.Cmd {
	m.heldByMove = false
	m.paused = !m.paused
	m.gen++
	if m.paused {
		return nil
	}
	return m.tick()
}

// movesInTab reports whether msg moves the selection (an open detail
// holds the slide on its own, until it closes).
func (m *Model) movesInTab(msg tea.KeyPressMsg) bool {
	k := m.ctx.Keys
	for _, b := range []key.Binding{k.Up, k.Down, k.PageUp, k.PageDn, k.Top, k.Bottom} {
		if key.Matches(msg, b) {
			return true
		}
	}
	return false
}

// tabMoved restarts the countdown after the presenter moved by hand, so
// the new tab gets its full interval.
func (m *Model) tabMoved() tea.Cmd {
	if m.heldByMove {
		// The presenter held the slide by moving in it: going on to a
		// tab lets the show run again.
		m.heldByMove, m.paused = false, false
	}
	if !m.present || m.paused {
		m.left = m.opts.Interval
		return nil
	}
	return m.restartTimer()
}
