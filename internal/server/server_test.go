package server

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/mod/modfile"
	"golang.org/x/mod/semver"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui"
)

var en = map[string]string{"LANG": "en_US.UTF-8"}

func TestFirstFrameKeysAndQuit(t *testing.T) {
	srv := startServer(t, nil)
	_, s := overviewSession(t, srv)
	t.Logf("first frame after %v", time.Since(s.started))
	if !strings.Contains(s.out.String(), "\x1b[?1049h") {
		t.Error("dashboard did not enter the alternate screen")
	}

	from := s.out.Len()
	s.press(t, "2")
	waitFor(t, s.out, from, "GRDP growth", patience)
	from = s.out.Len()
	s.press(t, "\t") // tab: next
	waitFor(t, s.out, from, "Foreign direct investment", patience)

	s.press(t, "q")
	if code := s.wait(t, patience); code != 0 {
		t.Fatalf("q: exit status %d, want 0", code)
	}
	if !strings.Contains(s.out.String(), "\x1b[?1049l") {
		t.Error("quitting did not leave the alternate screen")
	}
	logs := srv.log.String()
	for _, want := range []string{"session started", "session ended", "reason=quit", "exit=0"} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
}

func TestLanguageAndTabFromArguments(t *testing.T) {
	srv := startServer(t, nil)
	c, err := dial(t, srv.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	// No LANG: the server default (Vietnamese).
	vi := openSession(t, c, sessOpts{})
	waitFor(t, vi.out, 0, "Tổng quan", patience)
	vi.press(t, "q")
	vi.wait(t, patience)

	// LANG says Vietnamese, arguments say English and the fdi tab.
	s := openSession(t, c, sessOpts{env: map[string]string{"LANG": "vi_VN.UTF-8"}, command: "--lang en --tab fdi"})
	waitFor(t, s.out, 0, "Foreign direct investment", patience)
	s.press(t, "q")
	if code := s.wait(t, patience); code != 0 {
		t.Fatalf("exit %d", code)
	}

	bad := openSession(t, c, sessOpts{command: "--lang en --tab nope"})
	if code := bad.wait(t, patience); code != 1 {
		t.Fatalf("bad tab: exit %d, want 1", code)
	}
	if got := bad.errOut.String(); !strings.Contains(got, `unknown tab "nope"`) || !strings.Contains(got, "--tab") {
		t.Errorf("bad tab message: %q", got)
	}
}

func TestColourProfileFollowsClient(t *testing.T) {
	srv := startServer(t, nil)
	c, err := dial(t, srv.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, term  string
		env         map[string]string
		want, avoid string
	}{
		{"256", "xterm-256color", en, "[38;5;", "[38;2;"},
		{"truecolor", "xterm-256color", map[string]string{"LANG": "en_US.UTF-8", "COLORTERM": "truecolor"}, "[38;2;", "[38;5;"},
		{"no colour", "xterm-256color", map[string]string{"LANG": "en_US.UTF-8", "NO_COLOR": "1"}, "Overview", "[38;"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := openSession(t, c, sessOpts{term: tc.term, env: tc.env})
			waitFor(t, s.out, 0, "Overview", patience)
			time.Sleep(50 * time.Millisecond)
			out := s.out.String()
			if !strings.Contains(out, tc.want) {
				t.Errorf("output lacks %q", tc.want)
			}
			if strings.Contains(out, tc.avoid) {
				t.Errorf("output has %q", tc.avoid)
			}
			s.press(t, "q")
			s.wait(t, patience)
		})
	}
}

func TestNoPTYRefused(t *testing.T) {
	srv := startServer(t, nil)
	c, err := dial(t, srv.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := openSession(t, c, sessOpts{noPty: true, env: en})
	if code := s.wait(t, patience); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	msg := s.errOut.String()
	if !strings.Contains(msg, "add -t") || strings.Count(strings.TrimSpace(msg), "\n") != 0 {
		t.Errorf("want one line telling to add -t, got %q", msg)
	}
	if s.out.Len() != 0 {
		t.Errorf("a non-PTY session got dashboard output: %q", s.out.String())
	}
	if !strings.Contains(srv.log.String(), "reason=\"no pty\"") {
		t.Errorf("refusal not logged:\n%s", srv.log.String())
	}
}

func TestAuthorizedKeys(t *testing.T) {
	good, other := newKey(t), newKey(t)
	file := filepath.Join(t.TempDir(), "authorized_keys")
	content := "# planners\n\n" + string(gossh.MarshalAuthorizedKey(good.PublicKey()))
	if err := os.WriteFile(file, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	srv := startServer(t, func(c *Config) { c.AuthorizedKeysPath = file })

	c, err := dial(t, srv.addr, good)
	if err != nil {
		t.Fatalf("allowed key refused: %v", err)
	}
	s := openSession(t, c, sessOpts{env: en})
	waitFor(t, s.out, 0, "Overview", patience)
	s.press(t, "q")
	s.wait(t, patience)
	if fp := gossh.FingerprintSHA256(good.PublicKey()); !strings.Contains(srv.log.String(), fp) {
		t.Errorf("connecting key's fingerprint %s not logged", fp)
	}

	if _, err := dial(t, srv.addr, other); err == nil {
		t.Fatal("unknown key got in")
	}
	if _, err := dial(t, srv.addr, nil); err == nil {
		t.Fatal("keyboard-interactive got in with an authorized-keys file")
	}
	logs := srv.log.String()
	if !strings.Contains(logs, "refused key") || !strings.Contains(logs, gossh.FingerprintSHA256(other.PublicKey())) {
		t.Errorf("refusal of the unknown key not logged:\n%s", logs)
	}
}

func TestAuthorizedKeysBadLine(t *testing.T) {
	file := filepath.Join(t.TempDir(), "authorized_keys")
	k := string(gossh.MarshalAuthorizedKey(newKey(t).PublicKey()))
	if err := os.WriteFile(file, []byte(k+"ssh-ed25519 not-base64!!\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	d, _ := data.Bundled()
	_, err := New(Config{HostKeyPath: filepath.Join(t.TempDir(), "k"), Data: d, AuthorizedKeysPath: file})
	if err == nil || !strings.Contains(err.Error(), file+":2:") {
		t.Fatalf("want an error naming line 2, got %v", err)
	}
	if _, err := ParseAuthorizedKeys(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Fatal("missing file accepted")
	}
}

func TestSessionCaps(t *testing.T) {
	srv := startServer(t, func(c *Config) { c.MaxSessions = 3; c.MaxPerIP = 2 })
	open := func(ip string) (*termSession, error) {
		c, err := dialFrom(t, srv.addr, nil, ip)
		if err != nil {
			return nil, err
		}
		return openSession(t, c, sessOpts{env: en}), nil
	}
	var live []*termSession
	for range 2 {
		s, err := open("127.0.0.1")
		if err != nil {
			t.Fatal(err)
		}
		waitFor(t, s.out, 0, "Overview", patience)
		live = append(live, s)
	}
	// Third from the same IP: per-IP cap.
	s, err := open("127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	if code := s.wait(t, patience); code != 1 || !strings.Contains(s.errOut.String(), "Too many sessions from your address") {
		t.Fatalf("per-IP cap: exit %d, message %q", code, s.errOut.String())
	}
	// Another loopback address still gets in, filling the total cap...
	s3, err := open("127.0.0.2")
	if err != nil {
		t.Skipf("127.0.0.2 not usable here: %v", err)
	}
	waitFor(t, s3.out, 0, "Overview", patience)
	live = append(live, s3)
	// ...and the next one, from a third address, meets the total cap.
	s4, err := open("127.0.0.3")
	if err != nil {
		t.Fatal(err)
	}
	if code := s4.wait(t, patience); code != 1 || !strings.Contains(s4.errOut.String(), "The server is busy") {
		t.Fatalf("total cap: exit %d, message %q", code, s4.errOut.String())
	}
	logs := srv.log.String()
	for _, want := range []string{`reason="max sessions per ip"`, `reason="max sessions"`} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %s", want)
		}
	}
	// Closing one frees a slot.
	live[0].press(t, "q")
	live[0].wait(t, patience)
	waitSessions(t, srv.Server, 2)
	s5, err := open("127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, s5.out, 0, "Overview", patience)
}

// waitSessions waits until the server counts n live sessions.
func waitSessions(t *testing.T, s *Server, n int) {
	t.Helper()
	deadline := time.Now().Add(patience)
	for {
		s.mu.Lock()
		got := len(s.sessions)
		s.mu.Unlock()
		if got == n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d live sessions, want %d", got, n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestSessionsPerConnection(t *testing.T) {
	srv := startServer(t, nil)
	c, err := dial(t, srv.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	for range sessionsPerConn {
		s := openSession(t, c, sessOpts{env: en})
		waitFor(t, s.out, 0, "Overview", patience)
	}
	if _, err := c.NewSession(); err == nil || !strings.Contains(err.Error(), "sessions per connection") {
		t.Fatalf("extra session channel: %v", err)
	}
}

// TestWindowChangeExtremes: any size a client sends, 0×0 to 100000×100000,
// is clamped, and the session carries on at the last one. Nothing here is
// timed: each step waits (polling, within patience) for what it needs.
func TestWindowChangeExtremes(t *testing.T) {
	srv := startServer(t, nil)
	_, s := overviewSession(t, srv)
	from := s.out.Len()
	s.resize(t, 0, 0)
	s.resize(t, 100000, 100000)
	s.resize(t, 1, 1)
	s.resize(t, 100000, 100000)
	// Sizes are coalesced (the latest wins), so which of these reach the
	// dashboard depends on timing; the last one always does, and differs
	// from the first, so it is drawn.
	s.resize(t, 100, 30)
	waitFor(t, s.out, from, "Overview", patience)
	from = s.out.Len()
	s.press(t, "2")
	waitFor(t, s.out, from, "GRDP growth", patience)
	s.press(t, "q")
	if code := s.wait(t, patience); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if w, h := clampSize(100000, 100000); w != maxWidth || h != maxHeight {
		t.Errorf("clampSize(100000,100000) = %d×%d", w, h)
	}
	if w, h := clampSize(0, -5); w != 1 || h != 1 {
		t.Errorf("clampSize(0,-5) = %d×%d", w, h)
	}
	if w, h, clamped, ok := parseWindowChange(gossh.Marshal(struct{ C, R, W, H uint32 }{1<<32 - 1, 1<<32 - 1, 0, 0})); !ok || !clamped || w != maxWidth || h != maxHeight {
		t.Errorf("parseWindowChange(max uint32) = %d×%d %v %v", w, h, clamped, ok)
	}
	if _, _, _, ok := parseWindowChange([]byte{1, 2}); ok {
		t.Error("a truncated window-change was accepted")
	}
}

// panicOn wraps the dashboard to panic on a key, in Update or View.
type panicOn struct {
	tea.Model
	key    string
	inView bool
	armed  bool
}

func (p *panicOn) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == p.key {
		if !p.inView {
			panic("test panic in update")
		}
		p.armed = true
	}
	next, cmd := p.Model.Update(msg)
	p.Model = next
	return p, cmd
}

func (p *panicOn) View() tea.View {
	if p.armed {
		panic("test panic in view")
	}
	return p.Model.View()
}

func TestPanicEndsOnlyThatSession(t *testing.T) {
	srv := startServer(t, func(c *Config) {
		c.wrapModel = func(m teaModel) teaModel { return &panicOn{Model: m, key: "P"} }
	})
	c, err := dial(t, srv.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	victim := openSession(t, c, sessOpts{env: en})
	other := openSession(t, c, sessOpts{env: en})
	waitFor(t, victim.out, 0, "Overview", patience)
	waitFor(t, other.out, 0, "Overview", patience)

	victim.press(t, "P")
	if code := victim.wait(t, patience); code != 1 {
		t.Fatalf("panicked session: exit %d, want 1", code)
	}
	if !strings.Contains(victim.errOut.String(), "internal error") {
		t.Errorf("no message to the client: %q", victim.errOut.String())
	}
	if !strings.Contains(victim.out.String(), "\x1b[?1049l") {
		t.Error("the panicked session's terminal was not restored")
	}
	logs := srv.log.String()
	if !strings.Contains(logs, "session panic") || !strings.Contains(logs, "test panic in update") || !strings.Contains(logs, "runtime/debug.Stack") {
		t.Errorf("panic not logged with its stack:\n%s", tail(logs, 2000))
	}

	from := other.out.Len()
	other.press(t, "2")
	waitFor(t, other.out, from, "GRDP growth", patience)
	other.press(t, "q")
	if code := other.wait(t, patience); code != 0 {
		t.Fatalf("other session: exit %d", code)
	}
	// And the server still accepts.
	c2, err := dial(t, srv.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := openSession(t, c2, sessOpts{env: en})
	waitFor(t, s.out, 0, "Overview", patience)
}

func TestPanicInView(t *testing.T) {
	srv := startServer(t, func(c *Config) {
		c.wrapModel = func(m teaModel) teaModel { return &panicOn{Model: m, key: "P", inView: true} }
	})
	_, s := overviewSession(t, srv)
	s.press(t, "P")
	if code := s.wait(t, patience); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if !strings.Contains(srv.log.String(), "test panic in view") {
		t.Error("view panic not logged")
	}
}

// TestIdleTimeoutCountsKeyPresses: a session nobody types in ends with
// the idle message and reason; TestIdleFilter shows what resets the clock.
func TestIdleTimeoutCountsKeyPresses(t *testing.T) {
	srv := startServer(t, func(c *Config) { c.IdleTimeout = 2 * time.Second })
	_, s := overviewSession(t, srv)
	_, _ = s.in.Write([]byte("j")) // may race the timeout on a slow machine: either way the session ends idle
	if code := s.wait(t, patience); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if !strings.Contains(s.errOut.String(), "without a key press") {
		t.Errorf("message: %q", s.errOut.String())
	}
	waitLog(t, srv.log, "reason=idle", patience)
}

// TestPresentingIsNotIdle: a session whose presentation runs (a
// projector, nobody at the keyboard) outlives the idle timeout; paused, it
// does not.
func TestPresentingIsNotIdle(t *testing.T) {
	// The presentation ticks every second: three seconds of idle timeout
	// leave room for a tick late on a loaded machine.
	var slides atomic.Int64
	srv := startServer(t, func(c *Config) {
		c.IdleTimeout = 3 * time.Second
		c.wrapModel = func(m teaModel) teaModel { return &slideCounter{Model: m, n: &slides} }
	})
	c, err := dial(t, srv.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := openSession(t, c, sessOpts{env: en, command: "--present --interval 1s"})
	waitFor(t, s.out, 0, "Overview", patience)
	// Six slides of a second each: twice the idle timeout with nothing but
	// the presentation moving (a slide never comes early, however slow the
	// machine).
	idle := func() bool { return strings.Contains(srv.log.String(), "reason=idle") }
	waitUntil(t, "six slides or an idle end", func() bool { return slides.Load() >= 6 || idle() })
	if idle() {
		t.Fatalf("a running presentation was ended as idle after %d slides", slides.Load())
	}
	s.press(t, " ") // pause: now nobody is watching anything move
	if code := s.wait(t, patience); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	waitLog(t, srv.log, "reason=idle", patience)
}

// slideCounter counts the slides a dashboard's presentation has moved to
// (the title slide, then each tab), and says, as the dashboard does,
// whether its presentation runs (idleFilter asks).
type slideCounter struct {
	tea.Model
	at struct {
		title bool
		tab   string
	}
	n *atomic.Int64
}

func (c *slideCounter) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := c.Model.Update(msg)
	c.Model = next
	if d, ok := next.(interface{ State() ui.State }); ok {
		if st := d.State(); st.Present && (st.Title != c.at.title || st.Tab != c.at.tab) {
			if c.at.tab != "" {
				c.n.Add(1)
			}
			c.at.title, c.at.tab = st.Title, st.Tab
		}
	}
	return c, cmd
}

func (c *slideCounter) Presenting() (on, paused bool) {
	if p, ok := c.Model.(presenting); ok {
		return p.Presenting()
	}
	return false, false
}

// TestIdleFilter: keys, clicks and the wheel count as activity; sizes,
// ticks and data reloads (what the server sends) do not.
func TestIdleFilter(t *testing.T) {
	n := 0
	f := idleFilter(func() { n++ })
	for _, m := range []tea.Msg{tea.KeyPressMsg{Code: 'j'}, tea.MouseClickMsg{}, tea.MouseWheelMsg{}} {
		if f(nil, m) == nil {
			t.Errorf("%T dropped", m)
		}
	}
	for _, m := range []tea.Msg{tea.WindowSizeMsg{Width: 80, Height: 24}, tea.MouseMotionMsg{}, struct{}{}} {
		f(nil, m)
	}
	if n != 3 {
		t.Fatalf("%d resets, want 3", n)
	}
}

func TestMaxDuration(t *testing.T) {
	srv := startServer(t, func(c *Config) { c.MaxDuration = 2 * time.Second })
	_, s := overviewSession(t, srv)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // keys do not extend the maximum
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
				_, _ = s.in.Write([]byte("j"))
			}
		}
	}()
	code := s.wait(t, patience)
	close(stop)
	wg.Wait()
	if code != 1 || !strings.Contains(s.errOut.String(), "maximum length of 2s") {
		t.Fatalf("exit %d, message %q", code, s.errOut.String())
	}
}

func TestShutdownRestoresTerminals(t *testing.T) {
	srv := startServer(t, nil)
	var sessions []*termSession
	for i := range 3 {
		c, err := dial(t, srv.addr, nil)
		if err != nil {
			t.Fatal(err)
		}
		s := openSession(t, c, sessOpts{env: en, command: fmt.Sprintf("--tab %s", []string{"overview", "gdp", "fdi"}[i])})
		waitFor(t, s.out, 0, "provdash", patience)
		sessions = append(sessions, s)
	}
	ctx, cancel := context.WithTimeout(context.Background(), patience)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	for i, s := range sessions {
		code := s.wait(t, patience)
		out := s.out.String()
		if code != 1 {
			t.Errorf("session %d: exit %d, want 1", i, code)
		}
		// Leaving the alternate screen and showing the cursor again are
		// what give the client its shell back.
		for _, seq := range []string{"\x1b[?1049l", "\x1b[?25h"} {
			if !strings.Contains(out, seq) {
				t.Errorf("session %d: no %q in what the client received", i, seq)
			}
		}
		if !strings.Contains(s.errOut.String(), "shutting down") {
			t.Errorf("session %d: message %q", i, s.errOut.String())
		}
	}
	if _, err := dial(t, srv.addr, nil); err == nil {
		t.Error("a new connection was accepted after Shutdown")
	}
}

func TestShutdownCutsStuckClients(t *testing.T) {
	srv := startServer(t, nil)
	overviewSession(t, srv)
	// A connection that never opens a session must not hold shutdown up.
	if _, err := dial(t, srv.addr, nil); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), patience)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil { // an error means a session had to be cut at the deadline
		t.Fatalf("Shutdown: %v", err)
	}
}

func TestHostKeyCreatedOnceAndPrivate(t *testing.T) {
	t.Chdir(t.TempDir())
	cwd, _ := os.Getwd()
	before, _ := os.ReadDir(cwd)
	dir := filepath.Join(t.TempDir(), "state", "provdash")
	path := filepath.Join(dir, "host_key")
	s1, created, err := LoadOrCreateHostKey(path)
	if err != nil || !created {
		t.Fatalf("first run: created=%v err=%v", created, err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("key mode %04o, want 0600", st.Mode().Perm())
	}
	dst, _ := os.Stat(dir)
	if dst.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %04o, want 0700", dst.Mode().Perm())
	}
	s2, created, err := LoadOrCreateHostKey(path)
	if err != nil || created {
		t.Fatalf("second run: created=%v err=%v", created, err)
	}
	if gossh.FingerprintSHA256(s1.PublicKey()) != gossh.FingerprintSHA256(s2.PublicKey()) {
		t.Error("the key changed between runs")
	}
	if s1.PublicKey().Type() != gossh.KeyAlgoED25519 {
		t.Errorf("key type %s", s1.PublicKey().Type())
	}
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := LoadOrCreateHostKey(path); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("a world-readable key was accepted: %v", err)
	}
	after, _ := os.ReadDir(cwd)
	if len(after) != len(before) {
		t.Errorf("files appeared in the working directory: %v", after)
	}

	// A whole server with the default path writes under XDG_STATE_HOME.
	state := t.TempDir()
	p, err := DefaultHostKeyPath(func(k string) string {
		if k == "XDG_STATE_HOME" {
			return state
		}
		return ""
	})
	if err != nil || !strings.HasPrefix(p, state) {
		t.Fatalf("default path %q, %v", p, err)
	}
	p2, _ := DefaultHostKeyPath(func(k string) string {
		if k == "HOME" {
			return "/home/planner"
		}
		return ""
	})
	if p2 != "/home/planner/.local/state/provdash/ssh_host_ed25519_key" {
		t.Errorf("default without XDG_STATE_HOME: %q", p2)
	}
}

func TestStartLogsFingerprintAndOpenWarning(t *testing.T) {
	srv := startServer(t, nil)
	waitLog(t, srv.log, srv.Fingerprint(), patience)
	if strings.Contains(srv.log.String(), "anyone who can reach") {
		t.Error("warned about open access on loopback")
	}
	if isLoopback(&netAddr{"tcp", "0.0.0.0:1"}) {
		t.Error("non-TCP address taken as loopback")
	}
}

type netAddr struct{ n, s string }

func (a *netAddr) Network() string { return a.n }
func (a *netAddr) String() string  { return a.s }

func TestParseArgs(t *testing.T) {
	cases := []struct {
		args    string
		lang    i18n.Lang
		tab     string
		wantErr string
	}{
		{"", i18n.VI, "overview", ""},
		{"--lang en --tab fdi", i18n.EN, "fdi", ""},
		{"--tab=zones", i18n.VI, "zones", ""},
		{"--lang fr", "", "", `unknown --lang "fr": use vi or en`},
		{"--lang en --tab nope", "", "", "unknown tab"},
		{"--tab nope", "", "", "không có thẻ"},           // the session's language
		{"--shell", "", "", "không có tùy chọn --shell"}, // the session's language
		{"--lang en --shell", "", "", "unknown flag: --shell"},
		{"rm -rf /", "", "", "không có tùy chọn -r"},
		{"ls", "", "", "đối số không mong đợi"},
		{"--lang en ls", "", "", "unexpected argument"},
		{"--theme light --ascii --present --interval 5s", i18n.VI, "overview", ""},
		{"--lang en --theme neon", "", "", "unknown theme"},
		{"--lang en --interval 0s", "", "", "must be positive"},
		{"--face pie", "", "", `--face "pie" không hợp lệ: dùng một trong chart, table, sources`}, // the session's language
		{"--lang en --face pie", "", "", `unknown --face "pie": use one of chart, table, sources`},
		{"--room briefing --lead", i18n.VI, "overview", ""},
		{"--lead", "", "", "--lead cần --room TÊN"}, // the session's language
		{"--lang en --lead", "", "", "--lead needs --room NAME"},
		{"--room Briefing", "", "", "a-z"},
		{"--lang en --room " + strings.Repeat("a", 33), "", "", "Room name \"" + strings.Repeat("a", 33) + "\" is not valid: 1–32 characters"},
		{"--room " + strings.Repeat("a", 33), "", "", "Tên phòng"},
		{"--lang en --slides overview,gdp,fdi", i18n.EN, "overview", ""},
		{"--lang en --slides overview,gpd", "", "", `--slides: unknown tab "gpd": use tabs from overview, gdp, fdi, zones, agreements`},
		{"--slides fdi,khu", "", "", `--slides: không có thẻ "khu"`}, // the session's language
		{"--lang en --slides fdi,gdp,fdi", "", "", `--slides: tab "fdi" is listed twice`},
	}
	for _, tc := range cases {
		a, _, err := parseArgs(strings.Fields(tc.args), i18n.VI)
		o := a.opts
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%q: err %v, want %q", tc.args, err, tc.wantErr)
			}
			continue
		}
		if err != nil || o.Lang != tc.lang || o.Tab != tc.tab {
			t.Errorf("%q: %+v %v", tc.args, o, err)
		}
	}
	a, _, err := parseArgs(strings.Fields("--theme light --ascii --present --interval 5s --slides fdi,overview --slides gdp"), i18n.VI)
	if o := a.opts; err != nil || o.Theme != "light" || !o.ASCII || !o.Present || o.Interval != 5*time.Second || !slices.Equal(o.Slides, []string{"fdi", "overview", "gdp"}) {
		t.Errorf("presenting flags not passed to the session: %+v %v", o, err)
	}
	a, _, err = parseArgs(strings.Fields("--room briefing --lead --lang en"), i18n.VI)
	if err != nil || a.room != "briefing" || !a.lead || a.opts.Lang != i18n.EN {
		t.Errorf("room flags not passed to the session: %+v %v", a, err)
	}
}

// TestCryptoHasSSHFixes guards against a dependency change pulling
// golang.org/x/crypto below v0.45.0, the release with the 2025 SSH server
// fixes (CVE-2025-58181, CVE-2025-47914; v0.35.0 fixed CVE-2025-22869).
// Test binaries carry no dependency list in their build info, so the
// version comes from the build info when present, else from go.mod, whose
// require line is the selected version in a tidy module.
func TestCryptoHasSSHFixes(t *testing.T) {
	const mod, min = "golang.org/x/crypto", "v0.45.0"
	v := ""
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range info.Deps {
			if dep.Path == mod {
				v = dep.Version
				if dep.Replace != nil {
					v = dep.Replace.Version
				}
			}
		}
	}
	if v == "" {
		b, err := os.ReadFile("../../go.mod")
		if err != nil {
			t.Fatal(err)
		}
		f, err := modfile.Parse("go.mod", b, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range f.Require {
			if r.Mod.Path == mod {
				v = r.Mod.Version
			}
		}
		for _, r := range f.Replace {
			if r.Old.Path == mod {
				v = r.New.Version
			}
		}
	}
	if v == "" {
		t.Fatalf("%s not found in the build info or go.mod", mod)
	}
	if !semver.IsValid(v) || semver.Compare(v, min) < 0 {
		t.Fatalf("%s %s: need ≥ %s for the 2025 SSH fixes", mod, v, min)
	}
	t.Logf("%s %s", mod, v)
}
