package room

import (
	"bytes"
	"errors"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/log/v2"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
)

// startNATS runs a NATS server in the process on port (-1: any free
// port) and shuts it down, all its goroutines ended, when the test ends.
// stop shuts it down earlier (twice is harmless).
func startNATS(t *testing.T, port int) (ns *server.Server, stop func()) {
	t.Helper()
	ns, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: port, NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go ns.Start()
	if !ns.ReadyForConnections(10 * time.Second) {
		ns.Shutdown()
		ns.WaitForShutdown()
		t.Fatalf("NATS server on port %d not ready", port)
	}
	var once sync.Once
	stop = func() {
		once.Do(func() {
			ns.Shutdown()
			ns.WaitForShutdown()
		})
	}
	t.Cleanup(stop)
	return ns, stop
}

func natsPort(t *testing.T, ns *server.Server) int {
	t.Helper()
	a, ok := ns.Addr().(*net.TCPAddr)
	if !ok {
		t.Fatalf("NATS server address %v is not TCP", ns.Addr())
	}
	return a.Port
}

// logBuffer is a log a test can read while the bus writes it.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// count is how many lines of the log are at level (INFO, WARN, …) and
// say msg.
func (l *logBuffer) count(level, msg string) int {
	n := 0
	for line := range strings.Lines(l.String()) {
		if strings.HasPrefix(line, level+" ") && strings.Contains(line, msg) {
			n++
		}
	}
	return n
}

// waitLog waits until the log has said msg at level at least n times.
func (l *logBuffer) waitLog(t *testing.T, level, msg string, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for l.count(level, msg) < n {
		if time.Now().After(deadline) {
			t.Fatalf("the log never said %s %q %d times; it has:\n%s", level, msg, n, l.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// natsHub is a hub on its own NATS bus at url, as one server of several
// would run it, logging to the returned buffer. The bus redials every
// 50 ms instead of 2 s so the tests need not wait.
func natsHub(t *testing.T, url string, beat time.Duration) (*Hub, *logBuffer) {
	t.Helper()
	return natsHubID(t, url, beat, "")
}

// natsHubID is natsHub with the server's id chosen, so a test knows which
// of two servers the lower-id rule favours (an empty id is drawn, as a
// server draws its own).
func natsHubID(t *testing.T, url string, beat time.Duration, id string) (*Hub, *logBuffer) {
	t.Helper()
	lb := &logBuffer{}
	logger := log.New(lb)
	logger.SetLevel(log.DebugLevel)
	bus, err := DialNATS(url, logger, nats.ReconnectWait(50*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	h, err := NewHub(Config{Bus: bus, Beat: beat, Logger: logger, id: id})
	if err != nil {
		_ = bus.Close()
		t.Fatal(err)
	}
	// The hub closes its bus whether or not NATS is still up.
	t.Cleanup(func() {
		if err := h.Close(); err != nil {
			t.Errorf("closing the hub: %v", err)
		}
	})
	return h, lb
}

// TestNATSAcrossServers is TestAcrossServers over a real NATS server: a
// follower on one hub follows a leader on another, a late joiner syncs,
// counts add up.
func TestNATSAcrossServers(t *testing.T) {
	ns, _ := startNATS(t, -1)
	beat := 50 * time.Millisecond
	a, _ := natsHub(t, ns.ClientURL(), beat)
	b, _ := natsHub(t, ns.ClientURL(), beat)

	lead, f, other, lb, fb, _ := acrossServers(t, a, b)

	other.Leave()
	lb.wait(t, "a remote follower left", func(v View) bool { return v.Followers == 1 })
	lead.Leave()
	fb.wait(t, "remote leader left", func(v View) bool { return !v.LeaderHere && string(v.State) == "s2" })
	f.Leave()
}

// TestNATSBusAway: the NATS server goes away. Each hub keeps its local
// rooms and logs the loss; a follower of a leader on the other hub keeps
// the last state and learns the leader is unheard. A new NATS server on
// the same port is found again without help, and the follower catches up
// with the state the leader set meanwhile.
func TestNATSBusAway(t *testing.T) {
	ns, stop := startNATS(t, -1)
	port := natsPort(t, ns)
	url := ns.ClientURL()
	beat := 50 * time.Millisecond
	a, alog := natsHub(t, url, beat)
	b, blog := natsHub(t, url, beat)

	lb, fb := newInbox(), newInbox()
	lead, _ := a.Join("room-1", "lan", true, lb.deliver)
	lead.Publish([]byte("s1"))
	f, _ := b.Join("room-1", "minh", false, fb.deliver)
	fb.wait(t, "remote state", func(v View) bool { return string(v.State) == "s1" && v.LeaderHere })

	stop()
	alog.waitLog(t, "WARN", "room bus: disconnected", 1)
	blog.waitLog(t, "WARN", "room bus: disconnected", 1)

	// Local rooms keep working on each side.
	la := newInbox()
	local, _ := a.Join("room-1", "hoa", false, la.deliver)
	lead.Publish([]byte("s2"))
	la.wait(t, "local follower on a without the bus", func(v View) bool { return string(v.State) == "s2" })
	lb2, fb2 := newInbox(), newInbox()
	lead2, _ := b.Join("room-2", "quan", true, lb2.deliver)
	if lead2.Role() != Lead {
		t.Fatalf("a new room on b without the bus: %v", lead2.Role())
	}
	f2, _ := b.Join("room-2", "tuan", false, fb2.deliver)
	lead2.Publish([]byte("t1"))
	fb2.wait(t, "local room on b without the bus", func(v View) bool { return string(v.State) == "t1" && v.LeaderHere })
	lb2.wait(t, "local count on b without the bus", func(v View) bool { return v.Followers == 1 })
	fb.wait(t, "remote leader unheard, last state kept", func(v View) bool { return !v.LeaderHere && string(v.State) == "s1" })
	blog.waitLog(t, "WARN", "leader's server unheard", 1)

	// NATS is back on the same address: both buses redial by themselves.
	startNATS(t, port)
	alog.waitLog(t, "INFO", "room bus: reconnected", 1)
	blog.waitLog(t, "INFO", "room bus: reconnected", 1)
	fb.wait(t, "caught up after the bus returned", func(v View) bool { return v.LeaderHere && string(v.State) == "s2" })
	lead.Publish([]byte("s3"))
	fb.wait(t, "new state over the new server", func(v View) bool { return string(v.State) == "s3" })
	lb.wait(t, "counts add up again", func(v View) bool { return v.Followers == 2 })

	for _, m := range []*Member{f2, lead2, local, f, lead} {
		m.Leave()
	}
}

// TestNATSStartsWithoutBus: `serve --bus` starts while NATS is down (the
// machines booted in another order): rooms work locally, the log says
// NATS cannot be reached, and the bus connects once NATS is up.
func TestNATSStartsWithoutBus(t *testing.T) {
	ns, stop := startNATS(t, -1)
	port, url := natsPort(t, ns), ns.ClientURL()
	stop()

	beat := 50 * time.Millisecond
	a, alog := natsHub(t, url, beat)
	alog.waitLog(t, "WARN", "room bus: cannot reach NATS", 1)
	// Later failed dials go to debug, not to another warning.
	alog.waitLog(t, "DEBUG", "room bus: still cannot reach NATS", 1)
	lb, fa := newInbox(), newInbox()
	lead, _ := a.Join("room-1", "lan", true, lb.deliver)
	fl, _ := a.Join("room-1", "hoa", false, fa.deliver)
	lead.Publish([]byte("s1"))
	fa.wait(t, "local room before NATS is up", func(v View) bool { return string(v.State) == "s1" })

	startNATS(t, port)
	alog.waitLog(t, "INFO", "room bus: connected", 1)
	b, _ := natsHub(t, url, beat)
	fb := newInbox()
	f, _ := b.Join("room-1", "minh", false, fb.deliver)
	fb.wait(t, "remote state once NATS is up", func(v View) bool { return string(v.State) == "s1" && v.LeaderHere })
	lb.wait(t, "both followers counted", func(v View) bool { return v.Followers == 2 })
	if n := alog.count("WARN", "room bus: cannot reach NATS"); n != 1 {
		t.Errorf("the outage was warned of %d times, want once:\n%s", n, alog.String())
	}
	for _, m := range []*Member{f, fl, lead} {
		m.Leave()
	}
}

// TestNATSBadURL: a URL that cannot name a NATS server fails at once,
// naming the flag and the URL, never its password.
func TestNATSBadURL(t *testing.T) {
	for _, c := range []struct{ url, says string }{
		{"", "empty"},
		{"  ", "empty"},
		{"localhost:4222", "no scheme"},
		{"http://localhost:4222", `scheme "http"`},
		{"nats://", "no host"},
		{"nats://:4222", "no host"},
		{"nats://localhost:99999", "port"},
		{"nats://localhost:0", "port"},
		{"nats://localhost:4222/x", "no path"},
		{"nats://a:4222,,nats://b:4222", "empty entry"},
		{"nats://a:4222,ws://b:8080", "cannot be mixed"},
		{"nats://lan:hunter2@host:4222,http://u:pw@b", `scheme "http"`},
		{"nats://lan:hunter2@[::1:4222", "cannot read"},
	} {
		bus, err := DialNATS(c.url, nil)
		if err == nil {
			_ = bus.Close()
			t.Errorf("%q accepted", c.url)
			continue
		}
		msg := err.Error()
		if !errors.Is(err, ErrBusURL) || !strings.Contains(msg, "--bus") || !strings.Contains(msg, c.says) {
			t.Errorf("%q: error %q should name --bus and say %q", c.url, msg, c.says)
		}
		if strings.Contains(msg, "hunter2") || strings.Contains(msg, "pw@") {
			t.Errorf("%q: error shows the password: %s", c.url, msg)
		}
		if !strings.Contains(c.url, "@") && !strings.Contains(msg, strings.TrimSpace(c.url)) {
			t.Errorf("%q: error does not show the URL: %s", c.url, msg)
		}
	}
	if got := maskURL("nats://tok@a:1, tls://u:p@b:2,nats://c:3"); got != "nats://xxxxx@a:1, tls://xxxxx@b:2,nats://c:3" {
		t.Errorf("maskURL: %s", got)
	}
}

// TestNATSPublishAndClose: Publish refuses what is not a room name and
// fails, not waits, once the bus is closed; Close is idempotent.
func TestNATSPublishAndClose(t *testing.T) {
	ns, _ := startNATS(t, -1)
	bus, err := DialNATS(ns.ClientURL(), nil)
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan string, 1)
	if err := bus.Subscribe(func(room string, data []byte) { got <- room + ":" + string(data) }); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"", "a.b", "a*", ">", "Room"} {
		if err := bus.Publish(bad, []byte("x")); !errors.Is(err, ErrName) {
			t.Errorf("Publish(%q): %v", bad, err)
		}
	}
	// The bus does not echo a server's own messages (it would ignore
	// them): another connection hears them.
	other, err := DialNATS(ns.ClientURL(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := other.Publish("room-9", []byte("hi")); err != nil {
		t.Fatal(err)
	}
	select {
	case m := <-got:
		if m != "room-9:hi" {
			t.Errorf("heard %q", m)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a message from another connection never came")
	}
	if err := other.Close(); err != nil {
		t.Fatal(err)
	}
	if err := bus.Close(); err != nil {
		t.Fatal(err)
	}
	if err := bus.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if err := bus.Publish("room-9", []byte("late")); !errors.Is(err, nats.ErrConnectionClosed) {
		t.Errorf("Publish after Close: %v", err)
	}
	if err := bus.Subscribe(func(string, []byte) {}); err == nil {
		t.Error("Subscribe after Close accepted")
	}
}
