package server

import (
	"errors"
	"fmt"
	"io"
	"net"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/pflag"
	gossh "golang.org/x/crypto/ssh"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui"
	"github.com/provdash/provdash/internal/ui/theme"
)

// teaModel is tea.Model under a short name for Config.wrapModel.
type teaModel = tea.Model

// endReason says why a session ended; the zero value is the user's own q.
type endReason int

const (
	endQuit endReason = iota
	endIdle
	endMax
	endShutdown
	endPanic
)

func (r endReason) String() string {
	return [...]string{"quit", "idle", "max_duration", "shutdown", "panic"}[r]
}

// connKey stores the per-connection session counter in the ssh.Context.
type connKey struct{}

// onConn counts connections before the handshake. Its caps are twice the
// session caps: a backstop against handshake floods that never reaches a
// well-behaved client, which is refused later, at the session, with a
// message it can read.
func (s *Server) onConn(ctx ssh.Context, c net.Conn) net.Conn {
	ip := remoteIP(c.RemoteAddr())
	s.mu.Lock()
	if s.closing || s.conns >= 2*s.cfg.MaxSessions || s.connsPerIP[ip] >= 2*s.cfg.MaxPerIP {
		closing := s.closing
		s.mu.Unlock()
		reason := "too many connections"
		if closing {
			reason = "shutting down"
		}
		s.log.Warn("refused connection", "remote", c.RemoteAddr().String(), "reason", reason)
		return nil
	}
	s.conns++
	s.connsPerIP[ip]++
	s.mu.Unlock()
	ctx.SetValue(connKey{}, new(atomic.Int32))
	return &countedConn{Conn: c, release: sync.OnceFunc(func() {
		s.mu.Lock()
		s.conns--
		if s.connsPerIP[ip]--; s.connsPerIP[ip] <= 0 {
			delete(s.connsPerIP, ip)
		}
		s.mu.Unlock()
	})}
}

// countedConn releases its slot in the connection count once, on Close.
type countedConn struct {
	net.Conn
	release func()
}

func (c *countedConn) Close() error {
	c.release()
	return c.Conn.Close()
}

// sessionChannel accepts at most sessionsPerConn session channels per
// connection and strips agent and X11 forwarding requests, which
// charm.land/ssh would otherwise acknowledge.
func (s *Server) sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	n, _ := ctx.Value(connKey{}).(*atomic.Int32)
	if n != nil {
		if n.Add(1) > sessionsPerConn {
			n.Add(-1)
			s.log.Warn("refused session", "remote", conn.RemoteAddr().String(), "reason", "too many sessions on one connection")
			_ = nc.Reject(gossh.ResourceShortage, fmt.Sprintf("provdash: at most %d sessions per connection", sessionsPerConn))
			return
		}
		defer n.Add(-1)
	}
	ssh.DefaultSessionHandler(srv, conn, filteredChannel{nc}, ctx)
}

// filteredChannel refuses auth-agent and x11 requests on a session channel:
// the dashboard forwards nothing.
type filteredChannel struct{ gossh.NewChannel }

func (f filteredChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := f.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err //nolint:wrapcheck // passed through unchanged to charm.land/ssh
	}
	out := make(chan *gossh.Request)
	go func() {
		defer close(out)
		for r := range reqs {
			switch r.Type {
			case "auth-agent-req@openssh.com", "x11-req":
				if r.WantReply {
					_ = r.Reply(false, nil)
				}
				continue
			}
			out <- r
		}
	}()
	return ch, out, nil
}

// allowRequest lets only shell and exec start a session: exec's command is
// read as dashboard arguments (`ssh -t host -- --lang en`), never run.
// Subsystems (sftp) are refused.
func (s *Server) allowRequest(sess ssh.Session, kind string) bool {
	if kind == "shell" || kind == "exec" {
		return true
	}
	s.log.Warn("refused request", "remote", sess.RemoteAddr().String(), "request", kind, "subsystem", sess.Subsystem())
	return false
}

// authKey is the allowlist check. It may be called for keys the client only
// offers; charm.land/ssh keeps the key that really authenticated.
func (s *Server) authKey(ctx ssh.Context, key ssh.PublicKey) bool {
	for _, k := range s.keys {
		if ssh.KeysEqual(k, key) {
			return true
		}
	}
	s.log.Warn("refused key", "remote", ctx.RemoteAddr().String(), "user", ctx.User(),
		"reason", "not in authorized keys", "fingerprint", gossh.FingerprintSHA256(key))
	return false
}

// session is one live dashboard.
type session struct {
	id      uint64
	ip      string
	lang    i18n.Lang
	program *tea.Program

	mu     sync.Mutex
	reason endReason
	ended  bool
}

// end asks the session's program to quit for reason; the first reason
// wins. Safe from any goroutine; it returns once the program has the
// message or has already stopped.
func (ss *session) end(r endReason) {
	ss.mu.Lock()
	if !ss.ended {
		ss.ended, ss.reason = true, r
	}
	p := ss.program
	ss.mu.Unlock()
	if p != nil { // nil: not started yet; start sees ended and does not run
		p.Quit()
	}
}

// send delivers msg to the session's program, if it has one yet.
func (ss *session) send(msg tea.Msg) {
	ss.mu.Lock()
	p := ss.program
	ss.mu.Unlock()
	if p != nil {
		p.Send(msg)
	}
}

func (ss *session) endReason() endReason {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	return ss.reason
}

// handle runs one SSH session: checks, then a dashboard program until it
// quits, then the reason in words and an exit status (0 for the user's own
// q, 1 otherwise).
func (s *Server) handle(sess ssh.Session) {
	start := time.Now()
	id := s.nextID.Add(1)
	ip := remoteIP(sess.RemoteAddr())
	lg := s.log.With("session", id, "remote", sess.RemoteAddr().String(), "user", sess.User())
	if k := sess.PublicKey(); k != nil {
		lg = lg.With("fingerprint", gossh.FingerprintSHA256(k))
	}
	env := sess.Environ()
	getenv := envLookup(env)
	ptyReq, winCh, hasPty := sess.Pty()

	lang := s.cfg.DefaultLang
	if getenv("LC_ALL")+getenv("LC_MESSAGES")+getenv("LANG") != "" {
		lang = i18n.FromEnv(getenv)
	}
	loc := i18n.New(lang)
	eol := "\n"
	if hasPty {
		eol = "\r\n" // the emulated PTY does not translate stderr
	}
	refuse := func(reason, msg string) {
		lg.Warn("refused session", "reason", reason)
		_, _ = io.WriteString(sess.Stderr(), "provdash: "+msg+eol)
		_ = sess.Exit(1)
	}

	opts, help, err := parseArgs(sess.Command(), lang)
	if err != nil {
		refuse("bad arguments", loc.Tf("server.args", err, strings.Join(ui.TabIDs(), "|")))
		return
	}
	lang = opts.Lang
	loc = i18n.New(lang)
	opts.NoColor = getenv("NO_COLOR") != ""
	if help {
		_, _ = io.WriteString(sess.Stderr(), loc.Tf("server.args", "provdash", strings.Join(ui.TabIDs(), "|"))+eol)
		_ = sess.Exit(0)
		return
	}
	if !hasPty {
		_, port, _ := net.SplitHostPort(sess.LocalAddr().String())
		refuse("no pty", loc.Tf("server.no_pty", port))
		return
	}

	// Admission: the caps are counted on sessions, so a refused client is
	// told why instead of seeing a bare "connection closed".
	s.mu.Lock()
	var why, msg string
	switch {
	case s.closing:
		why, msg = "shutting down", loc.T("server.shutdown")
	case len(s.sessions) >= s.cfg.MaxSessions:
		why, msg = "max sessions", loc.Tf("server.busy", s.cfg.MaxSessions)
	case s.perIP[ip] >= s.cfg.MaxPerIP:
		why, msg = "max sessions per ip", loc.Tf("server.busy_ip", ip, s.cfg.MaxPerIP)
	}
	if why != "" {
		s.mu.Unlock()
		refuse(why, msg)
		return
	}
	ss := &session{id: id, ip: ip, lang: lang}
	s.sessions[ss] = struct{}{}
	s.perIP[ip]++
	s.handlers.Add(1)
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.sessions, ss)
		if s.perIP[ip]--; s.perIP[ip] <= 0 {
			delete(s.perIP, ip)
		}
		s.mu.Unlock()
		s.handlers.Done()
	}()

	opts.Data = s.data.Load()
	dash, err := ui.New(opts)
	if err != nil { // parseArgs validated the tab; only a programming error lands here
		lg.Error("building dashboard", "err", err)
		_, _ = io.WriteString(sess.Stderr(), "provdash: "+loc.T("server.panic")+eol)
		_ = sess.Exit(1)
		return
	}
	var model tea.Model = dash
	if s.cfg.wrapModel != nil {
		model = s.cfg.wrapModel(model)
	}
	term := ptyReq.Term
	envs := append(append([]string{}, env...), "TERM="+term)
	profile := colorprofile.Env(envs)
	w, h := clampSize(ptyReq.Window.Width, ptyReq.Window.Height)
	lg = lg.With("term", term)
	lg.Info("session started", "lang", lang, "tab", dash.Active(), "size", fmt.Sprintf("%dx%d", w, h), "profile", profile.String())

	guard := &guardModel{inner: model, log: lg, ss: ss}
	lastW, lastH := -1, -1 // only the program's goroutine reads and writes these, in the filter
	idle := time.AfterFunc(s.cfg.IdleTimeout, func() { ss.end(endIdle) })
	maxT := time.AfterFunc(s.cfg.MaxDuration, func() { ss.end(endMax) })
	program := tea.NewProgram(guard,
		tea.WithInput(sess),
		tea.WithOutput(sess),
		tea.WithEnvironment(envs),
		// Colours follow the client's TERM/COLORTERM, never the server's
		// stdout; no terminal query, so a client that answers none still
		// gets its first frame at once.
		tea.WithColorProfile(profile),
		tea.WithWindowSize(w, h),
		tea.WithoutSignalHandler(),
		// Bubble Tea's default 60 fps: the first frame waits for the
		// renderer's tick, and 30 fps measured 41 ms p50 to first frame
		// against 25 ms. A static dashboard writes nothing between
		// frames either way, and repeated sizes are dropped below.
		tea.WithFPS(60),
		tea.WithFilter(func(_ tea.Model, msg tea.Msg) tea.Msg {
			switch m := msg.(type) {
			case tea.KeyPressMsg, tea.MouseClickMsg, tea.MouseWheelMsg:
				// Inactivity is measured on what the person does, not on
				// what the server writes.
				idle.Reset(s.cfg.IdleTimeout)
			case tea.WindowSizeMsg:
				// The pty-req size arrives twice (Bubble Tea's initial
				// size and the first window-change); each resize
				// rebuilds every tab, so an unchanged size is dropped.
				m.Width, m.Height = clampSize(m.Width, m.Height)
				if m.Width == lastW && m.Height == lastH {
					return nil
				}
				lastW, lastH = m.Width, m.Height
				return m
			case tea.SuspendMsg:
				return tea.ResumeMsg{} // ctrl+z would stop a server-side program nobody can resume
			}
			return msg
		}),
	)
	guard.quit = program.Quit
	ss.mu.Lock()
	ss.program = program
	stopped := ss.ended // Shutdown came between admission and here
	ss.mu.Unlock()
	if d := s.data.Load(); d != opts.Data {
		go program.Send(ui.DataMsg{Data: d}) // a reload came between admission and here
	}

	// Window changes: clamped here, before Bubble Tea's own plausibility
	// check, which drops huge sizes rather than clamping them. The loop
	// drains the channel until charm.land/ssh closes it, so its request
	// loop never blocks on a full channel after the program ended.
	runDone := make(chan struct{})
	winDone := make(chan struct{})
	go func() {
		defer close(winDone)
		for {
			select {
			case win, ok := <-winCh:
				if !ok {
					return
				}
				ww, hh := clampSize(win.Width, win.Height)
				select {
				case <-runDone:
				default:
					program.Send(tea.WindowSizeMsg{Width: ww, Height: hh})
				}
			case <-runDone:
				for range winCh { //nolint:revive // draining
				}
				return
			}
		}
	}()

	var runErr error
	if !stopped {
		_, runErr = program.Run()
	}
	close(runDone)
	program.Kill()
	idle.Stop()
	maxT.Stop()

	reason := ss.endReason()
	if errors.Is(runErr, tea.ErrProgramPanic) {
		reason = endPanic
		if !guard.panicked.Load() {
			// Caught by Bubble Tea itself (a panic inside a batched
			// command): it printed the stack to the server's stderr.
			lg.Error("session panic", "err", runErr, "stack", "see stderr")
		}
	} else if runErr != nil && !errors.Is(runErr, tea.ErrProgramKilled) {
		lg.Warn("session program error", "err", runErr)
	}
	code := 1
	switch reason {
	case endQuit:
		code = 0
	case endIdle:
		_, _ = io.WriteString(sess.Stderr(), "provdash: "+loc.Tf("server.idle", shortDur(s.cfg.IdleTimeout))+eol)
	case endMax:
		_, _ = io.WriteString(sess.Stderr(), "provdash: "+loc.Tf("server.max", shortDur(s.cfg.MaxDuration))+eol)
	case endShutdown:
		_, _ = io.WriteString(sess.Stderr(), "provdash: "+loc.T("server.shutdown")+eol)
	case endPanic:
		_, _ = io.WriteString(sess.Stderr(), "provdash: "+loc.T("server.panic")+eol)
	}
	// Logged before Exit so the line exists by the time the client sees
	// its exit status.
	lg.Info("session ended", "reason", reason.String(), "exit", code, "duration", time.Since(start).Round(time.Millisecond))
	_ = sess.Exit(code)
}

// guardModel contains a panic in the dashboard to its own session: it logs
// the value and stack, shows nothing more and quits, so the client's
// terminal is restored and every other session carries on. Bubble Tea's own
// recovery stays on as a second line for commands it runs in batches.
type guardModel struct {
	inner    tea.Model
	log      *log.Logger
	ss       *session
	quit     func()
	panicked atomic.Bool
}

func (g *guardModel) recovered(r any, where string) {
	g.panicked.Store(true)
	g.ss.mu.Lock()
	g.ss.ended, g.ss.reason = true, endPanic
	g.ss.mu.Unlock()
	g.log.Error("session panic", "in", where, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
}

func (g *guardModel) Init() (cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			g.recovered(r, "init")
			cmd = tea.Quit
		}
	}()
	return g.wrapCmd(g.inner.Init())
}

func (g *guardModel) Update(msg tea.Msg) (model tea.Model, cmd tea.Cmd) {
	if g.panicked.Load() {
		return g, tea.Quit
	}
	defer func() {
		if r := recover(); r != nil {
			g.recovered(r, "update")
			model, cmd = g, tea.Quit
		}
	}()
	next, c := g.inner.Update(msg)
	g.inner = next
	return g, g.wrapCmd(c)
}

func (g *guardModel) View() (v tea.View) {
	if g.panicked.Load() {
		return tea.NewView("")
	}
	defer func() {
		if r := recover(); r != nil {
			g.recovered(r, "view")
			v = tea.NewView("")
			go g.quit() // View cannot return a command; Quit must not block the render
		}
	}()
	return g.inner.View()
}

func (g *guardModel) wrapCmd(c tea.Cmd) tea.Cmd {
	if c == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				g.recovered(r, "command")
				msg = tea.QuitMsg{}
			}
		}()
		return c()
	}
}

// parseArgs reads the session command (`ssh -t host -- --lang en --tab fdi`)
// as dashboard options. lang is the language from the environment, the
// default for --lang.
func parseArgs(args []string, lang i18n.Lang) (opts ui.Options, help bool, err error) {
	fs := pflag.NewFlagSet("provdash", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	l := fs.String("lang", string(lang), "vi|en")
	tab := fs.String("tab", "overview", "first tab")
	th := fs.String("theme", "auto", "auto|dark|light|high-contrast|mono")
	ascii := fs.Bool("ascii", false, "no braille or box drawing")
	present := fs.Bool("present", false, "presentation mode")
	interval := fs.Duration("interval", ui.DefaultInterval, "time per tab when presenting")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return ui.Options{Lang: lang}, true, nil
		}
		return ui.Options{}, false, err //nolint:wrapcheck // shown to the client as is
	}
	if fs.NArg() > 0 {
		return ui.Options{}, false, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	pl, err := i18n.Parse(*l)
	if err != nil {
		return ui.Options{}, false, err //nolint:wrapcheck // shown to the client as is
	}
	found := false
	for _, id := range ui.TabIDs() {
		found = found || id == *tab
	}
	if !found {
		return ui.Options{}, false, fmt.Errorf("unknown tab %q", *tab)
	}
	var tn theme.Name // "": auto, which follows the client's background
	if *th != "" && *th != "auto" {
		if tn, err = theme.ParseName(*th); err != nil {
			return ui.Options{}, false, err //nolint:wrapcheck // shown to the client as is
		}
	}
	if *interval <= 0 {
		return ui.Options{}, false, fmt.Errorf("--interval must be positive (got %s)", *interval)
	}
	return ui.Options{Lang: pl, Tab: *tab, Theme: tn, ASCII: *ascii, Present: *present, Interval: *interval}, false, nil
}

// clampSize bounds a client-supplied size to 1..maxWidth × 1..maxHeight.
func clampSize(w, h int) (int, int) {
	return max(1, min(w, maxWidth)), max(1, min(h, maxHeight))
}

// envLookup turns an ssh session's KEY=VALUE list into a getenv; the last
// value wins, as in a shell.
func envLookup(env []string) func(string) string {
	return func(k string) string {
		v := ""
		for _, kv := range env {
			if strings.HasPrefix(kv, k+"=") {
				v = kv[len(k)+1:]
			}
		}
		return v
	}
}

// shortDur prints 30m instead of 30m0s for the client's message.
func shortDur(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	if s == "0s" {
		return strconv.Itoa(0)
	}
	return s
}
