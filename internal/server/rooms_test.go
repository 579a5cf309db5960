package server

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	natsserver "github.com/nats-io/nats-server/v2/server"
	"go.uber.org/goleak"
	gossh "golang.org/x/crypto/ssh"

	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/server/room"
	"github.com/provdash/provdash/internal/ui"
	"github.com/provdash/provdash/internal/ui/crowd"
)

// seen is what a session's dashboard looked like after its last message,
// recorded on the program's goroutine for the test to read.
type seen struct {
	state ui.State
	lang  i18n.Lang
	room  crowd.RoomMsg
	alone bool   // browsing on its own
	frame string // the screen, without styling
}

// recorder wraps each session's model and keeps what it last saw, by
// session in the order they started.
type recorder struct {
	mu    sync.Mutex
	all   []*atomic.Pointer[seen]
	onNew func(n int, m tea.Model) tea.Model // optional extra wrapping
	// noFrame skips the frame (a crowd's figures should not pay for it).
	noFrame bool
}

func (r *recorder) wrap(m tea.Model) tea.Model {
	r.mu.Lock()
	p := &atomic.Pointer[seen]{}
	r.all = append(r.all, p)
	n := len(r.all) - 1
	r.mu.Unlock()
	var inner tea.Model = &recordModel{inner: m, out: p, noFrame: r.noFrame}
	if r.onNew != nil {
		inner = r.onNew(n, inner)
	}
	return inner
}

// session returns what session n (0-based, in start order) saw last.
func (r *recorder) session(n int) *seen {
	r.mu.Lock()
	defer r.mu.Unlock()
	if n >= len(r.all) {
		return nil
	}
	return r.all[n].Load()
}

// waitSeen polls session n until ok holds.
func (r *recorder) waitSeen(t *testing.T, n int, what string, ok func(*seen) bool) {
	t.Helper()
	deadline := time.Now().Add(patience)
	for {
		s := r.session(n)
		if s != nil && ok(s) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("session %d: %s: never; last seen %+v", n, what, s)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

type recordModel struct {
	inner   tea.Model
	out     *atomic.Pointer[seen]
	noFrame bool
}

func dashOf(m tea.Model) crowd.Dashboard {
	switch m := m.(type) {
	case crowd.Dashboard:
		return m
	case *leadModel:
		return m.dash
	}
	return nil
}

func (r *recordModel) note() {
	if d := dashOf(r.inner); d != nil {
		var room crowd.RoomMsg
		var alone bool
		if f, ok := d.(*crowd.Follower); ok {
			room, alone = f.Room()
		}
		s := &seen{state: d.State(), lang: d.Lang(), room: room, alone: alone}
		if !r.noFrame {
			s.frame = ansi.Strip(d.Frame())
		}
		r.out.Store(s)
	}
}

func (r *recordModel) Init() tea.Cmd { r.note(); return r.inner.Init() }

func (r *recordModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := r.inner.Update(msg)
	r.note()
	return r, cmd
}

func (r *recordModel) View() tea.View { return r.inner.View() }

func roomServer(t *testing.T, rec *recorder, mutate func(*Config)) *testServer {
	t.Helper()
	return startServer(t, func(c *Config) {
		c.wrapModel = rec.wrap
		if mutate != nil {
			mutate(c)
		}
	})
}

// joinRoom opens a session with args; it does not wait for anything.
func joinRoom(t *testing.T, srv *testServer, key gossh.Signer, env map[string]string, args string) (*gossh.Client, *termSession) {
	t.Helper()
	c, err := dial(t, srv.addr, key)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	s := openSession(t, c, sessOpts{env: env, command: args, w: 100, h: 30})
	return c, s
}

var vi = map[string]string{"LANG": "vi_VN.UTF-8"}

// TestRoomFollowsTheLeader is the briefing of README ("Presenting to a
// room"): the follower shows the leader's tab in its own language, browses
// on its own after a key of its own, and f brings it back; the leader's L
// does not change the follower's language.
func TestRoomFollowsTheLeader(t *testing.T) {
	rec := &recorder{}
	srv := roomServer(t, rec, nil)
	_, lead := joinRoom(t, srv, nil, vi, "--room briefing --lead")
	rec.waitSeen(t, 0, "leading", func(s *seen) bool { return s.room.Role == crowd.Leading })
	_, fol := joinRoom(t, srv, nil, en, "--room briefing")
	rec.waitSeen(t, 1, "following", func(s *seen) bool { return s.room.Role == crowd.Following && s.room.LeaderHere })
	rec.waitSeen(t, 1, "the follower's footer", func(s *seen) bool { return strings.Contains(s.frame, "▶ following ") })
	rec.waitSeen(t, 0, "the leader's count", func(s *seen) bool { return strings.Contains(s.frame, "● briefing · 1 người theo dõi") })

	lead.press(t, "3")
	rec.waitSeen(t, 1, "follower on fdi", func(s *seen) bool { return s.state.Tab == "fdi" })
	lead.press(t, "vj") // the table face, its second row
	rec.waitSeen(t, 0, "leader on the fdi table", func(s *seen) bool { return s.state.Face == "table" && s.state.Row != "" })
	year := rec.session(0).state.Year
	lead.press(t, "[") // the year before
	var want ui.State
	rec.waitSeen(t, 0, "leader a year earlier", func(s *seen) bool { want = s.state; return s.state.Year < year })
	rec.waitSeen(t, 1, "follower on the same row", func(s *seen) bool {
		return s.state.Face == want.Face && s.state.Section == want.Section && s.state.Row == want.Row && s.state.Year == want.Year
	})
	lead.press(t, "\r") // the row's detail
	rec.waitSeen(t, 1, "follower sees the detail", func(s *seen) bool { return s.state.Detail })
	lead.press(t, "\x1b")
	// L only once the esc has closed the leader's detail: sent together,
	// the two would read as alt+L.
	rec.waitSeen(t, 0, "leader closes the detail", func(s *seen) bool { return !s.state.Detail })
	lead.press(t, "L")
	rec.waitSeen(t, 0, "leader in English", func(s *seen) bool { return s.lang == i18n.EN && !s.state.Detail })
	rec.waitSeen(t, 1, "detail closed for the follower", func(s *seen) bool { return !s.state.Detail })
	if s := rec.session(1); s.lang != i18n.EN || s.alone {
		t.Fatalf("the leader's L reached the follower: %+v", s)
	}

	// The follower presses 5 and stays there while the leader moves.
	fol.press(t, "5")
	rec.waitSeen(t, 1, "follower browsing on agreements", func(s *seen) bool {
		return s.alone && s.state.Tab == "agreements" && strings.Contains(s.frame, "browsing on your own · f to follow")
	})
	lead.press(t, "2")
	rec.waitSeen(t, 0, "leader on gdp", func(s *seen) bool { return s.state.Tab == "gdp" })
	rec.waitSeen(t, 1, "follower told the leader moved", func(s *seen) bool { return s.room.State != nil && s.room.State.Tab == "gdp" })
	if s := rec.session(1); s.state.Tab != "agreements" {
		t.Fatalf("a browsing follower was moved by the leader: %+v", s.state)
	}
	fol.press(t, "f")
	rec.waitSeen(t, 1, "f follows again", func(s *seen) bool { return !s.alone && s.state.Tab == "gdp" })

	// A follower who joins late is where the leader is at once.
	lead.press(t, "4")
	rec.waitSeen(t, 0, "leader on zones", func(s *seen) bool { return s.state.Tab == "zones" })
	_, late := joinRoom(t, srv, nil, en, "--room briefing --tab agreements")
	rec.waitSeen(t, 2, "late follower on zones", func(s *seen) bool { return s.state.Tab == "zones" })
	_ = late

	// The leader leaves: the followers keep the last state and are told.
	lead.press(t, "q")
	if code := lead.wait(t, patience); code != 0 {
		t.Fatalf("leader exit %d", code)
	}
	rec.waitSeen(t, 1, "leader gone", func(s *seen) bool { return !s.room.LeaderHere && s.state.Tab == "zones" })
	rec.waitSeen(t, 1, "told the presenter left", func(s *seen) bool { return strings.Contains(s.frame, "The presenter left; the last state stays.") })

	// A new --lead takes the room over.
	_, next := joinRoom(t, srv, nil, vi, "--room briefing --lead --tab overview")
	rec.waitSeen(t, 3, "new leader", func(s *seen) bool { return s.room.Role == crowd.Leading })
	next.press(t, "2")
	rec.waitSeen(t, 1, "following the new leader", func(s *seen) bool { return s.room.LeaderHere && s.state.Tab == "gdp" })
}

// TestRoomLeaderIdleSendsNothing: while the leader is idle and not
// presenting, its followers are sent 0 bytes.
func TestRoomLeaderIdleSendsNothing(t *testing.T) {
	rec := &recorder{}
	srv := roomServer(t, rec, nil)
	_, lead := joinRoom(t, srv, nil, en, "--room quiet --lead")
	rec.waitSeen(t, 0, "leading", func(s *seen) bool { return s.room.Role == crowd.Leading })
	_, fol := joinRoom(t, srv, nil, en, "--room quiet")
	rec.waitSeen(t, 0, "count", func(s *seen) bool { return s.room.Followers == 1 })
	from := fol.out.Len()
	lead.press(t, "3")
	rec.waitSeen(t, 1, "on fdi", func(s *seen) bool { return s.state.Tab == "fdi" })
	// The frame for the move arrives, then nothing more: watch from there.
	for fol.out.Len() == from {
		time.Sleep(10 * time.Millisecond)
	}
	quiet(t, []*termSession{fol, lead}, 300*time.Millisecond)
	before := fol.out.Len()
	time.Sleep(time.Second)
	if n := fol.out.Len() - before; n != 0 {
		t.Fatalf("an idle leader's follower was sent %d bytes in a second: %q", n, fol.out.String()[before:])
	}
}

// TestRoomPresenters: with --presenters, a key not in the file cannot lead:
// it is told so and follows; a key in it leads.
func TestRoomPresenters(t *testing.T) {
	presenter, other := newKey(t), newKey(t)
	path := filepath.Join(t.TempDir(), "presenters")
	if err := os.WriteFile(path, gossh.MarshalAuthorizedKey(presenter.PublicKey()), 0o600); err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	srv := roomServer(t, rec, func(c *Config) { c.PresentersPath = path })
	_, _ = joinRoom(t, srv, other, en, "--room briefing --lead")
	rec.waitSeen(t, 0, "follows instead", func(s *seen) bool { return s.room.Role == crowd.Following })
	rec.waitSeen(t, 0, "told why", func(s *seen) bool { return strings.Contains(s.frame, "not among the server's presenters") })
	waitFor(t, srv.log, 0, "not a presenter", patience)
	_, lead := joinRoom(t, srv, presenter, en, "--room briefing --lead")
	rec.waitSeen(t, 1, "presenter leads", func(s *seen) bool { return s.room.Role == crowd.Leading })
	lead.press(t, "4")
	rec.waitSeen(t, 0, "the refused leader follows the presenter", func(s *seen) bool { return s.state.Tab == "zones" })
	// The session without a key (keyboard-interactive) cannot lead either.
	_, _ = joinRoom(t, srv, nil, en, "--room other --lead")
	rec.waitSeen(t, 2, "keyless session told why", func(s *seen) bool {
		return s.room.Role == crowd.Following && strings.Contains(s.frame, "not among the server's presenters")
	})
}

// TestRoomCaps: a full room and a server with as many rooms as it may
// hold refuse the session with a message; a second --lead follows.
func TestRoomCaps(t *testing.T) {
	rec := &recorder{}
	srv := roomServer(t, rec, func(c *Config) { c.MaxRooms = 1; c.MaxFollowers = 1 })
	_, _ = joinRoom(t, srv, nil, en, "--room a --lead")
	// Sessions are numbered as they start: one at a time.
	rec.waitSeen(t, 0, "leading", func(s *seen) bool { return s.room.Role == crowd.Leading })
	_, _ = joinRoom(t, srv, nil, en, "--room a --lead")
	rec.waitSeen(t, 1, "second leader follows", func(s *seen) bool {
		return s.room.Role == crowd.Following && strings.Contains(s.frame, "already has a presenter")
	})
	_, full := joinRoom(t, srv, nil, en, "--room a")
	if code := full.wait(t, patience); code != 1 {
		t.Fatalf("full room: exit %d", code)
	}
	if !strings.Contains(full.errOut.String(), "Room a is full") {
		t.Fatalf("full room told %q", full.errOut.String())
	}
	_, more := joinRoom(t, srv, nil, en, "--room b")
	if code := more.wait(t, patience); code != 1 || !strings.Contains(more.errOut.String(), "1 rooms") {
		t.Fatalf("second room: exit %d, told %q", code, more.errOut.String())
	}
	_, bad := joinRoom(t, srv, nil, en, "--room Bad!")
	if code := bad.wait(t, patience); code != 1 || !strings.Contains(bad.errOut.String(), "a-z") {
		t.Fatalf("bad name: exit %d, told %q", code, bad.errOut.String())
	}
}

// TestRoomPanicEndsOneFollower: a follower whose dashboard panics ends
// alone; the leader and the other follower carry on, and goroutines are
// back to what they were once the rooms are empty.
func TestRoomPanicEndsOneFollower(t *testing.T) {
	rec := &recorder{}
	rec.onNew = func(n int, m tea.Model) tea.Model {
		if n == 1 {
			return &panicOnRoom{inner: m}
		}
		return m
	}
	srv := roomServer(t, rec, nil)
	// Warm up what a server starts lazily, then take the baseline.
	c0, warm := joinRoom(t, srv, nil, en, "")
	waitFor(t, warm.out, 0, "Overview", patience)
	warm.press(t, "q")
	warm.wait(t, patience)
	_ = c0.Close()
	waitSessions(t, srv.Server, 0)
	baseline := goleak.IgnoreCurrent()

	rec.mu.Lock()
	rec.all = rec.all[:0] // session numbers from here
	rec.mu.Unlock()
	cl, lead := joinRoom(t, srv, nil, en, "--room r --lead")
	rec.waitSeen(t, 0, "leading", func(s *seen) bool { return s.room.Role == crowd.Leading })
	cb, bad := joinRoom(t, srv, nil, en, "--room r")
	if code := bad.wait(t, patience); code != 1 {
		t.Fatalf("panicking follower: exit %d", code)
	}
	cg, good := joinRoom(t, srv, nil, en, "--room r")
	lead.press(t, "3")
	rec.waitSeen(t, 2, "the other follower follows", func(s *seen) bool { return s.state.Tab == "fdi" })
	waitFor(t, srv.log, 0, "session panic", patience)
	for _, s := range []*termSession{lead, good} {
		s.press(t, "q")
		if code := s.wait(t, patience); code != 0 {
			t.Fatalf("exit %d", code)
		}
	}
	for _, c := range []*gossh.Client{cl, cb, cg} {
		_ = c.Close()
	}
	waitSessions(t, srv.Server, 0)
	if n := srv.hub.Rooms(); n != 0 {
		t.Fatalf("%d rooms left", n)
	}
	deadline := time.Now().Add(patience)
	for goleak.Find(baseline) != nil && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	goleak.VerifyNone(t, baseline)
}

// panicOnRoom panics on the first room message.
type panicOnRoom struct{ inner tea.Model }

func (p *panicOnRoom) Init() tea.Cmd { return p.inner.Init() }
func (p *panicOnRoom) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(crowd.RoomMsg); ok {
		panic(fmt.Sprintf("injected: %T", msg))
	}
	_, cmd := p.inner.Update(msg)
	return p, cmd
}
func (p *panicOnRoom) View() tea.View { return p.inner.View() }

// TestRoomPlainFollower: a follower in plain mode (--plain, or TERM=dumb)
// follows as text: the leader's new tab is printed into its scrollback.
func TestRoomPlainFollower(t *testing.T) {
	rec := &recorder{}
	srv := roomServer(t, rec, nil)
	_, lead := joinRoom(t, srv, nil, en, "--room r --lead")
	rec.waitSeen(t, 0, "leading", func(s *seen) bool { return s.room.Role == crowd.Leading })
	c, err := dial(t, srv.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	fol := openSession(t, c, sessOpts{env: en, term: "dumb", command: "--room r"})
	rec.waitSeen(t, 1, "plain follower", func(s *seen) bool { return s.room.Role == crowd.Following })
	from := fol.out.Len()
	lead.press(t, "3")
	rec.waitSeen(t, 1, "plain follower on fdi", func(s *seen) bool { return s.state.Tab == "fdi" })
	waitFor(t, fol.out, from, "Foreign direct investment", patience)
	// Plain: the text went into the scrollback, not onto a drawn screen.
	if strings.Contains(fol.out.String(), "\x1b[?1049h") {
		t.Fatal("the plain follower entered the alternate screen")
	}
}

// TestLeaderPublishesAtFrameRate (issue 22, finding 10): a leader pressing
// 1000 keys a second used to publish 1000 states a second, each to every
// follower and over the bus. States are coalesced to the frame rate: at
// most one per publishEvery (a bound by construction, whatever the
// machine's speed), and the last state always goes out.
func TestLeaderPublishesAtFrameRate(t *testing.T) {
	d := datasettest.Bundled(t)
	dash, err := ui.New(ui.Options{Data: d, Lang: i18n.EN, Tab: "overview"})
	if err != nil {
		t.Fatal(err)
	}
	hub, err := room.NewHub(room.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer hub.Close()
	m, err := hub.Join("briefing", "lan", true, func(room.View) {})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Leave()
	var published [][]byte
	l := newLeadModel(dash, m)
	l.pub = func(b []byte) { published = append(published, b) }
	l.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	l.publish(true)

	const keys = 1000
	start := time.Now()
	due := false
	for i := range keys {
		k := rune('2' + i%2) // gdp, fdi, gdp…: every key changes the state
		_, cmd := l.Update(tea.KeyPressMsg{Code: k, Text: string(k)})
		due = due || cmd != nil
	}
	elapsed := time.Since(start)
	during := len(published)
	if limit := 2 + int(elapsed/publishEvery); during > limit {
		t.Errorf("%d states published for %d keys in %v, at most %d expected", during, keys, elapsed, limit)
	}
	// The last key's state is what the pending publication sends.
	if !due || !l.due {
		t.Fatal("no publication pending after the burst")
	}
	l.Update(publishDue{})
	var last ui.State
	if err := json.Unmarshal(published[len(published)-1], &last); err != nil {
		t.Fatal(err)
	}
	if last.Tab != "fdi" {
		t.Errorf("the last state published is on %q, want fdi", last.Tab)
	}
	t.Logf("%d keys in %v: %d states published", keys, elapsed.Round(time.Millisecond), len(published))
}

// TestRoomFanout200 measures a briefing of 200 followers on one server
// over loopback (README, "Performance"): from the leader's key press to
// each follower's new frame having arrived, p50/p95/max over ten tab
// switches (each made once the quiet server runs on one processor), and
// the bytes each follower is sent while the leader is idle
// (budget: 0). The figures are reported, not asserted (a loaded CI machine
// is slower, not wrong); what is asserted is that every follower got every
// frame and nothing while idle.
func TestRoomFanout200(t *testing.T) {
	if testing.Short() {
		t.Skip("load test: skipped with -short")
	}
	n := 200
	if raceEnabled {
		n = 40
	}
	rec := &recorder{noFrame: true}
	srv := roomServer(t, rec, func(c *Config) {
		c.MaxSessions, c.MaxPerIP, c.MaxPendingPerAddr = n+2, n+2, 16
		// A presenter talks between keys, and a quiet server runs on one
		// processor (procGovernor): each key below comes after that, as in
		// a briefing, so the figure includes getting every processor back.
		// 400 ms rather than serve's 2 s keeps the test short; it is still
		// longer than a key's frames take to go out.
		c.IdleProcs = 400 * time.Millisecond
	})
	_, lead := joinRoom(t, srv, nil, en, "--room hall --lead")
	rec.waitSeen(t, 0, "leading", func(s *seen) bool { return s.room.Role == crowd.Leading })

	fols := make([]*termSession, n)
	var wg sync.WaitGroup
	next := make(chan int)
	for range 2 { // one dialer per core, as TestLoad200Sessions
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				c, err := dial(t, srv.addr, nil)
				if err != nil {
					t.Error(err)
					continue
				}
				t.Cleanup(func() { _ = c.Close() })
				fols[i] = openSession(t, c, sessOpts{env: en, command: "--room hall", w: 80, h: 24})
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	if t.Failed() {
		return
	}
	deadline := time.Now().Add(patience)
	for srv.hub.Followers("hall") != n {
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d followers in the room", srv.hub.Followers("hall"), n)
		}
		time.Sleep(20 * time.Millisecond)
	}
	// Every follower has taken in the leader's state, and its frame for
	// it is out: from here an idle leader means nothing to anyone. (A
	// second of quiet: under the race detector a frame can lag.)
	for i := 1; i <= n; i++ {
		rec.waitSeen(t, i, "the leader's state", func(s *seen) bool { return s.room.State != nil && s.state.Tab == "overview" })
	}
	quiet(t, append(fols, lead), time.Second)

	// Idle leader: nothing to anyone.
	before := sizes(fols)
	time.Sleep(time.Second)
	for i, b := range sizes(fols) {
		if b != before[i] {
			t.Fatalf("follower %d was sent %d bytes while the leader was idle", i, b-before[i])
		}
	}

	var lat []time.Duration
	var sent int
	for _, k := range []string{"3", "4", "5", "2", "1", "3", "4", "5", "2", "1"} {
		procsBecome(t, 1)
		from := sizes(fols)
		t0 := time.Now()
		lead.press(t, k)
		// Every follower gets its frame, then the room goes quiet.
		deadline := time.Now().Add(patience)
		for {
			got := 0
			for i, b := range sizes(fols) {
				if b > from[i] {
					got++
				}
			}
			if got == n {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("key %s: %d of %d followers got a new frame", k, got, n)
			}
			time.Sleep(5 * time.Millisecond)
		}
		quiet(t, fols, 200*time.Millisecond)
		for i, s := range fols {
			b, last := s.out.written()
			lat = append(lat, last.Sub(t0))
			sent += b - from[i]
		}
	}
	slices.Sort(lat)
	p50, p95, pmax := lat[len(lat)/2], lat[len(lat)*95/100], lat[len(lat)-1]
	t.Logf("%d followers, 10 tab switches by the leader: key → follower's frame complete p50 %v, p95 %v, max %v; %s per follower per switch",
		n, p50.Round(time.Millisecond), p95.Round(time.Millisecond), pmax.Round(time.Millisecond), fmtBytes(int64(sent/len(lat))))
	if p95 > 100*time.Millisecond {
		t.Logf("NOTE: p95 %v is over the 100 ms budget", p95.Round(time.Millisecond))
	}
}

// sizes is how many bytes each session has received.
func sizes(ss []*termSession) []int {
	out := make([]int, len(ss))
	for i, s := range ss {
		out[i], _ = s.out.written()
	}
	return out
}

// quiet waits until no session has received anything for d.
func quiet(t *testing.T, ss []*termSession, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(patience)
	for time.Now().Before(deadline) {
		latest := time.Time{}
		for _, s := range ss {
			if _, last := s.out.written(); last.After(latest) {
				latest = last
			}
		}
		if time.Since(latest) >= d {
			return
		}
		time.Sleep(d / 4)
	}
	t.Fatalf("sessions still receiving after %v", patience)
}

// TestRoomAcrossServers is README's load-balanced briefing: two provdash
// servers share rooms over an in-process NATS server; the leader is on
// one, followers on the other, and each follows in its own language.
func TestRoomAcrossServers(t *testing.T) {
	ns, err := natsserver.NewServer(&natsserver.Options{Host: "127.0.0.1", Port: -1, NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go ns.Start()
	if !ns.ReadyForConnections(patience) {
		t.Fatal("NATS server not ready")
	}
	t.Cleanup(func() { ns.Shutdown(); ns.WaitForShutdown() })
	url := ns.ClientURL()

	withBus := func(c *Config) {
		bus, err := room.DialNATS(url, nil)
		if err != nil {
			t.Fatal(err)
		}
		c.Bus = bus
	}
	recA, recB := &recorder{}, &recorder{}
	a := roomServer(t, recA, withBus)
	b := roomServer(t, recB, withBus)

	_, lead := joinRoom(t, a, nil, vi, "--room briefing --lead")
	recA.waitSeen(t, 0, "leading on A", func(s *seen) bool { return s.room.Role == crowd.Leading })
	lead.press(t, "2")
	recA.waitSeen(t, 0, "leader on gdp", func(s *seen) bool { return s.state.Tab == "gdp" })

	// A follower on B who joins after the leader moved is where it is.
	_, fol := joinRoom(t, b, nil, en, "--room briefing")
	recB.waitSeen(t, 0, "follower on B on gdp", func(s *seen) bool {
		return s.state.Tab == "gdp" && s.room.LeaderHere && s.room.Leader == "planner"
	})
	recA.waitSeen(t, 0, "the leader counts B's follower", func(s *seen) bool { return s.room.Followers == 1 })

	lead.press(t, "3")
	recB.waitSeen(t, 0, "follower on B on fdi, in English", func(s *seen) bool {
		return s.state.Tab == "fdi" && strings.Contains(s.frame, "Foreign direct investment")
	})
	// A --lead on B while A's leader is here follows instead.
	_, _ = joinRoom(t, b, nil, en, "--room briefing --lead")
	recB.waitSeen(t, 1, "second leader follows", func(s *seen) bool { return s.room.Role == crowd.Following && s.state.Tab == "fdi" })
	recA.waitSeen(t, 0, "two followers on B", func(s *seen) bool { return s.room.Followers == 2 })

	fol.press(t, "q")
	fol.wait(t, patience)
	recA.waitSeen(t, 0, "one follower left", func(s *seen) bool { return s.room.Followers == 1 })
	lead.press(t, "q")
	lead.wait(t, patience)
	recB.waitSeen(t, 1, "told the leader left", func(s *seen) bool { return !s.room.LeaderHere })
}
