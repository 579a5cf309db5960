package room

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"time"
)

// Bus carries rooms between servers. Each server's hub publishes what
// happens in its rooms and hears what happens in everyone's, except its
// own messages: a bus does not deliver a hub's messages back to it (NATS
// without echo), so a message under a hub's own id is someone else's
// forgery. Implementations: NATS (nats.go) in production, Memory in tests.
type Bus interface {
	// Publish sends data about room to every other server on the bus. It
	// must not block for long: a bus that is away buffers or drops, and
	// says so in the error. Besides room names (CheckName) it takes
	// announceRoom, on which servers announce themselves.
	Publish(room string, data []byte) error
	// Subscribe calls fn for every message published on the bus by the
	// others, one at a time, until Close.
	Subscribe(fn func(room string, data []byte)) error
	// Close ends the subscription and the connection.
	Close() error
}

// DefaultBeat is how often a hub on a bus announces itself and tells the
// others what it leads and how many follow on it. A server unheard for
// three beats is forgotten: a leader of it counts as gone (its server
// stopped, the bus split, or it never was a server) and its followers keep
// the last state; a leader it had displaced here leads again.
const DefaultBeat = 5 * time.Second

// announceRoom is the "room" of hello messages: not a room name
// (CheckName refuses '_'), so no room can be called so.
const announceRoom = "_"

// Bounds on what the bus may make a hub keep or show. A server that
// reports more followers than this in one room, or fewer than none, is not
// believed (a room's own cap is DefaultMaxFollowers); more servers than
// maxServers heard at once are not taken in (a real deployment has a
// handful; the rest are someone inventing ids).
const (
	maxRemoteFollowers = 100_000
	maxServers         = 64
)

// msgKind is what a bus message says.
type msgKind string

const (
	kindHello msgKind = "hello" // a server announces itself (each beat, and to a new one)
	kindState msgKind = "state" // a leader's state (also each beat)
	kindLeft  msgKind = "left"  // the leader left (or the sender leads no longer)
	kindCount msgKind = "count" // how many follow on the sender (also each beat)
	kindSync  msgKind = "sync"  // a server with a new room asks for its state
)

// busMsg is one message on the bus, as JSON.
type busMsg struct {
	From      string  `json:"from"`
	Kind      msgKind `json:"kind"`
	Leader    string  `json:"leader,omitempty"`
	State     []byte  `json:"state,omitempty"`
	Followers int     `json:"followers,omitempty"`
}

// idLen is the length of a server id: 16 hex digits.
const idLen = 16

func newID() string {
	var b [idLen / 2]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// validID accepts what newID makes.
func validID(id string) bool {
	if len(id) != idLen {
		return false
	}
	for _, c := range id {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// startBus subscribes to the bus, announces this server and starts the
// beat.
func (h *Hub) startBus() error {
	if err := h.cfg.Bus.Subscribe(h.onBus); err != nil {
		return err // wrapped by NewHub
	}
	h.sendHello()
	h.wg.Add(1)
	go h.beat()
	return nil
}

// send publishes m about room, logging (not failing) when the bus is away:
// local rooms work without it.
func (h *Hub) send(room string, m busMsg) {
	if h.cfg.Bus == nil {
		return
	}
	m.From = h.id
	b, err := json.Marshal(m)
	if err == nil {
		err = h.cfg.Bus.Publish(room, b)
	}
	if err != nil {
		h.notSent(room, m.Kind, err)
	}
}

func (h *Hub) sendHello() { h.send(announceRoom, busMsg{Kind: kindHello}) }

// notSent logs a message the bus did not take: a warning at most once a
// beat, the rest at debug level, so a long outage (every beat repeats
// every room's state) does not flood the log.
func (h *Hub) notSent(room string, kind msgKind, err error) {
	h.warn("not sent", "room bus: not sent (further ones this beat at debug level)", "room", room, "kind", kind, "err", err)
}

// warnKind is one kind of warning in the current beat.
type warnKind struct {
	msg string
	n   int // after the first, logged at once
}

// warn logs a warning of a kind at most once a beat: the first at once,
// the others of the same beat at debug level, and at the end of the beat
// one line with their count (flushWarnings). What comes over the bus is
// anyone's to send, as fast as they like: a flood of garbage costs a few
// lines a beat.
func (h *Hub) warn(kind, msg string, kv ...any) {
	h.warnMu.Lock()
	w := h.warns[kind]
	first := w == nil
	if first {
		w = &warnKind{msg: msg}
		h.warns[kind] = w
	} else {
		w.n++
	}
	h.warnMu.Unlock()
	if first {
		h.log.Warn(msg, kv...)
		return
	}
	h.log.Debug(msg, kv...)
}

// flushWarnings ends a beat of warnings: each kind repeated in it is
// logged once with its count, and stays limited through the next beat;
// a kind that was not repeated may warn at once again.
func (h *Hub) flushWarnings() {
	type line struct {
		kind, msg string
		n         int
	}
	var lines []line
	h.warnMu.Lock()
	for kind, w := range h.warns {
		if w.n == 0 {
			delete(h.warns, kind)
			continue
		}
		lines = append(lines, line{kind, w.msg, w.n})
		w.n = 0
	}
	h.warnMu.Unlock()
	for _, l := range lines {
		h.log.Warn("room bus: warnings repeated this beat", "kind", l.kind, "count", l.n, "first", l.msg)
	}
}

func (h *Hub) busState(room, who string, state []byte) {
	h.send(room, busMsg{Kind: kindState, Leader: who, State: state})
}

func (h *Hub) busLeft(room, who string) { h.send(room, busMsg{Kind: kindLeft, Leader: who}) }

func (h *Hub) busSync(room string) { h.send(room, busMsg{Kind: kindSync}) }

// busCount tells the bus how many follow room here (0 when the room is
// gone here).
func (h *Hub) busCount(room string) {
	if h.cfg.Bus == nil {
		return
	}
	h.mu.Lock()
	n := 0
	if r := h.rooms[room]; r != nil {
		n = len(r.followers)
	}
	h.mu.Unlock()
	h.send(room, busMsg{Kind: kindCount, Followers: n})
}

// remoteHere reports whether r has a leader on another server that was
// heard within three beats (h.mu held).
func (h *Hub) remoteHere(r *room) bool {
	return r.remote != "" && r.here && time.Since(r.remoteSeen) < 3*h.cfg.Beat
}

// restore gives a room whose leader here was displaced by another
// server's back to that leader, once the other is gone (left, or unheard
// for three beats), if it is still in the room (h.mu held). It reports
// whether it did; the caller tells the bus the room's state, when there
// is one.
func (h *Hub) restore(r *room) bool {
	d, state := r.displaced, r.displacedState
	r.displaced, r.displacedState = nil, nil
	if d == nil || r.leader != nil {
		return false
	}
	if _, in := r.followers[d]; !in {
		return false
	}
	delete(r.followers, d)
	d.role, r.leader = Lead, d
	r.who, r.here, r.remote, r.state = d.who, true, "", state
	h.log.Warn("room: the other server's leader is gone; this server's leads again", "room", r.name, "leader", d.who)
	h.tellAll(r)
	return true
}

// beat announces this server and repeats, every Beat, each local leader's
// state and each room's follower count, so a server that joined late or
// lost messages while the bus was away catches up; and it forgets servers,
// remote leaders and counts unheard for three beats.
func (h *Hub) beat() {
	defer h.wg.Done()
	t := time.NewTicker(h.cfg.Beat)
	defer t.Stop()
	for {
		select {
		case <-h.stop:
			h.flushWarnings()
			return
		case <-t.C:
		}
		h.flushWarnings()
		type out struct {
			room string
			m    busMsg
		}
		var msgs []out
		h.mu.Lock()
		for id, seen := range h.servers {
			if time.Since(seen) > 3*h.cfg.Beat {
				delete(h.servers, id)
			}
		}
		for _, r := range h.rooms {
			changed := false
			for id, c := range r.counts {
				if time.Since(c.seen) > 3*h.cfg.Beat {
					delete(r.counts, id)
					changed = true
				}
			}
			if r.remote != "" && r.here && !h.remoteHere(r) {
				r.here, changed = false, true
				h.log.Warn("room: leader's server unheard; followers keep the last state", "room", r.name, "leader", r.who)
			}
			if r.remote != "" && !r.here && h.restore(r) {
				changed = false // restore told everyone; the state goes out below
			}
			if changed {
				h.tellAll(r)
			}
			if r.leader != nil && r.state != nil {
				msgs = append(msgs, out{r.name, busMsg{Kind: kindState, Leader: r.who, State: r.state}})
			}
			if len(r.followers) > 0 {
				msgs = append(msgs, out{r.name, busMsg{Kind: kindCount, Followers: len(r.followers)}})
			}
		}
		h.mu.Unlock()
		h.sendHello()
		for _, o := range msgs {
			h.send(o.room, o.m)
		}
	}
}

// onBus takes in a message from another server. Anyone who reaches an
// unauthenticated bus can send anything (internal/server/README.md),
// so a message is believed only from a server that announced itself
// within three beats, never under this server's own id, and with counts
// in bounds; the rest is ignored with a warning (at most one a beat per
// kind).
func (h *Hub) onBus(name string, data []byte) {
	var m busMsg
	if err := json.Unmarshal(data, &m); err != nil || !validID(m.From) ||
		(name == announceRoom) != (m.Kind == kindHello) || (name != announceRoom && CheckName(name) != nil) {
		h.warn("unreadable", "room bus: unreadable message ignored", "room", name)
		return
	}
	if m.From == h.id {
		// The bus never brings a server its own messages: someone sent
		// this under this server's id. Say what is true instead.
		h.warn("forged", "room bus: a message under this server's id ignored; someone else on the bus sent it", "room", name, "kind", m.Kind)
		h.correct(name)
		return
	}
	if m.Kind == kindHello {
		h.hello(m.From)
		return
	}
	h.mu.Lock()
	if _, ok := h.servers[m.From]; !ok {
		h.mu.Unlock()
		h.warn("unannounced", "room bus: a message from a server that has not announced itself ignored", "room", name, "kind", m.Kind, "from", m.From)
		return
	}
	var reply *busMsg
	count := false
	r := h.rooms[name]
	switch {
	case r == nil:
		// No one here is in that room.
	case m.Kind == kindState:
		if r.leader != nil && m.From > h.id {
			// Two servers took the lead at once (the bus was away, or
			// both joined within a beat). The lower server id keeps it,
			// so every server settles on the same leader: this one's
			// beat tells the other side.
			h.log.Warn("room: another server's leader ignored; this server's keeps the room", "room", name, "other", m.Leader)
			break
		}
		if r.remote != "" && r.remote != m.From && h.remoteHere(r) && m.From > r.remote {
			// Two other servers claim the room: the same rule.
			break
		}
		if l := r.leader; l != nil {
			h.log.Warn("room: another server's leader keeps the room; this server's now follows", "room", name, "leader", m.Leader, "follows", l.who)
			l.role, r.leader = Follow, nil
			r.followers[l] = struct{}{}
			r.displaced, r.displacedState = l, r.state
		}
		newLeader := r.remote != m.From || r.who != m.Leader || !r.here
		r.remote, r.remoteSeen, r.who, r.here = m.From, time.Now(), m.Leader, true
		if newLeader || string(r.state) != string(m.State) {
			r.state = append([]byte(nil), m.State...)
			h.tellAll(r)
		}
	case m.Kind == kindLeft:
		if r.leader == nil && r.remote == m.From && r.here {
			r.here = false
			if !h.restore(r) {
				h.tellAll(r)
			} else if r.state != nil {
				reply = &busMsg{Kind: kindState, Leader: r.who, State: r.state}
			}
		}
	case m.Kind == kindCount:
		if m.Followers < 0 || m.Followers > maxRemoteFollowers {
			h.mu.Unlock()
			h.warn("count", "room bus: a follower count out of bounds ignored", "room", name, "from", m.From, "followers", m.Followers)
			return
		}
		old := r.counts[m.From]
		if m.Followers == 0 {
			delete(r.counts, m.From)
		} else {
			r.counts[m.From] = remoteCount{n: m.Followers, seen: time.Now()}
		}
		if old.n != m.Followers {
			h.tellLeader(r)
		}
	case m.Kind == kindSync:
		if r.leader != nil && r.state != nil {
			reply = &busMsg{Kind: kindState, Leader: r.who, State: r.state}
		}
		// The asking server learns this server's followers too.
		count = len(r.followers) > 0
	}
	h.mu.Unlock()
	if reply != nil {
		h.send(name, *reply)
	}
	if count {
		h.busCount(name)
	}
}

// hello takes in a server's announcement. A server new to this one is
// answered with this one's, so each knows the other at once.
func (h *Hub) hello(from string) {
	h.mu.Lock()
	_, known := h.servers[from]
	if !known && len(h.servers) >= maxServers {
		h.mu.Unlock()
		h.warn("servers", "room bus: too many servers announced; a new one ignored", "from", from, "max", maxServers)
		return
	}
	h.servers[from] = time.Now()
	h.mu.Unlock()
	if !known {
		h.log.Debug("room bus: a server announced itself", "server", from)
		h.sendHello()
	}
}

// correct answers a forgery under this server's id about room: what this
// server really leads there (its state) or that it leads nothing (left),
// and how many really follow here.
func (h *Hub) correct(name string) {
	if name == announceRoom {
		return
	}
	h.mu.Lock()
	r := h.rooms[name]
	var state []byte
	who := ""
	if r != nil && r.leader != nil {
		state, who = r.state, r.who
	}
	h.mu.Unlock()
	if state != nil {
		h.busState(name, who, state)
	} else {
		h.busLeft(name, "")
	}
	h.busCount(name)
}
