package ui

import (
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
)

// The dashboard's surface for the models that wrap it (package crowd:
// rooms, shared frames). They drive it through what is here and through
// messages (BadgeMsg, NoticeMsg); the dashboard knows nothing of rooms,
// other sessions or where a frame came from.

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

// NoticeMsg is a one-line message for the footer, shown until the next
// key: why a session follows rather than leads, for instance. In plain
// mode it is printed.
type NoticeMsg string

// Badge is what the footer shows at its right end about the session's
// part in something larger than itself (a room): text made elsewhere, in
// the session's language. The dashboard only lays it out.
type Badge struct {
	// Forms are the badge's texts, longest first: the first that fits in
	// half the footer is shown, none when none fits.
	Forms []string
	// Accent draws it in the accent colour (the session leads) rather
	// than as a notice.
	Accent bool
	// Follow says the follow key (f) does something here: the footer and
	// the help list it, and the dashboard leaves it to whoever wraps it.
	Follow bool
}

// BadgeMsg replaces the footer's badge; the zero Badge shows none.
type BadgeMsg Badge

// badgeView is the badge at most w cells wide, styled, with a blank cell
// after it; "" when no form fits.
func (m *Model) badgeView(w int) string {
	if len(m.badge.Forms) == 0 || w < 4 {
		return ""
	}
	style := m.ctx.Styles.Notice
	if m.badge.Accent {
		style = m.ctx.Styles.Accent
	}
	for _, s := range m.badge.Forms {
		if lipgloss.Width(s)+2 <= w {
			return style.Render(s) + " "
		}
	}
	return ""
}

// GoTo puts the dashboard where st says. A tab, row, year or province
// this dashboard does not have is left as it is: it still shows the rest.
// Any timer of its own dies; under st's presentation the countdown shown
// is st's. In plain mode only the province and the tab are followed, and
// the tab is printed when it changed.
func (m *Model) GoTo(st State) tea.Cmd {
	if m.opts.Plain {
		return m.plainFollow(st)
	}
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
	return nil
}

// Reprint prints the active tab again in plain mode (a follower's f, back
// on the tab it was on); nil otherwise.
func (m *Model) Reprint() tea.Cmd {
	if !m.opts.Plain {
		return nil
	}
	return m.plainPrint()
}

// HoldTimer holds the presentation timer: while held, the dashboard's own
// countdown does not run (a follower's is its leader's, set by GoTo).
func (m *Model) HoldTimer(held bool) { m.timerHeld = held }

// StopPresenting leaves presentation mode without a key: someone who was
// shown a presentation goes on on their own.
func (m *Model) StopPresenting() {
	if !m.present {
		return
	}
	m.present, m.paused = false, false
	m.gen++
	m.applyContext()
}

// Reach is what a message of the person at the keyboard does to where the
// dashboard is.
type Reach int

const (
	// Stays: it leaves the place as it is (help, quit, theme, language,
	// typing in the search field), or it is no key or click.
	Stays Reach = iota
	// Moves: it moves the dashboard by the person's own hand.
	Moves
	// Returns: the follow key (f), where Badge.Follow says it works.
	Returns
)

// Reach says what msg would do, given to the dashboard now: the
// search field and the help take their keys first, as in Update.
func (m *Model) Reach(msg tea.Msg) Reach {
	k := m.ctx.Keys
	if m.opts.Plain {
		km, ok := msg.(tea.KeyPressMsg)
		switch {
		case !ok:
			return Stays
		case key.Matches(km, k.Follow):
			return Returns
		case key.Matches(km, k.Next), key.Matches(km, k.Prev), key.Matches(km, k.Jump), key.Matches(km, k.Province):
			return Moves
		}
		return Stays
	}
	switch msg := msg.(type) {
	case tea.MouseClickMsg:
		if msg.Mouse().Button == tea.MouseLeft && !m.tooSmall() {
			return Moves
		}
	case tea.KeyPressMsg:
		if m.search.IsOpen() || key.Matches(msg, k.Quit) {
			return Stays
		}
		if m.showHelp {
			if _, ok := common.Navigate(k, msg, m.helpOff, 1<<16, max(1, m.height-6)); ok && !key.Matches(msg, k.Help) {
				return Stays
			}
			if key.Matches(msg, k.Help) || msg.String() == "esc" {
				return Stays
			}
		}
		switch {
		case key.Matches(msg, k.Follow):
			return Returns
		case key.Matches(msg, k.Help), key.Matches(msg, k.Theme), key.Matches(msg, k.Lang):
			return Stays
		}
		return Moves
	}
	return Stays
}

// Look is everything a frame of this dashboard depends on: the State
// shown, the size, language, theme and character set, the dataset, the
// badge, the footer's notice. Two dashboards with the same Look draw the
// same frame; it is comparable, a key for frames shared between sessions.
type Look struct {
	state        State
	w, h         int
	lang         i18n.Lang
	theme        theme.Name
	ascii        bool
	data         *dataset.Dataset
	collections  int
	badge        string
	accent       bool
	follow       bool
	notice       string
	reloadFailed int
}

// State is the state the look shows.
func (l Look) State() State { return l.state }

// look is the Look of st drawn by this dashboard with notice in its
// footer.
func (m *Model) look(st State, notice string) Look {
	return Look{state: st, w: m.width, h: m.height, lang: m.opts.Lang, theme: m.Theme(), ascii: m.opts.ASCII,
		data: m.province(st.Province), collections: len(m.opts.Collection),
		badge: strings.Join(m.badge.Forms, "\n"), accent: m.badge.Accent, follow: m.badge.Follow,
		notice: notice, reloadFailed: m.reloadFailed}
}

// LookAt is the Look this dashboard would have after GoTo(st). It is not
// ok when the frame would show more than st (the help, the search field)
// or in plain mode, which prints instead of drawing.
func (m *Model) LookAt(st State) (Look, bool) {
	if m.opts.Plain || m.showHelp || m.search.IsOpen() {
		return Look{}, false
	}
	return m.look(st, m.notice), true
}

// Opens is the Look a key would leave the dashboard with when it opens a
// tab this session has never drawn, and nothing but that tab would tell
// its frame from any other session's at the same Look: not while
// presenting, on the title slide, in the search field, in plain mode or
// with an accent badge (a leader, whose place is published). Glance
// handles such a key without building the tab.
func (m *Model) Opens(msg tea.Msg) (Look, bool) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok || m.opts.Plain || m.search.IsOpen() || m.present || m.titleSlide || m.badge.Accent {
		return Look{}, false
	}
	i, ok := m.tabKey(km)
	if !ok || i == m.active || i < 0 || i >= len(m.views) || m.built(i) {
		return Look{}, false
	}
	st := m.State()
	st.Tab = m.tabs[i].ID
	st.Face, st.Section, st.Row, st.Detail = common.FaceNames()[0], "", "", false
	if p, ok := m.views[i].(common.Placed); ok {
		st.Face = common.FaceNames()[p.Where().Face]
	}
	return m.look(st, ""), true // a key clears the notice
}

// tabKey is the tab a key press goes to, as handleKey reads it (past
// quit, an open help and every key that comes before the tab keys).
func (m *Model) tabKey(msg tea.KeyPressMsg) (int, bool) {
	k := m.ctx.Keys
	if key.Matches(msg, k.Quit) {
		return 0, false
	}
	if m.showHelp {
		if _, ok := common.Navigate(k, msg, m.helpOff, 1<<16, max(1, m.height-6)); ok && !key.Matches(msg, k.Help) {
			return 0, false
		}
		if key.Matches(msg, k.Help) || msg.String() == "esc" {
			return 0, false
		}
	}
	for _, b := range []key.Binding{k.Help, k.Search, k.Match, k.PrevMatch, k.Earlier, k.Later} {
		if key.Matches(msg, b) {
			return 0, false
		}
	}
	switch {
	case key.Matches(msg, k.Next):
		return (m.active + 1) % len(m.views), true
	case key.Matches(msg, k.Prev):
		return (m.active + len(m.views) - 1) % len(m.views), true
	case key.Matches(msg, k.Province), key.Matches(msg, k.Follow):
		return 0, false
	case key.Matches(msg, k.Jump):
		return int(msg.String()[0] - '1'), true
	}
	return 0, false
}

// Glance handles a key for which Opens said ok as Update does, except
// that the tab it opens is made the active one without being built: the
// frame shown is one composed elsewhere. The tab is built by the next
// message, unless that one moves on to another tab (Opens, Glance again):
// tabbing through tabs nobody here has touched builds none of them.
func (m *Model) Glance(msg tea.Msg) tea.Cmd {
	m.glancing = true
	defer func() { m.glancing = false }()
	_, cmd := m.Update(msg)
	return cmd
}

// built reports whether tab i has ever been laid out in this session.
func (m *Model) built(i int) bool {
	return i >= 0 && i < len(m.synced) && m.synced[i].ctx != nil
}

// Built reports whether the tab with id has ever been laid out in this
// session: the others are built when they are first shown.
func (m *Model) Built(id string) bool { return m.built(m.opts.Tabs.Index(id)) }

// movesOn reports whether msg is a key that goes to another tab: a tab
// left unbuilt by Glance stays so when it is passed over.
func (m *Model) movesOn(msg tea.Msg) bool {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return false
	}
	k := m.ctx.Keys
	return key.Matches(km, k.Next) || key.Matches(km, k.Prev) || key.Matches(km, k.Jump)
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

// Lang is the dashboard's language now.
func (m *Model) Lang() i18n.Lang { return m.opts.Lang }

// Plain reports whether the dashboard is in plain mode (plain.go).
func (m *Model) Plain() bool { return m.opts.Plain }
