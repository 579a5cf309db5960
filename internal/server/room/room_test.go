package room

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"charm.land/log/v2"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// inbox collects the views a member is given.
type inbox struct {
	mu    sync.Mutex
	views []View
	got   chan struct{}
}

func newInbox() *inbox { return &inbox{got: make(chan struct{}, 1024)} }

func (b *inbox) deliver(v View) {
	b.mu.Lock()
	b.views = append(b.views, v)
	b.mu.Unlock()
	b.got <- struct{}{}
}

func (b *inbox) last() (View, int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.views) == 0 {
		return View{}, 0
	}
	return b.views[len(b.views)-1], len(b.views)
}

// wait waits until the last view satisfies ok.
func (b *inbox) wait(t *testing.T, what string, ok func(View) bool) View {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		if v, n := b.last(); n > 0 && ok(v) {
			return v
		}
		select {
		case <-b.got:
		case <-deadline:
			v, _ := b.last()
			t.Fatalf("%s: never came; last view %+v", what, v)
		}
	}
}

func newHub(t *testing.T, cfg Config) *Hub {
	t.Helper()
	h, err := NewHub(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Close() })
	return h
}

func TestCheckName(t *testing.T) {
	for _, ok := range []string{"a", "briefing", "ha-noi-2025", "0", "abcdefghijklmnopqrstuvwxyz012345"} {
		if err := CheckName(ok); err != nil {
			t.Errorf("%q refused: %v", ok, err)
		}
	}
	for _, bad := range []string{"", "Briefing", "a b", "a.b", "a*", "a>", "phòng", "abcdefghijklmnopqrstuvwxyz0123456", "\x1b]52"} {
		if err := CheckName(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestLeaderAndFollowers(t *testing.T) {
	h := newHub(t, Config{})
	lb, fb := newInbox(), newInbox()
	lead, err := h.Join("briefing", "lan", true, lb.deliver)
	if err != nil || lead.Role() != Lead {
		t.Fatalf("lead: %v, role %v", err, lead.Role())
	}
	lead.Publish([]byte(`{"tab":"overview"}`))
	// A follower who joins late sees the leader's state at once.
	f, err := h.Join("briefing", "minh", false, fb.deliver)
	if err != nil || f.Role() != Follow {
		t.Fatalf("follow: %v, role %v", err, f.Role())
	}
	fb.wait(t, "state on joining", func(v View) bool {
		return string(v.State) == `{"tab":"overview"}` && v.Leader == "lan" && v.LeaderHere && v.Role == Follow
	})
	lb.wait(t, "leader's count", func(v View) bool { return v.Followers == 1 && v.Role == Lead })
	lead.Publish([]byte(`{"tab":"fdi"}`))
	fb.wait(t, "new state", func(v View) bool { return string(v.State) == `{"tab":"fdi"}` })

	// Publishing the same state again sends nothing.
	_, before := fb.last()
	lead.Publish([]byte(`{"tab":"fdi"}`))
	f.Publish([]byte(`{"tab":"gdp"}`)) // a follower cannot publish
	time.Sleep(50 * time.Millisecond)
	if v, n := fb.last(); n != before || string(v.State) != `{"tab":"fdi"}` {
		t.Fatalf("an unchanged or a follower's state reached the follower: %d views, %s", n-before, v.State)
	}

	// A second --lead while the room has a leader follows instead.
	sb := newInbox()
	second, err := h.Join("briefing", "quan", true, sb.deliver)
	if err != nil || second.Role() != Follow {
		t.Fatalf("second leader: %v, role %v", err, second.Role())
	}
	lb.wait(t, "leader's count of two", func(v View) bool { return v.Followers == 2 })

	// The leader leaves: followers keep the last state, told it left.
	lead.Leave()
	fb.wait(t, "leader gone", func(v View) bool { return !v.LeaderHere && string(v.State) == `{"tab":"fdi"}` })
	// A new leader may take over.
	nb := newInbox()
	taker, err := h.Join("briefing", "hoa", true, nb.deliver)
	if err != nil || taker.Role() != Lead {
		t.Fatalf("takeover: %v, role %v", err, taker.Role())
	}
	fb.wait(t, "new leader", func(v View) bool { return v.LeaderHere && v.Leader == "hoa" })
	taker.Publish([]byte(`{"tab":"zones"}`))
	sb.wait(t, "new leader's state", func(v View) bool { return string(v.State) == `{"tab":"zones"}` })

	for _, m := range []*Member{taker, second, f} {
		m.Leave()
		m.Leave() // twice is harmless
	}
	if n := h.Rooms(); n != 0 {
		t.Fatalf("%d rooms left after everyone left", n)
	}
}

func TestCaps(t *testing.T) {
	h := newHub(t, Config{MaxRooms: 2, MaxFollowers: 2})
	var ms []*Member
	join := func(room string, lead bool) error {
		m, err := h.Join(room, "x", lead, func(View) {})
		if err == nil {
			ms = append(ms, m)
		}
		return err
	}
	for _, r := range []string{"a", "b"} {
		if err := join(r, true); err != nil {
			t.Fatal(err)
		}
	}
	if err := join("c", false); !errors.Is(err, ErrTooManyRooms) {
		t.Fatalf("third room: %v", err)
	}
	if err := join("Bad Name", false); !errors.Is(err, ErrName) {
		t.Fatalf("bad name: %v", err)
	}
	for range 2 {
		if err := join("a", false); err != nil {
			t.Fatal(err)
		}
	}
	if err := join("a", false); !errors.Is(err, ErrRoomFull) {
		t.Fatalf("third follower: %v", err)
	}
	for _, m := range ms {
		m.Leave()
	}
	if err := join("c", false); err != nil {
		t.Fatalf("a room freed by its last member is free again: %v", err)
	}
	ms[len(ms)-1].Leave()
	_ = h.Close()
	if _, err := h.Join("a", "x", false, func(View) {}); !errors.Is(err, ErrClosed) {
		t.Fatalf("join after close: %v", err)
	}
}

// TestSlowFollowerAlone: a follower whose delivery is stuck holds nobody
// up, and gets the newest state once it moves again.
func TestSlowFollowerAlone(t *testing.T) {
	h := newHub(t, Config{})
	lead, _ := h.Join("r", "l", true, func(View) {})
	release := make(chan struct{})
	stuck := newInbox()
	slow, _ := h.Join("r", "slow", false, func(v View) {
		<-release
		stuck.deliver(v)
	})
	fast := newInbox()
	quick, _ := h.Join("r", "fast", false, fast.deliver)
	for i := range 100 {
		lead.Publish(fmt.Appendf(nil, "%d", i))
	}
	fast.wait(t, "fast follower", func(v View) bool { return string(v.State) == "99" })
	close(release)
	stuck.wait(t, "slow follower catches up", func(v View) bool { return string(v.State) == "99" })
	if _, n := stuck.last(); n > 3 {
		t.Errorf("slow follower was handed %d views; the mailbox keeps only the newest", n)
	}
	for _, m := range []*Member{slow, quick, lead} {
		m.Leave()
	}
}

// acrossServers is the part every bus must pass: a leader on hub a, a
// follower on hub b who syncs the state set before it joined, counts that
// add up, a --lead on b that follows, and a new state reaching both of
// b's members. It returns the members and their inboxes (leader,
// follower, second would-be leader).
func acrossServers(t *testing.T, a, b *Hub) (lead, f, other *Member, lb, fb, bb *inbox) {
	t.Helper()
	lb, fb, bb = newInbox(), newInbox(), newInbox()
	lead, _ = a.Join("room-1", "lan", true, lb.deliver)
	lead.Publish([]byte("s1"))
	f, _ = b.Join("room-1", "minh", false, fb.deliver)
	fb.wait(t, "remote state by sync", func(v View) bool { return string(v.State) == "s1" && v.Leader == "lan" && v.LeaderHere })
	lb.wait(t, "remote follower counted", func(v View) bool { return v.Followers == 1 })
	// A --lead on b while a leads: b's session follows.
	other, _ = b.Join("room-1", "quan", true, bb.deliver)
	if other.Role() != Follow {
		t.Fatalf("a second leader on another server got %v", other.Role())
	}
	lb.wait(t, "two remote followers", func(v View) bool { return v.Followers == 2 })
	lead.Publish([]byte("s2"))
	// A follower learns the count with the next state.
	fb.wait(t, "remote new state", func(v View) bool { return string(v.State) == "s2" && v.Followers == 2 })
	bb.wait(t, "remote new state, second follower", func(v View) bool { return string(v.State) == "s2" })
	return lead, f, other, lb, fb, bb
}

// TestAcrossServers: a follower on one hub follows a leader on another
// over the bus, counts add up, a late server syncs, and when the bus goes
// away each side keeps its local rooms and catches up on its return.
func TestAcrossServers(t *testing.T) {
	net := NewMemory()
	beat := 40 * time.Millisecond
	a := newHub(t, Config{Bus: net.Bus(), Beat: beat})
	b := newHub(t, Config{Bus: net.Bus(), Beat: beat})
	lead, f, other, _, fb, _ := acrossServers(t, a, b)

	// The bus goes away: a keeps its room, b's followers keep the last
	// state and, after three beats, learn the leader is unheard.
	net.SetDown(true)
	la := newInbox()
	local, _ := a.Join("room-1", "hoa", false, la.deliver)
	lead.Publish([]byte("s3"))
	la.wait(t, "local room works without the bus", func(v View) bool { return string(v.State) == "s3" })
	fb.wait(t, "leader unheard", func(v View) bool { return !v.LeaderHere && string(v.State) == "s2" })
	net.SetDown(false)
	fb.wait(t, "caught up after the bus returned", func(v View) bool { return v.LeaderHere && string(v.State) == "s3" })

	lead.Leave()
	fb.wait(t, "remote leader left", func(v View) bool { return !v.LeaderHere })
	for _, m := range []*Member{local, other, f} {
		m.Leave()
	}
}

// TestBusAwayLogsOnce: while the bus takes nothing, a leader's every
// state fails to go out; the log warns once a beat, not once a message.
func TestBusAwayLogsOnce(t *testing.T) {
	net := NewMemory()
	var buf logBuffer
	h := newHub(t, Config{Bus: net.Bus(), Beat: time.Hour, Logger: log.NewWithOptions(&buf, log.Options{Level: log.DebugLevel})})
	lead, _ := h.Join("r", "lan", true, func(View) {})
	net.SetDown(true)
	for i := range 50 {
		lead.Publish(fmt.Appendf(nil, "%d", i))
	}
	if w, d := buf.count("WARN", "room bus: not sent"), buf.count("DEBUG", "room bus: not sent"); w != 1 || d != 49 {
		t.Fatalf("%d warnings and %d debug lines for 50 unsent states:\n%s", w, d, buf.String())
	}
	lead.Leave()
}
