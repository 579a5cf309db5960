// Package crowd holds what a dashboard does among other sessions, as
// models that wrap it: Follower, a session's part in a room (the footer's
// badge; following the leader, browsing alone, f to follow again, the
// notices when the presenter leaves or changes), and Sharer, which shows
// a frame another session of the server composed instead of composing
// the same one again (FrameCache). They drive the dashboard only through
// its surface (ui.State, GoTo, Reach, Opens, Glance, LookAt, BadgeMsg,
// NoticeMsg): the dashboard knows nothing of rooms or of other sessions.
//
// The server wraps a session's dashboard in a Sharer, that in a Follower
// when the session is in a room, and a leader's in its publishing model
// (internal/server, rooms.go).
package crowd

import (
	tea "charm.land/bubbletea/v2"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui"
)

// Role is a session's part in a room.
type Role int

// A session is alone (no room), leads a room, or follows its leader.
const (
	Alone Role = iota
	Leading
	Following
)

// RoomMsg tells a session about its room: its part in it and, for a
// follower, the leader's latest state. The server sends one on joining
// and on every change; the session never asks.
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
	State *ui.State
}

// Dashboard is what the models here wrap and drive: the dashboard itself
// (*ui.Model) or another wrapper around it (*Sharer).
type Dashboard interface {
	tea.Model
	State() ui.State
	GoTo(ui.State) tea.Cmd
	Reach(tea.Msg) ui.Reach
	StopPresenting()
	HoldTimer(bool)
	Reprint() tea.Cmd
	Lang() i18n.Lang
	Plain() bool
	Presenting() (on, paused bool)
	Changed() bool
	Frame() string
}

var (
	_ Dashboard = (*ui.Model)(nil)
	_ Dashboard = (*Sharer)(nil)
	_ Dashboard = (*Follower)(nil)
)
