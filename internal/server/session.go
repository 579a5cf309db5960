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
	"charm.land/wish/v2"
	bm "charm.land/wish/v2/bubbletea"
	rm "charm.land/wish/v2/recover"
	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/pflag"
	gossh "golang.org/x/crypto/ssh"

	"github.com/provdash/provdash/internal/dashflags"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/server/room"
	"github.com/provdash/provdash/internal/ui"
	"github.com/provdash/provdash/internal/ui/crowd"
)

// sessionFPS is the most frames a second a session's renderer draws: 30
// took less idle CPU than 60 and kept a key's first byte within 50 ms,
// which 20 did not (internal/perf/README.md, "Frame rate").
const sessionFPS = 30

// teaModel is tea.Model under a short name for Config.wrapModel.
type teaModel = tea.Model

// endReason says why a session (or its connection) ended; it is logged as
// reason=… with "session ended".
type endReason int

const (
	endNone         endReason = iota
	endQuit                   // the user's own q
	endIdle                   // IdleTimeout without a key press
	endMax                    // MaxDuration reached
	endShutdown               // the server is stopping
	endPanic                  // the dashboard panicked
	endDisconnect             // the client closed the channel or the connection
	endWriteStall             // the client took no output for WriteTimeout
	endUnresponsive           // the client answered no keepalive for WriteTimeout
	endNoSession              // no session within HandshakeTimeout (connections only)
	endCrowdedOut             // a newcomer took its place among connections without a session
)

func (r endReason) String() string {
	return [...]string{"none", "quit", "idle", "max_duration", "shutdown", "panic", "disconnect",
		"write_stall", "keepalive_timeout", "no_session", "crowded_out"}[r]
}

// middlewares is the session chain, outermost last as wish composes it.
// A session runs: recover (a panic anywhere below ends this session only)
// → bind (the channel's state) → arguments (capped, then parsed) →
// admission (session caps) → PTY check → room (--room: joined until the
// dashboard quits) → Bubble Tea (the dashboard, until it quits) → end
// (reason, message to the client, log, exit status).
// Connection caps apply earlier, in onConn, before the handshake.
func (s *Server) middlewares() []wish.Middleware {
	return []wish.Middleware{
		rm.MiddlewareWithLogger(s.log,
			s.endMiddleware,
			bm.MiddlewareWithProgramHandler(s.newProgram),
			s.roomMiddleware,
			s.ptyMiddleware,
			s.admissionMiddleware,
			s.argsMiddleware,
			s.bindMiddleware,
		),
	}
}

// session is one dashboard session: the SSH session with the state the
// middlewares share. It is an ssh.Session itself, so it is what every
// middleware below bind receives; it overrides Pty (window sizes come from
// the coalescer, clamped), Write and Stderr (watched for stalls) and
// Environ (without channelEnv).
type session struct {
	ssh.Session
	srv   *Server
	id    uint64
	ip    string
	conn  *connState
	ch    *chanState
	env   []string
	lang  i18n.Lang
	loc   *i18n.Locale
	eol   string
	opts  ui.Options
	log   *log.Logger
	start time.Time
	stall *stallWatch

	panicked atomic.Bool

	// roomName and lead are the session's --room and --lead; member is
	// its place in the room once joined (rooms.go), roomNotice what it is
	// told on joining, roomLast the room's view that came before the
	// program did (under mu).
	roomName   string
	lead       bool
	member     *room.Member
	roomNotice string
	roomLast   *crowd.RoomMsg

	mu       sync.Mutex
	program  *tea.Program
	reason   endReason // what was asked for first; endNone: nothing
	finished bool
	timers   []*time.Timer
}

func (ss *session) Environ() []string { return append([]string(nil), ss.env...) }

func (ss *session) Pty() (ssh.Pty, <-chan ssh.Window, bool) {
	p, _, ok := ss.Session.Pty()
	p.Window.Width, p.Window.Height = clampSize(p.Window.Width, p.Window.Height)
	return p, ss.ch.win.C, ok
}

func (ss *session) Write(p []byte) (int, error) {
	ss.stall.begin()
	defer ss.stall.end()
	return ss.Session.Write(p)
}

func (ss *session) Stderr() io.ReadWriter {
	return stallReadWriter{ss.Session.Stderr(), ss.stall}
}

// send delivers msg to the session's program, if it runs; it returns once
// the program has the message or has stopped.
func (ss *session) send(msg tea.Msg) {
	ss.mu.Lock()
	p := ss.program
	ss.mu.Unlock()
	if p != nil {
		p.Send(msg)
	}
}

// say writes one line to the client's stderr, unless its connection is
// already gone.
func (ss *session) say(msg string) {
	if ss.conn.reason() != endNone || ss.Context().Err() != nil {
		return
	}
	_, _ = io.WriteString(ss.Stderr(), "provdash: "+msg+ss.eol)
}

// refuse ends a session that did not get a dashboard.
func (ss *session) refuse(reason, msg string) {
	ss.log.Warn("refused session", "reason", reason)
	ss.say(msg)
	_ = ss.Exit(1)
}

// end asks the session to end for r (the first reason asked for is kept):
// its program quits, which restores the client's terminal. If it has not
// finished endGrace later (its output is stuck), the connection is closed.
// Safe from any goroutine; it never waits for the program.
func (ss *session) end(r endReason) {
	ss.mu.Lock()
	if ss.reason == endNone {
		ss.reason = r
	}
	p, finished := ss.program, ss.finished
	if !finished {
		ss.timers = append(ss.timers, time.AfterFunc(endGrace, func() {
			ss.mu.Lock()
			finished := ss.finished
			ss.mu.Unlock()
			if finished { // it quit in time; the connection may carry another session
				return
			}
			if ss.stall.busy() {
				ss.conn.cut(endWriteStall)
			} else {
				ss.conn.cut(r)
			}
		}))
	}
	ss.mu.Unlock()
	if p != nil && !finished {
		go p.Quit()
	}
}

// finish marks the session done, stops its timers and returns why it
// ended: a panic; else why its connection was cut; else what was asked
// for; else a connection that died under it; else the user's q.
func (ss *session) finish() endReason {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	ss.finished = true
	for _, t := range ss.timers {
		t.Stop()
	}
	if ss.panicked.Load() {
		return endPanic
	}
	if r := ss.conn.reason(); r != endNone && r != endNoSession {
		return r
	}
	if ss.reason != endNone {
		return ss.reason
	}
	if ss.Context().Err() != nil {
		return endDisconnect
	}
	return endQuit
}

// bindMiddleware turns charm.land/ssh's session into ours, joined to its
// channel's state.
func (s *Server) bindMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		var st *chanState
		if id, ok := channelID(sess.Environ()); ok {
			st = s.claimChannel(id)
		}
		cs, _ := sess.Context().Value(connKey{}).(*connState)
		if st == nil || cs == nil { // the channel closed before its handler started
			_ = sess.Exit(1)
			return
		}
		env := withoutChannelEnv(sess.Environ())
		getenv := envLookup(env)
		lang := s.cfg.DefaultLang
		if getenv("LC_ALL")+getenv("LC_MESSAGES")+getenv("LANG") != "" {
			lang = i18n.FromEnv(getenv)
		}
		ss := &session{
			Session: sess, srv: s, id: s.nextID.Add(1), ip: remoteIP(sess.RemoteAddr()),
			conn: cs, ch: st, env: env, lang: lang, loc: i18n.New(lang), eol: "\n", start: time.Now(),
		}
		ss.log = s.log.With("session", ss.id, "remote", sess.RemoteAddr().String(), "user", sess.User())
		if k := sess.PublicKey(); k != nil {
			ss.log = ss.log.With("fingerprint", gossh.FingerprintSHA256(k))
		}
		if _, _, hasPty := sess.Pty(); hasPty {
			ss.eol = "\r\n" // the emulated PTY does not translate stderr
		}
		// A client that takes no output for WriteTimeout has stopped
		// reading: its window is full and every write waits. Closing the
		// connection is the only thing that frees such a write.
		ss.stall = newStallWatch(s.cfg.WriteTimeout, func() { cs.cut(endWriteStall) })
		next(ss)
	}
}

// argsMiddleware reads the session command (`ssh -t host -- --lang en`)
// as dashboard options; it is never run. Its length and word count are
// checked before it is split.
func (s *Server) argsMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		ss := sess.(*session)
		args, help, err := parseSessionArgs(ss.RawCommand(), ss.Command, ss.lang)
		opts := args.opts
		if err != nil {
			ss.refuse("bad arguments", dashflags.SessionUsage(ss.loc, err.Error()))
			return
		}
		ss.lang, ss.loc = opts.Lang, i18n.New(opts.Lang)
		if help {
			ss.say(dashflags.SessionUsage(ss.loc, "provdash"))
			_ = ss.Exit(0)
			return
		}
		opts.NoColor = envLookup(ss.env)("NO_COLOR") != ""
		ss.opts = opts
		ss.roomName, ss.lead = args.room, args.lead
		next(ss)
	}
}

// admissionMiddleware applies the session caps, in total and per IP. They
// are counted on sessions, not connections, so a refused client is told
// why instead of seeing a bare "connection closed". The slot is held until
// the session is completely over.
func (s *Server) admissionMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		ss := sess.(*session)
		s.mu.Lock()
		var why, msg string
		switch {
		case s.closing:
			why, msg = "shutting down", ss.loc.T("server.shutdown")
		case len(s.sessions) >= s.cfg.MaxSessions:
			why, msg = "max sessions", ss.loc.Tf("server.busy", s.cfg.MaxSessions)
		case s.perIP[ss.ip] >= s.cfg.MaxPerIP:
			why, msg = "max sessions per ip", ss.loc.Tf("server.busy_ip", ss.ip, s.cfg.MaxPerIP)
		}
		if why != "" {
			s.mu.Unlock()
			ss.refuse(why, msg)
			return
		}
		s.sessions[ss] = struct{}{}
		s.perIP[ss.ip]++
		s.handlers.Add(1)
		s.mu.Unlock()
		defer func() {
			s.mu.Lock()
			delete(s.sessions, ss)
			if s.perIP[ss.ip]--; s.perIP[ss.ip] <= 0 {
				delete(s.perIP, ss.ip)
			}
			s.mu.Unlock()
			s.handlers.Done()
		}()
		next(ss)
	}
}

// ptyMiddleware refuses sessions without a terminal with a one-line
// reminder to add -t.
func (s *Server) ptyMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		ss := sess.(*session)
		if _, _, ok := ss.Pty(); !ok {
			_, port, _ := net.SplitHostPort(ss.LocalAddr().String())
			ss.refuse("no pty", ss.loc.Tf("server.no_pty", port))
			return
		}
		next(ss)
	}
}

// newProgram builds the session's dashboard program for wish's Bubble Tea
// middleware, which runs it, feeds it the coalesced window sizes and quits
// it when the connection ends. Nil (nothing to run) when the session was
// ended before it started.
func (s *Server) newProgram(sess ssh.Session) *tea.Program {
	ss := sess.(*session)
	opts := ss.opts
	opts.Data = s.data.Load()
	opts.Cache, opts.Themes = s.pages, s.themes
	if s.cfg.DataDir == "" {
		// The bundled collection: P and --province reach every province
		// of it. A served --data folder is one dataset (and may reload).
		opts.Collection = s.cfg.Collection
	}
	if pty, _, _ := ss.Pty(); pty.Term == "dumb" {
		opts.Plain = true // as provdash itself does: a terminal that cannot draw
	}
	dash, err := ui.New(opts)
	if err != nil { // the arguments were checked; only a programming error lands here
		ss.log.Error("building dashboard", "err", err)
		ss.panicked.Store(true)
		return nil
	}
	// The dashboard shares frames with every session of this server
	// (crowd.Sharer); in a room it follows, or leads and publishes.
	var inner crowd.Dashboard = crowd.NewSharer(dash, s.frames)
	if ss.member != nil {
		inner = crowd.NewFollower(inner)
	}
	var model tea.Model = inner
	var lead *leadModel
	if ss.member != nil && ss.member.Role() == room.Lead {
		lead = newLeadModel(inner, ss.member)
		model = lead
	}
	if s.cfg.wrapModel != nil {
		model = s.cfg.wrapModel(model)
	}
	pty, _, _ := ss.Pty()
	envs := append(ss.Environ(), "TERM="+pty.Term)
	profile := colorprofile.Env(envs)
	w, h := pty.Window.Width, pty.Window.Height

	guard := &guardModel{inner: model, ss: ss}
	idle := time.AfterFunc(s.cfg.IdleTimeout, func() { ss.end(endIdle) })
	maxT := time.AfterFunc(s.cfg.MaxDuration, func() { ss.end(endMax) })
	program := tea.NewProgram(guard,
		tea.WithInput(ss),
		tea.WithOutput(ss),
		tea.WithEnvironment(envs),
		// Colours follow the client's TERM/COLORTERM, never the server's
		// stdout; no terminal query, so a client that answers none still
		// gets its first frame at once.
		tea.WithColorProfile(profile),
		tea.WithWindowSize(w, h),
		tea.WithoutSignalHandler(),
		// Bubble Tea's renderer wakes at every tick even when nothing
		// changed, so the frame rate sets what an idle crowd costs, and
		// a key's frame waits for the next tick: sessionFPS is the rate
		// that keeps both within budget. The measurements, and why
		// sessions' ticks are not put on one grid, are in
		// internal/perf/README.md ("Frame rate").
		tea.WithFPS(sessionFPS),
		tea.WithFilter(chainFilters(
			suspendFilter,
			sizeFilter(ss.ch.clamped.Load, func() { go ss.send(ui.NoticeMsg(clampNotice(ss.loc))) }),
			idleFilter(func() { idle.Reset(s.cfg.IdleTimeout) }),
			busyFilter(s.procs),
		)),
	)
	guard.quit = program.Quit

	ss.mu.Lock()
	ss.timers = append(ss.timers, idle, maxT)
	ended := ss.reason != endNone // Shutdown came between admission and here
	if !ended {
		ss.program = program
	}
	// The room's view that came before the program is applied now; any
	// later one is sent to the running program (roomView).
	last := ss.roomLast
	ss.mu.Unlock()
	// Through the guard and any wrapper, as every later message goes: a
	// panic here ends this session like one in the running program.
	if last != nil {
		guard.Update(*last)
	}
	if ss.ch.clamped.Load() { // before the room's notice, which matters more
		guard.Update(ui.NoticeMsg(clampNotice(ss.loc)))
	}
	if ss.roomNotice != "" {
		guard.Update(ui.NoticeMsg(ss.roomNotice))
	}
	if lead != nil {
		lead.publish(true) // the followers see where the leader starts
	}
	if ended {
		idle.Stop()
		maxT.Stop()
		return nil
	}
	started := []any{"term", pty.Term, "lang", ss.lang, "tab", dash.Active(),
		"size", fmt.Sprintf("%dx%d", w, h), "profile", profile.String()}
	if ss.member != nil {
		started = append(started, "room", ss.roomName, "role", ss.member.Role().String())
	}
	ss.log.Info("session started", started...)
	if d := s.data.Load(); d != opts.Data {
		go program.Send(ui.DataMsg{Data: d}) // a reload came between admission and here
	}
	// A client may close its channel and keep the connection (a
	// multiplexed OpenSSH, a script): the session ends then too.
	go func() {
		select {
		case <-ss.ch.win.done:
			ss.end(endDisconnect)
		case <-ss.Context().Done():
		}
	}()
	return program
}

// endMiddleware runs once the dashboard has quit (or never started): it
// tells the client why, when it can still hear, logs "session ended" with
// the reason, and sends the exit status (0 for the user's own q, 1
// otherwise).
func (s *Server) endMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		ss := sess.(*session)
		reason := ss.finish()
		code := 1
		switch reason {
		case endQuit:
			code = 0
		case endIdle:
			ss.say(ss.loc.Tf("server.idle", shortDur(s.cfg.IdleTimeout)))
		case endMax:
			ss.say(ss.loc.Tf("server.max", shortDur(s.cfg.MaxDuration)))
		case endShutdown:
			ss.say(ss.loc.T("server.shutdown"))
		case endPanic:
			ss.say(ss.loc.T("server.panic"))
		}
		// Logged before Exit so the line exists by the time the client
		// sees its exit status.
		ss.log.Info("session ended", "reason", reason.String(), "exit", code,
			"duration", time.Since(ss.start).Round(time.Millisecond))
		_ = ss.Exit(code)
		next(sess)
	}
}

// sessionArgs are a session's arguments: its dashboard options and its
// room.
type sessionArgs struct {
	opts     ui.Options
	room     string
	lead     bool
	plain    bool
	province string
}

// parseSessionArgs checks the raw session command's length and word count,
// and only then splits it (split is the session's shell-style Command) and
// parses it as dashboard flags.
func parseSessionArgs(raw string, split func() []string, lang i18n.Lang) (sessionArgs, bool, error) {
	if len(raw) > maxArgBytes {
		return sessionArgs{}, false, fmt.Errorf("arguments too long: %d bytes, at most %d", len(raw), maxArgBytes)
	}
	if n := len(strings.Fields(raw)); n > maxArgs {
		return sessionArgs{}, false, fmt.Errorf("too many arguments: %d, at most %d", n, maxArgs)
	}
	return parseArgs(split(), lang)
}

// parseArgs reads session arguments as dashboard options and a room.
// lang is the language from the environment, the default for --lang.
func parseArgs(args []string, lang i18n.Lang) (a sessionArgs, help bool, err error) {
	fs := pflag.NewFlagSet("provdash", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var f dashflags.Flags
	f.Register(fs, lang, true)
	fs.StringVar(&a.room, "room", "", "join a room: follow its presenter (1-32 of a-z 0-9 -)")
	fs.BoolVar(&a.lead, "lead", false, "lead the --room: those in it follow this session")
	fs.BoolVar(&a.plain, "plain", false, "plain text for screen readers (automatic with TERM=dumb)")
	fs.StringVar(&a.province, "province", "", "province to open (its dataset id; default: the province as it is today)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return sessionArgs{opts: ui.Options{Lang: lang}}, true, nil
		}
		loc := i18n.New(lang)
		if l, perr := i18n.Parse(fs.Lookup("lang").Value.String()); perr == nil {
			loc = i18n.New(l)
		}
		return sessionArgs{}, false, errors.New(dashflags.ErrorText(loc, err)) // shown to the client as is
	}
	// The session's language for what follows: --lang when it parses,
	// else the environment's.
	loc := i18n.New(lang)
	if l, err := i18n.Parse(fs.Lookup("lang").Value.String()); err == nil {
		loc = i18n.New(l)
	}
	if fs.NArg() > 0 {
		return sessionArgs{}, false, errors.New(loc.Tf("server.arg.unexpected", fs.Arg(0)))
	}
	if a.lead && a.room == "" {
		return sessionArgs{}, false, errors.New(loc.T("server.arg.lead_room"))
	}
	if a.room != "" {
		if err := room.CheckName(a.room); err != nil {
			return sessionArgs{}, false, fmt.Errorf("--room: %s", loc.Tf("room.bad_name", a.room))
		}
	}
	a.opts, err = f.Options()
	a.opts.Plain = a.plain
	a.opts.Province = a.province
	return a, false, err
}

// filterFunc is a Bubble Tea message filter (tea.WithFilter).
type filterFunc = func(tea.Model, tea.Msg) tea.Msg

// chainFilters runs filters in order; a nil message stops the chain.
func chainFilters(fs ...filterFunc) filterFunc {
	return func(m tea.Model, msg tea.Msg) tea.Msg {
		for _, f := range fs {
			if msg = f(m, msg); msg == nil {
				return nil
			}
		}
		return msg
	}
}

// suspendFilter turns ctrl+z into nothing: it would stop a server-side
// program nobody can resume.
func suspendFilter(_ tea.Model, msg tea.Msg) tea.Msg {
	if _, ok := msg.(tea.SuspendMsg); ok {
		return tea.ResumeMsg{}
	}
	return msg
}

// sizeFilter clamps every window size and drops one equal to the last:
// each resize rebuilds the visible tab, and the first window-change
// usually repeats the pty-req size the program started with. After the
// first size (the program's own, whose notice newProgram gives), each
// size that passes calls onClamped when clamped says the client's window
// is larger than the server draws. Only the program's goroutine calls it.
func sizeFilter(clamped func() bool, onClamped func()) filterFunc {
	lastW, lastH := -1, -1
	return func(_ tea.Model, msg tea.Msg) tea.Msg {
		m, ok := msg.(tea.WindowSizeMsg)
		if !ok {
			return msg
		}
		m.Width, m.Height = clampSize(m.Width, m.Height)
		if m.Width == lastW && m.Height == lastH {
			return nil
		}
		first := lastW < 0
		lastW, lastH = m.Width, m.Height
		if !first && clamped() {
			onClamped()
		}
		return m
	}
}

// idleFilter calls pressed on what the person does (keys, clicks, wheel):
// inactivity is measured on that, not on what the server writes. Two
// kinds of sessions are watched, not idle: one whose presentation is
// running (a projector in front of a room, nobody at the keyboard), and a
// follower of a live presenter. The filter runs on the program's
// goroutine, so it may ask the model.
func idleFilter(pressed func()) filterFunc {
	return func(m tea.Model, msg tea.Msg) tea.Msg {
		switch msg := msg.(type) {
		case tea.KeyPressMsg, tea.MouseClickMsg, tea.MouseWheelMsg:
			pressed()
		case crowd.RoomMsg:
			if msg.Role == crowd.Following && msg.LeaderHere {
				pressed()
			}
		default:
			if p, ok := m.(presenting); ok {
				if on, paused := p.Presenting(); on && !paused {
					pressed()
				}
			}
		}
		return msg
	}
}

// presenting is a model that says whether its presentation runs: the
// dashboard, and the models that wrap it.
type presenting interface{ Presenting() (on, paused bool) }

// stallWatch calls onStall when a write has been in progress for d. One
// timer per session, armed while any write is in progress.
type stallWatch struct {
	mu sync.Mutex
	n  int
	d  time.Duration
	t  *time.Timer
}

func newStallWatch(d time.Duration, onStall func()) *stallWatch {
	w := &stallWatch{d: d, t: time.AfterFunc(time.Hour, onStall)}
	w.t.Stop()
	return w
}

func (w *stallWatch) begin() {
	w.mu.Lock()
	if w.n == 0 {
		w.t.Reset(w.d)
	}
	w.n++
	w.mu.Unlock()
}

func (w *stallWatch) end() {
	w.mu.Lock()
	if w.n--; w.n == 0 {
		w.t.Stop()
	}
	w.mu.Unlock()
}

// busy says whether a write is in progress.
func (w *stallWatch) busy() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.n > 0
}

// stallReadWriter watches the writes of a session's stderr.
type stallReadWriter struct {
	io.ReadWriter
	w *stallWatch
}

func (s stallReadWriter) Write(p []byte) (int, error) {
	s.w.begin()
	defer s.w.end()
	return s.ReadWriter.Write(p)
}

// guardModel contains a panic in the dashboard to its own session: it logs
// the value and stack, shows nothing more and quits, so the client's
// terminal is restored and every other session carries on. Commands are
// guarded too, batched ones included; Bubble Tea's own recovery stays on
// as a second line.
type guardModel struct {
	inner tea.Model
	ss    *session
	quit  func()
}

// Presenting forwards the dashboard's presentation state (idleFilter).
func (g *guardModel) Presenting() (bool, bool) {
	if p, ok := g.inner.(presenting); ok && !g.ss.panicked.Load() {
		return p.Presenting()
	}
	return false, false
}

func (g *guardModel) recovered(r any, where string) {
	g.ss.panicked.Store(true)
	g.ss.log.Error("session panic", "in", where, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
}

func (g *guardModel) Init() (cmd tea.Cmd) {
	if g.ss.panicked.Load() { // a message applied before the program ran (a room's view)
		return tea.Quit
	}
	defer func() {
		if r := recover(); r != nil {
			g.recovered(r, "init")
			cmd = tea.Quit
		}
	}()
	return g.wrapCmd(g.inner.Init())
}

func (g *guardModel) Update(msg tea.Msg) (model tea.Model, cmd tea.Cmd) {
	if g.ss.panicked.Load() {
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
	if g.ss.panicked.Load() {
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
		msg = c()
		if b, ok := msg.(tea.BatchMsg); ok {
			for i := range b {
				b[i] = g.wrapCmd(b[i])
			}
		}
		return msg
	}
}

// clampNotice is the footer notice of a session whose window is larger
// than the server draws.
func clampNotice(loc *i18n.Locale) string { return loc.Tf("server.clamped", maxWidth, maxHeight) }

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
