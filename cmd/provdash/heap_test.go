package main

import (
	"io"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// gcPercent is the GOGC in force.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// TestStartHeap runs itself as a child process, whose heap settings are
// its own: there startHeap lets 8 MB of garbage go uncollected (the
// runtime's first goal is 4 MB), the first collection comes by 64 MB,
// and after it GOGC is 100 again; with GOGC set, startHeap leaves it.
func TestStartHeap(t *testing.T) {
	switch os.Getenv("PROVDASH_STARTHEAP_CHILD") {
	case "":
	case "default":
		startHeap(func(string) string { return "" })
		if p := gcPercent(); p != startHeapPercent {
			t.Fatalf("GOGC %d after startHeap, want %d", p, startHeapPercent)
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		before := ms.NumGC
		var keep [][]byte
		for range 8 << 10 { // 8 MB in 1 KB pieces, dropped as it goes
			keep = append(keep[:0], make([]byte, 1<<10))
		}
		runtime.ReadMemStats(&ms)
		if ms.NumGC != before {
			t.Fatalf("%d collections in the first 8 MB", ms.NumGC-before)
		}
		for range 64 << 10 {
			keep = append(keep[:0], make([]byte, 1<<10))
		}
		runtime.KeepAlive(keep)
		runtime.ReadMemStats(&ms)
		if ms.NumGC == before {
			t.Fatal("no collection in 72 MB")
		}
		// The cleanup runs on its own goroutine after the collection.
		for deadline := time.Now().Add(30 * time.Second); gcPercent() != 100; {
			if time.Now().After(deadline) {
				t.Fatalf("GOGC is still %d after the first collection", gcPercent())
			}
			runtime.Gosched()
			time.Sleep(10 * time.Millisecond)
		}
		return
	case "set":
		was := gcPercent()
		startHeap(func(k string) string { return map[string]string{"GOGC": "50"}[k] })
		if p := gcPercent(); p != was {
			t.Fatalf("GOGC %d after startHeap with GOGC set, want %d", p, was)
		}
		return
	}
	for _, mode := range []string{"default", "set"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestStartHeap$", "-test.count=1")
		cmd.Env = append(os.Environ(), "PROVDASH_STARTHEAP_CHILD="+mode, "GOGC=")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("%s: %v\n%s", mode, err, out)
		}
	}
}

// TestKeepsRunning: the dashboard and serve keep Go's collector as it is;
// every other command prints and ends, and starts with a larger heap.
func TestKeepsRunning(t *testing.T) {
	root := newRootCmd(io.Discard, func(string) string { return "" })
	for _, c := range []struct {
		args []string
		runs bool
	}{
		{nil, true}, {[]string{"--lang", "en"}, true}, {[]string{"serve", "--listen", ":0"}, true},
		{[]string{"render"}, false}, {[]string{"--lang", "vi", "render", "--tab", "gdp"}, false},
		{[]string{"report"}, false}, {[]string{"export"}, false}, {[]string{"validate"}, false}, {[]string{"init", "x"}, false},
	} {
		cmd, _, err := root.Find(c.args)
		if err != nil {
			t.Fatalf("%q: %v", c.args, err)
		}
		if got := cmd.Annotations[keepsRunning] != ""; got != c.runs {
			t.Errorf("%q (%s): keeps running %v, want %v", c.args, cmd.Name(), got, c.runs)
		}
	}
}
