package main

import (
	"runtime"
	"runtime/debug"
)

// keepsRunning is the annotation of a command that runs until the user
// ends it (the dashboard, serve): its collector is left as Go sets it,
// since what it holds and frees over hours is what its pacing is for.
const keepsRunning = "provdash.keeps-running"

// startHeapPercent is the GOGC the process starts with: the runtime's
// first heap goal is 4 MB at GOGC=100, so 400 lets the heap reach about
// 16 MB before the first collection.
const startHeapPercent = 400

// startHeap lets the heap grow to about 16 MB before the first garbage
// collection, then gives pacing back to GOGC as it was, the way the Go
// compiler adjusts its own starting heap (cmd/compile's
// AdjustStartingHeap). `render` allocates about 5 MB with package
// initialisation, just past the runtime's first goal, and that one early
// collection was a fifth of its CPU (internal/perf/README.md, "Start-up").
// Only commands that print and end start so (keepsRunning). A GOGC the
// user set is left alone.
func startHeap(getenv func(string) string) {
	if getenv("GOGC") != "" {
		return
	}
	was := debug.SetGCPercent(startHeapPercent)
	// The cleanup of an object nobody holds runs after the collection
	// that finds it unreachable: the first one.
	first := new(struct{ _ *int })
	runtime.AddCleanup(first, func(percent int) { debug.SetGCPercent(percent) }, was)
}
