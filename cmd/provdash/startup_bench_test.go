package main

import (
	"context"
	"io"
	"os"
	"testing"

	"github.com/provdash/provdash/internal/dataset/datasettest"
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
		if err := execute(context.Background(), root, []string{"render", "--tab", "overview", "--width", "200", "--height", "60", "--color", "always"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderCommandBig is BenchmarkRenderCommand with --data naming
// the 20,000-park, 10,000-investor dataset internal/perf measures, written
// to a folder as a user would have it.
func BenchmarkRenderCommandBig(b *testing.B) {
	dir := datasettest.WriteBig(b, b.TempDir(), 20_000, 10_000)
	b.ReportAllocs()
	for b.Loop() {
		root := newRootCmd(io.Discard, os.Getenv)
		if err := execute(context.Background(), root, []string{"render", "--tab", "overview", "--width", "200", "--height", "60", "--color", "always", "--data", dir}); err != nil {
			b.Fatal(err)
		}
	}
}
