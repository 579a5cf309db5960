package server

import (
	"bytes"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"
)

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
