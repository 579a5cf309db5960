package crowd

import (
	"fmt"
	"slices"

	tea "charm.land/bubbletea/v2"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui"
)

// Follower is a session's part in a room, around its dashboard. It keeps
// the room as the server last told it (RoomMsg) and gives the dashboard
// the badge that says so, in the session's language. A follower goes
// where its leader is, until a key or click of its own that moves (Reach)
// makes it browse alone; f follows again. A follower's presentation timer
// is held: the countdown shown is the leader's.
type Follower struct {
	inner Dashboard
	// follow puts the dashboard where the leader is: through the Sharer
	// when there is one (a frame another follower drew), else GoTo.
	follow func(ui.State) tea.Cmd
	room   RoomMsg
	// browsing is a follower that moved on its own; it follows again on f.
	browsing bool
	// badge is the badge last given, lang the language it was made in;
	// stale says the room or browsing changed since.
	badge ui.Badge
	lang  i18n.Lang
	stale bool
}

// NewFollower wraps d for a session in a room; nothing changes until the
// first RoomMsg.
func NewFollower(d Dashboard) *Follower {
	f := &Follower{inner: d, follow: d.GoTo, lang: d.Lang()}
	if s, ok := d.(*Sharer); ok {
		f.follow = s.Follow
	}
	return f
}

// Init implements tea.Model.
func (f *Follower) Init() tea.Cmd { return f.inner.Init() }

// Update implements tea.Model.
func (f *Follower) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	switch msg := msg.(type) {
	case RoomMsg:
		return f, f.onRoom(msg)
	case tea.KeyPressMsg, tea.MouseClickMsg:
		if f.room.Role == Following {
			switch f.inner.Reach(msg) {
			case ui.Returns:
				// The dashboard closes its help and clears its notice,
				// as for any key; then back to the leader.
				_, cmd := f.inner.Update(msg)
				return f, tea.Batch(cmd, f.rejoin(), f.sync())
			case ui.Moves:
				f.detach()
			}
		}
	}
	_, cmd := f.inner.Update(msg)
	cmds = append(cmds, cmd, f.sync())
	return f, tea.Batch(cmds...)
}

// View implements tea.Model.
func (f *Follower) View() tea.View { return f.inner.View() }

// onRoom takes in a room message: a follower that is not browsing on its
// own goes where the leader is, told when the presenter left or changed.
func (f *Follower) onRoom(msg RoomMsg) tea.Cmd {
	old := f.room
	left := old.Role == Following && old.LeaderHere && !msg.LeaderHere && msg.Role == Following
	demoted := old.Role == Leading && msg.Role == Following
	// A presenter arriving after one left: the notice says who leads now,
	// not that the room has no presenter.
	arrived := msg.Role == Following && msg.LeaderHere && msg.Leader != "" &&
		(!old.LeaderHere || old.Leader != msg.Leader) && old.Room == msg.Room && old.Leader != ""
	f.room, f.stale = msg, true
	if msg.Role != Following {
		f.browsing = false
	}
	cmds := []tea.Cmd{f.sync()}
	loc := i18n.New(f.inner.Lang())
	notice := ""
	switch {
	case left:
		notice = loc.T("room.leader_left")
	case f.inner.Plain():
		// Plain mode prints what it is told: only that the presenter
		// left, as it always has.
	case arrived:
		notice = loc.Tf("room.new_leader", msg.Leader)
	case demoted:
		// Another server's presenter took the room at the same moment.
		notice = loc.Tf("room.taken", msg.Room)
	}
	if notice != "" {
		_, cmd := f.inner.Update(ui.NoticeMsg(notice))
		cmds = append(cmds, cmd)
	}
	if msg.Role == Following && msg.State != nil && !f.browsing {
		cmds = append(cmds, f.follow(*msg.State))
	}
	return tea.Batch(cmds...)
}

// rejoin follows the leader again after f.
func (f *Follower) rejoin() tea.Cmd {
	st := f.room.State
	if f.inner.Plain() {
		if !f.browsing || st == nil {
			return nil
		}
		f.browsing, f.stale = false, true
		f.sync()
		if cmd := f.inner.GoTo(*st); cmd != nil {
			return cmd
		}
		return f.inner.Reprint() // f prints the tab even when it is the same
	}
	if !f.browsing && st != nil {
		return nil
	}
	f.browsing, f.stale = false, true
	f.sync()
	if st == nil {
		return nil
	}
	return f.inner.GoTo(*st)
}

// detach makes a follower browse on its own: the leader's presentation
// no longer runs here.
func (f *Follower) detach() {
	if f.browsing {
		return
	}
	f.browsing, f.stale = true, true
	f.inner.StopPresenting()
	f.sync()
}

// following reports whether the dashboard shows its leader's place.
func (f *Follower) following() bool { return f.room.Role == Following && !f.browsing }

// sync gives the dashboard the badge for the room now, in its language
// now, and holds its timer while it follows. It sends only a badge that
// changed: each BadgeMsg redraws.
func (f *Follower) sync() tea.Cmd {
	lang := f.inner.Lang()
	if !f.stale && lang == f.lang {
		return nil
	}
	f.stale = false
	f.inner.HoldTimer(f.following())
	b := f.makeBadge(i18n.New(lang))
	if lang == f.lang && b.Accent == f.badge.Accent && b.Follow == f.badge.Follow && slices.Equal(b.Forms, f.badge.Forms) {
		return nil
	}
	f.badge, f.lang = b, lang
	_, cmd := f.inner.Update(ui.BadgeMsg(b))
	return cmd
}

// makeBadge is the footer's account of the room: the leader's
// "● briefing · 12 following", a follower's "▶ Lan · briefing",
// "○ briefing · presenter left" or "browsing on your own · f to follow",
// each with its shorter forms.
func (f *Follower) makeBadge(l *i18n.Locale) ui.Badge {
	r := f.room
	var long, short []string
	switch {
	case r.Role == Alone:
		return ui.Badge{}
	case r.Role == Leading:
		n := fmt.Sprintf("%d", r.Followers)
		long = []string{"● " + r.Room + " · " + l.Tf("room.following_n", r.Followers), "● " + n + " " + l.T("room.followers_short")}
		short = []string{"● " + n}
	case f.browsing:
		long = []string{l.T("room.browsing"), l.T("room.browsing_short")}
		short = []string{"f"}
	case r.Leader == "" && r.State == nil:
		long = []string{"○ " + r.Room + " · " + l.T("room.waiting")}
		short = []string{"○ " + r.Room}
	case !r.LeaderHere:
		long = []string{"○ " + r.Room + " · " + l.T("room.leader_gone")}
		short = []string{"○ " + r.Room}
	default:
		long = []string{"▶ " + l.Tf("room.follows", r.Leader) + " · " + r.Room, "▶ " + r.Leader}
		short = []string{"▶"}
	}
	return ui.Badge{Forms: append(long, short...), Accent: r.Role == Leading, Follow: r.Role == Following}
}

// Room returns the session's room as last told, and whether a follower is
// browsing on its own.
func (f *Follower) Room() (RoomMsg, bool) { return f.room, f.browsing }

// State is where the dashboard is (or is shown to be).
func (f *Follower) State() ui.State { return f.inner.State() }

// GoTo puts the dashboard where st says.
func (f *Follower) GoTo(st ui.State) tea.Cmd { return f.inner.GoTo(st) }

// Reach is what msg would do to the dashboard.
func (f *Follower) Reach(msg tea.Msg) ui.Reach { return f.inner.Reach(msg) }

// StopPresenting leaves presentation mode.
func (f *Follower) StopPresenting() { f.inner.StopPresenting() }

// HoldTimer holds the dashboard's timer; a follower's stays held.
func (f *Follower) HoldTimer(held bool) { f.inner.HoldTimer(held || f.following()) }

// Reprint prints the active tab again in plain mode.
func (f *Follower) Reprint() tea.Cmd { return f.inner.Reprint() }

// Lang is the dashboard's language.
func (f *Follower) Lang() i18n.Lang { return f.inner.Lang() }

// Plain reports whether the dashboard is in plain mode.
func (f *Follower) Plain() bool { return f.inner.Plain() }

// Presenting forwards the dashboard's presentation state (the server's
// idle filter).
func (f *Follower) Presenting() (bool, bool) { return f.inner.Presenting() }

// Changed reports whether the screen changed since it was last drawn.
func (f *Follower) Changed() bool { return f.inner.Changed() }

// Frame is the screen shown.
func (f *Follower) Frame() string { return f.inner.Frame() }
