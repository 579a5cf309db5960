package server

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/dataset"
)

// fsSub is the bundled data's folder dir, as a file system of its own.
func fsSub(dir string) (fs.FS, error) { return fs.Sub(data.FS(), dir) }

// copyData copies the bundled dataset to a temporary folder.
func copyData(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	sub, err := fsSub(data.Dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(dir, sub); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestWatchWaitsForFilesToSettle (issue 9, finding 10): a writer that
// pauses at a row boundary used to have the valid first half of its file
// served, because one unchanged poll counted as done. A change is now
// loaded only once the files have stayed unchanged for WatchSettle, so the
// half file (seen unchanged by several polls, then replaced well within the
// settle time) is never loaded and the whole file is, once.
func TestWatchWaitsForFilesToSettle(t *testing.T) {
	dir := copyData(t)
	csvPath := filepath.Join(dir, "fdi_year.csv")
	whole, err := os.ReadFile(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(whole), "\n")
	if len(lines) < 6 {
		t.Fatalf("fdi_year.csv has %d lines", len(lines))
	}
	half := strings.Join(lines[:len(lines)/2], "")
	changed := string(whole) + "\n" // same rows, one more blank line: a new size
	// The half file must be a valid dataset on its own, or this test could
	// not tell a loaded half from a refused one.
	probe := copyData(t)
	if err := os.WriteFile(filepath.Join(probe, "fdi_year.csv"), []byte(half), 0o644); err != nil {
		t.Fatal(err)
	}
	halfSet, err := dataset.Load(os.DirFS(probe), ".")
	if err != nil {
		t.Fatalf("half of fdi_year.csv does not validate, so it cannot test settling: %v", err)
	}

	var (
		mu    sync.Mutex
		polls = map[string]int{} // how many polls saw each state
	)
	seen := func(state string) int { mu.Lock(); defer mu.Unlock(); return polls[state] }
	srv := startServer(t, func(c *Config) {
		c.Data, c.DataDir, c.Watch = nil, dir, true
		c.WatchInterval = 10 * time.Millisecond
		// Long beside the test's own steps, so that only a writer that
		// really paused this long could have its half file loaded.
		c.WatchSettle = 2 * time.Second
		c.watchPolled = func(state string) { mu.Lock(); polls[state]++; mu.Unlock() }
	})
	waitLog(t, srv.log, "watching data", patience)
	old := srv.data.Load()

	// The writer pauses at a row boundary until several polls have seen
	// the half file unchanged (each of which once counted as settled),
	// then writes the rest.
	if err := os.WriteFile(csvPath, []byte(half), 0o644); err != nil {
		t.Fatal(err)
	}
	halfState, err := snapshot(dir)
	if err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "polls of the half-written file", func() bool { return seen(halfState) >= 5 })
	if err := os.WriteFile(csvPath, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	// Served at last: the whole file's rows. Had the half file been
	// loaded first, that was a reload of its own.
	waitUntil(t, "the whole file served", func() bool {
		d := srv.data.Load()
		return d != old && len(d.FDIYear) > len(halfSet.FDIYear)
	})
	// The reload stores the data before it says so in the log (after
	// telling the sessions): wait for the line, then count. A reload of
	// the half file would have logged before this one.
	waitUntil(t, "the reload's log line", func() bool { return countLog(srv.log, "data reloaded") >= 1 })
	if n := countLog(srv.log, "data reloaded"); n != 1 {
		t.Fatalf("%d reloads, want 1 (the half-written file was served):\n%s", n, srv.log.String())
	}
}

// waitUntil polls cond until it holds, failing after patience.
func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(patience)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("no %s within %v", what, patience)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// stuckFS is a file system whose reads of one file wait until released:
// a network mount that hangs.
type stuckFS struct {
	fs.FS
	file    string
	entered chan struct{}
	once    sync.Once
	release chan struct{}
}

func (s *stuckFS) Open(name string) (fs.File, error) {
	if name == s.file {
		s.once.Do(func() { close(s.entered) })
		<-s.release
	}
	return s.FS.Open(name)
}

// TestSlowReloadStallsNothing (finding 10): a reload that hangs (here on a
// file that never opens) does not hold up live sessions, new sessions or
// shutdown, which used to wait for it.
func TestSlowReloadStallsNothing(t *testing.T) {
	dir := copyData(t)
	stuck := &stuckFS{file: "fdi_year.csv", entered: make(chan struct{}), release: make(chan struct{})}
	t.Cleanup(func() { close(stuck.release) }) // let the abandoned load finish
	srv := startServer(t, func(c *Config) {
		c.Data, c.DataDir, c.Watch = nil, dir, true
		c.WatchInterval = 10 * time.Millisecond
		c.WatchSettle = 50 * time.Millisecond
		c.dataFS = func(d string) fs.FS {
			stuck.FS = os.DirFS(d)
			return stuck
		}
	})
	c, s := overviewSession(t, srv)

	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("touch"), 0o644); err != nil {
		t.Fatal(err)
	}
	select {
	case <-stuck.entered:
	case <-time.After(patience):
		t.Fatal("the reload never started")
	}
	from := s.out.Len()
	s.press(t, "3")
	waitFor(t, s.out, from, "Foreign direct investment", patience)
	s2 := openSession(t, c, sessOpts{env: en})
	waitFor(t, s2.out, 0, "Overview", patience)

	// Serve returns although the load is still stuck (stop fails the test
	// if it does not within its bound).
	srv.stop()
	waitLog(t, srv.log, "reload abandoned", patience)
}

// TestCtxFSStopsAtCancel: once its context ends, the reload's file system
// refuses every call, so a load in progress stops at its next read.
func TestCtxFSStopsAtCancel(t *testing.T) {
	dir := copyData(t)
	ctx, cancel := context.WithCancel(context.Background())
	fsys := ctxFS{ctx: ctx, fsys: os.DirFS(dir)}
	f, err := fsys.Open("dataset.toml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cancel()
	if _, err := f.Read(make([]byte, 10)); err == nil {
		t.Error("read after cancel succeeded")
	}
	if _, err := fsys.Open("dataset.toml"); err == nil {
		t.Error("open after cancel succeeded")
	}
	if _, err := fs.ReadDir(fsys, "."); err == nil {
		t.Error("readdir after cancel succeeded")
	}
}

func TestWatchKeepsOldDataOnBrokenFile(t *testing.T) {
	dir := copyData(t)
	srv := startServer(t, func(c *Config) {
		c.Data = nil
		c.DataDir = dir
		c.Watch = true
		c.WatchInterval = 20 * time.Millisecond
		c.WatchSettle = 100 * time.Millisecond
	})
	old := srv.data.Load()
	_, s := overviewSession(t, srv)

	csvPath := filepath.Join(dir, "fdi_year.csv")
	good, err := os.ReadFile(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(good), "\n", "\nnot,a,valid,row,at,all\n", 1)
	if err := os.WriteFile(csvPath, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	waitLog(t, srv.log, "reload failed", patience)
	waitLog(t, srv.log, "fdi_year.csv:2", patience)
	if srv.data.Load() != old {
		t.Fatal("a broken dataset replaced the served one")
	}
	// The live session is told, in its language, that the new data was
	// not used.
	waitFor(t, s.out, 0, "so it is not used; still showing data as of", patience)
	// The session still works on the old data.
	from := s.out.Len()
	s.press(t, "3")
	waitFor(t, s.out, from, "Foreign direct investment", patience)

	// A valid change is served, with a notice in the live session's footer.
	fixed := strings.Replace(string(good), "\r\n", "\n", -1) + "\n"
	if err := os.WriteFile(csvPath, []byte(fixed), 0o644); err != nil {
		t.Fatal(err)
	}
	waitLog(t, srv.log, "data reloaded", patience)
	if srv.data.Load() == old {
		t.Fatal("a valid dataset was not picked up")
	}
	waitFor(t, s.out, from, "Data reloaded", patience)
	s.press(t, "q")
	s.wait(t, patience)
}
