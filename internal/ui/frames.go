package ui

import (
	"sync"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
)

// FrameCache shares composed frames between the sessions of a server. In a
// briefing most of the audience shows the same state at the same size,
// language and theme; and a tab nobody has touched yet looks the same in
// every session that opens it at the same size, language, theme and focus
// year. The first session to reach such a state composes its frame, the
// others take it and defer their own bookkeeping until they need it (a
// key, a resize). Each frame still goes through each session's own
// renderer, which sends only what changed on that terminal. Safe for
// concurrent use; it holds at most its capacity of frames, the oldest
// going first.
type FrameCache struct {
	mu     sync.Mutex
	frames map[frameKey]cachedFrame
	order  []frameKey
	max    int
}

// NewFrameCache returns a cache of at most n frames (at least 1).
func NewFrameCache(n int) *FrameCache {
	return &FrameCache{frames: map[frameKey]cachedFrame{}, max: max(n, 1)}
}

// frameKey is everything a shared frame depends on: the state shown, the
// session's size, language, theme and character set, the dataset, the
// room badge (browsing on one's own included) and the footer notice. A
// followed state and a tab opened by a key (switchTo) never share a key:
// the first is a follower's that is not browsing, the second a session's
// alone or browsing.
type frameKey struct {
	state       State
	w, h        int
	lang        i18n.Lang
	theme       theme.Name
	ascii       bool
	data        *dataset.Dataset
	role        Role
	room        string
	leader      string
	leaderHere  bool
	notice      string
	collections int
	browsing    bool
}

type cachedFrame struct {
	frame string
	hits  []hit
}

func (c *FrameCache) get(k frameKey) (cachedFrame, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f, ok := c.frames[k]
	return f, ok
}

func (c *FrameCache) put(k frameKey, f cachedFrame) {
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

// frameKey is the key of the frame this session would draw for st.
func (m *Model) frameKey(st State) frameKey {
	return frameKey{state: st, w: m.width, h: m.height, lang: m.opts.Lang, theme: m.Theme(), ascii: m.opts.ASCII,
		data: m.province(st.Province), role: m.room.Role, room: m.room.Room, leader: m.room.Leader, leaderHere: m.room.LeaderHere,
		notice: m.notice, collections: len(m.opts.Collection), browsing: m.browsing}
}

// followShared follows st, taking the frame from Options.Frames when
// another follower has drawn it: the state is then kept pending and
// applied (settle) only when something of this session's own needs it.
func (m *Model) followShared(st State) {
	c := m.opts.Frames
	if c == nil || m.showHelp || m.search.IsOpen() || m.opts.Plain {
		m.pending = nil
		m.follow(st)
		return
	}
	m.share(m.frameKey(st), pendingState{state: st, tab: -1})
}

// switchTo shows tab i after a key of this session's own. A tab the
// session has never drawn opens as it does in every other session at the
// same size, language, theme and focus year, so when one of them has
// drawn it the frame is taken from Options.Frames and the tab is built
// only when something of this session's own needs it (settle). When a
// crowd of sessions opens the same tab, one builds it instead of all
// (internal/perf TestCrowds). Anything the frame would not show the same
// way (help, search, presenting, leading a room) builds as before.
func (m *Model) switchTo(i int) {
	if m.opts.Frames == nil || i == m.active || i < 0 || i >= len(m.views) || m.synced[i].ctx != nil ||
		m.opts.Plain || m.showHelp || m.search.IsOpen() || m.present || m.titleSlide || m.room.Role == Leading {
		m.SetActive(i)
		return
	}
	st := m.State()
	st.Tab = m.tabs[i].ID
	st.Face, st.Section, st.Row, st.Detail = common.FaceNames()[0], "", "", false
	if p, ok := m.views[i].(common.Placed); ok {
		st.Face = common.FaceNames()[p.Where().Face]
	}
	m.share(m.frameKey(st), pendingState{state: st, tab: i})
}

// share shows the frame cached under k when there is one, keeping p
// pending until settle; otherwise it applies p at once and offers the
// frame it composes.
func (m *Model) share(k frameKey, p pendingState) {
	c := m.opts.Frames
	if f, ok := c.get(k); ok {
		m.pending = &p
		m.frame, m.tabHits, m.dirty = f.frame, f.hits, false
		return
	}
	m.pending = nil
	m.apply(p)
	c.put(k, cachedFrame{frame: m.Frame(), hits: m.tabHits})
}

// pendingState is a state shown from a shared frame and not yet applied:
// a followed state (tab -1), or tab opened by a key and not yet built.
type pendingState struct {
	state State
	tab   int
}

// apply puts the dashboard where p says: on its tab, or where the leader
// is.
func (m *Model) apply(p pendingState) {
	if p.tab >= 0 {
		m.SetActive(p.tab)
		return
	}
	m.follow(p.state)
}

// passOver reports whether msg is a key that moves on from a tab opened
// from a shared frame to another tab, and if so makes that tab the active
// one without building it: only its place in the tab order matters, and
// it is built when it is shown again. Tabbing through tabs nobody here
// has touched builds none of them.
func (m *Model) passOver(msg tea.Msg) bool {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok || m.pending == nil || m.pending.tab < 0 {
		return false
	}
	k := m.ctx.Keys
	if !key.Matches(km, k.Next) && !key.Matches(km, k.Prev) && !key.Matches(km, k.Jump) {
		return false
	}
	m.arrive(m.pending.tab)
	m.active, m.pending = m.pending.tab, nil
	return true
}

// settle applies a pending state, before anything that reads or changes
// the dashboard's own state.
func (m *Model) settle() {
	if m.pending == nil {
		return
	}
	p := *m.pending
	m.pending = nil
	m.apply(p)
	m.dirty = true
}
