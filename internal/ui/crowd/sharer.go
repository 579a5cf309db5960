package crowd

import (
	"sync"

	tea "charm.land/bubbletea/v2"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui"
)

// FrameCache shares composed frames between the sessions of a server. In a
// briefing most of the audience shows the same state at the same size,
// language and theme; and a tab nobody has touched yet looks the same in
// every session that opens it at the same size, language, theme and focus
// year. The first session to reach such a state composes its frame, the
// others take it and defer their own bookkeeping until they need it (a
// key, a resize). Each frame still goes through each session's own
// renderer, which sends only what changed on that terminal. Frames are
// keyed by ui.Look, everything a frame depends on. Safe for concurrent
// use; it holds at most its capacity of frames, the oldest going first.
type FrameCache struct {
	mu     sync.Mutex
	frames map[ui.Look]string
	order  []ui.Look
	max    int
}

// NewFrameCache returns a cache of at most n frames (at least 1).
func NewFrameCache(n int) *FrameCache {
	return &FrameCache{frames: map[ui.Look]string{}, max: max(n, 1)}
}

func (c *FrameCache) get(k ui.Look) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f, ok := c.frames[k]
	return f, ok
}

func (c *FrameCache) put(k ui.Look, f string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.frames[k]; ok {
		return
	}
	if len(c.order) >= c.max {
		delete(c.frames, c.order[0])
		c.order = c.order[1:]
	}
	c.frames[k] = f
	c.order = append(c.order, k)
}

// Sharer shows frames other sessions of the server composed (FrameCache)
// instead of composing the same ones again: a leader's state that another
// follower drew (Follow), and a tab this session opens with a key and has
// never drawn (ui.Opens). The state such a frame shows is kept pending
// and applied to the dashboard only when something of the session's own
// needs it: any other message, a resize, a key. When a crowd of sessions
// opens the same tab, one builds it instead of all (internal/perf
// TestCrowds); when a room's followers follow, one draws the frame
// (internal/server TestRoomFanout200). A session that finds no frame
// applies the state and offers the frame it composes: that one composing
// in Update is the point of this model.
type Sharer struct {
	dash    *ui.Model
	frames  *FrameCache
	pending *pending
}

// pending is a state shown from a shared frame and not yet applied: a
// followed state, or a tab opened by a key that the dashboard made active
// without building it (glanced, ui.Glance).
type pending struct {
	look    ui.Look
	frame   string
	glanced bool
}

// NewSharer wraps d so that it shares frames in c with every other
// Sharer on c. A nil c shares nothing.
func NewSharer(d *ui.Model, c *FrameCache) *Sharer { return &Sharer{dash: d, frames: c} }

// Init implements tea.Model.
func (s *Sharer) Init() tea.Cmd { return s.dash.Init() }

// Update implements tea.Model: the pending state first, then msg; a key
// that opens a tab never drawn here takes a shared frame when there is
// one.
func (s *Sharer) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	s.settle()
	if look, ok := s.dash.Opens(msg); ok && s.frames != nil {
		if f, ok := s.frames.get(look); ok {
			cmd := s.dash.Glance(msg)
			s.pending = &pending{look: look, frame: f, glanced: true}
			return s, cmd
		}
		_, cmd := s.dash.Update(msg)
		s.frames.put(look, s.dash.Frame())
		return s, cmd
	}
	_, cmd := s.dash.Update(msg)
	return s, cmd
}

// Follow puts the dashboard where st says, taking the frame from the
// cache when another session has drawn it: the state is then kept
// pending until something of this session's own needs it.
func (s *Sharer) Follow(st ui.State) tea.Cmd {
	look, ok := s.dash.LookAt(st)
	if !ok || s.frames == nil {
		s.pending = nil
		return s.dash.GoTo(st)
	}
	if f, ok := s.frames.get(look); ok {
		s.pending = &pending{look: look, frame: f}
		return nil
	}
	s.pending = nil
	cmd := s.dash.GoTo(st)
	s.frames.put(look, s.dash.Frame())
	return cmd
}

// settle applies a pending state, before anything that reads or changes
// the dashboard's own state. A glanced tab the dashboard builds itself,
// at its next message unless that one moves on to another tab.
func (s *Sharer) settle() {
	p := s.pending
	s.pending = nil
	if p != nil && !p.glanced {
		s.dash.GoTo(p.look.State())
	}
}

// Pending reports whether the frame shown is a shared one whose state
// the dashboard has not applied yet.
func (s *Sharer) Pending() bool { return s.pending != nil }

// View implements tea.Model.
func (s *Sharer) View() tea.View {
	if s.pending != nil {
		return s.dash.ViewOf(s.pending.frame)
	}
	return s.dash.View()
}

// Frame is the screen shown: the shared frame while one is pending.
func (s *Sharer) Frame() string {
	if s.pending != nil {
		return s.pending.frame
	}
	return s.dash.Frame()
}

// State is where the dashboard is shown to be.
func (s *Sharer) State() ui.State {
	if s.pending != nil {
		return s.pending.look.State()
	}
	return s.dash.State()
}

// Active is the id of the tab shown.
func (s *Sharer) Active() string {
	if s.pending != nil {
		if id := s.pending.look.State().Tab; s.dash.Has(id) {
			return id
		}
	}
	return s.dash.Active()
}

// GoTo puts the dashboard where st says, drawing it itself.
func (s *Sharer) GoTo(st ui.State) tea.Cmd {
	s.settle()
	return s.dash.GoTo(st)
}

// Reach is what msg would do to the dashboard.
func (s *Sharer) Reach(msg tea.Msg) ui.Reach { return s.dash.Reach(msg) }

// StopPresenting leaves presentation mode.
func (s *Sharer) StopPresenting() {
	s.settle()
	s.dash.StopPresenting()
}

// HoldTimer holds the dashboard's presentation timer.
func (s *Sharer) HoldTimer(held bool) { s.dash.HoldTimer(held) }

// Reprint prints the active tab again in plain mode.
func (s *Sharer) Reprint() tea.Cmd { return s.dash.Reprint() }

// Lang is the dashboard's language.
func (s *Sharer) Lang() i18n.Lang { return s.dash.Lang() }

// Plain reports whether the dashboard is in plain mode.
func (s *Sharer) Plain() bool { return s.dash.Plain() }

// Presenting forwards the dashboard's presentation state.
func (s *Sharer) Presenting() (bool, bool) { return s.dash.Presenting() }

// Changed reports whether the screen may have changed since it was last
// drawn: always while a shared frame is shown.
func (s *Sharer) Changed() bool { return s.pending != nil || s.dash.Changed() }
