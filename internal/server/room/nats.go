package room

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"charm.land/log/v2"
	"github.com/nats-io/nats.go"
)

// Subjects: one per room, so a NATS monitor shows which rooms are busy.
// Room names (CheckName) hold no dot, so one wildcard token takes them all.
const (
	subjectPrefix = "provdash.room."
	subjectAll    = subjectPrefix + "*"
)

// Connection settings of DialNATS, chosen for small messages (a room
// carries navigation state, not rendered text) that the beat repeats
// anyway.
const (
	// natsReconnectWait is the pause after every server of the URL was
	// tried: a restarted NATS is found again within about two seconds
	// without hammering one that stays down.
	natsReconnectWait = 2 * time.Second
	// natsReconnectBuf bounds what Publish keeps while the bus is away: a
	// short blip (a NATS restart) loses nothing, a long outage cannot grow
	// the process. Beyond it Publish fails and the hub logs it; nothing
	// is lost that matters, as the beat resends the newest states once
	// the bus is back.
	natsReconnectBuf = 256 << 10
	// natsTimeout bounds a dial and handshake. nats.go dials a reconnect
	// holding the lock Publish needs, so this is also about the longest a
	// dashboard's Publish waits while the NATS host does not answer.
	natsTimeout = 2 * time.Second
	// natsWriteTimeout bounds a write to a server that stopped reading;
	// the connection is then dropped and redialled (ReconnectOnFlusherError)
	// rather than left to hold Publish for nats.go's default minute.
	natsWriteTimeout = 2 * time.Second
	// A server that vanished without closing the connection (a host
	// switched off, a dropped route) is noticed after about three
	// unanswered pings, a minute, rather than nats.go's default minutes.
	natsPingInterval = 20 * time.Second
	natsMaxPingsOut  = 3
	// natsPendingMsgs and natsPendingBytes bound what waits for the hub's
	// handler; beyond them nats.go drops messages and reports a slow
	// consumer (logged), and the beat repairs what was lost.
	natsPendingMsgs  = 10_000
	natsPendingBytes = 8 << 20
	// natsCloseWait bounds Close's wait for nats.go's goroutines (the
	// subscription's and the callbacks') to finish.
	natsCloseWait = 5 * time.Second
)

// ErrBusURL is wrapped by DialNATS's errors about its URL.
var ErrBusURL = errors.New("not a NATS URL")

// natsBus is the production Bus: one NATS connection per server.
type natsBus struct {
	nc  *nats.Conn
	log *log.Logger
	url string // the URL as logged: credentials masked

	mu      sync.Mutex
	closing bool
	// away is set from a disconnect (or a failed first connect) until the
	// next connect, so an outage warns once however many redials fail.
	away bool
	// subsDone has a channel per subscription, closed once nats.go's
	// goroutine delivering its messages has returned.
	subsDone []chan struct{}

	// closed is closed by nats.go's closed callback: the connection is
	// down for good and no callback of it runs any more.
	closed     chan struct{}
	closedOnce sync.Once
	closeOnce  sync.Once
	closeErr   error
}

// DialNATS connects to the NATS server (or cluster: comma-separated URLs)
// at rawURL and returns a Bus over it; logger receives its events (nil
// discards them). opts are added after provdash's own settings, so they
// may override them (credentials, TLS, shorter waits in tests), except
// the connection's handlers: Close waits for the closed handler's call.
//
// A server that cannot be reached is not an error: the connection keeps
// trying in the background, with a warning in the log, and local rooms
// work meanwhile. That way `serve --bus` starts whatever order machines
// boot in, and an instance behaves the same whether NATS was down before
// it started or went down after. Only a URL that cannot name a NATS
// server fails, naming the --bus flag.
//
// While the bus is away nothing is lost for long: Publish buffers up to
// 256 KiB (then fails, and the hub logs it), the connection redials every
// two seconds for ever, and the hub's beat brings every room up to date
// once it is back.
func DialNATS(rawURL string, logger *log.Logger, opts ...nats.Option) (Bus, error) {
	if err := checkBusURL(rawURL); err != nil {
		return nil, err
	}
	if logger == nil {
		logger = log.New(discard{})
	}
	b := &natsBus{log: logger, url: maskURL(rawURL), closed: make(chan struct{})}
	own := []nats.Option{
		nats.Name("provdash"),
		nats.RetryOnFailedConnect(true),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(natsReconnectWait),
		nats.ReconnectBufSize(natsReconnectBuf),
		nats.Timeout(natsTimeout),
		nats.FlusherTimeout(natsWriteTimeout),
		nats.ReconnectOnFlusherError(),
		nats.PingInterval(natsPingInterval),
		nats.MaxPingsOutstanding(natsMaxPingsOut),
		// A hub ignores its own messages; the server need not send them.
		nats.NoEcho(),
		nats.ConnectHandler(b.onConnect),
		nats.ReconnectHandler(b.onReconnect),
		nats.DisconnectErrHandler(b.onDisconnect),
		nats.ReconnectErrHandler(b.onRedialFailed),
		nats.ClosedHandler(b.onClosed),
		nats.ErrorHandler(b.onError),
	}
	nc, err := nats.Connect(rawURL, append(own, opts...)...)
	if err != nil {
		return nil, fmt.Errorf("--bus %s: %w", b.url, err)
	}
	b.nc = nc
	return b, nil
}

// checkBusURL accepts what nats.go dials: comma-separated nats://, tls://
// (or ws://, wss://, not mixed with the others) URLs with a host. nats.go
// itself would take a bare "host:port", or dial any scheme as plain NATS;
// asking for the scheme catches a mistyped flag at start instead of in a
// log line repeated every two seconds.
func checkBusURL(raw string) error {
	bad := func(why string) error {
		return fmt.Errorf("--bus %q: %s; want nats://HOST:PORT (or tls://, ws://, wss://; several comma-separated for a cluster): %w",
			maskURL(raw), why, ErrBusURL)
	}
	if strings.TrimSpace(raw) == "" {
		return bad("empty")
	}
	ws, plain := false, false
	for part := range strings.SplitSeq(raw, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			return bad("an empty entry in the list")
		}
		if !strings.Contains(part, "://") {
			return bad("no scheme in " + strconv.Quote(maskURL(part)))
		}
		u, err := url.Parse(part)
		if err != nil {
			return bad("cannot read " + strconv.Quote(maskURL(part)))
		}
		switch u.Scheme {
		case "nats", "tls":
			plain = true
			if u.Path != "" && u.Path != "/" {
				return bad("a NATS URL has no path")
			}
		case "ws", "wss":
			ws = true
		default:
			return bad("scheme " + strconv.Quote(u.Scheme) + " is not NATS")
		}
		if u.Hostname() == "" {
			return bad("no host in " + strconv.Quote(maskURL(part)))
		}
		if p := u.Port(); p != "" {
			if n, err := strconv.Atoi(p); err != nil || n < 1 || n > 65535 {
				return bad("port " + strconv.Quote(p) + " is not 1 to 65535")
			}
		}
	}
	if ws && plain {
		return bad("websocket and plain NATS URLs cannot be mixed")
	}
	return nil
}

// maskURL hides credentials (user:password@ or token@) in each URL of a
// list, so logs and errors do not carry them. It works on text, so an
// unreadable URL is masked too.
func maskURL(raw string) string {
	parts := strings.Split(raw, ",")
	for i, p := range parts {
		at := strings.LastIndex(p, "@")
		if at < 0 {
			continue
		}
		start := 0
		if s := strings.Index(p, "://"); s >= 0 && s < at {
			start = s + len("://")
		}
		parts[i] = p[:start] + "xxxxx" + p[at:]
	}
	return strings.Join(parts, ",")
}

// Publish sends data on the room's subject. It fails rather than waits:
// at once when the bus is closed or its reconnect buffer is full. It can
// wait about two seconds at worst (natsTimeout, natsWriteTimeout), while
// nats.go dials or writes to a host that does not answer.
func (b *natsBus) Publish(room string, data []byte) error {
	if err := CheckName(room); err != nil && room != announceRoom {
		return fmt.Errorf("nats bus: room %q: %w", room, err)
	}
	if err := b.nc.Publish(subjectPrefix+room, data); err != nil {
		return fmt.Errorf("nats bus: %w", err)
	}
	return nil
}

// Subscribe calls fn for every room's messages. nats.go hands an
// asynchronous subscription's messages to one goroutine, in order, so fn
// is never called twice at once. The subscription outlives reconnects:
// nats.go renews it on every server it reconnects to.
func (b *natsBus) Subscribe(fn func(room string, data []byte)) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closing {
		return fmt.Errorf("nats bus: subscribe after close: %w", nats.ErrConnectionClosed)
	}
	sub, err := b.nc.Subscribe(subjectAll, func(m *nats.Msg) {
		fn(strings.TrimPrefix(m.Subject, subjectPrefix), m.Data)
	})
	if err != nil {
		return fmt.Errorf("nats bus: subscribe %s: %w", subjectAll, err)
	}
	// Set before Close can run (b.mu): done is closed when the
	// delivering goroutine returns, after fn's last call.
	done := make(chan struct{})
	sub.SetClosedHandler(func(string) { close(done) })
	b.subsDone = append(b.subsDone, done)
	if err := sub.SetPendingLimits(natsPendingMsgs, natsPendingBytes); err != nil {
		return fmt.Errorf("nats bus: %w", err)
	}
	if b.nc.IsConnected() {
		// One round trip, so the server has the subscription before the
		// hub's first message asks the others for their state. Best
		// effort: if the bus drops now, the subscription is renewed on
		// reconnect and the beat repairs the rest.
		_ = b.nc.FlushTimeout(natsTimeout)
	}
	return nil
}

// Close closes the connection, sending what is buffered, and returns
// once nats.go's goroutines are done: no fn call is under way or to come.
// Draining instead would also deliver messages already received, which a
// hub that is closing has no use for.
func (b *natsBus) Close() error {
	b.closeOnce.Do(func() {
		b.mu.Lock()
		b.closing = true
		waits := append(append([]chan struct{}(nil), b.subsDone...), b.closed)
		b.mu.Unlock()
		b.nc.Close()
		timeout := time.NewTimer(natsCloseWait)
		defer timeout.Stop()
		for _, ch := range waits {
			select {
			case <-ch:
			case <-timeout.C:
				b.closeErr = fmt.Errorf("nats bus: still closing after %v", natsCloseWait)
				return
			}
		}
		b.log.Info("room bus: closed", "url", b.url)
	})
	return b.closeErr
}

func (b *natsBus) isClosing() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.closing
}

// setAway records whether the bus is away and reports whether that is
// news.
func (b *natsBus) setAway(away bool) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	was := b.away
	b.away = away
	return was != away
}

func (b *natsBus) onConnect(nc *nats.Conn) {
	b.setAway(false)
	b.log.Info("room bus: connected", "url", maskURL(nc.ConnectedUrl()))
}

func (b *natsBus) onReconnect(nc *nats.Conn) {
	b.setAway(false)
	b.log.Info("room bus: reconnected; rooms are shared again", "url", maskURL(nc.ConnectedUrl()))
}

func (b *natsBus) onDisconnect(_ *nats.Conn, err error) {
	if b.isClosing() {
		return // Close's own doing, logged there
	}
	b.setAway(true)
	b.log.Warn("room bus: disconnected; local rooms keep working, reconnecting", "url", b.url, "err", err)
}

// onRedialFailed warns of the first failed dial of an outage (at start,
// when NATS was not up yet) and leaves the rest to debug: one line every
// two seconds would bury the log.
func (b *natsBus) onRedialFailed(_ *nats.Conn, err error) {
	if b.isClosing() {
		return
	}
	if b.setAway(true) {
		b.log.Warn("room bus: cannot reach NATS; local rooms keep working, retrying", "url", b.url, "err", err)
		return
	}
	b.log.Debug("room bus: still cannot reach NATS", "url", b.url, "err", err)
}

func (b *natsBus) onClosed(nc *nats.Conn) {
	if !b.isClosing() {
		// Not Close: nats.go gave up (an authorization it will not
		// retry). Rooms stay on this server until it restarts.
		b.log.Error("room bus: connection closed for good; rooms stay on this server", "url", b.url, "err", nc.LastError())
	}
	b.closedOnce.Do(func() { close(b.closed) })
}

func (b *natsBus) onError(_ *nats.Conn, sub *nats.Subscription, err error) {
	subject := ""
	if sub != nil {
		subject = sub.Subject
	}
	b.log.Warn("room bus: error", "url", b.url, "subject", subject, "err", err)
}
