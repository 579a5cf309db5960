package room

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
)

// rivalHubs starts a NATS server and two servers' hubs on it, beating
// every 50 ms: a under idA, which the lower-id rule favours, and b under
// idB. url is the NATS server's, for an intruder to dial.
func rivalHubs(t *testing.T) (url string, a, b *Hub, alog, blog *logBuffer) {
	t.Helper()
	ns, _ := startNATS(t, -1)
	url = ns.ClientURL()
	beat := 50 * time.Millisecond
	a, alog = natsHubID(t, url, beat, idA)
	b, blog = natsHubID(t, url, beat, idB)
	return url, a, b, alog, blog
}

// intruder is a plain NATS client on the bus: anyone who can reach an
// unauthenticated NATS server.
type intruder struct {
	t  *testing.T
	nc *nats.Conn
}

func newIntruder(t *testing.T, url string) *intruder {
	t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	return &intruder{t: t, nc: nc}
}

func (x *intruder) raw(room string, data []byte) {
	x.t.Helper()
	if err := x.nc.Publish(subjectPrefix+room, data); err != nil {
		x.t.Fatal(err)
	}
}

func (x *intruder) send(room string, m busMsg) {
	x.t.Helper()
	b, err := json.Marshal(m)
	if err != nil {
		x.t.Fatal(err)
	}
	x.raw(room, b)
}

// views returns every view the inbox was given.
func (b *inbox) all() []View {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]View(nil), b.views...)
}

const (
	idA = "8000000000000000"
	idB = "1000000000000000"
	idX = "0000000000000001" // lower than both: the lower-id rule favours it
)

// TestNATSForgedMessagesIgnored (issue 22, finding 9): one message with
// "from":"0" used to demote the real presenter for good, and negative or
// huge follower counts were shown. A message from a server that has not
// announced itself is ignored, so is a count out of bounds; a message
// under a real server's id is caught by that server, which says what is
// true, and the presenter it displaced leads again.
func TestNATSForgedMessagesIgnored(t *testing.T) {
	url, a, b, alog, blog := rivalHubs(t)

	la, fb, fx := newInbox(), newInbox(), newInbox()
	lead, _ := a.Join("room-1", "lan", true, la.deliver)
	lead.Publish([]byte("s1"))
	f, _ := b.Join("room-1", "minh", false, fb.deliver)
	fb.wait(t, "remote state", func(v View) bool { return string(v.State) == "s1" && v.LeaderHere })
	la.wait(t, "b's follower counted", func(v View) bool { return v.Followers == 1 })
	other, _ := b.Join("room-x", "tuan", false, fx.deliver)

	x := newIntruder(t, url)
	// Never announced: ignored, whatever the id.
	x.send("room-1", busMsg{From: "0", Kind: kindState, Leader: "mallory", State: []byte("evil")})
	x.send("room-1", busMsg{From: "0000000000000000", Kind: kindState, Leader: "mallory", State: []byte("evil")})
	x.send("room-1", busMsg{From: "0000000000000000", Kind: kindCount, Followers: -4611686018410262870})
	// Announced, with counts out of bounds: ignored; then one in bounds.
	x.send(announceRoom, busMsg{From: idX, Kind: kindHello})
	x.send("room-1", busMsg{From: idX, Kind: kindCount, Followers: -5})
	x.send("room-1", busMsg{From: idX, Kind: kindCount, Followers: 1 << 40})
	x.send("room-1", busMsg{From: idX, Kind: kindCount, Followers: 3})
	x.send("room-x", busMsg{From: idX, Kind: kindState, Leader: "x", State: []byte("x1")})
	// Each hub takes one connection's messages in order: once these last
	// ones are in, so are the ones before.
	la.wait(t, "the announced count", func(v View) bool { return v.Followers == 4 })
	fx.wait(t, "the announced state", func(v View) bool { return string(v.State) == "x1" })
	for _, v := range la.all() {
		if v.Role != Lead || v.Followers < 0 || v.Followers > 4 {
			t.Errorf("the leader was shown %+v", v)
		}
	}
	for _, v := range fb.all() {
		if string(v.State) == "evil" {
			t.Errorf("b's follower was shown the forged state")
		}
	}
	if alog.count("WARN", "has not announced itself") != 1 || alog.count("WARN", "count out of bounds") != 1 {
		t.Errorf("each kind of refusal should warn once:\n%s", alog.String())
	}

	// Under b's id, which the lower-id rule favours over a: a's
	// presenter is displaced for a moment; b hears its own id, says it
	// leads nothing there, and a's presenter leads again from its state.
	x.send("room-1", busMsg{From: idB, Kind: kindState, Leader: "mallory", State: []byte("evil")})
	blog.waitLog(t, "WARN", "under this server's id", 1)
	alog.waitLog(t, "WARN", "leads again", 1)
	la.wait(t, "leading again", func(v View) bool { return v.Role == Lead && string(v.State) == "s1" })
	if lead.Role() != Lead {
		t.Errorf("the presenter's role is %v", lead.Role())
	}
	lead.Publish([]byte("s2"))
	fb.wait(t, "b follows a's presenter", func(v View) bool { return string(v.State) == "s2" && v.Leader == "lan" })
	for _, v := range fb.all() {
		if string(v.State) == "evil" {
			t.Errorf("b's follower was shown the forged state")
		}
	}
	for _, m := range []*Member{other, f, lead} {
		m.Leave()
	}
}

// TestNATSSilentLeaderReleasesRoom: a server that announced itself and
// took a room (the lower-id rule) and then went silent used to keep it:
// the presenter it displaced stayed a follower. Three beats later the room
// is released: the displaced presenter leads again, or, if it has gone,
// another --lead may.
func TestNATSSilentLeaderReleasesRoom(t *testing.T) {
	url, a, b, alog, _ := rivalHubs(t)

	la, fb := newInbox(), newInbox()
	lead, _ := a.Join("room-1", "lan", true, la.deliver)
	lead.Publish([]byte("s1"))
	f, _ := b.Join("room-1", "minh", false, fb.deliver)
	fb.wait(t, "remote state", func(v View) bool { return string(v.State) == "s1" && v.LeaderHere })

	x := newIntruder(t, url)
	x.send(announceRoom, busMsg{From: idX, Kind: kindHello})
	x.send("room-1", busMsg{From: idX, Kind: kindState, Leader: "mallory", State: []byte("x1")})
	la.wait(t, "displaced", func(v View) bool { return v.Role == Follow && string(v.State) == "x1" })
	fb.wait(t, "b follows the other", func(v View) bool { return string(v.State) == "x1" })
	// x says nothing more.
	la.wait(t, "leading again", func(v View) bool { return v.Role == Lead && string(v.State) == "s1" })
	fb.wait(t, "b follows a's presenter again", func(v View) bool {
		return string(v.State) == "s1" && v.Leader == "lan" && v.LeaderHere
	})
	alog.waitLog(t, "WARN", "leads again", 1)

	// Again, and the displaced presenter leaves meanwhile: once x is
	// silent, another --lead takes the room.
	x.send(announceRoom, busMsg{From: idX, Kind: kindHello})
	x.send("room-1", busMsg{From: idX, Kind: kindState, Leader: "mallory", State: []byte("x2")})
	la.wait(t, "displaced again", func(v View) bool { return v.Role == Follow && string(v.State) == "x2" })
	lead.Leave()
	deadline := time.Now().Add(10 * time.Second)
	for {
		m, err := b.Join("room-1", "quan", true, func(View) {})
		if err != nil {
			t.Fatal(err)
		}
		if m.Role() == Lead {
			m.Leave()
			break
		}
		m.Leave()
		if time.Now().After(deadline) {
			t.Fatal("another --lead never took the room from the silent server")
		}
		time.Sleep(10 * time.Millisecond)
	}
	f.Leave()
}

// TestNATSWarningsRateLimited: garbage at full speed used to write a
// warning per message (7.6 MB a server every 10 s). Each kind warns once
// a beat, and the beat's end (here: closing the hub) says how many more
// there were.
func TestNATSWarningsRateLimited(t *testing.T) {
	ns, _ := startNATS(t, -1)
	url := ns.ClientURL()
	a, alog := natsHubID(t, url, time.Hour, idA) // one beat for the whole test
	la := newInbox()
	lead, _ := a.Join("room-1", "lan", true, la.deliver)
	defer lead.Leave()

	x := newIntruder(t, url)
	const n = 1000
	for i := range n {
		x.raw("room-1", fmt.Appendf(nil, "garbage %d", i))
		x.send("room-1", busMsg{From: "00000000000000ff", Kind: kindState, State: []byte("evil")})
	}
	x.send(announceRoom, busMsg{From: idX, Kind: kindHello})
	x.send("room-1", busMsg{From: idX, Kind: kindCount, Followers: 2})
	la.wait(t, "the last message is in", func(v View) bool { return v.Followers == 2 })
	if u, f := alog.count("WARN", "unreadable message"), alog.count("WARN", "has not announced itself"); u != 1 || f != 1 {
		t.Fatalf("%d and %d warnings for %d messages of each kind, want 1 each", u, f, n)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	for _, kind := range []string{"kind=unreadable", "kind=unannounced"} {
		if c := countLines(alog, "warnings repeated", kind, fmt.Sprintf("count=%d", n-1)); c != 1 {
			t.Errorf("%d summaries with %s count=%d:\n%s", c, kind, n-1, alog.String())
		}
	}
}

func countLines(l *logBuffer, wants ...string) int {
	n := 0
	for line := range strings.Lines(l.String()) {
		all := true
		for _, w := range wants {
			all = all && strings.Contains(line, w)
		}
		if all {
			n++
		}
	}
	return n
}
