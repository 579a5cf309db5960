// Package room keeps the rooms of `provdash serve`: a leader's dashboard
// state and the followers it reaches. A room carries navigation state
// (opaque bytes here; the dashboard's State as JSON), never rendered text,
// so every follower draws it in its own language and size.
//
// One server keeps its rooms in memory (Hub). Servers behind a load
// balancer share them over a Bus (NATS in production, bus.go): a follower
// on any instance follows a leader on any other. Delivery never waits on a
// follower: each member has a one-slot mailbox where the newest view
// replaces an undelivered one, and a goroutine of its own that hands it on,
// so a follower whose output is stuck falls behind alone.
package room

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"charm.land/log/v2"
)

// Role is a member's part in its room.
type Role int

// A member leads its room or follows its leader.
const (
	Lead Role = iota + 1
	Follow
)

// Defaults of the caps: a briefing room rarely holds more than a hall, and
// a server rarely serves more than a few briefings at once. Both are far
// below the server's session cap times anything.
const (
	DefaultMaxRooms     = 16
	DefaultMaxFollowers = 250
)

// Errors of Join. The server tells the person which one, in their
// language.
var (
	ErrName         = errors.New("room names are 1 to 32 characters of a-z, 0-9 and -")
	ErrTooManyRooms = errors.New("the server has as many rooms as it may hold")
	ErrRoomFull     = errors.New("the room has as many followers as it may hold")
	ErrClosed       = errors.New("the server is shutting down")
)

// CheckName accepts a room name of 1–32 characters of a-z, 0-9 and -:
// short enough for a footer, safe as a NATS subject token and in a log.
func CheckName(name string) error {
	if len(name) < 1 || len(name) > 32 {
		return ErrName
	}
	for _, r := range name {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '-' {
			return ErrName
		}
	}
	return nil
}

// View is what a member is told about its room.
type View struct {
	Role Role
	Room string
	// Followers is how many follow, on every server of the bus.
	Followers int
	// Leader names the leader ("" before anyone has led); LeaderHere is
	// false once it has left (or its server stopped answering).
	Leader     string
	LeaderHere bool
	// State is the leader's latest state, nil before there is one.
	State []byte
}

// Config configures a Hub. Zero values take the defaults.
type Config struct {
	MaxRooms     int
	MaxFollowers int // per room, leader not counted
	// Bus shares rooms with other servers; nil keeps them on this one.
	Bus Bus
	// Logger receives room events; nil discards them.
	Logger *log.Logger
	// Beat is how often this server tells the bus what it leads and how
	// many follow here; a remote leader unheard for three beats counts as
	// gone. DefaultBeat when zero.
	Beat time.Duration

	// id, when set by tests, is the server's id on the bus (newID's form).
	id string
}

// Hub holds the rooms of one server. Use NewHub; Close it when done.
type Hub struct {
	cfg Config
	log *log.Logger

	mu     sync.Mutex
	rooms  map[string]*room
	closed bool

	// bus side (bus.go): id names this server on the bus; servers are the
	// others that announced themselves, with when each was last heard
	// (under mu); warns are this beat's warnings by kind (under warnMu).
	id      string
	servers map[string]time.Time
	warnMu  sync.Mutex
	warns   map[string]*warnKind
	stop    chan struct{}
	wg      sync.WaitGroup
}

// room is one room on this server: its local members and what is known of
// its leader, local or on another server.
type room struct {
	name      string
	leader    *Member // a leader on this server, or nil
	followers map[*Member]struct{}
	state     []byte
	who       string // the leader's name
	here      bool   // the leader is connected
	// A leader on another server: which one, and when it was last heard;
	// displaced is the leader here it displaced, who leads again once it
	// is gone, from the state it had then.
	remote         string
	remoteSeen     time.Time
	displaced      *Member
	displacedState []byte
	// counts are followers on other servers, by server, with when each
	// was reported.
	counts map[string]remoteCount
}

type remoteCount struct {
	n    int
	seen time.Time
}

// NewHub returns a hub; with a bus it subscribes and starts its beat.
func NewHub(cfg Config) (*Hub, error) {
	if cfg.MaxRooms <= 0 {
		cfg.MaxRooms = DefaultMaxRooms
	}
	if cfg.MaxFollowers <= 0 {
		cfg.MaxFollowers = DefaultMaxFollowers
	}
	if cfg.Beat <= 0 {
		cfg.Beat = DefaultBeat
	}
	lg := cfg.Logger
	if lg == nil {
		lg = log.New(discard{})
	}
	h := &Hub{cfg: cfg, log: lg, rooms: map[string]*room{}, stop: make(chan struct{}), id: cfg.id,
		servers: map[string]time.Time{}, warns: map[string]*warnKind{}}
	if h.id == "" {
		h.id = newID()
	}
	if cfg.Bus != nil {
		if err := h.startBus(); err != nil {
			return nil, fmt.Errorf("room bus: %w", err)
		}
	}
	return h, nil
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// Join puts a member called who into room name, as its leader when lead
// is asked and the room has none here or elsewhere, else as a follower.
// deliver receives every view of the room from a goroutine of the
// member's own, the first at once; it may block (the member falls behind,
// nobody else does). Leave ends the membership.
func (h *Hub) Join(name, who string, lead bool, deliver func(View)) (*Member, error) {
	if err := CheckName(name); err != nil {
		return nil, err
	}
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		return nil, ErrClosed
	}
	r := h.rooms[name]
	isNew := r == nil
	if isNew {
		if len(h.rooms) >= h.cfg.MaxRooms {
			h.mu.Unlock()
			return nil, ErrTooManyRooms
		}
		r = &room{name: name, followers: map[*Member]struct{}{}, counts: map[string]remoteCount{}}
	}
	role := Follow
	if lead && r.leader == nil && !h.remoteHere(r) {
		role = Lead
	}
	if role == Follow && len(r.followers) >= h.cfg.MaxFollowers {
		h.mu.Unlock()
		return nil, ErrRoomFull
	}
	if isNew {
		h.rooms[name] = r
	}
	m := &Member{hub: h, room: r, role: role, who: who, deliver: deliver,
		wake: make(chan struct{}, 1), done: make(chan struct{}), exited: make(chan struct{})}
	if role == Lead {
		// The followers learn who leads now; the state they show stays
		// until the new leader's first.
		r.leader, r.who, r.here, r.remote = m, who, true, ""
		h.tellAll(r)
	} else {
		r.followers[m] = struct{}{}
		m.post(h.viewOf(r, Follow))
		h.tellLeader(r)
	}
	go m.run()
	h.mu.Unlock()
	h.log.Info("room joined", "room", name, "who", who, "role", role.String())
	if role == Follow {
		h.busCount(r.name)
		if isNew {
			h.busSync(name)
		}
	}
	return m, nil
}

func (r Role) String() string {
	switch r {
	case Lead:
		return "lead"
	case Follow:
		return "follow"
	}
	return "none"
}

// Rooms is how many rooms this server holds.
func (h *Hub) Rooms() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.rooms)
}

// Followers is how many follow room name, on every server of the bus (0
// when this server holds no such room).
func (h *Hub) Followers(name string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	if r := h.rooms[name]; r != nil {
		return h.followers(r)
	}
	return 0
}

// Close stops the bus side and refuses further joins. Members already in
// rooms stay until they Leave.
func (h *Hub) Close() error {
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		return nil
	}
	h.closed = true
	h.mu.Unlock()
	close(h.stop)
	h.wg.Wait()
	if h.cfg.Bus != nil {
		return h.cfg.Bus.Close() // the bus names itself
	}
	return nil
}

// followers counts a room's followers on every server (h.mu held).
func (h *Hub) followers(r *room) int {
	n := len(r.followers)
	for _, c := range r.counts {
		n += c.n
	}
	return n
}

// viewOf is what role sees of r (h.mu held).
func (h *Hub) viewOf(r *room, role Role) View {
	return View{Role: role, Room: r.name, Followers: h.followers(r), Leader: r.who, LeaderHere: r.here, State: r.state}
}

// tellAll posts the room's view to each local member (h.mu held). One
// View value is shared by every follower: posting costs a pointer each.
func (h *Hub) tellAll(r *room) {
	h.tellLeader(r)
	h.tellFollowers(r)
}

// tellLeader posts the room's view to its local leader only (h.mu held):
// a change of the follower count concerns nobody else.
func (h *Hub) tellLeader(r *room) {
	if r.leader != nil {
		r.leader.post(h.viewOf(r, Lead))
	}
}

// Member is one session in a room.
type Member struct {
	hub     *Hub
	room    *room
	role    Role // under hub.mu
	who     string
	deliver func(View)

	mu      sync.Mutex
	pending *View
	left    bool
	wake    chan struct{}
	done    chan struct{}
	exited  chan struct{}
}

// Role is the member's part: Lead only if it asked and the room was free.
// A leader can become a follower (two servers of a bus took the lead of
// one room at once: bus.go), and the leader again once the other server's
// is gone; a member that joined as a follower never leads.
func (m *Member) Role() Role {
	m.hub.mu.Lock()
	defer m.hub.mu.Unlock()
	return m.role
}

// post leaves v in the member's mailbox, replacing an undelivered one.
func (m *Member) post(v View) {
	m.mu.Lock()
	m.pending = &v
	m.mu.Unlock()
	select {
	case m.wake <- struct{}{}:
	default:
	}
}

// run hands the mailbox to deliver until Leave.
func (m *Member) run() {
	defer close(m.exited)
	for {
		select {
		case <-m.done:
			return
		case <-m.wake:
		}
		m.mu.Lock()
		v := m.pending
		m.pending = nil
		m.mu.Unlock()
		if v != nil {
			m.deliver(*v)
		}
	}
}

// Publish makes state the room's state and sends it to every follower
// here and on the bus. Only a leader publishes; a follower's call is
// ignored. An unchanged state sends nothing.
func (m *Member) Publish(state []byte) {
	h, r := m.hub, m.room
	h.mu.Lock()
	if m.isGone() || m.role != Lead || r.leader != m || string(r.state) == string(state) {
		h.mu.Unlock()
		return
	}
	r.state = append([]byte(nil), state...)
	h.tellFollowers(r)
	h.mu.Unlock()
	h.busState(r.name, m.who, state)
}

// tellFollowers posts the room's view to its local followers (h.mu held).
func (h *Hub) tellFollowers(r *room) {
	if len(r.followers) == 0 {
		return
	}
	v := h.viewOf(r, Follow)
	for f := range r.followers {
		f.post(v)
	}
}

func (m *Member) isGone() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.left
}

// Leave takes the member out of its room and waits for its goroutine to
// end (deliver must return: a program that has stopped does). The room
// goes when its last member here leaves; a leader's leaving keeps the last
// state for the followers, with LeaderHere false. Safe to call twice.
func (m *Member) Leave() {
	m.mu.Lock()
	if m.left {
		m.mu.Unlock()
		<-m.exited
		return
	}
	m.left = true
	m.mu.Unlock()
	h, r := m.hub, m.room
	h.mu.Lock()
	role := m.role
	delete(r.followers, m)
	switch {
	case r.leader == nil && len(r.followers) == 0 || r.leader == m && len(r.followers) == 0:
		r.leader = nil
		if h.rooms[r.name] == r {
			delete(h.rooms, r.name)
		}
	case r.leader == m:
		r.leader, r.here = nil, false
		h.tellAll(r)
	default:
		h.tellLeader(r)
	}
	h.mu.Unlock()
	close(m.done)
	<-m.exited
	h.log.Info("room left", "room", r.name, "who", m.who, "role", role.String())
	if role == Lead {
		h.busLeft(r.name, m.who)
	} else {
		h.busCount(r.name)
	}
}
