package room

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"time"
)

// Bus carries rooms between servers. Each server's hub publishes what
// happens in its rooms and hears what happens in everyone's; a message a
// hub sent itself comes back and is ignored. Implementations: NATS
// (nats.go) in production, Memory in tests.
type Bus interface {
	// Publish sends data about room to every server on the bus. It must
	// not block for long: a bus that is away buffers or drops, and says so
	// in the error.
	Publish(room string, data []byte) error
	// Subscribe calls fn for every message published on the bus, one at a
	// time, until Close.
	Subscribe(fn func(room string, data []byte)) error
	// Close ends the subscription and the connection.
	Close() error
}

// DefaultBeat is how often a hub on a bus tells the others what it leads
// and how many follow on it. A leader unheard for three beats counts as
// gone (its server stopped, or the bus split); its followers keep the last
// state.
const DefaultBeat = 5 * time.Second

// msgKind is what a bus message says.
type msgKind string

const (
	kindState msgKind = "state" // a leader's state (also each beat)
	kindLeft  msgKind = "left"  // the leader left
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

func newID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// startBus subscribes to the bus and starts the beat.
func (h *Hub) startBus() error {
	if err := h.cfg.Bus.Subscribe(h.onBus); err != nil {
		return err //nolint:wrapcheck // wrapped by NewHub
	}
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

// notSent logs a message the bus did not take: a warning at most once a
// beat, the rest at debug level, so a long outage (every beat repeats
// every room's state) does not flood the log.
func (h *Hub) notSent(room string, kind msgKind, err error) {
	h.warnMu.Lock()
	now := time.Now()
	warn := now.Sub(h.lastWarn) >= h.cfg.Beat
	if warn {
		h.lastWarn = now
	}
	h.warnMu.Unlock()
	if warn {
		h.log.Warn("room bus: not sent (further ones this beat at debug level)", "room", room, "kind", kind, "err", err)
		return
	}
	h.log.Debug("room bus: not sent", "room", room, "kind", kind, "err", err)
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

// beat repeats, every Beat, each local leader's state and each room's
// follower count, so a server that joined late or lost messages while the
// bus was away catches up; and it forgets remote leaders and counts
// unheard for three beats.
func (h *Hub) beat() {
	defer h.wg.Done()
	t := time.NewTicker(h.cfg.Beat)
	defer t.Stop()
	for {
		select {
		case <-h.stop:
			return
		case <-t.C:
		}
		type out struct {
			room string
			m    busMsg
		}
		var msgs []out
		h.mu.Lock()
		for _, r := range h.rooms {
			if r.leader != nil && r.state != nil {
				msgs = append(msgs, out{r.name, busMsg{Kind: kindState, Leader: r.who, State: r.state}})
			}
			if len(r.followers) > 0 {
				msgs = append(msgs, out{r.name, busMsg{Kind: kindCount, Followers: len(r.followers)}})
			}
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
			if changed {
				h.tellAll(r)
			}
		}
		h.mu.Unlock()
		for _, o := range msgs {
			h.send(o.room, o.m)
		}
	}
}

// onBus takes in a message from another server.
func (h *Hub) onBus(name string, data []byte) {
	var m busMsg
	if err := json.Unmarshal(data, &m); err != nil || m.From == "" || CheckName(name) != nil {
		h.log.Warn("room bus: unreadable message", "room", name)
		return
	}
	if m.From == h.id {
		return
	}
	var reply *busMsg
	count := false
	h.mu.Lock()
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
		if l := r.leader; l != nil {
			h.log.Warn("room: another server's leader keeps the room; this server's now follows", "room", name, "leader", m.Leader, "follows", l.who)
			l.role, r.leader = Follow, nil
			r.followers[l] = struct{}{}
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
			h.tellAll(r)
		}
	case m.Kind == kindCount:
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
