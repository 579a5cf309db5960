// Package server serves the dashboard over SSH (`provdash serve`): one
// independent Bubble Tea program per SSH session, on charm.land/wish/v2.
//
// Wish and charm.land/ssh leave the operational limits to the operator, so
// this package adds them (internal/server/README.md lists each with
// what happens when it is reached): a persistent host key outside the
// working directory, an authorized-keys allowlist checked at start, caps on
// connections that have no session yet (per address, with a handshake
// deadline), on sessions in total and per IP, an inactivity timeout
// measured on key presses, a maximum session length, a write-stall cut-off
// and keepalives that end sessions whose client is gone, per-session panic
// containment with a logged stack, a graceful shutdown that restores every
// client's terminal, and an optional data reload.
//
// A session runs through a chain of wish middlewares (session.go): recover,
// arguments, admission, PTY check, Bubble Tea, end-of-session logging.
// Below the chain, the connection (conn.go) and the session channel
// (channel.go) make sure nothing that reads from the SSH connection ever
// waits on a dashboard: window changes are coalesced, not queued.
package server

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/server/room"
	"github.com/provdash/provdash/internal/ui/crowd"
	"github.com/provdash/provdash/internal/ui/theme"
)

// Defaults of `provdash serve`: 64 sessions keep a 2-core machine
// responsive, 16 per IP leave room for an office behind one NAT address,
// 30 minutes without a key press means the planner walked away, 12 hours
// is a backstop for sessions nobody closed. 30 s of output the client does
// not take is far more than any real link needs for a 35 KB frame (3 s at
// 100 kbit/s), so a client that stalls that long has stopped reading. 20 s to finish the handshake and open a session leaves time to
// type a key's passphrase, and is short enough that silent connections
// cannot pile up. Eight connections without a session per address let an
// office behind one NAT address connect at 9:00 while a few addresses
// cannot hold many slots; the total is the session cap four times over.
const (
	DefaultListen            = "127.0.0.1:23234"
	DefaultMaxSessions       = 64
	DefaultMaxPerIP          = 16
	DefaultIdleTimeout       = 30 * time.Minute
	DefaultMaxDuration       = 12 * time.Hour
	DefaultWriteTimeout      = 30 * time.Second
	DefaultHandshakeTimeout  = 20 * time.Second
	DefaultMaxPendingPerAddr = 8
	DefaultWatchInterval     = time.Second
	// DefaultWatchSettle is how long the files under --data must stay
	// unchanged before --watch loads them: a writer that pauses between
	// rows for less than this is never served half a file.
	DefaultWatchSettle = 2 * time.Second
	// DefaultIdleProcs is how long no session has input before the Go
	// scheduler drops to one processor (procGovernor): long enough that a
	// person reading a figure between keys keeps every processor, short
	// enough that a room left open falls quiet soon.
	DefaultIdleProcs = 2 * time.Second
	// ShutdownGrace is how long Serve gives sessions to restore their
	// terminals after its context ends, before it closes every connection.
	ShutdownGrace = 10 * time.Second
)

// Screen sizes are clamped to this: pty-req and window-change carry any
// uint32, and a 100000×100000 request would make the renderer allocate 10¹⁰
// cells. The clamp is also what bounds a session's memory: the renderer
// keeps some 290 bytes per cell of the drawn screen, so a session at
// 500×200 took about 23 MB (TestMemoryPerSessionAtLargestWindow); at
// 256×80 it takes about 6 MB, within the 8 MB budget, and still more
// than a full-screen terminal on a 1080p monitor shows. A client whose
// window is larger gets the dashboard at this size, top left, and a
// footer notice saying so (server.clamped).
const (
	maxWidth  = 256
	maxHeight = 80
)

// frameCacheSize is how many composed frames sessions share: a room's
// audience, and the tabs as they open, at a handful of sizes, two
// languages and a theme or two. A 200×60 frame is some 50 KB, so the
// cache stays under a few MB; a frame pushed out is composed again by
// the next session that needs it, nothing worse.
const frameCacheSize = 64

// sessionsPerConn caps session channels on one TCP connection: without it
// one connection could open any number of dashboards past the per-IP cap's
// spirit. OpenSSH multiplexing rarely needs more than two.
const sessionsPerConn = 2

// resizeEvery is the least time between two window sizes delivered to a
// dashboard. Each size rebuilds the visible tab and repaints the whole
// screen; a window being dragged sends dozens a second and only the last
// one matters, so the first goes through at once and the rest are
// coalesced (latest wins) to at most four a second.
const resizeEvery = 250 * time.Millisecond

// endGrace is how long a session asked to end (idle, maximum length,
// shutdown) has to quit politely, restoring the client's terminal, before
// its connection is closed under it: a program whose output is stuck
// cannot process the request at all.
const endGrace = 5 * time.Second

// Session arguments are checked against these before they are split: the
// shell-style splitter charm.land/ssh uses costs superlinear CPU on long
// input (seconds for 100 KB), and every real argument list is a few dozen
// bytes (`--lang en --tab agreements --theme high-contrast --present`).
const (
	maxArgBytes = 1024
	maxArgs     = 32
)

// Config is everything `provdash serve` can set. Zero values take the
// defaults above.
type Config struct {
	Listen             string // host:port; DefaultListen when empty
	HostKeyPath        string // ed25519 key, created on first run; required
	AuthorizedKeysPath string // allowlist; empty means anyone may connect
	MaxSessions        int
	MaxPerIP           int
	IdleTimeout        time.Duration // without a key press
	MaxDuration        time.Duration // whole session
	// WriteTimeout cuts a connection whose client has not taken the
	// server's output, or answered a keepalive, for this long.
	WriteTimeout time.Duration
	// HandshakeTimeout closes a connection that has not finished the SSH
	// handshake and opened a session this long after it was accepted (or
	// after its last session ended).
	HandshakeTimeout time.Duration
	// MaxPendingPerAddr caps connections without a session from one
	// address (an IPv6 client counts by its /64); the total is four times
	// MaxSessions.
	MaxPendingPerAddr int
	// Data is the dataset served at start. When nil it is loaded from
	// DataDir, which is then required; a caller that has loaded DataDir
	// already passes both, and the folder is not read twice.
	Data *dataset.Dataset
	// Collection is the datasets P and a session's --province reach,
	// Data among them (the bundled collection); nil for one dataset.
	Collection []*dataset.Dataset
	DataDir    string // a dataset folder on disk; watched with Watch
	Watch      bool
	// Limits bound every load of DataDir, at start and on each reload
	// (zero fields take dataset.DefaultLimits).
	Limits dataset.Limits
	// WatchInterval is how often DataDir is polled; DefaultWatchInterval
	// when zero.
	WatchInterval time.Duration
	// WatchSettle is how long the files must stay unchanged before a
	// change is loaded; DefaultWatchSettle when zero.
	WatchSettle time.Duration
	// DefaultLang is used when the client sends neither LC_ALL,
	// LC_MESSAGES nor LANG, and no --lang argument.
	DefaultLang i18n.Lang
	// Logger receives the structured log (connects, disconnects, refusals,
	// fingerprints, panics). Nil discards it.
	Logger *log.Logger
	// Version is sent in the SSH banner ("SSH-2.0-provdash").
	Version string

	// PresentersPath is an authorized_keys file of the keys that may lead
	// a room (--room NAME --lead); empty means any session may.
	PresentersPath string
	// MaxRooms caps the rooms this server holds, MaxFollowers the
	// followers of one room (room.DefaultMaxRooms, DefaultMaxFollowers
	// when zero).
	MaxRooms, MaxFollowers int
	// Bus shares rooms with other servers (serve --bus); nil keeps them
	// on this one. The server closes it on shutdown.
	Bus room.Bus
	// IdleProcs, when not zero, runs the Go scheduler on one processor
	// once no session has had input for this long, and on all of them at
	// the next input or connection (procGovernor). It changes the whole
	// process's GOMAXPROCS: serve sets it unless the operator set
	// GOMAXPROCS.
	IdleProcs time.Duration

	// wrapModel, when set by tests, wraps each session's dashboard model
	// (to inject a panic, for instance).
	wrapModel func(m teaModel) teaModel
	// dataFS, when set by tests, replaces os.DirFS(DataDir) for reloads
	// (to make one slow, for instance).
	dataFS func(dir string) fs.FS
	// watchPolled, when set by tests, is told the state of DataDir (its
	// files' names, sizes and times) each time the watcher has polled it,
	// so a test waits for the watcher to have seen a state rather than
	// sleeping.
	watchPolled func(state string)
}

// Server is a configured SSH dashboard server. Use New, then Serve or
// ListenAndServe.
type Server struct {
	cfg    Config
	log    *log.Logger
	ssh    *ssh.Server
	signer gossh.Signer
	keys   []gossh.PublicKey
	// presenters may lead rooms (nil: anyone may); hub holds the rooms.
	presenters []gossh.PublicKey
	hub        *room.Hub
	// frames are shared by the sessions: followers of a room, tabs as they
	// open (crowd.FrameCache).
	frames *crowd.FrameCache
	// pages are the scopes and pages every session reads (content.Cache):
	// one copy for the server, not one per session.
	pages *content.Cache
	// themes are the styles every session reads (theme.Cache).
	themes *theme.Cache
	// procs governs the scheduler's processors (nil: Config.IdleProcs 0).
	procs *procGovernor

	data atomic.Pointer[dataset.Dataset]

	mu       sync.Mutex
	closing  bool
	sessions map[*session]struct{}
	perIP    map[string]int
	// pending counts connections with no session (in the handshake, or
	// authenticated and not yet or no longer in a dashboard), in total
	// and by address key (pendingKey), each with when it was counted.
	pending       int
	pendingByAddr map[string]map[*connState]time.Time // since when
	// channels holds session channels between their shell or exec
	// request and the start of their session handler (channel.go).
	channels map[uint64]*chanState
	handlers sync.WaitGroup

	nextID atomic.Uint64
}

// New validates cfg, loads or creates the host key, parses the authorized
// keys and loads the data. Nothing listens yet. cfg.Bus is the server's
// from here: closed on shutdown, or at once when New fails.
func New(cfg Config) (*Server, error) {
	s, err := newServer(cfg)
	if err != nil && cfg.Bus != nil {
		_ = cfg.Bus.Close() // nothing else would
	}
	return s, err
}

func newServer(cfg Config) (*Server, error) {
	// A zero setting takes its default (cmp.Or: the first non-zero).
	cfg.Listen = cmp.Or(cfg.Listen, DefaultListen)
	cfg.MaxSessions = cmp.Or(cfg.MaxSessions, DefaultMaxSessions)
	cfg.MaxPerIP = cmp.Or(cfg.MaxPerIP, DefaultMaxPerIP)
	cfg.IdleTimeout = cmp.Or(cfg.IdleTimeout, DefaultIdleTimeout)
	cfg.MaxDuration = cmp.Or(cfg.MaxDuration, DefaultMaxDuration)
	cfg.WatchInterval = cmp.Or(cfg.WatchInterval, DefaultWatchInterval)
	cfg.WatchSettle = cmp.Or(cfg.WatchSettle, DefaultWatchSettle)
	cfg.WriteTimeout = cmp.Or(cfg.WriteTimeout, DefaultWriteTimeout)
	cfg.HandshakeTimeout = cmp.Or(cfg.HandshakeTimeout, DefaultHandshakeTimeout)
	cfg.MaxPendingPerAddr = cmp.Or(cfg.MaxPendingPerAddr, DefaultMaxPendingPerAddr)
	cfg.DefaultLang = cmp.Or(cfg.DefaultLang, i18n.VI)
	cfg.MaxRooms = cmp.Or(cfg.MaxRooms, room.DefaultMaxRooms)
	cfg.MaxFollowers = cmp.Or(cfg.MaxFollowers, room.DefaultMaxFollowers)
	cfg.Version = cmp.Or(cfg.Version, "provdash")
	switch {
	case cfg.MaxSessions < 0, cfg.MaxPerIP < 0, cfg.MaxPendingPerAddr < 0:
		return nil, fmt.Errorf("session limits must be positive (max sessions %d, per IP %d, pending per address %d)",
			cfg.MaxSessions, cfg.MaxPerIP, cfg.MaxPendingPerAddr)
	case cfg.MaxRooms < 0, cfg.MaxFollowers < 0:
		return nil, fmt.Errorf("room limits must be positive (max rooms %d, followers per room %d)", cfg.MaxRooms, cfg.MaxFollowers)
	case cfg.IdleTimeout < 0, cfg.MaxDuration < 0, cfg.WatchInterval < 0, cfg.WatchSettle < 0,
		cfg.WriteTimeout < 0, cfg.HandshakeTimeout < 0, cfg.IdleProcs < 0:
		return nil, errors.New("timeouts must be positive")
	case cfg.Watch && cfg.DataDir == "":
		return nil, errors.New("--watch needs --data DIR: the bundled data never changes")
	}
	s := &Server{
		cfg:           cfg,
		log:           cfg.Logger,
		sessions:      map[*session]struct{}{},
		perIP:         map[string]int{},
		pendingByAddr: map[string]map[*connState]time.Time{},
		channels:      map[uint64]*chanState{},
		frames:        crowd.NewFrameCache(frameCacheSize),
		pages:         content.NewCache(),
		themes:        theme.NewCache(),
	}
	if s.log == nil {
		s.log = log.New(io.Discard)
	}
	if cfg.IdleProcs > 0 {
		s.procs = newProcGovernor(cfg.IdleProcs)
	}

	d := cfg.Data
	if d == nil && cfg.DataDir != "" {
		var err error
		d, err = dataset.LoadPathWith(cfg.DataDir, cfg.Limits)
		if err != nil {
			return nil, fmt.Errorf("loading --data %s: %w", cfg.DataDir, err)
		}
	}
	if d == nil {
		return nil, errors.New("server: no dataset")
	}
	s.data.Store(d)

	signer, created, err := LoadOrCreateHostKey(cfg.HostKeyPath)
	if err != nil {
		return nil, err
	}
	s.signer = signer
	if created {
		s.log.Info("created host key", "path", cfg.HostKeyPath)
	}
	if cfg.AuthorizedKeysPath != "" {
		if s.keys, err = ParseAuthorizedKeys(cfg.AuthorizedKeysPath); err != nil {
			return nil, err
		}
	}
	if cfg.PresentersPath != "" {
		if s.presenters, err = ParseAuthorizedKeys(cfg.PresentersPath); err != nil {
			return nil, fmt.Errorf("--presenters: %w", err)
		}
	}

	opts := []ssh.Option{
		wish.WithAddress(cfg.Listen),
		wish.WithVersion(cfg.Version),
		// The transport timeouts are backstops only: keepalives and the
		// write deadline find dead peers, the session timers end
		// sessions. A minute of slack lets those fire first and end the
		// session politely.
		wish.WithIdleTimeout(cfg.IdleTimeout + time.Minute),
		wish.WithMaxTimeout(cfg.MaxDuration + time.Minute),
		wish.WithMiddleware(s.middlewares()...),
		func(srv *ssh.Server) error {
			srv.AddHostKey(signer)
			srv.HandshakeTimeout = cfg.HandshakeTimeout
			srv.ConnCallback = s.onConn
			srv.ServerConfigCallback = func(ssh.Context) *gossh.ServerConfig {
				return &gossh.ServerConfig{MaxAuthTries: 3}
			}
			// Only session channels; no direct-tcpip or forwarded-tcpip
			// handlers, no global requests (tcpip-forward), no subsystems
			// (sftp): the dashboard and nothing else.
			srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": s.sessionChannel}
			srv.RequestHandlers = map[string]ssh.RequestHandler{}
			srv.SubsystemHandlers = map[string]ssh.SubsystemHandler{}
			srv.SessionRequestCallback = s.allowRequest
			return nil
		},
	}
	if s.keys != nil {
		opts = append(opts, wish.WithPublicKeyAuth(s.authKey))
	} else {
		// Open mode. Accepting any public key (rather than no auth at
		// all) lets the log carry the client's key fingerprint;
		// keyboard-interactive with no questions lets key-less clients in.
		opts = append(opts,
			wish.WithPublicKeyAuth(func(ssh.Context, ssh.PublicKey) bool { return true }),
			wish.WithKeyboardInteractiveAuth(func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true }),
		)
	}
	srv, err := wish.NewServer(opts...)
	if err != nil {
		return nil, fmt.Errorf("configuring ssh server: %w", err)
	}
	s.ssh = srv
	s.hub, err = room.NewHub(room.Config{MaxRooms: cfg.MaxRooms, MaxFollowers: cfg.MaxFollowers, Bus: cfg.Bus,
		Logger: s.log.With("part", "rooms")})
	if err != nil {
		return nil, err // room.NewHub names the bus
	}
	return s, nil
}

// Fingerprint is the host key's SHA256 fingerprint, as ssh shows it.
func (s *Server) Fingerprint() string { return gossh.FingerprintSHA256(s.signer.PublicKey()) }

// ListenAndServe listens on cfg.Listen and serves until ctx ends, then shuts
// down gracefully (see Shutdown) within ShutdownGrace.
func (s *Server) ListenAndServe(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("listen %s: %w", s.cfg.Listen, err)
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx ends, then calls Shutdown with ShutdownGrace.
// It returns nil after a clean shutdown.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	addr := ln.Addr().String()
	auth := "open"
	if s.keys != nil {
		auth = fmt.Sprintf("authorized keys (%d)", len(s.keys))
	}
	s.log.Info("serving dashboard over ssh", "addr", addr, "host_key", s.cfg.HostKeyPath,
		"fingerprint", s.Fingerprint(), "auth", auth, "max_sessions", s.cfg.MaxSessions,
		"max_per_ip", s.cfg.MaxPerIP, "idle_timeout", s.cfg.IdleTimeout, "max_duration", s.cfg.MaxDuration,
		"write_timeout", s.cfg.WriteTimeout, "handshake_timeout", s.cfg.HandshakeTimeout)
	if s.keys == nil && !isLoopback(ln.Addr()) {
		s.log.Warn("anyone who can reach this address can open the dashboard: pass --authorized-keys to restrict it", "addr", addr)
	}
	bus := "none (rooms on this server only)"
	if s.cfg.Bus != nil {
		bus = "shared with other servers"
	}
	s.log.Info("rooms", "max_rooms", s.cfg.MaxRooms, "max_followers", s.cfg.MaxFollowers, "bus", bus)
	if s.presenters == nil {
		s.log.Warn("any session may lead a room (--room NAME --lead): pass --presenters to restrict it")
	} else {
		s.log.Info("room presenters", "keys", len(s.presenters))
	}

	if s.procs != nil {
		s.log.Info("with no input from any session the server runs on one processor", "after", s.cfg.IdleProcs, "processors", s.procs.full)
	}

	watchCtx, stopWatch := context.WithCancel(ctx)
	var watchDone sync.WaitGroup
	if s.cfg.Watch {
		watchDone.Add(1)
		go func() {
			defer watchDone.Done()
			s.watch(watchCtx)
		}()
	}
	if s.procs != nil {
		watchDone.Add(1)
		go func() {
			defer watchDone.Done()
			s.procs.run(watchCtx) // every processor back on the way out
		}()
	}
	defer func() {
		stopWatch()
		watchDone.Wait()
	}()

	errc := make(chan error, 1)
	go func() { errc <- s.ssh.Serve(ln) }()
	select {
	case err := <-errc:
		if errors.Is(err, ssh.ErrServerClosed) {
			return nil
		}
		return fmt.Errorf("serving ssh: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), ShutdownGrace)
	defer cancel()
	err := s.Shutdown(sctx)
	<-errc
	return err
}

// Shutdown stops accepting connections, tells every session the server is
// going down, lets each program quit (which restores the client's terminal:
// alternate screen off, cursor shown, modes reset), waits for them until
// ctx ends, then closes every remaining connection. Shutdown returns
// ctx.Err() when some session had to be cut.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closing = true
	live := make([]*session, 0, len(s.sessions))
	for ss := range s.sessions {
		live = append(live, ss)
	}
	s.mu.Unlock()
	s.log.Info("shutting down", "sessions", len(live))

	// ssh.Server.Shutdown closes the listeners at once, then waits for
	// connections; we wait for our handlers instead and close the rest.
	shutdownDone := make(chan struct{})
	go func() {
		defer close(shutdownDone)
		_ = s.ssh.Shutdown(ctx)
	}()
	for _, ss := range live {
		ss.end(endShutdown)
	}
	done := make(chan struct{})
	go func() {
		s.handlers.Wait()
		close(done)
	}()
	var err error
	select {
	case <-done:
	case <-ctx.Done():
		err = fmt.Errorf("shutdown: sessions still open at the deadline were cut: %w", ctx.Err())
	}
	// Connections without a session (mid-handshake, or a client that keeps
	// its connection after the dashboard ended) are closed here.
	_ = s.ssh.Close()
	<-shutdownDone
	if cerr := s.hub.Close(); cerr != nil {
		s.log.Warn("closing the room bus", "err", cerr)
	}
	if err == nil {
		s.log.Info("shut down cleanly")
	}
	return err
}

func isLoopback(a net.Addr) bool {
	if t, ok := a.(*net.TCPAddr); ok {
		return t.IP.IsLoopback()
	}
	return false
}

// remoteIP is the address without the port: the unit of the per-IP cap.
func remoteIP(a net.Addr) string {
	if t, ok := a.(*net.TCPAddr); ok {
		return t.IP.String()
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}

// pendingKey is the unit of the cap on connections without a session: the
// IPv4 address, or the /64 of an IPv6 address, because one IPv6 client
// usually holds a whole /64 and could otherwise take a slot per address.
func pendingKey(a net.Addr) string {
	ip := net.ParseIP(remoteIP(a))
	if ip == nil {
		return remoteIP(a)
	}
	if v4 := ip.To4(); v4 != nil {
		return v4.String()
	}
	return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
}
