package ui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
)

// State is where a dashboard is, as a room carries it from its presenter
// to its audience: the tab, the place inside it (face, selected row by
// key, open detail), the focus year, the province of a collection and the
// presentation's state. It holds nothing rendered, so each follower draws
// it in its own language, size, theme and character set. It is plain data
// (JSON on a bus between servers).
type State struct {
	Tab      string `json:"tab"`
	Face     string `json:"face"`
	Section  string `json:"section,omitempty"`
	Row      string `json:"row,omitempty"`
	Detail   bool   `json:"detail,omitempty"`
	Year     int    `json:"year,omitempty"`
	Province string `json:"province,omitempty"`
	// Present, Paused, Interval and Left are the presentation: on or off,
	// paused, the time per slide and the time left on this one.
	Present  bool          `json:"present,omitempty"`
	Paused   bool          `json:"paused,omitempty"`
	Interval time.Duration `json:"interval,omitempty"`
	Left     time.Duration `json:"left,omitempty"`
	// Title is the title slide up; Slides the tabs the presentation
	// cycles through (--slides, comma-separated ids; "" for every tab),
	// which the countdown counts.
	Title  bool   `json:"title,omitempty"`
	Slides string `json:"slides,omitempty"`
}

// Changed reports whether anything on screen changed since the frame was
// last drawn: a message that changed nothing cannot have changed State.
func (m *Model) Changed() bool { return m.dirty }

// Equal reports whether two states are the same.
func (s State) Equal(o State) bool { return s == o }

// State returns where the dashboard is now.
func (m *Model) State() State {
	if m.pending != nil {
		return m.pending.state
	}
	st := State{
		Tab:      m.Active(),
		Year:     m.year,
		Province: m.opts.Data.ID,
		Present:  m.present,
		Paused:   m.paused,
	}
	if m.present {
		st.Interval, st.Left, st.Title = m.opts.Interval, m.left, m.titleSlide
		if len(m.opts.Slides) > 0 {
			st.Slides = strings.Join(m.Slides(), ",")
		}
	}
	st.Face = common.FaceNames()[0]
	if p, ok := m.views[m.active].(common.Placed); ok {
		pl := p.Where()
		st.Face = common.FaceNames()[pl.Face]
		st.Section, st.Row, st.Detail = pl.Section, pl.Row, pl.Detail
	}
	return st
}

// Role is a session's part in a room.
type Role int

// A session is alone (no room), leads a room, or follows its leader.
const (
	Alone Role = iota
	Leading
	Following
)

// RoomMsg tells a dashboard about its room: its part in it and, for a
// follower, the leader's latest state. The server sends one on joining and
// on every change; the dashboard never asks.
type RoomMsg struct {
	Role Role
	Room string
	// Followers is how many follow (for the leader's footer).
	Followers int
	// Leader names who leads ("" before anyone has); LeaderHere is false
	// once that leader has left, the last state staying on screen.
	Leader     string
	LeaderHere bool
	// State is the leader's latest state, nil until there is one.
	State *State
}

// NoticeMsg is a one-line message for the footer, shown until the next
// key: why a session follows rather than leads, for instance.
type NoticeMsg string

// onRoom takes in a room message: a follower that is not browsing on its
// own goes where the leader is.
func (m *Model) onRoom(msg RoomMsg) {
	if msg.Role != Following || msg.State == nil || m.browsing {
		m.settle()
	}
	left := m.leaderLeft(msg)
	demoted := m.room.Role == Leading && msg.Role == Following
	// A presenter arriving after one left: the notice says who leads now,
	// not that the room has no presenter.
	arrived := msg.Role == Following && msg.LeaderHere && msg.Leader != "" &&
		(!m.room.LeaderHere || m.room.Leader != msg.Leader) && m.room.Room == msg.Room && m.room.Leader != ""
	m.room = msg
	m.dirty = true
	switch {
	case left:
		m.notice = m.ctx.Loc.T("room.leader_left")
	case arrived:
		m.notice = m.ctx.Loc.Tf("room.new_leader", msg.Leader)
	case demoted:
		// Another server's presenter took the room at the same moment.
		m.notice = m.ctx.Loc.Tf("room.taken", msg.Room)
	}
	if msg.Role != Following {
		m.browsing = false
		return
	}
	if msg.State != nil && !m.browsing {
		m.followShared(*msg.State)
	}
}

// follow puts the dashboard where st says. A tab, row, year or province
// this dashboard does not have is left as it is: the follower still sees
// the rest. Its own presentation timer never runs while following; the
// countdown shown is the leader's.
func (m *Model) follow(st State) {
	m.opts.Data = m.province(st.Province)
	changed := m.ctx == nil || m.ctx.Data != m.opts.Data
	if st.Year != 0 && st.Year != m.year && slices.Contains(m.years, st.Year) {
		m.year, m.opts.Year = st.Year, st.Year
		changed = true
	}
	if st.Present != m.present {
		changed = true
	}
	m.present, m.paused = st.Present, st.Paused
	m.gen++ // any timer of this dashboard's own dies
	if st.Present {
		if st.Interval > 0 {
			m.opts.Interval = st.Interval
		}
		m.left = min(max(st.Left, 0), m.opts.Interval)
		var ids []string
		if st.Slides != "" {
			ids = strings.Split(st.Slides, ",")
		}
		if slides, err := slideIndexes(m.opts.Tabs, ids); err == nil {
			m.slides = slides
		}
	}
	if changed {
		m.applyContext()
	}
	if i := m.opts.Tabs.Index(st.Tab); i >= 0 {
		m.SetActive(i)
	}
	m.titleSlide = st.Title && st.Present // after SetActive, which closes it
	m.syncActive()
	v := m.views[m.active]
	face, err := common.ParseFace(st.Face)
	if p, ok := v.(common.Placed); ok && err == nil {
		want := common.Place{Face: face, Section: st.Section, Row: st.Row, Detail: st.Detail}
		// A presenting leader sends a state every second for its
		// countdown: only a new place redraws the tab, not the footer.
		if p.Where() != want {
			p.GoTo(want)
			if f, ok := v.(common.Faced); ok {
				f.SetFace(face) // lets a tab without a chart say table instead
			}
			v.SetSize(m.contentSize()) // redraw in the new place
		}
	}
	m.dirty = true
}

// province is the dataset of the collection with id, or the one shown
// when id is empty or the collection has no such province.
func (m *Model) province(id string) *dataset.Dataset {
	if id != "" && id != m.opts.Data.ID {
		for _, d := range m.opts.Collection {
			if d.ID == id {
				return d
			}
		}
	}
	return m.opts.Data
}

// leaderLeft reports whether msg tells a follower its leader just left.
func (m *Model) leaderLeft(msg RoomMsg) bool {
	return m.room.Role == Following && m.room.LeaderHere && !msg.LeaderHere && msg.Role == Following
}

// roomKey handles a key press of a follower: f follows the leader again;
// a key that moves (anything but help, quit, theme and language) makes it
// browse on its own. It reports whether the key was used up.
func (m *Model) roomKey(msg tea.KeyPressMsg) bool {
	k := m.ctx.Keys
	if m.room.Role != Following {
		return false
	}
	if key.Matches(msg, k.Follow) {
		if m.browsing || m.room.State == nil {
			m.browsing = false
			if m.room.State != nil {
				m.follow(*m.room.State)
			}
		}
		return true
	}
	switch {
	case key.Matches(msg, k.Help), key.Matches(msg, k.Quit), key.Matches(msg, k.Theme), key.Matches(msg, k.Lang):
		return false
	}
	if !m.browsing {
		m.browsing = true
		if m.present {
			// Browsing alone is not presenting: the leader's countdown
			// no longer applies here.
			m.present, m.paused = false, false
			m.gen++
			m.applyContext()
		}
	}
	return false
}

// following reports whether the dashboard shows its leader's state (in a
// room as a follower, not browsing on its own).
func (m *Model) following() bool { return m.room.Role == Following && !m.browsing }

// Lang is the dashboard's language now.
func (m *Model) Lang() i18n.Lang { return m.opts.Lang }

// Room returns the session's room as last told, and whether a follower is
// browsing on its own.
func (m *Model) Room() (RoomMsg, bool) { return m.room, m.browsing }

// roomBadge is the footer's account of the room, at most w cells: the
// leader's "● briefing · 12 following", a follower's "▶ Lan · briefing",
// "○ briefing · presenter left" or "browsing on your own · f to follow".
// Shorter forms are tried before nothing.
func (m *Model) roomBadge(w int) string {
	if m.room.Role == Alone || w < 4 {
		return ""
	}
	st, l := m.ctx.Styles, m.ctx.Loc
	var long, short []string
	switch {
	case m.room.Role == Leading:
		n := fmt.Sprintf("%d", m.room.Followers)
		long = []string{"● " + m.room.Room + " · " + l.Tf("room.following_n", m.room.Followers), "● " + n + " " + l.T("room.followers_short")}
		short = []string{"● " + n}
	case m.browsing:
		long = []string{l.T("room.browsing"), l.T("room.browsing_short")}
		short = []string{"f"}
	case m.room.Leader == "" && m.room.State == nil:
		long = []string{"○ " + m.room.Room + " · " + l.T("room.waiting")}
		short = []string{"○ " + m.room.Room}
	case !m.room.LeaderHere:
		long = []string{"○ " + m.room.Room + " · " + l.T("room.leader_gone")}
		short = []string{"○ " + m.room.Room}
	default:
		long = []string{"▶ " + l.Tf("room.follows", m.room.Leader) + " · " + m.room.Room, "▶ " + m.room.Leader}
		short = []string{"▶"}
	}
	style := st.Notice
	if m.room.Role == Leading {
		style = st.Accent
	}
	for _, s := range append(long, short...) {
		if lipgloss.Width(s)+2 <= w {
			return style.Render(s) + " "
		}
	}
	return ""
}
