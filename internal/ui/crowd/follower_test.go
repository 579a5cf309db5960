package crowd

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestStateCrossesLanguages: a follower in the other language, put where
// a leader is by its State alone, is in the same place: the same tab, face,
// row (by key), detail and year, on every tab, face and row position the
// leader reaches with keys.
func TestStateCrossesLanguages(t *testing.T) {
	lead := newDash(t, i18n.VI, "")
	lead.SetSize(120, 40)
	fol := sized(newFollower(t, i18n.EN, ""), 120, 40)
	fol.Update(RoomMsg{Role: Following, Room: "r", Leader: "lan", LeaderHere: true})
	checked := 0
	for tab := range len(ui.TabIDs()) {
		for _, keys := range []string{"", "v", "vjj", "vjjj\r", "\r", "vv", "[", "[vj"} {
			lead.SetActive(tab)
			for _, k := range []string{"esc", "v"} { // back to the chart face, detail closed
				for range 3 {
					if k == "v" && lead.State().Face == "chart" {
						break
					}
					lead.Update(viewtest.Key(k))
				}
			}
			for _, k := range keys {
				lead.Update(viewtest.Key(string(k)))
			}
			want := lead.State()
			fol.Update(RoomMsg{Role: Following, Room: "r", Leader: "lan", LeaderHere: true, State: &want})
			if got := fol.State(); !got.Equal(want) {
				t.Fatalf("tab %d keys %q: follower at %+v, leader at %+v", tab, keys, got, want)
			}
			if fol.Lang() != i18n.EN {
				t.Fatal("following changed the follower's language")
			}
			checked++
		}
	}
	t.Logf("%d places followed", checked)
}

// TestFollowerBrowsesAndRejoins: a key of its own detaches the follower
// (footer says so), theme and language keys do not, and f rejoins where
// the leader is now.
func TestFollowerBrowsesAndRejoins(t *testing.T) {
	m := sized(newFollower(t, i18n.EN, ""), 100, 30)
	st := ui.State{Tab: "fdi", Face: "chart", Year: 2024}
	m.Update(RoomMsg{Role: Following, Room: "briefing", Leader: "lan", LeaderHere: true, State: &st})
	if m.Active() != "fdi" || !strings.Contains(ansi.Strip(lastLine(m.Frame())), "following lan · briefing") {
		t.Fatalf("not following: tab %s, footer %q", m.Active(), lastLine(ansi.Strip(m.Frame())))
	}
	for _, k := range []string{"t", "L", "?", "?"} {
		m.Update(viewtest.Key(k))
		if _, alone := m.Room(); alone {
			t.Fatalf("%q detached the follower", k)
		}
	}
	m.Update(viewtest.Key("L"))
	m.Update(viewtest.Key("5"))
	if _, alone := m.Room(); !alone || m.Active() != "agreements" {
		t.Fatalf("5 did not browse: alone %v, tab %s", alone, m.Active())
	}
	if f := ansi.Strip(lastLine(m.Frame())); !strings.Contains(f, "browsing on your own · f to follow") {
		t.Fatalf("footer while browsing: %q", f)
	}
	st2 := ui.State{Tab: "zones", Face: "table", Year: 2024}
	m.Update(RoomMsg{Role: Following, Room: "briefing", Leader: "lan", LeaderHere: true, State: &st2})
	if m.Active() != "agreements" {
		t.Fatalf("a browsing follower was moved to %s", m.Active())
	}
	m.Update(viewtest.Key("f"))
	if _, alone := m.Room(); alone || m.Active() != "zones" || m.State().Face != "table" {
		t.Fatalf("f did not rejoin: alone %v, state %+v", alone, m.State())
	}
	// The leader leaves: the last state stays, with a notice.
	m.Update(RoomMsg{Role: Following, Room: "briefing", Leader: "lan", LeaderHere: false, State: &st2})
	if f := ansi.Strip(m.Frame()); m.Active() != "zones" || !strings.Contains(f, "presenter left") {
		t.Fatalf("leader gone: tab %s, frame %q", m.Active(), lastLine(f))
	}
	// f outside a room does nothing.
	alone := newDash(t, i18n.EN, "gdp")
	alone.SetSize(100, 30)
	before := alone.State()
	alone.Update(viewtest.Key("f"))
	if !alone.State().Equal(before) {
		t.Fatal("f moved a dashboard that is in no room")
	}
}

// TestFollowerPresentation: a follower shows the leader's countdown and
// runs no timer of its own; browsing stops it.
func TestFollowerPresentation(t *testing.T) {
	spy := &timerSpy{Model: newDash(t, i18n.EN, "")}
	spy.SetSize(80, 24)
	m := NewFollower(spy)
	st := ui.State{Tab: "gdp", Face: "chart", Year: 2024, Present: true, Interval: 20 * time.Second, Left: 7 * time.Second}
	m.Update(RoomMsg{Role: Following, Room: "r", Leader: "lan", LeaderHere: true, State: &st})
	if on, _ := m.Presenting(); !on || !strings.Contains(lastLine(ansi.Strip(m.Frame())), "2/6 · 7s") {
		t.Fatalf("follower's footer %q", lastLine(ansi.Strip(m.Frame())))
	}
	// A held timer runs nothing of its own (ui TestHeldTimer).
	if !spy.held {
		t.Fatal("a following dashboard ran a timer of its own")
	}
	m.Update(viewtest.Key("j"))
	if on, _ := m.Presenting(); on {
		t.Fatal("browsing kept presenting")
	}
	if spy.held {
		t.Fatal("browsing kept the timer held")
	}
}

// timerSpy is a dashboard that records whether its timer is held.
type timerSpy struct {
	*ui.Model
	held bool
}

func (s *timerSpy) HoldTimer(held bool) { s.held = held; s.Model.HoldTimer(held) }

// TestRoomFooterEverySize: the room badge never breaks the rendering rule
// and the footer still starts with ? help where it fits.
func TestRoomFooterEverySize(t *testing.T) {
	msgs := []RoomMsg{
		{Role: Leading, Room: strings.Repeat("a", 32), Followers: 200},
		{Role: Following, Room: "briefing", Leader: strings.Repeat("Nguyễn ", 4), LeaderHere: true},
		{Role: Following, Room: "briefing", Leader: "lan"},
		{Role: Following, Room: "b"},
	}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, msg := range msgs {
			m := newFollower(t, lang, "")
			m.Update(msg)
			for _, w := range viewtest.SweepSizes() {
				for _, h := range []int{0, 1, 16, 24} {
					m.Update(tea.WindowSizeMsg{Width: w, Height: h})
					f := m.Frame()
					viewtest.CheckFrame(t, f, w, h, "room footer")
					if w >= 60 && h >= 16 && !strings.HasPrefix(ansi.Strip(lastLine(f)), " ? ") {
						t.Fatalf("%d×%d %s: footer %q", w, h, lang, ansi.Strip(lastLine(f)))
					}
				}
			}
		}
	}
}

// TestSharedFramesMatchOwn: a follower that takes its frames from another
// follower's (FrameCache) shows what it would have drawn itself, in every
// place the leader goes, and a key of its own finds it in that place.
func TestSharedFramesMatchOwn(t *testing.T) {
	cache := NewFrameCache(8)
	d := viewtest.Data(t)
	lead := newDash(t, i18n.EN, "")
	lead.SetSize(100, 30)
	// One dataset for all, as a server has: frames are shared per dataset.
	o := ui.Options{Lang: i18n.EN}
	firstS, secondS := sharing(t, d, o, cache), sharing(t, d, o, cache)
	first, second := NewFollower(firstS), NewFollower(secondS)
	own := NewFollower(sharing(t, d, o, nil))
	room := RoomMsg{Role: Following, Room: "r", Leader: "lan", LeaderHere: true}
	for _, keys := range []string{"3", "v", "jj", "\r", "esc", "4", "[", "2", "vv", "1"} {
		for _, k := range strings.Split(keys, ",") {
			if k == "esc" {
				lead.Update(viewtest.Key(k))
				continue
			}
			for _, r := range k {
				lead.Update(viewtest.Key(string(r)))
			}
		}
		st := lead.State()
		msg := room
		msg.State = &st
		for _, m := range []*Follower{first, second, own} {
			m.Update(msg)
		}
		if !secondS.Pending() {
			t.Fatalf("after %q the second follower drew its own frame: the cache was not used", keys)
		}
		if got, want := second.Frame(), own.Frame(); got != want {
			t.Fatalf("after %q the shared frame differs from the follower's own:\n%s\n---\n%s", keys, ansi.Strip(got), ansi.Strip(want))
		}
		if !second.State().Equal(st) || second.Active() != st.Tab {
			t.Fatalf("after %q: pending state %+v, tab %s", keys, second.State(), second.Active())
		}
	}
	// A key of its own settles the pending state first: the follower
	// browses on from where it was shown to be.
	second.Update(viewtest.Key("j"))
	own.Update(viewtest.Key("j"))
	if secondS.Pending() || second.Frame() != own.Frame() {
		t.Fatalf("after settling, frames differ:\n%s\n---\n%s", ansi.Strip(second.Frame()), ansi.Strip(own.Frame()))
	}
}

// TestPlainFollower: in plain mode (screen readers) a follower prints the
// leader's tab when it changes, says when the leader left, browses alone
// after a tab key and prints the leader's tab again on f.
func TestPlainFollower(t *testing.T) {
	m := NewFollower(newDashWith(t, ui.Options{Lang: i18n.EN, Plain: true}))
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	printed := func(cmd tea.Cmd) string {
		t.Helper()
		if cmd == nil {
			return ""
		}
		var out []string
		var walk func(msg tea.Msg)
		walk = func(msg tea.Msg) {
			switch msg := msg.(type) {
			case tea.BatchMsg:
				for _, c := range msg {
					if c != nil {
						walk(c())
					}
				}
			default:
				out = append(out, fmt.Sprint(msg))
			}
		}
		walk(cmd())
		return strings.Join(out, "\n")
	}
	st := ui.State{Tab: "fdi", Face: "chart", Year: 2024}
	_, cmd := m.Update(RoomMsg{Role: Following, Room: "r", Leader: "lan", LeaderHere: true, State: &st})
	if out := printed(cmd); m.Active() != "fdi" || !strings.Contains(out, "Foreign direct investment") {
		t.Fatalf("plain follower: tab %s, printed %q", m.Active(), out)
	}
	if p := m.View().Content; !strings.HasPrefix(p, "▶ following lan · r · [3/6] FDI") {
		t.Fatalf("prompt %q", p)
	}
	st2 := ui.State{Tab: "fdi", Face: "table", Row: "KR", Year: 2023}
	if _, cmd := m.Update(RoomMsg{Role: Following, Room: "r", Leader: "lan", LeaderHere: true, State: &st2}); printed(cmd) != "" {
		t.Fatal("a move inside the tab printed the tab again")
	}
	m.Update(viewtest.Key("5"))
	st3 := ui.State{Tab: "zones", Face: "chart", Year: 2024}
	m.Update(RoomMsg{Role: Following, Room: "r", Leader: "lan", LeaderHere: true, State: &st3})
	if m.Active() != "agreements" {
		t.Fatalf("a browsing plain follower was moved to %s", m.Active())
	}
	if p := m.View().Content; !strings.HasPrefix(p, "browsing on your own · f to follow · [5/6] Agreements") {
		t.Fatalf("browsing prompt %q", p)
	}
	_, cmd = m.Update(viewtest.Key("f"))
	if out := printed(cmd); m.Active() != "zones" || out == "" {
		t.Fatalf("f: tab %s, printed %q", m.Active(), out)
	}
	_, cmd = m.Update(RoomMsg{Role: Following, Room: "r", Leader: "lan", State: &st3})
	if out := printed(cmd); !strings.Contains(out, "The presenter left") {
		t.Fatalf("leader left: printed %q", out)
	}
}

// TestFollowerTitleAndSlides: a follower shows the leader's title slide
// and counts the leader's --slides in its countdown.
func TestFollowerTitleAndSlides(t *testing.T) {
	lead := newDashWith(t, ui.Options{Lang: i18n.VI, Present: true, Slides: []string{"gdp", "fdi"}})
	lead.SetSize(120, 40)
	dash := newDashWith(t, ui.Options{Lang: i18n.EN})
	dash.SetSize(120, 40)
	fol := NewFollower(dash)
	follow := func() {
		st := lead.State()
		fol.Update(RoomMsg{Role: Following, Room: "r", Leader: "lan", LeaderHere: true, State: &st})
	}
	follow()
	if !dash.TitleSlide() || !strings.Contains(lastLine(fol.Frame()), "title slide") {
		t.Fatalf("follower not on the title slide: %v, footer %q", dash.TitleSlide(), lastLine(fol.Frame()))
	}
	lead.Update(viewtest.Key("right")) // closes the title slide, on to a tab
	follow()
	if dash.TitleSlide() || fol.Active() != lead.Active() {
		t.Fatalf("follower: title %v, tab %s; leader on %s", dash.TitleSlide(), fol.Active(), lead.Active())
	}
	lead.SetActive(2) // fdi, the second slide
	follow()
	if f := lastLine(fol.Frame()); !strings.Contains(f, "2/2") {
		t.Fatalf("follower's countdown does not count the leader's slides: %q", f)
	}
}

// TestLeaderDemoted: a leader whose room another server's presenter took
// at the same moment follows it, and is told why.
func TestLeaderDemoted(t *testing.T) {
	m := sized(newFollower(t, i18n.EN, ""), 100, 30)
	m.Update(RoomMsg{Role: Leading, Room: "briefing"})
	st := ui.State{Tab: "zones", Face: "chart", Year: 2024}
	m.Update(RoomMsg{Role: Following, Room: "briefing", Leader: "lan", LeaderHere: true, State: &st})
	// The notice is long: it wraps above the footer, read whole.
	if f := viewtest.Words(ansi.Strip(m.Frame())); m.Active() != "zones" || !strings.Contains(f, "already has a presenter: you follow. When they leave, join again with --lead.") {
		t.Fatalf("demoted leader: tab %s, frame %q", m.Active(), f)
	}
}

// When the presenter leaves and another takes the room, the follower is
// told who presents now: "the presenter left" does not stay on screen
// while it follows the new one (a34ab89 kept it).
func TestNewPresenterClearsLeftNotice(t *testing.T) {
	m := sized(newFollower(t, i18n.EN, ""), 100, 30)
	st := ui.State{Tab: "fdi", Face: "chart", Year: 2024}
	m.Update(RoomMsg{Role: Following, Room: "briefing", Leader: "lan", LeaderHere: true, State: &st})
	m.Update(RoomMsg{Role: Following, Room: "briefing", Leader: "lan", LeaderHere: false, State: &st})
	if f := ansi.Strip(m.Frame()); !strings.Contains(f, "The presenter left") {
		t.Fatalf("no notice when the presenter left:\n%s", lastLine(f))
	}
	st2 := ui.State{Tab: "zones", Face: "chart", Year: 2024}
	m.Update(RoomMsg{Role: Following, Room: "briefing", Leader: "minh", LeaderHere: true, State: &st2})
	f := ansi.Strip(m.Frame())
	if strings.Contains(f, "presenter left") || !strings.Contains(f, "minh presents now") || m.Active() != "zones" {
		t.Errorf("after a new presenter took the room (on %s):\n%s", m.Active(), f)
	}
}

// Every room message is read whole at any width from 60: a long one wraps
// above the footer instead of being cut (a34ab89 cut "… hãy vào lại v…"
// at 100 columns).
func TestRoomNoticesWrap(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		loc := i18n.New(lang)
		for _, msg := range []string{loc.Tf("room.taken", "briefing"), loc.Tf("room.not_presenter", "briefing"), loc.T("room.leader_left")} {
			for _, w := range []int{60, 80, 100, 160} {
				m := sized(newFollower(t, lang, ""), w, 24)
				m.Update(RoomMsg{Role: Following, Room: "briefing", Leader: "lan", LeaderHere: true})
				m.Update(ui.NoticeMsg(msg))
				f := ansi.Strip(m.Frame())
				viewtest.CheckFrame(t, m.Frame(), w, 24, "room notice")
				if !strings.Contains(viewtest.Words(f), viewtest.Words(msg)) {
					t.Errorf("%s at %d: the notice is not whole:\n%s", lang, w, f)
				}
			}
		}
	}
}
