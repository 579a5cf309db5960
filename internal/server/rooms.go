package server

import (
	"encoding/json"
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/provdash/provdash/internal/server/room"
	"github.com/provdash/provdash/internal/textsafe"
	"github.com/provdash/provdash/internal/ui"
	"github.com/provdash/provdash/internal/ui/crowd"
)

// maxWhoRunes bounds the leader's name shown in followers' footers: it is
// the SSH user name, which the client chooses.
const maxWhoRunes = 24

// roomMiddleware puts a session that asked for a room (`--room NAME`,
// `--lead`) into it for as long as its dashboard runs. Only a key in
// --presenters may lead when that file is given; anyone else, and anyone
// asking to lead a room that has a leader, follows and is told why. A full
// room, a server with as many rooms as it may hold, or a bad name refuse
// the session with a message.
func (s *Server) roomMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		ss := sess.(*session)
		if ss.roomName == "" {
			next(ss)
			return
		}
		lead, notice := ss.lead, ""
		if lead && !s.mayLead(ss.PublicKey()) {
			lead, notice = false, ss.loc.Tf("room.not_presenter", ss.roomName)
			ss.log.Warn("room: not a presenter; following", "room", ss.roomName)
		}
		m, err := s.hub.Join(ss.roomName, ss.who(), lead, ss.roomView)
		if err != nil {
			ss.refuse("room: "+err.Error(), s.roomRefusal(ss, err))
			return
		}
		if lead && m.Role() != room.Lead {
			notice = ss.loc.Tf("room.taken", ss.roomName)
		}
		ss.member, ss.roomNotice = m, notice
		defer m.Leave()
		next(ss)
	}
}

// roomRefusal is what a session refused a room is told, in its language.
func (s *Server) roomRefusal(ss *session, err error) string {
	switch {
	case errors.Is(err, room.ErrName):
		return ss.loc.Tf("room.bad_name", ss.roomName)
	case errors.Is(err, room.ErrTooManyRooms):
		return ss.loc.Tf("room.too_many", s.cfg.MaxRooms)
	case errors.Is(err, room.ErrRoomFull):
		return ss.loc.Tf("room.full", ss.roomName, s.cfg.MaxFollowers)
	}
	return ss.loc.T("server.shutdown")
}

// mayLead reports whether a session that authenticated with key may lead:
// any may without --presenters; with it, only its keys.
func (s *Server) mayLead(key gossh.PublicKey) bool {
	if s.presenters == nil {
		return true
	}
	if key == nil {
		return false
	}
	for _, k := range s.presenters {
		if ssh.KeysEqual(k, key) {
			return true
		}
	}
	return false
}

// who is the name followers see for this session: its SSH user name,
// cleaned of terminal controls and cut short.
func (ss *session) who() string {
	r := []rune(textsafe.Clean(ss.User()))
	if len(r) > maxWhoRunes {
		r = append(r[:maxWhoRunes-1], '…')
	}
	if len(r) == 0 {
		return "?"
	}
	return string(r)
}

// roomView hands a view of the session's room to its dashboard. Called by
// the session's room member on a goroutine of its own; before the program
// exists the view is kept for newProgram to apply.
func (ss *session) roomView(v room.View) {
	msg := crowd.RoomMsg{Room: v.Room, Followers: v.Followers, Leader: textsafe.Clean(v.Leader), LeaderHere: v.LeaderHere}
	msg.Role = crowd.Following
	if v.Role == room.Lead {
		msg.Role = crowd.Leading
	}
	if v.State != nil {
		var st ui.State
		if err := json.Unmarshal(v.State, &st); err == nil {
			msg.State = &st
		} else {
			ss.log.Warn("room: unreadable state", "room", v.Room, "err", err)
		}
	}
	ss.mu.Lock()
	ss.roomLast = &msg
	p := ss.program
	ss.mu.Unlock()
	if p != nil {
		p.Send(msg)
	}
}

// publishEvery is the least time between two states a leader publishes:
// a frame at the session's frame rate. Followers draw at that rate
// anyway, so a leader holding a key down (or a script pressing 1000 keys
// a second) costs its room at most sessionFPS states a second, each
// fanned out to every follower and over the bus; the latest state always
// goes out.
const publishEvery = time.Second / sessionFPS

// leadModel publishes its dashboard's state to the room after a message
// that changed it (a key, a presentation tick), at most once every
// publishEvery: a change within that time of the last publication is sent
// when it ends (publishDue), as the state of that moment. An idle leader
// publishes nothing, so its followers are sent nothing.
type leadModel struct {
	dash   crowd.Dashboard
	member *room.Member
	pub    func([]byte) // member.Publish; tests count
	last   ui.State
	sent   bool
	// at is when the last state went out; due is set while a
	// publishDue is on its way.
	at  time.Time
	due bool
}

// publishDue asks a leader to publish what changed since its last state.
type publishDue struct{}

func newLeadModel(dash crowd.Dashboard, member *room.Member) *leadModel {
	return &leadModel{dash: dash, member: member, pub: member.Publish}
}

func (l *leadModel) Init() tea.Cmd { return l.dash.Init() }

func (l *leadModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(publishDue); ok {
		l.due = false
		l.publish(true)
		return l, nil
	}
	_, cmd := l.dash.Update(msg)
	if m, ok := msg.(crowd.RoomMsg); ok && m.Role == crowd.Leading {
		// Leading (again, after another server's leader was gone): the
		// room's state may be that leader's, so say where this one is.
		l.sent = false
	}
	return l, tea.Batch(cmd, l.changed())
}

func (l *leadModel) View() tea.View { return l.dash.View() }

// Presenting forwards the dashboard's presentation state (idleFilter).
func (l *leadModel) Presenting() (bool, bool) { return l.dash.Presenting() }

// changed publishes after a message, or, within publishEvery of the last
// state, returns the command that publishes when that time is up.
func (l *leadModel) changed() tea.Cmd {
	if l.due {
		return nil // publishDue will send the latest
	}
	if l.sent && !l.dash.Changed() {
		return nil
	}
	if wait := publishEvery - time.Since(l.at); l.sent && wait > 0 {
		l.due = true
		return tea.Tick(wait, func(time.Time) tea.Msg { return publishDue{} })
	}
	l.publish(false)
	return nil
}

// publish sends the dashboard's state when it differs from the last sent.
// Unless all is set, a message that changed nothing on screen is skipped
// without building the state (which finds the selected row's key in the
// page); publishDue sets it, as what changed came before.
func (l *leadModel) publish(all bool) {
	if !all && l.sent && !l.dash.Changed() {
		return
	}
	st := l.dash.State()
	if l.sent && st.Equal(l.last) {
		return
	}
	b, err := json.Marshal(st)
	if err != nil {
		return
	}
	l.pub(b)
	l.last, l.sent, l.at = st, true, time.Now()
}
