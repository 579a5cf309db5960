package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestSlidesOrder: presentation mode cycles through --slides in the order
// given, after the title slide, and the countdown counts slides.
func TestSlidesOrder(t *testing.T) {
	m := newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark, Present: true, Interval: time.Second,
		Slides: []string{"fdi", "overview", "gdp"}})
	m.Init()
	if got := m.Slides(); !slices.Equal(got, []string{"fdi", "overview", "gdp"}) {
		t.Fatalf("Slides() = %v", got)
	}
	want := []struct{ tab, footer string }{
		{"fdi", "▶ 1/3 · 1s"}, {"overview", "▶ 2/3 · 1s"}, {"gdp", "▶ 3/3 · 1s"}, {"fdi", "▶ 1/3 · 1s"},
	}
	for i, w := range want {
		tick(m)
		if m.TitleSlide() || m.Active() != w.tab || !strings.Contains(lastLine(m.Frame()), w.footer) {
			t.Fatalf("tick %d: active %s footer %q; want %s and %q", i+1, m.Active(), lastLine(m.Frame()), w.tab, w.footer)
		}
	}
}

// TestSlidesOffTrack: a tab that is not a slide, reached by hand, shows
// "–/3"; the next tick goes to the slide after the last one shown. The tab
// keys still reach every tab.
func TestSlidesOffTrack(t *testing.T) {
	m := newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark, Present: true, Interval: time.Second,
		Slides: []string{"overview", "gdp", "fdi"}})
	m.Init()
	tick(m) // overview
	tick(m) // gdp
	m.Update(viewtest.Key("4"))
	if m.Active() != "zones" || !strings.Contains(lastLine(m.Frame()), "▶ –/3 · 1s") {
		t.Fatalf("on zones: active %s footer %q", m.Active(), lastLine(m.Frame()))
	}
	m.Update(viewtest.Key("right")) // agreements: still not a slide
	tick(m)
	if m.Active() != "fdi" {
		t.Fatalf("after gdp, zones and agreements the timer went to %s, want fdi", m.Active())
	}
	// A slide reached by hand is the new place in the show.
	m.Update(viewtest.Key("1"))
	m.Update(viewtest.Key("5"))
	tick(m)
	if m.Active() != "gdp" {
		t.Fatalf("after overview (by hand) and agreements the timer went to %s, want gdp", m.Active())
	}
	// Presenting with p on a tab outside the slides starts from the first.
	m = newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark, Interval: time.Second, Tab: "zones",
		Slides: []string{"gdp", "fdi"}})
	m.Update(viewtest.Key("p"))
	tick(m)
	if m.Active() != "gdp" {
		t.Fatalf("p on zones, then the interval: %s, want gdp", m.Active())
	}
	m = newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark, Present: true, ASCII: true, Slides: []string{"gdp"}})
	m.Update(viewtest.Key("3"))
	if got := lastLine(m.Frame()); !strings.Contains(got, "> -/1") {
		t.Fatalf("--ascii off the slides: footer %q", got)
	}
}

// TestSlidesDefault: without --slides every tab is a slide, in order.
func TestSlidesDefault(t *testing.T) {
	m := newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark})
	if got := m.Slides(); !slices.Equal(got, TabIDs()) {
		t.Fatalf("Slides() = %v, want %v", got, TabIDs())
	}
}

// TestSlidesInvalid: an id the registry lacks, or one given twice, is an
// error naming it (and, when unknown, the valid ids).
func TestSlidesInvalid(t *testing.T) {
	d := viewtest.Data(t)
	for _, c := range []struct {
		slides []string
		want   []string
	}{
		{[]string{"overview", "gpd"}, []string{`"gpd"`, "overview, gdp, fdi, zones, agreements"}},
		{[]string{"fdi", "gdp", "fdi"}, []string{`"fdi"`, "twice"}},
	} {
		_, err := New(Options{Data: d, Slides: c.slides})
		for _, w := range c.want {
			if err == nil || !strings.Contains(err.Error(), w) {
				t.Errorf("Slides %v: err %v, want it to name %s", c.slides, err, w)
			}
		}
	}
}
