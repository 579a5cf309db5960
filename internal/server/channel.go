package server

import (
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/log/v2"
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// channelEnv names the environment entry by which a session handler finds
// its channel's state: charm.land/ssh gives handlers no other per-channel
// value (its ssh.Context is per connection). The request filter adds it
// just before the shell or exec request and refuses it from clients.
const channelEnv = "PROVDASH_CHANNEL"

// chanState is what the request filter of one session channel shares with
// that channel's session handler.
type chanState struct {
	id  uint64
	win *coalescer
	// shell is set once the channel has asked for a shell or exec.
	shell atomic.Bool
	// clamped says whether the client's latest window (pty-req, then
	// window-change) was larger than the server draws.
	clamped atomic.Bool
	// sent counts the bytes of output the channel has taken, and reach is
	// where the write in progress would end (sent plus its length): tests
	// use them to know for certain that a client's window is exhausted.
	sent, reach atomic.Int64
}

// sessionChannel accepts at most sessionsPerConn session channels per
// connection, starts the connection's keepalive with its first session,
// and puts a request filter between x/crypto/ssh and charm.land/ssh.
func (s *Server) sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	cs, _ := ctx.Value(connKey{}).(*connState)
	if cs == nil || !cs.openSession() {
		s.log.Warn("refused session", "remote", conn.RemoteAddr().String(), "reason", "too many sessions on one connection")
		_ = nc.Reject(gossh.ResourceShortage, "provdash: at most "+strconv.Itoa(sessionsPerConn)+" sessions per connection")
		return
	}
	st := &chanState{id: s.nextID.Add(1), win: newCoalescer(resizeEvery)}
	// The filter is done with st once the handler returns (it closes the
	// handler's request channel on its way out).
	defer func() { cs.closeSession(st.shell.Load()) }()
	cs.startKeepalive(conn)

	s.mu.Lock()
	s.channels[st.id] = st
	s.mu.Unlock()
	defer func() { // unclaimed: the client never asked for a shell
		s.mu.Lock()
		delete(s.channels, st.id)
		s.mu.Unlock()
	}()
	f := &reqFilter{st: st, cs: cs, log: s.log.With("remote", conn.RemoteAddr().String())}
	ssh.DefaultSessionHandler(srv, conn, &filteredChannel{NewChannel: nc, f: f}, ctx)
}

// claimChannel hands a channel's state to its session handler, once.
func (s *Server) claimChannel(id uint64) *chanState {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.channels[id]
	delete(s.channels, id)
	return st
}

// filteredChannel runs every request of a session channel through filter
// before charm.land/ssh sees it.
type filteredChannel struct {
	gossh.NewChannel
	f *reqFilter
}

func (f *filteredChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := f.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go f.f.run(reqs, out)
	return countingChannel{Channel: ch, st: f.f.st}, out, nil
}

// countingChannel counts a channel's output (chanState.sent).
type countingChannel struct {
	gossh.Channel
	st *chanState
}

func (c countingChannel) Write(p []byte) (int, error) {
	c.st.reach.Store(c.st.sent.Load() + int64(len(p)))
	n, err := c.Channel.Write(p)
	c.st.sent.Add(int64(n))
	return n, err
}

// Bounds on what a client may store in a session before it has one:
// charm.land/ssh keeps every env request and the pty request it accepts,
// so each is checked here, before it is passed on. OpenSSH sends a
// handful of short variables (LANG, LC_*, COLORTERM) and a TERM of a few
// bytes; 64 variables of at most 256-byte names and 4 KiB values, 16 KiB
// in all, are far more than any real client needs. A pty request is a
// TERM name and at most a few hundred bytes of terminal modes.
const (
	maxEnvRequests = 64
	maxEnvName     = 256
	maxEnvValue    = 4 << 10
	maxEnvBytes    = 16 << 10
	maxTermName    = 256
	maxPtyRequest  = 4 << 10
)

// reqFilter is the only reader of a session channel's requests, and it
// never waits on the dashboard: x/crypto/ssh delivers requests from the
// connection's single read loop, so a filter that blocked would stop that
// loop, and with it the window-space messages the dashboard's own output
// waits for (a deadlock no timeout could break). So:
//
//   - window-change is answered here and only stored (coalescer): the
//     latest size wins, nothing is queued;
//   - env is bounded in number, name and value size and in total
//     (maxEnv…), and channelEnv is refused from clients; pty-req is
//     bounded in size and accepted once; both are checked before
//     charm.land/ssh stores them;
//   - shell and exec start the session (connState.startShell);
//   - everything else (signals, breaks, agent and x11 forwarding, unknown
//     requests) is refused here: the dashboard uses none of them, and
//     charm.land/ssh would buffer signals or acknowledge forwarding;
//   - the rest goes on to charm.land/ssh, whose request loop only answers
//     (a write, bounded by the connection's write deadline) and starts
//     the session handler.
//
// Every refusal is logged: the first of each reason at once, and how many
// more there were when the channel closes, so a client that sends
// thousands cannot flood the log.
type reqFilter struct {
	st  *chanState
	cs  *connState
	log *log.Logger

	refused map[string]int // by reason
	order   []string       // reasons in the order first seen
}

func (f *reqFilter) refuse(r *gossh.Request, reason string) {
	_ = r.Reply(false, nil)
	if f.refused == nil {
		f.refused = map[string]int{}
	}
	if f.refused[reason] == 0 {
		f.order = append(f.order, reason)
		f.log.Warn("refused request", "request", r.Type, "reason", reason)
	}
	f.refused[reason]++
}

func (f *reqFilter) run(in <-chan *gossh.Request, out chan<- *gossh.Request) {
	defer close(out)
	defer f.st.win.stop()
	defer func() {
		for _, reason := range f.order {
			if n := f.refused[reason]; n > 1 {
				f.log.Warn("refused requests", "reason", reason, "count", n)
			}
		}
	}()
	envs, envBytes, pty := 0, 0, false
	for r := range in {
		switch r.Type {
		case "window-change":
			w, h, clamped, ok := parseWindowChange(r.Payload)
			if ok && pty {
				f.st.clamped.Store(clamped)
				f.st.win.set(w, h)
			}
			_ = r.Reply(ok && pty, nil)
			continue
		case "pty-req":
			clamped, why := checkPty(r.Payload, pty)
			if why != "" {
				f.refuse(r, why)
				continue
			}
			f.st.clamped.Store(clamped)
			pty = true
		case "env":
			var kv struct{ Key, Value string }
			why := ""
			switch {
			case envs >= maxEnvRequests:
				why = "more than " + strconv.Itoa(maxEnvRequests) + " environment variables"
			case gossh.Unmarshal(r.Payload, &kv) != nil:
				why = "malformed env request"
			case len(kv.Key) > maxEnvName:
				why = "environment variable name over " + strconv.Itoa(maxEnvName) + " bytes"
			case len(kv.Value) > maxEnvValue:
				why = "environment variable value over " + strconv.Itoa(maxEnvValue) + " bytes"
			case envBytes+len(kv.Key)+len(kv.Value) > maxEnvBytes:
				why = "environment over " + strconv.Itoa(maxEnvBytes) + " bytes"
			case kv.Key == channelEnv:
				why = "reserved environment variable"
			}
			if why != "" {
				f.refuse(r, why)
				continue
			}
			envs++
			envBytes += len(kv.Key) + len(kv.Value)
		case "shell", "exec":
			if f.st.shell.CompareAndSwap(false, true) {
				f.cs.startShell()
			}
			env := struct{ Key, Value string }{channelEnv, strconv.FormatUint(f.st.id, 10)}
			out <- &gossh.Request{Type: "env", Payload: gossh.Marshal(&env)} // WantReply false: Reply is a no-op
		case "subsystem":
			// passed on: allowRequest refuses it with its name in the log
		default:
			f.refuse(r, "not served")
			continue
		}
		out <- r
	}
}

// checkPty says why a pty-req payload is refused, or "" when it is not:
// a second one, or one over maxPtyRequest bytes or with a TERM over
// maxTermName. clamped says whether its window is larger than the server
// draws.
func checkPty(p []byte, had bool) (clamped bool, why string) {
	var m struct {
		Term       string
		Cols, Rows uint32
		Rest       []byte `ssh:"rest"`
	}
	switch {
	case had:
		return false, "second pty request"
	case len(p) > maxPtyRequest:
		return false, "pty request over " + strconv.Itoa(maxPtyRequest) + " bytes"
	case gossh.Unmarshal(p, &m) != nil:
		return false, "malformed pty request"
	case len(m.Term) > maxTermName:
		return false, "TERM over " + strconv.Itoa(maxTermName) + " bytes"
	}
	return m.Cols > maxWidth || m.Rows > maxHeight, ""
}

// parseWindowChange reads a window-change payload (RFC 4254 §6.7) and
// clamps its size; clamped says whether it was larger than the server
// draws.
func parseWindowChange(p []byte) (w, h int, clamped, ok bool) {
	var m struct{ Cols, Rows, WidthPx, HeightPx uint32 }
	if err := gossh.Unmarshal(p, &m); err != nil {
		return 0, 0, false, false
	}
	w, h = clampSize(int(min(m.Cols, 1<<20)), int(min(m.Rows, 1<<20)))
	return w, h, m.Cols > maxWidth || m.Rows > maxHeight, true
}

// channelID reads channelEnv from a session's environment.
func channelID(env []string) (uint64, bool) {
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, channelEnv+"="); ok {
			id, err := strconv.ParseUint(v, 10, 64)
			return id, err == nil
		}
	}
	return 0, false
}

// withoutChannelEnv is env less channelEnv: the dashboard sees only what
// the client sent.
func withoutChannelEnv(env []string) []string {
	out := env[:0:0]
	for _, kv := range env {
		if !strings.HasPrefix(kv, channelEnv+"=") {
			out = append(out, kv)
		}
	}
	return out
}

// coalescer passes window sizes from the request filter to the dashboard
// without ever making the filter wait: set stores the latest size, and one
// goroutine delivers it on C, at most once per every, skipping a size
// equal to the last delivered. The reader of C (wish's Bubble Tea
// middleware) may block on the program as long as it likes.
type coalescer struct {
	C      chan ssh.Window
	every  time.Duration
	notify chan struct{}
	done   chan struct{}
	once   sync.Once

	mu     sync.Mutex
	w, h   int
	stored int // sizes set, for tests
}

func newCoalescer(every time.Duration) *coalescer {
	c := &coalescer{
		C:      make(chan ssh.Window),
		every:  every,
		notify: make(chan struct{}, 1),
		done:   make(chan struct{}),
	}
	go c.run()
	return c
}

func (c *coalescer) set(w, h int) {
	c.mu.Lock()
	c.w, c.h = w, h
	c.stored++
	c.mu.Unlock()
	select {
	case c.notify <- struct{}{}:
	default: // a delivery is already due; it will read the latest size
	}
}

// stop ends the delivery goroutine; safe to call more than once.
func (c *coalescer) stop() { c.once.Do(func() { close(c.done) }) }

func (c *coalescer) run() {
	lastW, lastH := -1, -1
	for {
		select {
		case <-c.done:
			return
		case <-c.notify:
		}
		c.mu.Lock()
		w, h := c.w, c.h
		c.mu.Unlock()
		if w == lastW && h == lastH {
			continue
		}
		select {
		case c.C <- ssh.Window{Width: w, Height: h}:
			lastW, lastH = w, h
		case <-c.done:
			return
		}
		t := time.NewTimer(c.every)
		select {
		case <-t.C:
		case <-c.done:
			t.Stop()
			return
		}
	}
}

// allowRequest lets only shell and exec start a session: exec's command is
// read as dashboard arguments (`ssh -t host -- --lang en`), never run.
// Subsystems (sftp) are refused.
func (s *Server) allowRequest(sess ssh.Session, kind string) bool {
	if kind == "shell" || kind == "exec" {
		return true
	}
	s.log.Warn("refused request", "remote", sess.RemoteAddr().String(), "request", kind, "subsystem", sess.Subsystem())
	return false
}

// authKey is the allowlist check. It may be called for keys the client only
// offers; charm.land/ssh keeps the key that really authenticated.
func (s *Server) authKey(ctx ssh.Context, key ssh.PublicKey) bool {
	for _, k := range s.keys {
		if ssh.KeysEqual(k, key) {
			return true
		}
	}
	s.log.Warn("refused key", "remote", ctx.RemoteAddr().String(), "user", ctx.User(),
		"reason", "not in authorized keys", "fingerprint", gossh.FingerprintSHA256(key))
	return false
}
