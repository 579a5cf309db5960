// Package perf measures provdash as a whole process, against a minimal
// Bubble Tea + lipgloss program built on the same machine, bare and linking
// the libraries whose package initialisation provdash pays on every start
// (baseline/minimal, -tags linked). It reports figures; it never fails
// because a machine was slow (README.md in this folder has the method and
// the figures). Run it with
//
//	PROVDASH_PERF=1 go test -run TestStartup -v ./internal/perf
//
// PROVDASH_PERF_COMPARE=/path/to/provdash adds another build (another
// branch, an older commit) to the same alternating runs, so a change is
// measured against what it changed under the same load.
//
// and without PROVDASH_PERF it is skipped: it builds two binaries and runs
// them dozens of times, which `go test ./...` need not pay for.
package perf

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/provdash/provdash/internal/dataset/datasettest"
)

// runs is how many times each program runs, alternating so that a busy
// moment of the machine falls on all of them alike.
const runs = 15

// timeBin is GNU time, which reports a program's peak resident memory.
const timeBin = "/usr/bin/time"

// sample is one run: wall time from start to exit, CPU time (user and
// system), and peak resident memory.
type sample struct {
	wall, cpu time.Duration
	rss       int64 // bytes
}

// program is one command line measured; out checks what it printed, so a
// program that fails fast is not mistaken for a fast one.
type program struct {
	name    string
	args    []string
	lines   int
	samples []sample
}

func TestStartup(t *testing.T) {
	if os.Getenv("PROVDASH_PERF") == "" {
		t.Skip("set PROVDASH_PERF=1 to measure start-up (builds and runs binaries)")
	}
	// Peak RSS comes from GNU time: Go starts a child sharing its own
	// memory until exec, so the child's own rusage reports the test
	// binary's peak, not the program's.
	if _, err := os.Stat(timeBin); err != nil {
		t.Skipf("measuring peak memory needs %s (GNU time): %v", timeBin, err)
	}
	dir := t.TempDir()
	minimal := build(t, dir, "minimal", "./baseline/minimal")
	linked := build(t, dir, "minimal-linked", "./baseline/minimal", "-tags", "linked")
	provdash := build(t, dir, "provdash", "../../cmd/provdash")
	big := datasettest.WriteBig(t, filepath.Join(dir, "big"), 20_000, 10_000)

	render := []string{"render", "--tab", "overview", "--width", "200", "--height", "60", "--color", "always"}
	progs := []*program{
		{name: "minimal Bubble Tea + lipgloss, one styled 200×60 frame", args: []string{minimal}, lines: 60},
		{name: "the same linking excelize and nats.go (-tags linked)", args: []string{linked}, lines: 60},
		{name: "provdash render --tab overview 200×60 --color always", args: append([]string{provdash}, render...), lines: 60},
		{name: "the same with --data (20,000 parks, 10,000 FDI rows)", args: append(append([]string{provdash}, render...), "--data", big), lines: 60},
	}
	if other := os.Getenv("PROVDASH_PERF_COMPARE"); other != "" {
		progs = append(progs, &program{name: "PROVDASH_PERF_COMPARE " + other + " render, the same flags",
			args: append([]string{other}, render...), lines: 60})
	}
	for _, p := range progs { // one warm-up run each: the page cache, not the program
		run(t, p)
		p.samples = nil
	}
	for range runs {
		for _, p := range progs {
			run(t, p)
		}
	}
	base, linkedm := median(progs[0].samples), median(progs[1].samples)
	for _, p := range progs {
		m := median(p.samples)
		t.Logf("%s\n\tmedians of %d runs: wall %.1f ms (%.2f× bare, %.2f× linked), CPU %.1f ms (%.2f× bare, %.2f× linked), "+
			"peak RSS %.1f MB (%.2f× bare, %.2f× linked)", p.name, len(p.samples),
			ms(m.wall), ratio(m.wall, base.wall), ratio(m.wall, linkedm.wall),
			ms(m.cpu), ratio(m.cpu, base.cpu), ratio(m.cpu, linkedm.cpu),
			mb(m.rss), ratio(m.rss, base.rss), ratio(m.rss, linkedm.rss))
	}
	bundled, bigm := median(progs[2].samples), median(progs[3].samples)
	t.Logf("big dataset / bundled: wall %.2f×, CPU %.2f×, peak RSS %.2f×",
		ratio(bigm.wall, bundled.wall), ratio(bigm.cpu, bundled.cpu), ratio(bigm.rss, bundled.rss))
}

// build compiles pkg into dir/name as `go build` would for a user, with
// flags (build tags) before the package.
func build(t *testing.T, dir, name, pkg string, flags ...string) string {
	t.Helper()
	out := filepath.Join(dir, name)
	cmd := exec.Command("go", append(append([]string{"build", "-o", out}, flags...), pkg)...)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", pkg, err, b)
	}
	return out
}

// run runs p once and records its wall time and peak RSS. A run that fails
// or prints the wrong number of lines fails the test: its time means
// nothing.
func run(t *testing.T, p *program) {
	t.Helper()
	rssFile := filepath.Join(t.TempDir(), "rss")
	cmd := exec.Command(timeBin, append([]string{"-f", "%M", "-o", rssFile}, p.args...)...)
	cmd.Env = append(os.Environ(), "NO_COLOR=", "LANG=C.UTF-8")
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		t.Fatalf("%s: %v\n%s", p.name, err, stderr.String())
	}
	if n := strings.Count(stdout.String(), "\n"); n != p.lines {
		t.Fatalf("%s printed %d lines, want %d", p.name, n, p.lines)
	}
	b, err := os.ReadFile(rssFile)
	if err != nil {
		t.Fatal(err)
	}
	kib, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
	if err != nil {
		t.Fatalf("%s: peak RSS %q: %v", timeBin, b, err)
	}
	// CPU time is the waited-for process's and its children's: GNU time's
	// own is a fraction of a millisecond, the same for every program.
	cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	p.samples = append(p.samples, sample{wall: wall, cpu: cpu, rss: kib * 1024})
}

// median returns the median wall time and the median peak RSS, each taken
// on its own.
func median(s []sample) sample {
	walls := make([]time.Duration, len(s))
	cpus := make([]time.Duration, len(s))
	rss := make([]int64, len(s))
	for i, x := range s {
		walls[i], cpus[i], rss[i] = x.wall, x.cpu, x.rss
	}
	slices.Sort(walls)
	slices.Sort(cpus)
	slices.Sort(rss)
	return sample{wall: walls[len(s)/2], cpu: cpus[len(s)/2], rss: rss[len(s)/2]}
}

func ratio[T time.Duration | int64](a, b T) float64 { return float64(a) / float64(b) }

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
func mb(n int64) float64         { return float64(n) / 1e6 }
