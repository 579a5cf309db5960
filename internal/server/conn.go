package server

import (
	"errors"
	"net"
	"sync"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// connKey stores a connection's *connState in its ssh.Context, which
// charm.land/ssh shares between the connection and all its sessions.
type connKey struct{}

// connState is one TCP connection from accept to close: whether it is
// pending (no session channel that asked for a shell or exec), its grace
// timer, its keepalive, and why it was cut, if it was.
type connState struct {
	srv  *Server
	conn *deadlineConn
	key  string // pendingKey
	ctx  ssh.Context

	mu        sync.Mutex
	sessions  int  // open session channels
	live      int  // of which asked for a shell or exec
	pending   bool // counted in Server.pending
	closed    bool
	grace     *time.Timer
	keepalive bool
	cutReason endReason // endNone until cut
	// crowded is set (under srv.mu) when a newcomer took this
	// connection's place in the pending count: it is closed, and never
	// counted again.
	crowded bool
}

// onConn admits a TCP connection before the handshake, or refuses it (nil
// closes it at once). Only connections without a session are capped here:
// per address, so that a few addresses holding silent connections cannot
// lock anyone else out, and in total, as a backstop against many
// addresses. When the total is reached, a newcomer from an address that
// holds fewer such connections than the address holding the most takes
// the place of that address's oldest (crowdOutLocked): silent connections
// from many addresses cannot fill the total and lock out everyone else
// either. Each gets HandshakeTimeout to authenticate and open a session.
func (s *Server) onConn(ctx ssh.Context, c net.Conn) net.Conn {
	key := pendingKey(c.RemoteAddr())
	cs := &connState{srv: s, key: key, ctx: ctx, pending: true}
	// Complete before it is counted: another newcomer may crowd it out
	// (and close it) as soon as it is.
	cs.conn = &deadlineConn{Conn: c, cs: cs}
	cs.grace = time.AfterFunc(s.cfg.HandshakeTimeout, func() { cs.cut(endNoSession) })
	s.mu.Lock()
	var reason string
	var victim *connState
	switch {
	case s.closing:
		reason = "shutting down"
	case len(s.pendingByAddr[key]) >= s.cfg.MaxPendingPerAddr:
		reason = "too many connections without a session from this address"
	case s.pending >= 4*s.cfg.MaxSessions:
		if victim = s.crowdOutLocked(key); victim == nil {
			reason = "too many connections without a session"
		}
	}
	if reason != "" {
		s.mu.Unlock()
		cs.grace.Stop()
		s.log.Warn("refused connection", "remote", c.RemoteAddr().String(), "reason", reason)
		return nil
	}
	s.addPendingLocked(cs)
	s.mu.Unlock()
	if victim != nil {
		victim.cut(endCrowdedOut)
	}
	s.procs.active() // a handshake is work: every processor for it
	ctx.SetValue(connKey{}, cs)
	return cs.conn
}

// crowdOutLocked picks the connection a newcomer from key takes the place
// of when the total of connections without a session is reached: the
// oldest of the address holding the most, if that is more than key holds.
// It is taken out of the count at once (and never counted again); the
// caller closes it. Nil: every address holds as few as key, and the
// newcomer is refused. s.mu held.
func (s *Server) crowdOutLocked(key string) *connState {
	most, mostKey := 0, ""
	for k, set := range s.pendingByAddr {
		if len(set) > most || len(set) == most && k < mostKey {
			most, mostKey = len(set), k
		}
	}
	if most <= len(s.pendingByAddr[key]) {
		return nil
	}
	var oldest *connState
	var since time.Time
	for c, t := range s.pendingByAddr[mostKey] {
		if oldest == nil || t.Before(since) {
			oldest, since = c, t
		}
	}
	s.removePendingLocked(oldest)
	oldest.crowded = true
	return oldest
}

// addPendingLocked counts cs as a connection without a session, unless it
// was crowded out. s.mu held.
func (s *Server) addPendingLocked(cs *connState) {
	if cs.crowded {
		return
	}
	set := s.pendingByAddr[cs.key]
	if set == nil {
		set = map[*connState]time.Time{}
		s.pendingByAddr[cs.key] = set
	}
	if _, in := set[cs]; !in {
		set[cs] = time.Now()
		s.pending++
	}
}

// removePendingLocked uncounts cs, if it is counted. s.mu held.
func (s *Server) removePendingLocked(cs *connState) {
	set := s.pendingByAddr[cs.key]
	if _, in := set[cs]; !in {
		return
	}
	delete(set, cs)
	if len(set) == 0 {
		delete(s.pendingByAddr, cs.key)
	}
	s.pending--
}

// unpendLocked takes the connection out of the pending count (cs.mu held).
func (cs *connState) unpendLocked() {
	if !cs.pending {
		return
	}
	cs.pending = false
	s := cs.srv
	s.mu.Lock()
	s.removePendingLocked(cs)
	s.mu.Unlock()
}

// openSession counts a new session channel; false means the connection
// already has sessionsPerConn open. A channel alone does not end the
// connection's pending time: until one of its channels asks for a shell
// or exec the connection stays counted against the pending caps, and its
// grace timer runs on (a client that opens channels and sends nothing
// more is as silent as one that never logs in).
func (cs *connState) openSession() bool {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if cs.sessions >= sessionsPerConn || cs.closed {
		return false
	}
	cs.sessions++
	return true
}

// startShell marks a session channel as one that asked for a shell or
// exec: the connection now has a session (counted by the session caps
// from here) and is no longer pending.
func (cs *connState) startShell() {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	cs.live++
	if cs.live == 1 {
		cs.grace.Stop()
		cs.unpendLocked()
	}
}

// closeSession uncounts a session channel (shell: it had called
// startShell). A connection left with no channel that asked for a shell
// is pending again, and has HandshakeTimeout to start another before it
// is closed: a client that keeps its connection after the dashboard ended
// must not hold a file descriptor for ever. A channel that never asked
// for a shell changes nothing: the grace timer it ran under runs on.
func (cs *connState) closeSession(shell bool) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	cs.sessions--
	if !shell {
		return
	}
	cs.live--
	if cs.live > 0 || cs.closed || cs.pending {
		return
	}
	cs.pending = true
	s := cs.srv
	s.mu.Lock()
	s.addPendingLocked(cs)
	s.mu.Unlock()
	cs.grace.Reset(s.cfg.HandshakeTimeout)
}

// released runs once, when the connection closes for whatever reason.
func (cs *connState) released() {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	cs.closed = true
	cs.grace.Stop()
	cs.unpendLocked()
}

// cut closes the connection for reason; the first reason is kept. Closing
// the TCP connection is what unblocks everything waiting on this client:
// the SSH read loop ends, every channel closes, and a write waiting for
// window space or for TCP buffer returns an error.
func (cs *connState) cut(r endReason) {
	cs.mu.Lock()
	first := cs.cutReason == endNone
	if first {
		cs.cutReason = r
	}
	cs.mu.Unlock()
	if first {
		cs.srv.log.Warn("closing connection", "remote", cs.conn.RemoteAddr().String(), "reason", r.String())
	}
	_ = cs.conn.Close()
}

func (cs *connState) reason() endReason {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	return cs.cutReason
}

// startKeepalive sends a keepalive request every third of WriteTimeout
// once the connection has a session, and cuts it when one goes unanswered
// for WriteTimeout. This is what finds a client that vanished without
// closing its TCP connection (a laptop lid, a dropped VPN): nothing else
// is sent to an idle dashboard, so nothing else would fail. Any reply,
// even a refusal, proves the client is there.
func (cs *connState) startKeepalive(conn gossh.Conn) {
	cs.mu.Lock()
	started := cs.keepalive
	cs.keepalive = true
	cs.mu.Unlock()
	if started {
		return
	}
	wt := cs.srv.cfg.WriteTimeout
	go func() {
		t := time.NewTicker(max(wt/3, 10*time.Millisecond))
		defer t.Stop()
		for {
			select {
			case <-cs.ctx.Done():
				return
			case <-t.C:
			}
			replied := make(chan struct{})
			go func() {
				defer close(replied)
				_, _, _ = conn.SendRequest("keepalive@openssh.com", true, nil)
			}()
			wait := time.NewTimer(wt)
			select {
			case <-replied:
				wait.Stop()
			case <-wait.C:
				cs.cut(endUnresponsive)
				return
			case <-cs.ctx.Done():
				wait.Stop()
				return
			}
		}
	}()
}

// deadlineConn is the TCP connection under charm.land/ssh. Every write has
// WriteTimeout to complete: a client that stops reading its socket fills
// the kernel buffers and would otherwise block the SSH writer for ever.
// charm.land/ssh's own idle and handshake deadlines apply to reads only,
// so they never shorten or lengthen the write deadline.
type deadlineConn struct {
	net.Conn
	cs   *connState
	once sync.Once
}

func (c *deadlineConn) Write(p []byte) (int, error) {
	_ = c.Conn.SetWriteDeadline(time.Now().Add(c.cs.srv.cfg.WriteTimeout))
	n, err := c.Conn.Write(p)
	var ne net.Error
	if err != nil && errors.As(err, &ne) && ne.Timeout() {
		go c.cs.cut(endWriteStall)
	}
	return n, err
}

func (c *deadlineConn) SetDeadline(t time.Time) error {
	return c.Conn.SetReadDeadline(t)
}

func (c *deadlineConn) Close() error {
	c.once.Do(c.cs.released)
	return c.Conn.Close()
}
