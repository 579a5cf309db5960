package server

import (
	"strings"
	"testing"

	natsserver "github.com/nats-io/nats-server/v2/server"

	"github.com/provdash/provdash/internal/server/room"
	"github.com/provdash/provdash/internal/ui/crowd"
)

// TestRoomAcrossServers is README's load-balanced briefing: two provdash
// servers share rooms over an in-process NATS server; the leader is on
// one, followers on the other, and each follows in its own language.
func TestRoomAcrossServers(t *testing.T) {
	ns, err := natsserver.NewServer(&natsserver.Options{Host: "127.0.0.1", Port: -1, NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go ns.Start()
	if !ns.ReadyForConnections(patience) {
		t.Fatal("NATS server not ready")
	}
	t.Cleanup(func() { ns.Shutdown(); ns.WaitForShutdown() })
	url := ns.ClientURL()

	withBus := func(c *Config) {
		bus, err := room.DialNATS(url, nil)
		if err != nil {
			t.Fatal(err)
		}
		c.Bus = bus
	}
	recA, recB := &recorder{}, &recorder{}
	a := roomServer(t, recA, withBus)
	b := roomServer(t, recB, withBus)

	_, lead := joinRoom(t, a, nil, vi, "--room briefing --lead")
	recA.waitSeen(t, 0, "leading on A", func(s *seen) bool { return s.room.Role == crowd.Leading })
	lead.press(t, "2")
	recA.waitSeen(t, 0, "leader on gdp", func(s *seen) bool { return s.state.Tab == "gdp" })

	// A follower on B who joins after the leader moved is where it is.
	_, fol := joinRoom(t, b, nil, en, "--room briefing")
	recB.waitSeen(t, 0, "follower on B on gdp", func(s *seen) bool {
		return s.state.Tab == "gdp" && s.room.LeaderHere && s.room.Leader == "planner"
	})
	recA.waitSeen(t, 0, "the leader counts B's follower", func(s *seen) bool { return s.room.Followers == 1 })

	lead.press(t, "3")
	recB.waitSeen(t, 0, "follower on B on fdi, in English", func(s *seen) bool {
		return s.state.Tab == "fdi" && strings.Contains(s.frame, "Foreign direct investment")
	})
	// A --lead on B while A's leader is here follows instead.
	_, _ = joinRoom(t, b, nil, en, "--room briefing --lead")
	recB.waitSeen(t, 1, "second leader follows", func(s *seen) bool { return s.room.Role == crowd.Following && s.state.Tab == "fdi" })
	recA.waitSeen(t, 0, "two followers on B", func(s *seen) bool { return s.room.Followers == 2 })

	fol.press(t, "q")
	fol.wait(t, patience)
	recA.waitSeen(t, 0, "one follower left", func(s *seen) bool { return s.room.Followers == 1 })
	lead.press(t, "q")
	lead.wait(t, patience)
	recB.waitSeen(t, 1, "told the leader left", func(s *seen) bool { return !s.room.LeaderHere })
}
