package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// hasRows reports whether every line of the block g appears in frame.
func hasRows(frame, g string) bool {
	for _, r := range strings.Split(g, "\n") {
		if strings.TrimSpace(r) != "" && !strings.Contains(frame, r) {
			return false
		}
	}
	return true
}

// TestTitleSlide: --present opens on the title slide, in place of the tab:
// the province's name in big type (the Vietnamese marks drawn), the as-of
// date, the merger notice with its source number, and the countdown
// saying where the show stands. Without --present, and when `p` starts
// presenting later, there is none.
func TestTitleSlide(t *testing.T) {
	d := viewtest.Data(t)
	_, src, _ := d.SourceByID(d.Lineage.Source)
	for _, c := range []struct {
		lang          i18n.Lang
		asof, footer  string
		notice, label string
	}{
		{i18n.VI, "01/07/2025", "▶ trang tiêu đề · 15s", "Từ ngày 01/07/2025", "số liệu đến"},
		{i18n.EN, "1 Jul 2025", "▶ title slide · 15s", "On 1 Jul 2025", "data as of"},
	} {
		for _, sz := range [][2]int{{60, 16}, {80, 24}, {120, 40}, {200, 60}} {
			m := newWith(t, Options{Lang: c.lang, Theme: theme.Dark, Present: true})
			m.SetSize(sz[0], sz[1])
			if !m.TitleSlide() {
				t.Fatalf("--present: no title slide")
			}
			f := ansi.Strip(m.Frame())
			what := fmt.Sprintf("%s %v", c.lang, sz)
			// Big type, or on a wide screen larger still (ScaleBlocks).
			big, _ := common.BigText("Bắc Giang", false)
			found := 0
			for k := 1; k <= maxTitleScale; k++ {
				if g, _ := common.ScaleBlocks(big, k); hasRows(f, strings.TrimRight(g, " \n")) {
					found = k
				}
			}
			if found == 0 || (sz[0] >= 120) != (found > 1) {
				t.Errorf("%s: the name is not in big type (scale %d):\n%s", what, found, f)
			}
			if !strings.Contains(f, c.notice) || !strings.Contains(f, fmt.Sprintf("[%d]", src)) {
				t.Errorf("%s: no merger notice with its source [%d]:\n%s", what, src, f)
			}
			if !strings.Contains(f, c.label) {
				t.Errorf("%s: no as-of date:\n%s", what, f)
			}
			if date, _ := common.BigText(c.asof, false); !hasRows(f, date) && !strings.Contains(f, c.asof) {
				t.Errorf("%s: no as-of date %s:\n%s", what, c.asof, f)
			}
			if got := lastLine(m.Frame()); !strings.Contains(got, c.footer) {
				t.Errorf("%s: footer %q, want %q", what, got, c.footer)
			}
			if strings.Contains(f, "GRDP") {
				t.Errorf("%s: the overview shows through the title slide:\n%s", what, f)
			}
		}
	}
	m := newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark})
	if m.TitleSlide() {
		t.Fatalf("title slide without --present")
	}
	m.Update(viewtest.Key("p"))
	if m.TitleSlide() {
		t.Fatalf("p started presenting on the title slide: it opens a --present session only")
	}
}

// TestTitleSlideTimer: when the interval runs out the title slide gives
// way to the first slide, not to the tab after the one beneath it.
func TestTitleSlideTimer(t *testing.T) {
	for _, c := range []struct {
		o    Options
		want string
	}{
		{Options{Tab: "zones"}, "overview"},
		{Options{Tab: "gdp", Slides: []string{"fdi", "gdp"}}, "fdi"},
	} {
		o := c.o
		o.Lang, o.Theme, o.Present, o.Interval = i18n.EN, theme.Dark, true, 2*time.Second
		m := newWith(t, o)
		m.Init()
		tick(m)
		if !m.TitleSlide() {
			t.Fatalf("%v: the title slide closed after 1 s of 2", o.Slides)
		}
		tick(m)
		if m.TitleSlide() || m.Active() != c.want {
			t.Fatalf("%v: after the interval: title slide %v, active %s; want %s", o.Slides, m.TitleSlide(), m.Active(), c.want)
		}
	}
}

// TestTitleSlideKeys: → and tab go on to the first slide, as the timer
// does; ← closes the title slide on the tab beneath it; a jump key or a
// click on a tab closes it and does what it always does; p closes it with presentation
// mode; the help opens over it and closes back to it; theme and language
// keep it; keys meant for the hidden tab (↓, enter, v) do nothing.
func TestTitleSlideKeys(t *testing.T) {
	open := func() *Model {
		m := newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark, Present: true, Tab: "gdp"})
		m.Init()
		return m
	}
	for _, c := range []struct {
		key, want string
	}{{"right", "overview"}, {"left", "gdp"}, {"tab", "overview"}, {"l", "overview"}, {"4", "zones"}, {"2", "gdp"}} {
		m := open()
		m.Update(viewtest.Key(c.key))
		if m.TitleSlide() || m.Active() != c.want {
			t.Errorf("%s: title slide %v, active %s; want %s", c.key, m.TitleSlide(), m.Active(), c.want)
		}
		if f := ansi.Strip(m.Frame()); !strings.Contains(lastLine(f), "/6 · 15s") {
			t.Errorf("%s: footer %q, want a fresh countdown", c.key, lastLine(f))
		}
	}
	m := open()
	_, hits := m.tabLayout()
	h := hits[4]
	m.Update(tea.MouseClickMsg{X: (h.x0 + h.x1) / 2, Y: 0, Button: tea.MouseLeft})
	if m.TitleSlide() || m.Active() != "agreements" {
		t.Errorf("click on tab 5: title slide %v, active %s", m.TitleSlide(), m.Active())
	}
	m = open()
	m.Update(tea.MouseClickMsg{X: 30, Y: 20, Button: tea.MouseLeft})
	if !m.TitleSlide() {
		t.Errorf("a click on the slide (the hidden chart) closed it")
	}
	m.Update(viewtest.Key("p"))
	if on, _ := m.Presenting(); on || m.TitleSlide() || m.Active() != "gdp" {
		t.Errorf("p: presenting %v, title slide %v, active %s", on, m.TitleSlide(), m.Active())
	}

	m = open()
	face := func() common.Face { return m.views[m.active].(interface{ Face() common.Face }).Face() }
	before := ansi.Strip(m.Frame())
	for _, k := range []string{"down", "enter", "v", "j", "G"} {
		m.Update(viewtest.Key(k))
	}
	if !m.TitleSlide() || face() != common.FaceChart || m.views[m.active].Capturing() {
		t.Errorf("keys for the hidden tab acted: title slide %v, face %v, detail %v", m.TitleSlide(), face(), m.views[m.active].Capturing())
	}
	if after := ansi.Strip(m.Frame()); after != before {
		t.Errorf("the slide changed under tab keys:\n%s", after)
	}
	m.Update(viewtest.Key("?"))
	if !strings.Contains(m.Frame(), "? or esc closes") || !m.TitleSlide() {
		t.Errorf("help not shown over the title slide")
	}
	m.Update(viewtest.Key("esc"))
	m.Update(viewtest.Key("L"))
	m.Update(viewtest.Key("t"))
	if f := ansi.Strip(m.Frame()); !m.TitleSlide() || !strings.Contains(f, "Từ ngày") {
		t.Errorf("after ?, esc, L, t: title slide %v:\n%s", m.TitleSlide(), f)
	}
}

// TestTitleSlideFallback: a name the font cannot draw, or too wide for the
// screen, is written whole in normal type (wrapped, never cut); a dataset
// without a merger notice or an as-of date shows neither.
func TestTitleSlideFallback(t *testing.T) {
	d := viewtest.Data(t)
	for _, c := range []struct {
		name string
		w    int
	}{
		{"Bắc Giang (cũ)", 80}, // "(" has no glyph
		// Too wide for big type, and for one line: wrapped on spaces, or
		// inside the word that has none.
		{"Thành phố Hồ Chí Minh và các tỉnh vùng kinh tế trọng điểm phía Nam", 60},
		{strings.Repeat("Tỉnhcómộttênrấtdàikhôngcódấucách", 3), 60},
	} {
		dd := *d
		dd.Name = dataset.Text{VI: c.name, EN: c.name}
		m, err := New(Options{Data: &dd, Lang: i18n.VI, Present: true, Theme: theme.Dark})
		if err != nil {
			t.Fatal(err)
		}
		m.SetSize(c.w, 24)
		f := ansi.Strip(m.Frame())
		joined := strings.Join(strings.Fields(strings.ReplaceAll(f, "\n", " ")), "")
		if !strings.Contains(joined, strings.ReplaceAll(c.name, " ", "")) {
			t.Errorf("%q at %d: the name is not whole:\n%s", c.name, c.w, f)
		}
		if _, ok := common.BigText(c.name, false); ok && common.BigTextWidth(c.name, false) <= c.w {
			t.Errorf("%q: the case does not test the fallback", c.name)
		}
	}
	dd := *d
	dd.Merger, dd.AsOf, dd.Lineage = dataset.Text{}, "", dataset.Lineage{}
	m, err := New(Options{Data: &dd, Lang: i18n.EN, Present: true, Theme: theme.Dark})
	if err != nil {
		t.Fatal(err)
	}
	m.SetSize(80, 24)
	if f := ansi.Strip(m.Frame()); strings.Contains(f, "▌") || strings.Contains(f, "as of") {
		t.Errorf("no merger and no as-of date, yet:\n%s", f)
	}
}

// TestTitleSlideNoticeCut: on a screen too short for the whole notice it
// is cut with …, and keeps its source number.
func TestTitleSlideNoticeCut(t *testing.T) {
	d := viewtest.Data(t)
	_, src, _ := d.SourceByID(d.Lineage.Source)
	m := newWith(t, Options{Lang: i18n.VI, Theme: theme.Dark, Present: true})
	m.SetSize(60, 16)
	m.Frame()
	for h := 16; h <= 24; h++ {
		m.SetSize(60, h)
		f := ansi.Strip(m.Frame())
		if !strings.Contains(f, fmt.Sprintf("[%d]", src)) || !strings.Contains(f, "Từ ngày") {
			t.Errorf("60×%d: notice or its source [%d] missing:\n%s", h, src, f)
		}
	}
	// Narrow and short: the notice does not fit whole.
	m.SetSize(60, 16)
	m.Update(viewtest.Key("?"))
	m.Update(viewtest.Key("esc"))
	m.opts.Data = func() *dataset.Dataset {
		dd := *d
		dd.Lineage.Became.Name = dataset.Text{VI: strings.Repeat("Bắc Ninh mới rất dài ", 40), EN: "Bắc Ninh"}
		return &dd
	}()
	m.applyContext()
	f := ansi.Strip(m.Frame())
	if !strings.Contains(f, "…") || !strings.Contains(f, fmt.Sprintf("[%d]", src)) {
		t.Errorf("a long notice at 60×16: not cut with … or no source:\n%s", f)
	}
}

// TestTitleSlideSizes: the title slide keeps the size rule at every size
// from 0×0 to 1000×1000, in both languages, with and without --ascii, in
// the themes (light paints its background), and on a hostile dataset
// without any of its escape sequences reaching the frame.
func TestTitleSlideSizes(t *testing.T) {
	d := viewtest.Data(t)
	sets := map[string]*dataset.Dataset{"bundled": d, "hostile": datasettest.Hostile(d)}
	for name, ds := range sets {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			for _, th := range []theme.Name{theme.Dark, theme.Light, theme.Mono} {
				for _, ascii := range []bool{false, true} {
					m, err := New(Options{Data: ds, Lang: lang, Theme: th, ASCII: ascii, Present: true})
					if err != nil {
						t.Fatal(err)
					}
					// Every size the other sweeps cross on the bundled
					// data in the dark theme; the face sweeps' fewer
					// sizes for the rest (each resize also lays out the
					// tab beneath the slide, which is most of the cost).
					sizes := faceSizes()
					if th == theme.Dark && name == "bundled" && !ascii {
						sizes = viewtest.SweepSizes()
					} else if viewtest.RaceEnabled {
						// Under the race detector a 1000-cell side costs
						// seconds here; the full sweep above keeps it.
						sizes = []int{0, 16, 60, 121}
					}
					for _, w := range sizes {
						for _, h := range sizes {
							m.SetSize(w, h)
							f := m.Frame()
							what := fmt.Sprintf("%s %s %s ascii=%v", name, lang, th, ascii)
							viewtest.CheckFrame(t, f, w, h, what)
							if !m.TitleSlide() {
								t.Fatalf("%s: the title slide closed", what)
							}
							if name == "hostile" && w == 120 && h == 40 {
								if bad := datasettest.UnsafeLinks(f, sourceURLs(ds)); bad != "" {
									t.Errorf("%s: %s", what, bad)
								}
							}
						}
					}
				}
			}
		}
	}
}
