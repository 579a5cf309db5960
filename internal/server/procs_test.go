package server

import (
	"runtime"
	"testing"
	"time"
)

// TestProcGovernor: the scheduler drops to one processor only after a
// whole quiet spell without input, and gets every processor back at the
// next input, once; on a one-processor machine nothing changes.
func TestProcGovernor(t *testing.T) {
	clock := time.Unix(1000, 0)
	var lowered, raised int
	g := &procGovernor{quiet: 2 * time.Second, full: 2, now: func() time.Time { return clock },
		lower: func() { lowered++ }, raise: func() { raised++ }}
	g.active()
	step := func(d time.Duration) {
		clock = clock.Add(d)
		g.check()
	}
	step(1900 * time.Millisecond)
	if lowered != 0 {
		t.Fatal("lowered before the quiet spell was over")
	}
	g.active() // a key: the spell starts again
	step(1900 * time.Millisecond)
	if lowered != 0 {
		t.Fatal("lowered 1.9 s after a key")
	}
	step(200 * time.Millisecond)
	if lowered != 1 || !g.low.Load() {
		t.Fatalf("not lowered 2.1 s after the last key (lowered %d)", lowered)
	}
	step(10 * time.Second)
	if lowered != 1 {
		t.Fatalf("lowered %d times in one quiet spell", lowered)
	}
	g.active()
	g.active()
	if raised != 1 || g.low.Load() {
		t.Fatalf("raised %d times for two keys after a quiet spell, want 1", raised)
	}

	one := &procGovernor{quiet: time.Second, full: 1, now: func() time.Time { return clock },
		lower: func() { t.Fatal("lowered a one-processor machine") }, raise: func() {}}
	clock = clock.Add(time.Hour)
	one.check()

	var none *procGovernor
	none.active() // Config.IdleProcs 0: no governor, and nothing to do
}

// TestIdleProcs: a server with IdleProcs runs on one processor once its
// sessions are quiet, gets every processor back at a key and draws the
// key's frame, and leaves the process as it found it when it stops.
func TestIdleProcs(t *testing.T) {
	full := runtime.GOMAXPROCS(0)
	if full < 2 {
		t.Skip("one processor: nothing to lower")
	}
	srv := startServer(t, func(c *Config) { c.IdleProcs = 200 * time.Millisecond })
	_, s := overviewSession(t, srv)
	procsBecome(t, 1)
	from := s.out.Len()
	s.press(t, "2")
	procsBecome(t, full)
	waitFor(t, s.out, from, "GRDP", patience)
	waitLog(t, srv.log, "runs on one processor", patience)
	procsBecome(t, 1)
	srv.stop()
	if n := runtime.GOMAXPROCS(0); n != full {
		t.Fatalf("after the server stopped GOMAXPROCS is %d, want %d", n, full)
	}
}

// procsBecome waits for GOMAXPROCS to be n.
func procsBecome(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(patience)
	for runtime.GOMAXPROCS(0) != n {
		if time.Now().After(deadline) {
			t.Fatalf("GOMAXPROCS still %d after %v, want %d", runtime.GOMAXPROCS(0), patience, n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
