package server

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"

	"github.com/provdash/provdash/internal/i18n"
)

// These tests each reproduce one way a client could wedge a session, hold
// a slot, or burn the server's CPU, and check the server gets out of it.
// None is timed: each waits (polling, within patience) for the outcome.

// firehose wraps a dashboard so that it redraws every cell of the screen,
// each in its own colours, about every 10 ms: a frame at the largest
// window (256×80) is about 400 KB, so a client that stops reading fills
// its 2 MB channel window within a handful of frames, as a long
// presentation would in minutes.
// The dashboard's own view is not drawn (only its updates run), and the
// two alternating frames are built once: on a slow machine under the race
// detector that keeps frames cheap to make.
type firehose struct {
	tea.Model
	n      int
	w, h   int
	frames [2]string
}

type fireTick struct{}

func fire() tea.Cmd {
	return tea.Tick(10*time.Millisecond, func(time.Time) tea.Msg { return fireTick{} })
}

func (f *firehose) Init() tea.Cmd { return tea.Batch(f.Model.Init(), fire()) }

func (f *firehose) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch m := msg.(type) {
	case fireTick:
		f.n++
		return f, fire()
	case tea.WindowSizeMsg:
		f.w, f.h = m.Width, m.Height
		f.frames = [2]string{}
	}
	next, cmd := f.Model.Update(msg)
	f.Model = next
	return f, cmd
}

func (f *firehose) View() tea.View {
	k := f.n % 2
	if f.frames[k] == "" {
		var b strings.Builder
		for y := range f.h {
			for x := range f.w {
				// New colours and letter in every cell: no run the
				// renderer could send as a repeat count.
				c := (x + y + k) % 2
				fmt.Fprintf(&b, "\x1b[38;5;%d;48;5;%dm%c", 16+c, 17+c, 'a'+c)
			}
			if y < f.h-1 {
				b.WriteByte('\n')
			}
		}
		f.frames[k] = b.String()
	}
	v := tea.NewView(f.frames[k])
	v.AltScreen = true
	return v
}

// silentSession opens a PTY session whose output the client never reads:
// x/crypto/ssh then never returns window space to the server.
func silentSession(t *testing.T, c *gossh.Client, command string) *gossh.Session {
	t.Helper()
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if _, err := s.StdoutPipe(); err != nil { // never read
		t.Fatal(err)
	}
	if err := s.RequestPty("xterm-256color", maxHeight, maxWidth, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if command == "" {
		err = s.Shell()
	} else {
		err = s.Start(command)
	}
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// clientWindow is the channel window an x/crypto/ssh client grants and,
// when it reads nothing, never renews: 64 packets of 32 KiB.
const clientWindow = 64 * 32 << 10

// waitStalled waits until a session is writing past the client's window:
// by construction, that write cannot complete while the client reads
// nothing.
func waitStalled(t *testing.T, srv *Server) {
	t.Helper()
	// Two megabytes of frames take a while under the race detector on a
	// loaded machine (up to half a minute measured); this bound only
	// catches a session that never writes.
	deadline := time.Now().Add(3 * patience)
	for {
		srv.mu.Lock()
		stalled := false
		for ss := range srv.sessions {
			stalled = stalled || (ss.ch.reach.Load() > clientWindow && ss.stall.busy())
		}
		srv.mu.Unlock()
		if stalled {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the session's output never stalled")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// countLog counts lines of the log containing all of wants.
func countLog(b *syncBuf, wants ...string) int {
	n := 0
	for _, l := range strings.Split(b.String(), "\n") {
		all := true
		for _, w := range wants {
			all = all && strings.Contains(l, w)
		}
		if all {
			n++
		}
	}
	return n
}

// waitLogCount waits until n log lines contain all of wants.
func waitLogCount(t *testing.T, b *syncBuf, n int, wants ...string) {
	t.Helper()
	deadline := time.Now().Add(patience)
	for countLog(b, wants...) < n {
		if time.Now().After(deadline) {
			t.Fatalf("%d log lines with %q, want %d:\n%s", countLog(b, wants...), wants, n, tail(b.String(), 3000))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestStalledReaderResizingDoesNotWedge (issue 9, finding 1): a client that
// stops reading while it keeps resizing used to deadlock its session for
// good: the SSH read loop waited to deliver a window change to a program
// that waited on output only that loop could unblock. Now window changes
// are stored, never queued, so the connection keeps answering (a global
// request round trip) and the session ends when the client drops.
func TestStalledReaderResizingDoesNotWedge(t *testing.T) {
	srv := startServer(t, func(c *Config) {
		c.WriteTimeout = time.Hour // only the deadlock is under test here, not the stall cut-off
		c.wrapModel = func(m teaModel) teaModel { return &firehose{Model: m} }
	})
	c, nc, err := dialRaw(t, srv.addr, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	s := silentSession(t, c, "")
	waitStalled(t, srv.Server)

	// A resize storm, bounded in count and time, against a full window.
	start := time.Now()
	for i := 0; i < 3000 && time.Since(start) < 3*time.Second; i++ {
		if err := s.WindowChange(maxHeight-i%2, maxWidth-i%3); err != nil {
			t.Fatalf("window change %d: %v", i, err)
		}
	}
	replied := make(chan error, 1)
	go func() {
		_, _, err := c.SendRequest("keepalive@openssh.com", true, nil)
		replied <- err
	}()
	select {
	case err := <-replied:
		if err != nil {
			t.Fatalf("global request: %v", err)
		}
	case <-time.After(patience):
		t.Fatal("the server's connection stopped answering: its read loop is wedged")
	}

	// Dropping the TCP connection ends the session and frees its slot.
	_ = nc.Close()
	waitLogCount(t, srv.log, 1, "session ended", "reason=disconnect")
	waitSessions(t, srv.Server, 0)
}

// TestDroppedConnectionsFreeTheirSlots (finding 2): clients whose TCP
// connection drops without an SSH goodbye (kill -9 of ssh, ~.) used to keep
// their sessions, and slots, until the idle timeout. With two slots, two
// such clients locked everyone out.
func TestDroppedConnectionsFreeTheirSlots(t *testing.T) {
	srv := startServer(t, func(c *Config) { c.MaxSessions = 2 })
	var conns []net.Conn
	for range 2 {
		c, nc, err := dialRaw(t, srv.addr, nil, "")
		if err != nil {
			t.Fatal(err)
		}
		s := openSession(t, c, sessOpts{env: en})
		waitFor(t, s.out, 0, "Overview", patience)
		conns = append(conns, nc)
	}
	for _, nc := range conns {
		_ = nc.Close()
	}
	waitLogCount(t, srv.log, 2, "session ended", "reason=disconnect")
	waitSessions(t, srv.Server, 0)
	overviewSession(t, srv)
}

// blackhole is a TCP relay between a client and the server that can go
// silent in both directions while keeping both sockets open, as a laptop
// that loses its network does.
type blackhole struct {
	ln     net.Listener
	frozen atomic.Bool
	mu     sync.Mutex
	conns  []net.Conn
}

func newBlackhole(t *testing.T, target string) *blackhole {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	b := &blackhole{ln: ln}
	t.Cleanup(func() {
		_ = ln.Close()
		b.mu.Lock()
		for _, c := range b.conns {
			_ = c.Close()
		}
		b.mu.Unlock()
	})
	go func() {
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", target)
			if err != nil {
				_ = in.Close()
				return
			}
			b.mu.Lock()
			b.conns = append(b.conns, in, out)
			b.mu.Unlock()
			go b.pipe(in, out)
			go b.pipe(out, in)
		}
	}()
	return b
}

func (b *blackhole) pipe(dst, src net.Conn) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if err != nil {
			return
		}
		for b.frozen.Load() { // hold the bytes, keep the socket: nothing arrives, nothing fails
			time.Sleep(20 * time.Millisecond)
		}
		if _, err := dst.Write(buf[:n]); err != nil {
			return
		}
	}
}

// TestVanishedClientIsCut (finding 2, the dropped laptop): a client that
// goes silent without closing its TCP connection is found by keepalives
// and its session ended, instead of holding its slot for the idle timeout.
func TestVanishedClientIsCut(t *testing.T) {
	srv := startServer(t, func(c *Config) { c.WriteTimeout = 3 * time.Second })
	bh := newBlackhole(t, srv.addr)
	c, err := dial(t, bh.ln.Addr().String(), nil)
	if err != nil {
		t.Fatal(err)
	}
	s := openSession(t, c, sessOpts{env: en})
	waitFor(t, s.out, 0, "Overview", patience)
	bh.frozen.Store(true)
	waitLogCount(t, srv.log, 1, "session ended", "reason=keepalive_timeout")
	waitSessions(t, srv.Server, 0)
}

// TestStalledPresenterIsCutForWriteStall (finding 4): a presenting client
// that stops reading used to be cut only at the maximum length plus a
// minute, and logged as idle. It is cut after WriteTimeout of stalled
// output, with reason write_stall, even when its idle time runs out while
// its output is stuck (the idle end is triggered by hand once the output
// has stalled, so the order does not depend on the machine's speed).
func TestStalledPresenterIsCutForWriteStall(t *testing.T) {
	srv := startServer(t, func(c *Config) {
		c.WriteTimeout = 5 * time.Second // long enough that a loaded machine's slow keepalive reply is not mistaken for a vanished client
		c.wrapModel = func(m teaModel) teaModel { return &firehose{Model: m} }
	})
	c, err := dial(t, srv.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	silentSession(t, c, "--present --interval 1s")
	waitStalled(t, srv.Server)
	srv.mu.Lock()
	for ss := range srv.sessions {
		ss.end(endIdle)
	}
	srv.mu.Unlock()
	waitLogCount(t, srv.log, 1, "session ended", "reason=write_stall")
	waitSessions(t, srv.Server, 0)
	if n := countLog(srv.log, "session ended", "reason=idle"); n != 0 {
		t.Errorf("a stalled session was logged as idle")
	}
}

// sizeCounter counts the window sizes that reach the dashboard.
type sizeCounter struct {
	tea.Model
	mu    sync.Mutex
	sizes []tea.WindowSizeMsg
}

func (s *sizeCounter) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m, ok := msg.(tea.WindowSizeMsg); ok {
		s.mu.Lock()
		s.sizes = append(s.sizes, m)
		s.mu.Unlock()
	}
	next, cmd := s.Model.Update(msg)
	s.Model = next
	return s, cmd
}

func (s *sizeCounter) got() []tea.WindowSizeMsg {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]tea.WindowSizeMsg(nil), s.sizes...)
}

// TestResizeStormIsCoalesced (finding 3): 3000 window changes of every
// size from 0×0 to 65535×65535 used to each rebuild and repaint the
// dashboard (a core's worth of CPU, and a deadlock). Now at most one size
// per resizeEvery reaches it, the last size wins, and the session answers
// keys afterwards.
func TestResizeStormIsCoalesced(t *testing.T) {
	var counter atomic.Pointer[sizeCounter]
	srv := startServer(t, func(c *Config) {
		c.wrapModel = func(m teaModel) teaModel {
			sc := &sizeCounter{Model: m}
			counter.Store(sc)
			return sc
		}
	})
	_, s := overviewSession(t, srv)

	start := time.Now()
	const storm = 3000
	for i := range storm {
		if err := s.WindowChange(i*101%65536, i*37%65536); err != nil {
			t.Fatal(err)
		}
	}
	s.resize(t, 100, 30)
	var sizes []tea.WindowSizeMsg
	deadline := time.Now().Add(patience)
	for {
		sizes = counter.Load().got()
		if l := sizes[len(sizes)-1]; l.Width == 100 && l.Height == 30 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the last size never reached the dashboard; last %v", sizes[len(sizes)-1])
		}
		time.Sleep(10 * time.Millisecond)
	}
	elapsed := time.Since(start)
	// The initial size, then at most one per resizeEvery (the first at
	// once): a bound by construction, whatever the machine's speed.
	if limit := 2 + int(elapsed/resizeEvery); len(sizes) > limit {
		t.Fatalf("%d sizes reached the dashboard in %v, at most %d expected", len(sizes), elapsed, limit)
	}
	t.Logf("%d window changes in %v: %d reached the dashboard", storm+1, elapsed.Round(time.Millisecond), len(sizes))
	for _, m := range sizes {
		if m.Width < 1 || m.Width > maxWidth || m.Height < 1 || m.Height > maxHeight {
			t.Errorf("unclamped size %dx%d reached the dashboard", m.Width, m.Height)
		}
	}
	from := s.out.Len()
	s.press(t, "2")
	waitFor(t, s.out, from, "GRDP growth", patience)
}

// TestCoalescerLatestWins: a burst of sizes set while nobody reads is
// delivered as its last size, once.
func TestCoalescerLatestWins(t *testing.T) {
	c := newCoalescer(time.Millisecond)
	defer c.stop()
	for i := 1; i <= 1000; i++ {
		c.set(i, i) // never blocks, though nothing reads C yet
	}
	select {
	case w := <-c.C:
		if w.Width != 1000 {
			// The goroutine may have taken an early size before the
			// burst ended; the next delivery must then be the last.
			w = <-c.C
		}
		if w.Width != 1000 || w.Height != 1000 {
			t.Fatalf("delivered %v, want 1000×1000", w)
		}
	case <-time.After(patience):
		t.Fatal("nothing delivered")
	}
	select {
	case w := <-c.C:
		t.Fatalf("delivered %v again", w)
	case <-time.After(20 * time.Millisecond):
	}
}

// TestSilentConnectionsDoNotLockOutOthers (finding 5): 160 TCP connections
// that never speak, from four addresses, used to fill the pre-handshake cap
// and get every other client reset. Now each address holds at most
// MaxPendingPerAddr of them, each for at most HandshakeTimeout.
func TestSilentConnectionsDoNotLockOutOthers(t *testing.T) {
	srv := startServer(t, func(c *Config) { c.HandshakeTimeout = 2 * time.Second })
	var silent []net.Conn
	t.Cleanup(func() {
		for _, c := range silent {
			_ = c.Close()
		}
	})
	for a := 2; a <= 5; a++ {
		for range 40 {
			d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(fmt.Sprintf("127.0.0.%d", a))}, Timeout: patience}
			nc, err := d.Dial("tcp", srv.addr)
			if err != nil {
				t.Skipf("127.0.0.%d not usable here: %v", a, err)
			}
			silent = append(silent, nc)
		}
	}
	waitLogCount(t, srv.log, 4*(40-DefaultMaxPendingPerAddr), "refused connection", "without a session from this address")

	c, err := dial(t, srv.addr, nil)
	if err != nil {
		t.Fatalf("a client from another address was refused: %v", err)
	}
	s := openSession(t, c, sessOpts{env: en})
	waitFor(t, s.out, 0, "Overview", patience)

	// The silent ones are closed by the handshake deadline.
	for _, nc := range silent {
		_ = nc.SetReadDeadline(time.Now().Add(patience))
		if _, err := io.Copy(io.Discard, nc); err != nil && !errors.Is(err, net.ErrClosed) {
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				t.Fatal("a silent connection outlived the handshake deadline")
			}
		}
	}
	srv.mu.Lock()
	pending := srv.pending
	srv.mu.Unlock()
	if pending != 0 {
		t.Errorf("%d connections still counted as pending", pending)
	}
}

// TestPendingKey: the per-address cap counts an IPv6 client by its /64.
func TestPendingKey(t *testing.T) {
	a := pendingKey(&net.TCPAddr{IP: net.ParseIP("2001:db8:1:2:aaaa::1"), Port: 1})
	b := pendingKey(&net.TCPAddr{IP: net.ParseIP("2001:db8:1:2:bbbb::9"), Port: 2})
	c := pendingKey(&net.TCPAddr{IP: net.ParseIP("2001:db8:1:3::1"), Port: 2})
	if a != b || a == c {
		t.Errorf("keys %q %q %q", a, b, c)
	}
	if k := pendingKey(&net.TCPAddr{IP: net.ParseIP("192.0.2.7")}); k != "192.0.2.7" {
		t.Errorf("IPv4 key %q", k)
	}
}

// TestLongArgumentsRefusedBeforeParsing (finding 6): a 200 KB exec command
// used to cost 27 s of CPU in the shell-style splitter before anything
// looked at it. It is refused on its length, unsplit.
func TestLongArgumentsRefusedBeforeParsing(t *testing.T) {
	split := func() []string {
		t.Fatal("arguments over the cap were split")
		return nil
	}
	long := strings.Repeat(`"a\ `, 50_000)
	if _, _, err := parseSessionArgs(long, split, i18n.EN); err == nil || !strings.Contains(err.Error(), "too long") {
		t.Fatalf("long: %v", err)
	}
	many := strings.Repeat("--ascii ", maxArgs+1)
	if _, _, err := parseSessionArgs(many, split, i18n.EN); err == nil || !strings.Contains(err.Error(), "too many arguments") {
		t.Fatalf("many: %v", err)
	}
	ok := "--lang en --tab agreements --theme high-contrast --ascii --present --interval 15s"
	if o, _, err := parseSessionArgs(ok, func() []string { return strings.Fields(ok) }, i18n.VI); err != nil || o.opts.Tab != "agreements" {
		t.Fatalf("ordinary arguments: %+v %v", o, err)
	}

	srv := startServer(t, nil)
	c, err := dial(t, srv.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := openSession(t, c, sessOpts{env: en, command: strings.Repeat("'a ", 70_000)})
	if code := s.wait(t, patience); code != 1 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(s.errOut.String(), "arguments too long") {
		t.Fatalf("message %q", s.errOut.String())
	}
}

// TestEnvRequestsCapped: a client cannot grow a session's environment
// without bound, nor forge the server's own channel entry.
func TestEnvRequestsCapped(t *testing.T) {
	srv := startServer(t, nil)
	c, err := dial(t, srv.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	refused := 0
	for i := range maxEnvRequests + 10 {
		if s.Setenv(fmt.Sprintf("V%d", i), "x") != nil {
			refused++
		}
	}
	if refused != 10 {
		t.Errorf("%d env requests refused, want 10", refused)
	}
	s2, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if s2.Setenv(channelEnv, "1") == nil {
		t.Errorf("a client set %s", channelEnv)
	}
}

// openSilent opens n session channels on c that ask for nothing.
func openSilent(t *testing.T, c *gossh.Client, n int) []gossh.Channel {
	t.Helper()
	var chans []gossh.Channel
	for range n {
		ch, reqs, err := c.OpenChannel("session", nil)
		if err != nil {
			t.Fatalf("opening a session channel: %v", err)
		}
		go gossh.DiscardRequests(reqs)
		t.Cleanup(func() { _ = ch.Close() })
		chans = append(chans, ch)
	}
	return chans
}

func pendingCount(s *Server) (total, perAddr int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pending, len(s.pendingByAddr["127.0.0.1"])
}

// TestSilentChannelsArePending (issue 22, finding 2): a client that logs in
// and opens session channels but never asks for a shell used to leave the
// pending count at once, so one address held 2,000 such connections with
// no refusal and no log line. Until a channel asks for a shell or exec the
// connection counts against the pending caps; further connections from
// the address are refused before the handshake, and logged.
func TestSilentChannelsArePending(t *testing.T) {
	const perAddr = 3
	srv := startServer(t, func(c *Config) {
		c.MaxPendingPerAddr = perAddr
		c.HandshakeTimeout = time.Hour // only the cap is under test here
	})
	for range perAddr {
		c, err := dial(t, srv.addr, nil)
		if err != nil {
			t.Fatal(err)
		}
		openSilent(t, c, sessionsPerConn)
	}
	if total, addr := pendingCount(srv.Server); total != perAddr || addr != perAddr {
		t.Fatalf("%d connections pending (%d from 127.0.0.1), want %d", total, addr, perAddr)
	}
	const more = 10
	for i := range more {
		if _, err := dial(t, srv.addr, nil); err == nil {
			t.Fatalf("connection %d past the cap of %d logged in", perAddr+i+1, perAddr)
		}
	}
	waitLogCount(t, srv.log, more, "refused connection", "without a session from this address")
	if total, _ := pendingCount(srv.Server); total != perAddr {
		t.Errorf("%d connections pending after the refusals, want %d", total, perAddr)
	}
}

// TestSilentChannelsTimeOut: a connection whose channels never ask for a
// shell is closed at the handshake deadline, like one that never logs in,
// and the closing is logged with its reason.
func TestSilentChannelsTimeOut(t *testing.T) {
	srv := startServer(t, func(c *Config) { c.HandshakeTimeout = time.Second })
	c, err := dial(t, srv.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	openSilent(t, c, sessionsPerConn)
	closed := make(chan error, 1)
	go func() { closed <- c.Wait() }()
	select {
	case <-closed:
	case <-time.After(patience):
		t.Fatal("a connection whose channels asked for nothing outlived the handshake deadline")
	}
	waitLogCount(t, srv.log, 1, "closing connection", "reason=no_session")
	deadline := time.Now().Add(patience)
	for {
		if total, _ := pendingCount(srv.Server); total == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the closed connection is still counted as pending")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestEnvAndPtyBoundedBeforeStored (finding 2, the 250 KB values): env and
// pty requests are checked in number and size before charm.land/ssh keeps
// them, signals are refused rather than buffered, and each kind of
// refusal is logged once at once and counted when the channel closes.
func TestEnvAndPtyBoundedBeforeStored(t *testing.T) {
	srv := startServer(t, nil)
	s := rawSession(t, srv.addr)
	if s.Setenv("BIG", strings.Repeat("x", 250<<10)) == nil {
		t.Error("a 250 KB value was accepted")
	}
	if s.Setenv(strings.Repeat("N", maxEnvName+1), "x") == nil {
		t.Error("a name over the cap was accepted")
	}
	// Values at the cap, until the total is reached.
	accepted := 0
	for i := range 2 * maxEnvBytes / maxEnvValue {
		if s.Setenv(fmt.Sprintf("V%d", i), strings.Repeat("v", maxEnvValue-8)) == nil {
			accepted++
		}
	}
	if want := maxEnvBytes / maxEnvValue; accepted != want {
		t.Errorf("%d values at the cap accepted, want %d", accepted, want)
	}
	if err := s.Setenv("LANG", "en_US.UTF-8"); err != nil {
		t.Errorf("a short variable within the total: %v", err)
	}
	if err := s.RequestPty(strings.Repeat("t", 1000), 40, 120, gossh.TerminalModes{}); err == nil {
		t.Error("a 1000-byte TERM was accepted")
	}
	if err := s.RequestPty("xterm-256color", 40, 120, gossh.TerminalModes{}); err != nil {
		t.Fatalf("an ordinary pty request: %v", err)
	}
	if err := s.RequestPty("xterm-256color", 40, 120, gossh.TerminalModes{}); err == nil {
		t.Error("a second pty request was accepted")
	}
	const signals = 200
	for range signals {
		ok, err := s.SendRequest("signal", true, gossh.Marshal(&struct{ Signal string }{strings.Repeat("S", 10<<10)}))
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			t.Fatal("a signal request was accepted")
		}
	}
	out := &syncBuf{}
	s.Stdout = out
	if err := s.Shell(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, out, 0, "GRDP", patience)

	srv.mu.Lock()
	stored := -1
	for ss := range srv.sessions {
		stored = 0
		for _, kv := range ss.env {
			stored += len(kv)
		}
	}
	srv.mu.Unlock()
	// Each kept entry is KEY=VALUE: one byte more than it counted.
	if stored < 0 || stored > maxEnvBytes+maxEnvRequests {
		t.Errorf("the session stored %d bytes of environment, at most %d expected", stored, maxEnvBytes+maxEnvRequests)
	}
	// The first refusal of each reason is logged at once; a flood of one
	// kind is one line, and its count when the channel closes.
	for _, want := range []string{"value over", "name over", "environment over", "TERM over", "second pty request", "not served"} {
		if n := countLog(srv.log, "refused request", want); n != 1 {
			t.Errorf("%d log lines for %q refusals, want 1", n, want)
		}
	}
	_ = s.Close()
	waitLogCount(t, srv.log, 1, "refused requests", "not served", fmt.Sprintf("count=%d", signals))
}

// TestSilentAddressesCannotFillPendingCap (issue 22, finding 10): silent
// connections from enough addresses, each within its own cap, used to
// fill the total cap and get every other client refused. A newcomer from
// an address holding fewer takes the place of the oldest connection of
// the address holding the most; the total is never exceeded, and each
// connection crowded out is closed and logged.
func TestSilentAddressesCannotFillPendingCap(t *testing.T) {
	const perAddr, addrs = 2, 8 // total cap: 4 × MaxSessions = 8, filled by 4 addresses
	srv := startServer(t, func(c *Config) {
		c.MaxSessions, c.MaxPerIP = 2, 2
		c.MaxPendingPerAddr = perAddr
		c.HandshakeTimeout = time.Hour // only the caps are under test
	})
	var silent []net.Conn
	t.Cleanup(func() {
		for _, c := range silent {
			_ = c.Close()
		}
	})
	for a := range addrs {
		for range perAddr {
			d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(fmt.Sprintf("127.0.0.%d", a+2))}, Timeout: patience}
			nc, err := d.Dial("tcp", srv.addr)
			if err != nil {
				t.Skipf("127.0.0.%d not usable here: %v", a+2, err)
			}
			silent = append(silent, nc)
		}
		// Each address's connections are counted before the next's come.
		waitPending(t, srv.Server, min((a+1)*perAddr, 4*2))
	}
	if total, _ := pendingCount(srv.Server); total != 4*2 {
		t.Fatalf("%d connections pending, want the cap of %d", total, 4*2)
	}
	// Every connection past the cap either crowded out one of an address
	// holding more, or, once every address held as few as the newcomer's,
	// was refused.
	deadline := time.Now().Add(patience)
	over := (addrs - 4) * perAddr
	for countLog(srv.log, "reason=crowded_out")+countLog(srv.log, "refused connection") < over {
		if time.Now().After(deadline) {
			t.Fatalf("not every connection past the cap was accounted for:\n%s", srv.log.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	// A client from an address holding none gets in.
	c, err := dial(t, srv.addr, nil)
	if err != nil {
		t.Fatalf("a client from another address was refused: %v", err)
	}
	s := openSession(t, c, sessOpts{env: en})
	waitFor(t, s.out, 0, "Overview", patience)
	if total, _ := pendingCount(srv.Server); total > 4*2 {
		t.Errorf("%d connections pending, over the cap of %d", total, 4*2)
	}
	if countLog(srv.log, "reason=crowded_out") == 0 {
		t.Error("no connection was crowded out")
	}
	t.Logf("%d crowded out, %d refused", countLog(srv.log, "reason=crowded_out"), countLog(srv.log, "refused connection"))
}

// waitPending waits until the server counts n connections without a
// session.
func waitPending(t *testing.T, s *Server, n int) {
	t.Helper()
	deadline := time.Now().Add(patience)
	for {
		if total, _ := pendingCount(s); total == n {
			return
		}
		if time.Now().After(deadline) {
			total, _ := pendingCount(s)
			t.Fatalf("%d connections pending, want %d", total, n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// markWriter discards what it is given but counts it and notes whether a
// marker went by: a client that reads its session's output and keeps
// none of it, so the heap measured is the server's (and the client's
// fixed cost), not the output.
type markWriter struct {
	mark []byte
	mu   sync.Mutex
	n    int
	seen bool
	tail []byte
}

func (w *markWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.n += len(p)
	if !w.seen {
		buf := append(w.tail, p...)
		w.seen = bytes.Contains(buf, w.mark)
		w.tail = append([]byte(nil), buf[max(0, len(buf)-len(w.mark)):]...)
	}
	return len(p), nil
}

func (w *markWriter) marked() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.seen
}

// heapPerSession opens n sessions at the largest window the server draws,
// each a size of its own (so that no two share a drawn frame: the frame
// cache's cost counts too), waits for each first frame, and returns the
// heap in use per live session, measured after a collection.
func heapPerSession(t *testing.T, n int) int64 {
	t.Helper()
	var keys atomic.Int64 // key presses every session's dashboard has handled
	srv := startServer(t, func(c *Config) {
		c.MaxSessions, c.MaxPerIP, c.MaxPendingPerAddr = n, n, n
		c.wrapModel = func(m teaModel) teaModel { return &keyCounter{Model: m, n: &keys} }
	})
	heap := func() int64 {
		runtime.GC()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return int64(m.HeapInuse)
	}
	// One session first, ended: what every session shares (the dataset's
	// derived tables, lazily built styles) is not counted per session.
	warm(t, srv.addr, maxWidth, maxHeight)
	waitSessions(t, srv.Server, 0)
	before := heap()
	var sessions []*gossh.Session
	for i := range n {
		s := rawSession(t, srv.addr)
		out := &markWriter{mark: []byte("GRDP")}
		s.Stdout, s.Stderr = out, out
		in, err := s.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		_ = s.Setenv("LANG", "en_US.UTF-8")
		// Widths from the clamp down: each session's frame is its own.
		if err := s.RequestPty("xterm-256color", maxHeight, maxWidth-i, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
		if err := s.Shell(); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(3 * patience)
		for !out.marked() {
			if time.Now().After(deadline) {
				t.Fatalf("session %d drew no first frame", i)
			}
			time.Sleep(10 * time.Millisecond)
		}
		sessions = append(sessions, s)
		// Every tab, each face of the last, and a detail opened: the
		// views keep what they drew.
		if _, err := in.Write([]byte(tour)); err != nil {
			t.Fatal(err)
		}
	}
	waitSessions(t, srv.Server, n)
	deadline := time.Now().Add(3 * patience)
	for keys.Load() < int64(n*len(tour)) {
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d keys handled", keys.Load(), n*len(tour))
		}
		time.Sleep(10 * time.Millisecond)
	}
	per := (heap() - before) / int64(n)
	for _, s := range sessions {
		_ = s.Close()
	}
	return per
}

// tour is the keys each measured session presses.
const tour = "2345vvv\r1"

// keyCounter counts the key presses a dashboard has handled.
type keyCounter struct {
	tea.Model
	n *atomic.Int64
}

func (k *keyCounter) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := k.Model.Update(msg)
	k.Model = next
	if _, ok := msg.(tea.KeyPressMsg); ok {
		k.n.Add(1)
	}
	return k, cmd
}

func warm(t *testing.T, addr string, w, h int) {
	t.Helper()
	c, err := dial(t, addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := openSession(t, c, sessOpts{env: en, w: w, h: h})
	waitFor(t, s.out, 0, "GRDP", 3*patience)
	s.press(t, "q")
	s.wait(t, patience)
	_ = c.Close()
}

// sessionBudget is the memory budget for one SSH session at the largest
// window the server draws.
const sessionBudget = 8 << 20

// TestMemoryPerSessionAtLargestWindow (issue 22, finding 7): 64 sessions
// at 500×200 used 1.95 GB, some 30 MB each, against a budget of 8 MB. The
// heap per live session at the largest window the server draws, each at a
// size of its own, stays within the budget. The client runs in this
// process, so the figure includes its side too (an upper bound).
func TestMemoryPerSessionAtLargestWindow(t *testing.T) {
	n := 8
	if raceEnabled || testing.Short() {
		n = 3
	}
	per := heapPerSession(t, n)
	t.Logf("%d sessions at %d×%d: heap in use per session %s", n, maxWidth, maxHeight, fmtBytes(per))
	if per > sessionBudget {
		t.Errorf("%s per session at %d×%d, over the %s budget", fmtBytes(per), maxWidth, maxHeight, fmtBytes(sessionBudget))
	}
}

// TestClampedWindowSaysSo: a client whose window is larger than the server
// draws is told so in the footer, at the start and after a resize to a
// larger window; a window within the clamp is not.
func TestClampedWindowSaysSo(t *testing.T) {
	const notice = "Your window is larger than the server draws"
	srv := startServer(t, nil)
	c, err := dial(t, srv.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := openSession(t, c, sessOpts{env: en, w: maxWidth + 44, h: maxHeight + 20})
	waitFor(t, s.out, 0, notice, patience)
	from := s.out.Len()
	s.resize(t, 100, 30)
	s.press(t, "2") // a key clears the notice
	waitFor(t, s.out, from, "GRDP growth", patience)
	from = s.out.Len()
	s.resize(t, maxWidth*4, maxHeight)
	waitFor(t, s.out, from, notice, patience)

	small := openSession(t, c, sessOpts{env: en, w: maxWidth, h: maxHeight})
	waitFor(t, small.out, 0, "Overview", patience)
	small.press(t, "q")
	small.wait(t, patience)
	if strings.Contains(small.out.String(), notice) {
		t.Error("a window within the clamp was told it is larger")
	}
}
