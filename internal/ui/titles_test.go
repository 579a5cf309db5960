package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// yearRE finds the year a title is about.
var yearRE = regexp.MustCompile(`\b(19|20)\d\d\b`)

// cutLosesYear reports a line where a prefix of title is cut with "…" and
// the title's year does not follow the cut.
func cutLosesYear(line, title, year string) bool {
	rs := []rune(title)
	for k := len(rs) - 1; k >= max(8, len(rs)/2); k-- {
		cut := string(rs[:k]) + "…"
		if i := strings.Index(line, cut); i >= 0 {
			return !strings.Contains(line[i+len(cut):], year)
		}
	}
	return false
}

// Every tab, face, detail and overlay, in both languages, from 60×16 to
// 250×80: no title that carries a year loses it to a cut, and no "!key"
// from a missing translation reaches the screen.
func TestTitlesKeepTheirYear(t *testing.T) {
	d, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	bang := regexp.MustCompile(`![a-z]+\.[a-z_.]+`)
	states := map[string][]string{
		"chart": nil, "table": {"v"}, "sources": {"v", "v"},
		"detail": {"enter"}, "table detail": {"v", "down", "enter"}, "help": {"?"}, "search": {"/", "h", "a", "n"},
	}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		loc := i18n.New(lang)
		var titles []string
		for _, h := range d.Headline {
			titles = append(titles, loc.Pick(h.Label))
		}
		for _, tab := range content.Default().Tabs() {
			p := tab.Page(content.Single(d), loc)
			titles = append(titles, p.Title)
			for _, s := range p.Sections {
				titles = append(titles, s.Title)
			}
		}
		sizes := [][2]int{{60, 16}, {80, 24}, {100, 30}, {120, 40}, {160, 50}, {200, 60}, {250, 80}}
		if viewtest.RaceEnabled {
			sizes = [][2]int{{60, 16}, {100, 30}, {250, 80}}
		}
		for _, sz := range sizes {
			for i := range content.Default().Len() {
				for state, keys := range states {
					m, err := New(Options{Data: d, Lang: lang})
					if err != nil {
						t.Fatal(err)
					}
					m.SetSize(sz[0], sz[1])
					m.SetActive(i)
					for _, k := range keys {
						m.Update(viewtest.Key(k))
					}
					frame := ansi.Strip(m.Frame())
					if k := bang.FindString(frame); k != "" {
						t.Errorf("%s %v %s %s: %q on screen", lang, sz, m.Active(), state, k)
					}
					for _, title := range titles {
						y := yearRE.FindString(title)
						if y == "" {
							continue
						}
						for _, line := range strings.Split(frame, "\n") {
							if cutLosesYear(line, title, y) {
								t.Errorf("%s %v %s %s: %q lost its year: %q", lang, sz, m.Active(), state, title, line)
							}
						}
					}
				}
			}
		}
	}
}
