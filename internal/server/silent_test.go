package server

import (
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

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
