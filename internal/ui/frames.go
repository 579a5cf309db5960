package ui

import (
	"sync"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
)

// FrameCache shares composed frames between the followers of rooms. In a
// briefing most of the audience shows the same state at the same size,
// language and theme: the first follower to reach a state composes its
// frame, the others take it and defer their own bookkeeping until they
// need it (a key, a resize). Each frame still goes through each session's
// own renderer, which sends only what changed on that terminal. Safe for
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

// frameKey is everything a follower's frame depends on: the leader's
// state, the follower's size, language, theme and character set, the
// dataset, the room badge and the footer notice.
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

// frameKey is the key of the frame this follower would draw for st.
func (m *Model) frameKey(st State) frameKey {
	return frameKey{state: st, w: m.width, h: m.height, lang: m.opts.Lang, theme: m.Theme(), ascii: m.opts.ASCII,
		data: m.province(st.Province), role: m.room.Role, room: m.room.Room, leader: m.room.Leader, leaderHere: m.room.LeaderHere,
		notice: m.notice, collections: len(m.opts.Collection)}
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
	k := m.frameKey(st)
	if f, ok := c.get(k); ok {
		m.pending = &st
		m.frame, m.tabHits, m.dirty = f.frame, f.hits, false
		return
	}
	m.pending = nil
	m.follow(st)
	c.put(k, cachedFrame{frame: m.Frame(), hits: m.tabHits})
}

// settle applies a pending followed state, before anything that reads or
// changes the dashboard's own state.
func (m *Model) settle() {
	if m.pending == nil {
		return
	}
	st := *m.pending
	m.pending = nil
	m.follow(st)
	m.dirty = true
}
