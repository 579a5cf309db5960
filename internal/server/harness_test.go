package server

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/log/v2"
	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"github.com/provdash/provdash/internal/dataset/datasettest"
)

// syncBuf is a bytes.Buffer safe for the ssh client's copy goroutine and
// the test reading it.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
	// last is when the latest write came (rooms' latency figures).
	last time.Time
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.last = time.Now()
	return s.b.Write(p)
}

// written returns how many bytes came and when the latest came.
func (s *syncBuf) written() (int, time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Len(), s.last
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func (s *syncBuf) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Len()
}

// patience bounds every wait in these tests. It is generous on purpose:
// waits poll and return as soon as what they wait for happens, so a loaded
// machine (go test -race beside another go test) only makes them slower,
// never wrong; a wait that runs out means something is broken.
const patience = 30 * time.Second

// waitFor polls until the buffer, from byte offset from on and with ANSI
// stripped, contains want. Bounded by d.
func waitFor(t *testing.T, b *syncBuf, from int, want string, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		s := b.String()
		if from > len(s) {
			from = len(s)
		}
		if strings.Contains(ansi.Strip(s[from:]), want) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %q within %v; got (stripped, last 600 bytes): %q", want, d, tail(ansi.Strip(s[from:]), 600))
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// testServer is a running Server on 127.0.0.1:0 with its log captured.
type testServer struct {
	*Server
	addr string
	log  *syncBuf
	stop func() // cancels Serve and waits for it; idempotent
}

func startServer(t testing.TB, mutate func(*Config)) *testServer {
	t.Helper()
	d := datasettest.Bundled(t)
	logs := &syncBuf{}
	cfg := Config{
		HostKeyPath: filepath.Join(t.TempDir(), "state", "host_key"),
		Data:        d,
		Logger:      log.NewWithOptions(logs, log.Options{Level: log.DebugLevel}),
	}
	if mutate != nil {
		mutate(&cfg)
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	var once sync.Once
	ts := &testServer{Server: srv, addr: ln.Addr().String(), log: logs}
	ts.stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Serve: %v", err)
				}
			case <-time.After(patience):
				t.Errorf("Serve did not return within %v of its context ending", patience)
			}
		})
	}
	t.Cleanup(ts.stop)
	return ts
}

func newKey(t testing.TB) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// dial connects with key (nil: keyboard-interactive with no answers).
func dial(t testing.TB, addr string, key gossh.Signer) (*gossh.Client, error) {
	t.Helper()
	return dialFrom(t, addr, key, "")
}

func dialFrom(t testing.TB, addr string, key gossh.Signer, localIP string) (*gossh.Client, error) {
	t.Helper()
	c, _, err := dialRaw(t, addr, key, localIP)
	return c, err
}

// dialRaw is dialFrom that also returns the client's TCP connection, for
// tests that drop it without an SSH goodbye.
func dialRaw(t testing.TB, addr string, key gossh.Signer, localIP string) (*gossh.Client, net.Conn, error) {
	t.Helper()
	auth := []gossh.AuthMethod{gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) {
		return nil, nil
	})}
	if key != nil {
		auth = []gossh.AuthMethod{gossh.PublicKeys(key)}
	}
	d := net.Dialer{Timeout: patience}
	if localIP != "" {
		d.LocalAddr = &net.TCPAddr{IP: net.ParseIP(localIP)}
	}
	nc, err := d.Dial("tcp", addr)
	if err != nil {
		return nil, nil, err
	}
	cc, chans, reqs, err := gossh.NewClientConn(nc, addr, &gossh.ClientConfig{
		User:            "planner",
		Auth:            auth,
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         patience,
	})
	if err != nil {
		_ = nc.Close()
		return nil, nil, err
	}
	c := gossh.NewClient(cc, chans, reqs)
	t.Cleanup(func() { _ = c.Close() })
	return c, nc, nil
}

// termSession is a client session with a PTY, its output captured.
type termSession struct {
	*gossh.Session
	out, errOut *syncBuf
	in          interface{ Write([]byte) (int, error) }
	started     time.Time
}

type sessOpts struct {
	term    string
	w, h    int
	env     map[string]string
	command string // "" requests a shell
	noPty   bool
}

func openSession(t testing.TB, c *gossh.Client, o sessOpts) *termSession {
	t.Helper()
	if o.term == "" {
		o.term = "xterm-256color"
	}
	if o.w == 0 {
		o.w, o.h = 120, 40
	}
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	ts := &termSession{Session: s, out: &syncBuf{}, errOut: &syncBuf{}}
	s.Stdout, s.Stderr = ts.out, ts.errOut
	in, err := s.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	ts.in = in
	for k, v := range o.env {
		if err := s.Setenv(k, v); err != nil {
			t.Fatal(err)
		}
	}
	if !o.noPty {
		if err := s.RequestPty(o.term, o.h, o.w, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
	}
	ts.started = time.Now()
	if o.command == "" {
		err = s.Shell()
	} else {
		err = s.Start(o.command)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return ts
}

func (ts *termSession) press(t testing.TB, keys string) {
	t.Helper()
	if _, err := ts.in.Write([]byte(keys)); err != nil {
		t.Fatal(err)
	}
}

// wait returns the exit status, failing the test after d.
func (ts *termSession) wait(t testing.TB, d time.Duration) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- ts.Wait() }()
	select {
	case err := <-done:
		if err == nil {
			return 0
		}
		var ee *gossh.ExitError
		if errors.As(err, &ee) {
			return ee.ExitStatus()
		}
		t.Fatalf("session ended without a status: %v", err)
	case <-time.After(d):
		t.Fatalf("session still running after %v; output: %q", d, tail(ansi.Strip(ts.out.String()), 400))
	}
	return -1
}

func (ts *termSession) resize(t testing.TB, w, h int) {
	t.Helper()
	if err := ts.WindowChange(h, w); err != nil {
		t.Fatal(err)
	}
}

// rawSession dials addr and opens a session with no request made (no
// pty, no shell), closed when the test ends: for the tests that make the
// requests themselves, as a hostile or careless client would.
func rawSession(t *testing.T, addr string) *gossh.Session {
	t.Helper()
	c, err := dial(t, addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func waitLog(t *testing.T, b *syncBuf, want string, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !strings.Contains(b.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("log lacks %q after %v:\n%s", want, d, tail(b.String(), 2000))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// overviewSession dials srv with a fresh key and opens an English session
// on it, returned once the Overview tab is drawn: how most tests begin.
func overviewSession(t *testing.T, srv *testServer) (*gossh.Client, *termSession) {
	t.Helper()
	c, s := tryOverviewSession(t, srv)
	if s == nil {
		t.FailNow()
	}
	return c, s
}

// tryOverviewSession is overviewSession for a client the test runs on a
// goroutine of its own, where t.Fatal may not be called: a failed dial is
// reported with t.Error and gives a nil session.
func tryOverviewSession(t *testing.T, srv *testServer) (*gossh.Client, *termSession) {
	t.Helper()
	c, err := dial(t, srv.addr, nil)
	if err != nil {
		t.Error(err)
		return nil, nil
	}
	s := openSession(t, c, sessOpts{env: en})
	waitFor(t, s.out, 0, "Overview", patience)
	return c, s
}
