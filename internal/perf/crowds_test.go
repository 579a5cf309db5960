package perf

import (
	"bufio"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// crowd is how many SSH sessions TestCrowds keeps open at once, as in the
// goal of issue 13 ("SSH crowds").
const crowd = 200

// crowdDialers is how many sessions are being opened at any moment, as in
// the figures of the issue (TestLoad200Sessions with 8 dialers).
const crowdDialers = 8

// switchRounds is how many times all sessions press tab at once; each
// round adds crowd latencies.
const switchRounds = 5

// idleFor is how long the idle CPU is measured with every session open and
// nobody pressing anything.
const idleFor = 10 * time.Second

// clockTicks is the kernel's USER_HZ, the unit of utime and stime in
// /proc/PID/stat; it is 100 on every Linux Go supports, and reading it
// with sysconf would need cgo.
const clockTicks = 100

// server is one SSH program measured: how to start it on a port.
type server struct {
	name string
	args func(port int, hostKey string) []string
}

// crowdFigures is what one run of one server measured.
type crowdFigures struct {
	rssPerSession float64         // bytes, VmRSS after all opened minus before, / crowd
	single        []time.Duration // one session alone: key → first byte
	together      []time.Duration // every session pressing at once: key → first byte
	idleCPU       float64         // fraction of one core, all sessions idle
	idleSwitches  float64         // context switches a second of all the process's threads, idle
	opened        time.Duration   // time to open all sessions
}

// TestCrowds measures provdash serve against a minimal wish + Bubble Tea
// app (internal/perf/baseline/minimalwish), each as its own process, with
// 200 SSH sessions (PTY xterm-256color 80×24): resident memory per live
// session, key → first byte of output for one session alone and for all
// sessions pressing tab at once, and the CPU the process uses while every
// session is idle. It reports; it never fails on a figure (README.md in
// this folder has the method and the figures). Run it with
//
//	PROVDASH_PERF=1 go test -run TestCrowds -v -timeout 30m ./internal/perf
//
// PROVDASH_PERF_RUNS=N runs each program N times (default 2), alternating,
// so that the noise shows; PROVDASH_PERF_COMPARE=/path/to/provdash adds
// another provdash build to the same runs (several, separated as in PATH).
func TestCrowds(t *testing.T) {
	if os.Getenv("PROVDASH_PERF") == "" {
		t.Skip("set PROVDASH_PERF=1 to measure SSH crowds (builds and runs two servers, 200 sessions each)")
	}
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		t.Skipf("measuring memory and CPU needs Linux's /proc: %v", err)
	}
	runs := 2
	if v, err := strconv.Atoi(os.Getenv("PROVDASH_PERF_RUNS")); err == nil && v > 0 {
		runs = v
	}
	dir := t.TempDir()
	minimal := build(t, dir, "minimalwish", "./baseline/minimalwish")
	provdash := build(t, dir, "provdash", "../../cmd/provdash")
	serve := func(bin string) func(int, string) []string {
		return func(port int, key string) []string {
			return []string{bin, "serve", "--listen", "127.0.0.1:" + strconv.Itoa(port), "--host-key", key,
				"--max-sessions", "250", "--max-per-ip", "250", "--max-pending-per-ip", "32"}
		}
	}
	servers := []server{
		{name: "minimal wish + Bubble Tea", args: func(port int, key string) []string {
			return []string{minimal, "--listen", "127.0.0.1:" + strconv.Itoa(port), "--host-key", key}
		}},
		{name: "provdash serve", args: serve(provdash)},
	}
	for _, other := range filepath.SplitList(os.Getenv("PROVDASH_PERF_COMPARE")) {
		servers = append(servers, server{name: "PROVDASH_PERF_COMPARE " + other + " serve", args: serve(other)})
	}
	results := make([][]crowdFigures, len(servers))
	for run := range runs {
		for i, s := range servers {
			f := measureCrowd(t, s, filepath.Join(dir, fmt.Sprintf("key-%d-%d", run, i)))
			if t.Failed() {
				return
			}
			results[i] = append(results[i], f)
			t.Logf("run %d, %s: %s", run+1, s.name, f)
		}
	}
	for i, s := range servers {
		for r, f := range results[i] {
			b := results[0][r]
			t.Logf("run %d, %s against the minimal app: RSS/session %.2f×, all-at-once p95 %.2f×, idle CPU %.2f×, idle context switches %.2f×",
				r+1, s.name, f.rssPerSession/b.rssPerSession,
				float64(pct(f.together, 95))/float64(pct(b.together, 95)), f.idleCPU/b.idleCPU, f.idleSwitches/b.idleSwitches)
		}
	}
}

func (f crowdFigures) String() string {
	return fmt.Sprintf("%d sessions open in %v; RSS %.2f MB per live session; one session alone key→first byte p50 %v p95 %v; "+
		"all %d at once p50 %v p95 %v max %v; idle CPU %.1f %% of a core, %.0f context switches a second",
		crowd, f.opened.Round(time.Millisecond), f.rssPerSession/1e6,
		ms1(pct(f.single, 50)), ms1(pct(f.single, 95)),
		crowd, ms1(pct(f.together, 50)), ms1(pct(f.together, 95)), ms1(pct(f.together, 100)), 100*f.idleCPU, f.idleSwitches)
}

// measureCrowd starts s, opens the crowd and measures it, then stops s.
func measureCrowd(t *testing.T, s server, hostKey string) crowdFigures {
	t.Helper()
	port := freePort(t)
	args := s.args(port, hostKey)
	cmd := exec.Command(args[0], args[1:]...)
	logf, err := os.Create(hostKey + ".log")
	if err != nil {
		t.Fatal(err)
	}
	defer logf.Close()
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.Env = append(os.Environ(), "LANG=C.UTF-8")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		_ = cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	}
	defer stop()
	addr := "127.0.0.1:" + strconv.Itoa(port)
	waitListening(t, addr)
	pid := cmd.Process.Pid

	var f crowdFigures
	// The first session is dialled, used and closed before the measurement
	// so that what every program builds once (host key, data, caches that
	// outlive a session) is in "before", not spread over the crowd.
	warm := openCrowdSession(t, addr)
	warm.pressAndWait(t, "\t")
	warm.close()
	time.Sleep(time.Second)
	rssBefore := vmRSS(t, pid)

	sessions := make([]*crowdSession, crowd)
	start := time.Now()
	sessions[0] = openCrowdSession(t, addr)
	for range 20 { // one session alone, nothing else open
		f.single = append(f.single, sessions[0].pressAndWait(t, "\t"))
		time.Sleep(50 * time.Millisecond)
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range crowdDialers {
		wg.Go(func() {
			for i := range next {
				sessions[i] = openCrowdSession(t, addr)
			}
		})
	}
	for i := 1; i < crowd; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	f.opened = time.Since(start)
	if t.Failed() {
		return f
	}
	time.Sleep(2 * time.Second) // the last frames written, the heap settled
	f.rssPerSession = float64(vmRSS(t, pid)-rssBefore) / crowd

	for range switchRounds {
		lat := make([]time.Duration, crowd)
		gate := make(chan struct{})
		var wg sync.WaitGroup
		for i, s := range sessions {
			wg.Go(func() {
				s.out.arm()
				<-gate
				lat[i] = s.pressAndWaitArmed(t, "\t")
			})
		}
		time.Sleep(100 * time.Millisecond) // every goroutine waiting at the gate
		close(gate)
		wg.Wait()
		f.together = append(f.together, lat...)
		time.Sleep(time.Second) // every frame written
	}

	time.Sleep(2 * time.Second)
	cpu0, sw0 := cpuTicks(t, pid), contextSwitches(t, pid)
	time.Sleep(idleFor)
	f.idleCPU = float64(cpuTicks(t, pid)-cpu0) / clockTicks / idleFor.Seconds()
	f.idleSwitches = float64(contextSwitches(t, pid)-sw0) / idleFor.Seconds()

	for _, s := range sessions {
		s.close()
	}
	stop()
	return f
}

// firstByte is a session's output: it counts bytes and, once armed, notes
// when the next write comes.
type firstByte struct {
	mu    sync.Mutex
	n     int
	armed bool
	at    time.Time
	came  chan struct{}
}

func (b *firstByte) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.n += len(p)
	if b.armed && len(p) > 0 {
		b.armed, b.at = false, time.Now()
		close(b.came)
	}
	return len(p), nil
}

// arm makes the next write be noted; wait returns when it has come.
func (b *firstByte) arm() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.armed, b.came = true, make(chan struct{})
}

func (b *firstByte) wait(t *testing.T) time.Time {
	t.Helper()
	b.mu.Lock()
	came := b.came
	b.mu.Unlock()
	select {
	case <-came:
	case <-time.After(time.Minute): // a broken program, not a slow machine
		t.Error("no output within a minute of a key press") // Error: called off the test's goroutine
		return time.Time{}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.at
}

func (b *firstByte) written() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.n
}

// crowdSession is one client: its connection, session and output.
type crowdSession struct {
	client *gossh.Client
	sess   *gossh.Session
	in     interface{ Write([]byte) (int, error) }
	out    *firstByte
}

// openCrowdSession connects with a fresh key, asks for an 80×24
// xterm-256color PTY and a shell, and returns once a whole first frame has
// come (output that then stays quiet for 100 ms).
func openCrowdSession(t *testing.T, addr string) *crowdSession {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	key, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	c, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User: "planner",
		Auth: []gossh.AuthMethod{gossh.PublicKeys(key), gossh.KeyboardInteractive(
			func(string, string, []string, []bool) ([]string, error) { return nil, nil })},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         time.Minute,
	})
	if err != nil {
		t.Fatal(err)
	}
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	cs := &crowdSession{client: c, sess: s, out: &firstByte{}}
	s.Stdout, s.Stderr = cs.out, cs.out
	if cs.in, err = s.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if err := s.Setenv("LANG", "en_US.UTF-8"); err != nil {
		t.Fatal(err)
	}
	if err := s.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := s.Shell(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Minute)
	last, quiet := 0, time.Now()
	for {
		n := cs.out.written()
		if n != last {
			last, quiet = n, time.Now()
		} else if n > 0 && time.Since(quiet) >= 100*time.Millisecond {
			return cs
		}
		if time.Now().After(deadline) {
			t.Fatal("no first frame within a minute")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// pressAndWait writes keys and returns the time to the first byte of
// output after it.
func (cs *crowdSession) pressAndWait(t *testing.T, keys string) time.Duration {
	t.Helper()
	cs.out.arm()
	return cs.pressAndWaitArmed(t, keys)
}

func (cs *crowdSession) pressAndWaitArmed(t *testing.T, keys string) time.Duration {
	t.Helper()
	t0 := time.Now()
	if _, err := cs.in.Write([]byte(keys)); err != nil {
		t.Error(err)
		return 0
	}
	at := cs.out.wait(t)
	if at.IsZero() {
		return 0
	}
	return at.Sub(t0)
}

func (cs *crowdSession) close() {
	_ = cs.sess.Close()
	_ = cs.client.Close()
}

func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

func waitListening(t *testing.T, addr string) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			_ = c.Close()
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("nothing listening on %s within a minute: %v", addr, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// vmRSS is the process's resident memory now, in bytes.
func vmRSS(t *testing.T, pid int) int64 {
	t.Helper()
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return kb * 1024
		}
	}
	t.Fatalf("no VmRSS in /proc/%d/status", pid)
	return 0
}

// cpuTicks is the process's user plus system time so far, in clock ticks.
func cpuTicks(t *testing.T, pid int) int64 {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		t.Fatal(err)
	}
	// The command name may hold spaces; the fields after it do not.
	i := strings.LastIndexByte(string(b), ')')
	fields := strings.Fields(string(b[i+1:]))
	if len(fields) < 13 {
		t.Fatalf("/proc/%d/stat: %q", pid, b)
	}
	var sum int64
	for _, s := range fields[11:13] { // utime, stime: fields 14 and 15
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		sum += n
	}
	return sum
}

// contextSwitches is how many times the threads of process pid have been
// switched out so far, voluntarily (a thread going to sleep) or not: an
// idle crowd costs mostly its wake-ups (README.md in this folder).
func contextSwitches(t *testing.T, pid int) int64 {
	t.Helper()
	tasks, err := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/status", pid))
	if err != nil || len(tasks) == 0 {
		t.Fatalf("threads of %d: %v", pid, err)
	}
	var sum int64
	for _, p := range tasks {
		b, err := os.ReadFile(p)
		if err != nil {
			continue // the thread ended between the listing and now
		}
		for line := range strings.Lines(string(b)) {
			name, v, ok := strings.Cut(line, ":")
			if !ok || !strings.HasSuffix(name, "ctxt_switches") {
				continue
			}
			n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			if err != nil {
				t.Fatalf("%s: %q", p, line)
			}
			sum += n
		}
	}
	return sum
}

// pct is the p-th percentile of d (100: the largest).
func pct(d []time.Duration, p int) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[min(len(s)-1, len(s)*p/100)]
}

func ms1(d time.Duration) string { return d.Round(100 * time.Microsecond).String() }
