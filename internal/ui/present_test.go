package ui

import (
	"image/color"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

func newWith(t testing.TB, o Options) *Model {
	t.Helper()
	o.Data = viewtest.Data(t)
	m, err := New(o)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	m.SetSize(120, 40)
	return m
}

// lastLine is the footer of a frame, without styling.
func lastLine(f string) string {
	lines := strings.Split(ansi.Strip(f), "\n")
	return lines[len(lines)-1]
}

// tick sends the current timer's tick and returns the command it produced.
func tick(m *Model) tea.Cmd {
	_, cmd := m.Update(presentTick{gen: m.gen})
	return cmd
}

// TestNoTimerWhenOff: without presentation mode nothing ticks: Init (with a
// fixed theme) and every non-key message return no command, so an idle
// dashboard writes nothing.
func TestNoTimerWhenOff(t *testing.T) {
	m := newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark})
	if cmd := m.Init(); cmd != nil {
		t.Fatalf("Init returned a command with presentation off and a fixed theme")
	}
	d := viewtest.Data(t)
	msgs := []tea.Msg{
		tea.WindowSizeMsg{Width: 100, Height: 30},
		tea.BackgroundColorMsg{Color: color.White},
		presentTick{gen: m.gen},
		presentTick{gen: m.gen + 1},
		DataMsg{Data: d},
		tea.MouseClickMsg{X: 30, Y: 0, Button: tea.MouseLeft},
	}
	for _, msg := range msgs {
		if _, cmd := m.Update(msg); cmd != nil {
			t.Fatalf("%T returned a command with presentation off", msg)
		}
	}
	// With theme auto, Init only asks for the background colour: running
	// it returns at once with something that is not a tick.
	m = newWith(t, Options{Lang: i18n.EN})
	cmd := m.Init()
	if cmd == nil {
		t.Fatalf("theme auto: Init should ask for the background colour")
	}
	start := time.Now()
	if msg := cmd(); msg == nil || time.Since(start) > 100*time.Millisecond {
		t.Fatalf("theme auto: Init's command took %v and returned %T", time.Since(start), msg)
	} else if _, isTick := msg.(presentTick); isTick {
		t.Fatalf("theme auto: Init started the timer")
	}
}

// TestPresentAdvances: under --present each tick counts a second down in
// the footer, and the tab moves on when the interval is up, in a loop.
// The title slide comes first, for one interval; then the first tab.
func TestPresentAdvances(t *testing.T) {
	m := newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark, Present: true, Interval: 3 * time.Second})
	if m.Init() == nil {
		t.Fatalf("--present: Init did not start the timer")
	}
	if !m.ctx.Present {
		t.Fatalf("Context.Present false under --present")
	}
	if got := lastLine(m.Frame()); !strings.Contains(got, "▶ title slide · 3s") || !strings.Contains(got, "─") || !m.TitleSlide() {
		t.Fatalf("footer %q (title slide %v), want the title slide's countdown and a bar", got, m.TitleSlide())
	}
	if strings.Contains(m.Frame(), "quit") {
		t.Fatalf("help footer shown in presentation mode")
	}
	for i := 0; i < 2; i++ {
		if tick(m) == nil {
			t.Fatalf("tick %d did not schedule the next", i)
		}
	}
	if got := lastLine(m.Frame()); !strings.Contains(got, "title slide · 1s") || !strings.Contains(got, "━") {
		t.Fatalf("after 2 s footer %q, want 1s left and part of the bar done", got)
	}
	tick(m)
	if m.TitleSlide() || m.Active() != "overview" || !strings.Contains(lastLine(m.Frame()), "1/6 · 3s") {
		t.Fatalf("after 3 s title slide %v, active %s, footer %q; want overview with a fresh 3s", m.TitleSlide(), m.Active(), lastLine(m.Frame()))
	}
	for range 3 {
		tick(m)
	}
	if m.Active() != "gdp" || !strings.Contains(lastLine(m.Frame()), "2/6 · 3s") {
		t.Fatalf("after 3 s active %s footer %q, want gdp with a fresh 3s", m.Active(), lastLine(m.Frame()))
	}
	for i := 0; i < 5*3; i++ {
		tick(m)
	}
	if m.Active() != "overview" {
		t.Fatalf("after a full loop active %s, want overview again", m.Active())
	}
	// A stale tick (an older timer) is dropped and does not count.
	left := m.left
	if _, cmd := m.Update(presentTick{gen: m.gen - 1}); cmd != nil || m.left != left {
		t.Fatalf("stale tick counted or rescheduled")
	}
}

// TestPresentPause: space pauses (ticks are dropped, nothing rescheduled,
// the footer says so) and resumes.
func TestPresentPause(t *testing.T) {
	m := newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark, Present: true, Interval: 2 * time.Second})
	m.Init()
	tick(m)
	if _, cmd := m.Update(viewtest.Key(" ")); cmd != nil {
		t.Fatalf("pausing returned a command")
	}
	if on, paused := m.Presenting(); !on || !paused {
		t.Fatalf("after space: on %v paused %v", on, paused)
	}
	for i := 0; i < 5; i++ {
		if cmd := tick(m); cmd != nil {
			t.Fatalf("paused tick rescheduled")
		}
	}
	if m.Active() != "overview" || !strings.Contains(lastLine(m.Frame()), "paused") {
		t.Fatalf("paused: active %s footer %q", m.Active(), lastLine(m.Frame()))
	}
	if _, cmd := m.Update(viewtest.Key(" ")); cmd == nil {
		t.Fatalf("resuming did not restart the timer")
	}
	tick(m)
	if m.Active() != "overview" || m.TitleSlide() {
		t.Fatalf("after resume and the last second: active %s, title slide %v; want the first tab", m.Active(), m.TitleSlide())
	}
}

// TestPresentToggle: p starts and stops presentation mode; the help footer
// comes back, Context.Present follows and a pending tick dies.
func TestPresentToggle(t *testing.T) {
	m := newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark})
	if strings.Contains(lastLine(m.Frame()), "▶") {
		t.Fatalf("progress shown with presentation off")
	}
	_, cmd := m.Update(viewtest.Key("p"))
	if cmd == nil || !m.ctx.Present || !strings.Contains(lastLine(m.Frame()), "▶ 1/6 · 15s") {
		t.Fatalf("p: cmd %v, Present %v, footer %q", cmd != nil, m.ctx.Present, lastLine(m.Frame()))
	}
	pending := m.gen
	_, cmd = m.Update(viewtest.Key("p"))
	if cmd != nil || m.ctx.Present || !strings.Contains(lastLine(m.Frame()), "quit") {
		t.Fatalf("p again: cmd %v, Present %v, footer %q", cmd != nil, m.ctx.Present, lastLine(m.Frame()))
	}
	if _, cmd := m.Update(presentTick{gen: pending}); cmd != nil {
		t.Fatalf("the tick pending when p stopped the show rescheduled")
	}
	// space outside presentation mode is not a pause.
	m.Update(viewtest.Key(" "))
	if on, paused := m.Presenting(); on || paused {
		t.Fatalf("space with presentation off: on %v paused %v", on, paused)
	}
}

// TestPresentTabKeysRestart: arrows and numbers still move, and give the
// new tab its full interval.
func TestPresentTabKeysRestart(t *testing.T) {
	m := newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark, Present: true, Interval: 5 * time.Second})
	m.Init()
	tick(m)
	tick(m)
	for _, k := range []string{"right", "left", "3"} {
		tick(m)
		_, cmd := m.Update(viewtest.Key(k))
		if cmd == nil || m.left != 5*time.Second {
			t.Fatalf("%s: cmd %v, left %v; want a restarted 5s timer", k, cmd != nil, m.left)
		}
	}
	if m.Active() != "fdi" {
		t.Fatalf("active %s, want fdi", m.Active())
	}
}

// TestThemeCycle: t walks dark → light → high-contrast → mono → dark and
// names the theme in the footer; auto starts from what it shows.
func TestThemeCycle(t *testing.T) {
	m := newWith(t, Options{Lang: i18n.EN})
	want := []theme.Name{theme.Light, theme.HighContrast, theme.Mono, theme.Dark}
	for _, w := range want {
		m.Update(viewtest.Key("t"))
		if m.Theme() != w || m.ctx.Styles.Name != w {
			t.Fatalf("after t theme %s (styles %s), want %s", m.Theme(), m.ctx.Styles.Name, w)
		}
	}
	if got := lastLine(m.Frame()); !strings.Contains(got, "theme: dark") {
		t.Fatalf("footer %q, want the theme's name", got)
	}
	m.Update(viewtest.Key("L"))
	m.Update(viewtest.Key("t"))
	if got := lastLine(m.Frame()); !strings.Contains(got, "giao diện: sáng") {
		t.Fatalf("vi footer %q, want giao diện: sáng", got)
	}
}

// TestAutoTheme: auto is dark until the terminal reports its background,
// then follows it; an explicit theme ignores the report; NO_COLOR is mono.
func TestAutoTheme(t *testing.T) {
	m := newWith(t, Options{Lang: i18n.EN, Theme: theme.Auto})
	if m.ctx.Styles.Name != theme.Dark {
		t.Fatalf("auto before the background is known: %s, want dark", m.ctx.Styles.Name)
	}
	m.Update(tea.BackgroundColorMsg{Color: color.White})
	if m.ctx.Styles.Name != theme.Light {
		t.Fatalf("auto on a white background: %s, want light", m.ctx.Styles.Name)
	}
	m.Update(tea.BackgroundColorMsg{Color: color.Black})
	if m.ctx.Styles.Name != theme.Dark {
		t.Fatalf("auto on a black background: %s, want dark", m.ctx.Styles.Name)
	}
	m = newWith(t, Options{Lang: i18n.EN, Theme: theme.HighContrast})
	m.Update(tea.BackgroundColorMsg{Color: color.White})
	if m.ctx.Styles.Name != theme.HighContrast {
		t.Fatalf("explicit theme changed by the background: %s", m.ctx.Styles.Name)
	}
	m = newWith(t, Options{Lang: i18n.EN, NoColor: true})
	if m.ctx.Styles.Name != theme.Mono || m.Init() != nil {
		t.Fatalf("NoColor: theme %s, want mono and no background query", m.ctx.Styles.Name)
	}
	m = newWith(t, Options{Lang: i18n.EN, NoColor: true, Theme: theme.Light})
	if m.ctx.Styles.Name != theme.Light {
		t.Fatalf("NoColor with an explicit theme: %s, want light", m.ctx.Styles.Name)
	}
}

// TestLangToggle: L switches the whole dashboard between vi and en.
func TestLangToggle(t *testing.T) {
	m := newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark, Tab: "gdp"})
	if !strings.Contains(m.Frame(), "Overview") {
		t.Fatalf("en frame lacks Overview")
	}
	m.Update(viewtest.Key("L"))
	f := m.Frame()
	if m.ctx.Loc.Lang != i18n.VI || !strings.Contains(f, "Tổng quan") || strings.Contains(f, "Overview") || m.Active() != "gdp" {
		t.Fatalf("after L: lang %s active %s frame:\n%s", m.ctx.Loc.Lang, m.Active(), f)
	}
	m.Update(viewtest.Key("L"))
	if m.ctx.Loc.Lang != i18n.EN || !strings.Contains(m.Frame(), "Overview") {
		t.Fatalf("L twice: lang %s", m.ctx.Loc.Lang)
	}
}

// boxOrBlock finds a box-drawing, block-element or braille character.
func boxOrBlock(s string) (rune, bool) {
	for _, r := range s {
		if (r >= 0x2500 && r <= 0x259F) || (r >= 0x2800 && r <= 0x28FF) {
			return r, true
		}
	}
	return 0, false
}

// TestASCIIChrome: with --ascii the root model's own chrome (tab bar,
// rule, footer, help overlay, presentation bar) has no box drawing, block
// or braille characters. Views draw their own borders; they are checked
// apart and reported, since they follow Context.ASCII themselves.
func TestASCIIChrome(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		m := newWith(t, Options{Lang: lang, Theme: theme.Dark, ASCII: true})
		for _, present := range []bool{false, true} {
			if present {
				m.Update(viewtest.Key("p"))
				tick(m)
			}
			for _, tab := range TabIDs() {
				m.SetActive(indexOf(TabIDs(), tab))
				lines := strings.Split(ansi.Strip(m.Frame()), "\n")
				chrome := []string{lines[0], lines[1], lines[len(lines)-1]}
				for _, l := range chrome {
					if r, bad := boxOrBlock(l); bad {
						t.Fatalf("%s/%s present=%v: %q in chrome line %q", lang, tab, present, r, l)
					}
				}
				if r, bad := boxOrBlock(strings.Join(lines[2:len(lines)-1], "\n")); bad {
					// Not this package's to fix (the overview's merger
					// callout draws "▌ "): logged for the view's owner.
					t.Logf("%s/%s: view draws %q under --ascii", lang, tab, r)
				}
			}
		}
		m.Update(viewtest.Key("?"))
		if r, bad := boxOrBlock(ansi.Strip(m.Frame())); bad {
			t.Fatalf("%s: help overlay has %q under --ascii:\n%s", lang, r, ansi.Strip(m.Frame()))
		}
		if !strings.Contains(m.Frame(), "+--") {
			t.Fatalf("%s: help overlay has no ASCII border:\n%s", lang, ansi.Strip(m.Frame()))
		}
	}
	// Without --ascii the same chrome does use box drawing: the test can fail.
	m := newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark})
	if _, bad := boxOrBlock(strings.Split(ansi.Strip(m.Frame()), "\n")[1]); !bad {
		t.Fatalf("rule without --ascii has no box drawing: the check above proves nothing")
	}
}

// TestPresentSizeSweep: the presentation footer (running and paused, with
// and without --ascii) keeps the size rule at every size.
func TestPresentSizeSweep(t *testing.T) {
	for _, ascii := range []bool{false, true} {
		m := newWith(t, Options{Lang: i18n.VI, Theme: theme.Light, Present: true, ASCII: ascii})
		for _, pause := range []bool{false, true} {
			if pause {
				m.Update(viewtest.Key(" "))
			}
			for _, w := range viewtest.SweepSizes() {
				for _, h := range faceSizes() {
					m.SetSize(w, h)
					tick(m)
					viewtest.CheckFrame(t, m.Frame(), w, h, "present")
				}
			}
		}
	}
}

// TestPresentHelpHolds: while the help overlay is open the countdown
// holds (the timer keeps running), and resumes when it closes.
func TestPresentHelpHolds(t *testing.T) {
	m := newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark, Present: true, Interval: 2 * time.Second})
	m.Init()
	m.Update(viewtest.Key("?"))
	for i := 0; i < 4; i++ {
		if tick(m) == nil {
			t.Fatalf("timer stopped under the help")
		}
	}
	if !m.TitleSlide() || m.left != 2*time.Second {
		t.Fatalf("under the help: title slide %v left %v", m.TitleSlide(), m.left)
	}
	m.Update(viewtest.Key("esc"))
	tick(m)
	tick(m)
	if m.TitleSlide() || m.Active() != "overview" {
		t.Fatalf("after the help closed: active %s, title slide %v; want overview", m.Active(), m.TitleSlide())
	}
}

// TestPresentDetailHolds: an open detail holds the countdown like the help.
func TestPresentDetailHolds(t *testing.T) {
	m := newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark, Present: true, Interval: 2 * time.Second, Tab: "zones"})
	m.Init()
	m.Update(viewtest.Key("4")) // past the title slide, which hides the tab's keys
	m.Update(viewtest.Key("enter"))
	for i := 0; i < 4; i++ {
		if tick(m) == nil {
			t.Fatalf("timer stopped under the detail")
		}
	}
	if m.Active() != "zones" {
		t.Fatalf("moved on with a detail open: active %s", m.Active())
	}
	m.Update(viewtest.Key("esc"))
	tick(m)
	tick(m)
	if m.Active() != "agreements" {
		t.Fatalf("after the detail closed: active %s, want agreements", m.Active())
	}
}

// While slides run, moving the selection holds the slide: the countdown
// waits (a34ab89 kept counting and changed the slide under the
// presenter) until space or the next tab.
func TestMovingHoldsTheSlide(t *testing.T) {
	m := newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark, Present: true, Interval: 3 * time.Second, Tab: "zones"})
	m.SetSize(120, 40)
	m.Update(viewtest.Key("right")) // past the title slide, onto the first slide
	start := m.Active()
	m.Update(viewtest.Key("j"))
	if !m.paused || !strings.Contains(ansi.Strip(m.Frame()), "The show waits while you move in the slide") {
		t.Fatalf("j on a slide did not hold it: paused %v", m.paused)
	}
	for i := 0; i < 6; i++ {
		tick(m)
	}
	if m.Active() != start {
		t.Fatalf("the slide changed under the presenter: %s → %s", start, m.Active())
	}
	m.Update(viewtest.Key("tab"))
	if m.paused || m.heldByMove {
		t.Fatalf("the next tab did not let the show run again")
	}
	m.Update(viewtest.Key("j"))
	m.Update(viewtest.Key("space"))
	if m.paused {
		t.Fatalf("space did not resume a held slide")
	}
}

// TestSlideHidesSelection: a slide draws no selection bar (no "›", no
// reversed row) until the presenter moves; the first move shows the
// selection where it is (the first row), the next moves it, and the next
// slide starts without one again. Outside presentation mode the
// selection always shows.
func TestSlideHidesSelection(t *testing.T) {
	reversed := func(f string) bool { return strings.Contains(f, "\x1b[7m") || strings.Contains(f, ";7m") }
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, tab := range []string{"fdi", "zones", "agreements", "targets"} {
			m := newWith(t, Options{Lang: lang, Theme: theme.Dark, Tab: tab})
			m.SetSize(160, 45)
			if f := m.Frame(); !strings.Contains(ansi.Strip(f), "›") {
				t.Fatalf("%s %s: no selection outside presentation mode", lang, tab)
			}
			m.Update(viewtest.Key("p"))
			m.Update(viewtest.Key("right")) // past the title slide
			m.SetActive(indexOf(TabIDs(), tab))
			f := m.Frame()
			if strings.Contains(ansi.Strip(f), "›") || reversed(f) {
				t.Errorf("%s %s: a slide shows a selection nobody chose:\n%s", lang, tab, ansi.Strip(f))
			}
			before := m.State().Row
			m.Update(viewtest.Key("j"))
			if f := ansi.Strip(m.Frame()); !strings.Contains(f, "›") {
				t.Errorf("%s %s: j did not show the selection:\n%s", lang, tab, f)
			}
			if got := m.State().Row; got != before {
				t.Errorf("%s %s: the first j moved the selection from %q to %q instead of showing it", lang, tab, before, got)
			}
			m.Update(viewtest.Key("j"))
			if got := m.State().Row; got == before {
				t.Errorf("%s %s: the second j did not move the selection from %q", lang, tab, before)
			}
			m.Update(viewtest.Key("tab"))
			if f := m.Frame(); strings.Contains(ansi.Strip(f), "›") || reversed(f) {
				t.Errorf("%s %s: the next slide kept the selection bar:\n%s", lang, tab, ansi.Strip(f))
			}
		}
	}
}

// TestShortSlideCentred: a slide whose list fits with room to spare (the
// former Bắc Giang's agreements and targets at 120×40) sits in the middle
// of the screen, the spare lines shared above and below it, instead of
// leaving the bottom half empty; the legend and citation stay at the
// bottom. The same tab outside presentation mode starts at the top.
func TestShortSlideCentred(t *testing.T) {
	for _, tab := range []string{"agreements", "targets"} {
		m := inCollection(t, "bac-giang", Options{Lang: i18n.EN, Theme: theme.Dark, Tab: tab}, 120, 40)
		lines := strings.Split(ansi.Strip(m.Frame()), "\n")
		if strings.TrimSpace(lines[2]) == "" {
			t.Fatalf("%s: outside presentation mode the tab does not start at the top:\n%s", tab, strings.Join(lines, "\n"))
		}
		m.Update(viewtest.Key("p"))
		m.Update(viewtest.Key("right"))
		m.SetActive(indexOf(TabIDs(), tab))
		lines = strings.Split(ansi.Strip(m.Frame()), "\n")
		above := 0
		for _, l := range lines[2:] {
			if strings.TrimSpace(l) != "" {
				break
			}
			above++
		}
		// The blank run between the content and the legend.
		last := len(lines) - 1
		for last > 0 && !strings.Contains(lines[last], "estimate") {
			last--
		}
		below := 0
		for i := last - 1; i > 0 && strings.TrimSpace(lines[i]) == ""; i-- {
			below++
		}
		if above < 5 || above-below > 1 || below-above > 1 {
			t.Errorf("%s: %d blank lines above the slide, %d below: not centred:\n%s", tab, above, below, strings.Join(lines, "\n"))
		}
	}
}
