package main

import (
	"context"
	"io"
	"os"
	"testing"
)

// BenchmarkRenderCommand runs `render --tab overview --width 200 --height
// 60 --color always` in process, from building the command tree to the
// written frame: the part of start-up that is provdash's own work rather
// than process start and package initialisation. Profile it with
// -cpuprofile; internal/perf measures the whole process.
func BenchmarkRenderCommand(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		root := newRootCmd(io.Discard, os.Getenv)
		root.SetArgs([]string{"render", "--tab", "overview", "--width", "200", "--height", "60", "--color", "always"})
		if err := execute(context.Background(), root); err != nil {
			b.Fatal(err)
		}
	}
}
