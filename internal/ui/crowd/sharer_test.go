package crowd

import (
	"fmt"
	"math/rand/v2"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestSharedTabsMatchOwn: sessions of one server opening a tab they have
// not drawn yet take the frame the first of them composed, and it is the
// frame they would have drawn themselves, before and after a key of their
// own builds the tab. A session at another focus year, language or face
// does not get it. It fails when the frame key leaves out what the frame
// depends on, when a shared frame is used for a tab already drawn, or when
// tabbing on builds the tabs passed over.
func TestSharedTabsMatchOwn(t *testing.T) {
	d := viewtest.Data(t)
	cache := NewFrameCache(16)
	session := func(o ui.Options, c *FrameCache) *Sharer { return sharing(t, d, o, c) }
	first := session(ui.Options{Lang: i18n.EN}, cache)
	second := session(ui.Options{Lang: i18n.EN}, cache)
	own := session(ui.Options{Lang: i18n.EN}, nil)
	keys := func(m *Sharer, ks ...string) {
		for _, k := range ks {
			m.Update(viewtest.Key(k))
		}
	}

	for _, k := range []string{"tab", "3", "5", "shift+tab"} {
		keys(first, k)
		keys(second, k)
		keys(own, k)
		if !second.Pending() {
			t.Fatalf("after %q the second session built %s itself: the first one's frame was not used", k, second.Active())
		}
		if got, want := second.Frame(), own.Frame(); got != want {
			t.Fatalf("after %q the shared frame differs from the session's own:\n%s\n---\n%s", k, ansi.Strip(got), ansi.Strip(want))
		}
		if second.Active() != own.Active() {
			t.Fatalf("after %q: tab %s, want %s", k, second.Active(), own.Active())
		}
	}
	// Tabbing on from a shared frame built none of the tabs passed over.
	for _, i := range []int{1, 2, 4} {
		if id := ui.TabIDs()[i]; second.dash.Built(id) {
			t.Errorf("tab %s, passed over, was built", id)
		}
	}
	// A key inside the tab builds it first: the session goes on from
	// what it was shown.
	keys(second, "j", "j")
	keys(own, "j", "j")
	if second.Pending() || second.Frame() != own.Frame() {
		t.Fatalf("after a key of its own the frames differ:\n%s\n---\n%s", ansi.Strip(second.Frame()), ansi.Strip(own.Frame()))
	}
	// A tab already drawn is this session's own, selection and all.
	keys(second, "3")
	keys(own, "3")
	keys(second, "4")
	keys(own, "4")
	if second.Pending() {
		t.Fatalf("a tab the session had drawn came from the cache")
	}
	if second.Frame() != own.Frame() {
		t.Fatalf("back on a drawn tab the frames differ:\n%s\n---\n%s", ansi.Strip(second.Frame()), ansi.Strip(own.Frame()))
	}

	// Another focus year, language or face: the frame is not the first
	// session's, and is the session's own.
	for _, c := range []struct {
		name string
		o    ui.Options
		pre  []string
	}{
		{"an earlier focus year", ui.Options{Lang: i18n.EN}, []string{"["}},
		{"Vietnamese", ui.Options{Lang: i18n.VI}, nil},
		{"the table face", ui.Options{Lang: i18n.EN, Face: "table"}, nil},
	} {
		m := session(c.o, cache)
		ref := session(c.o, nil)
		keys(m, c.pre...)
		keys(ref, c.pre...)
		keys(m, "2")
		keys(ref, "2")
		if m.Pending() {
			t.Errorf("%s: took the frame of a session in another state", c.name)
		}
		if m.Frame() != ref.Frame() {
			t.Errorf("%s: the frame differs from the session's own", c.name)
		}
	}
}

// TestPresentingDrawsItsOwnTabs: a presenting session builds the tabs it
// moves to (its footer counts its own slides down), even when another
// session drew them.
func TestPresentingDrawsItsOwnTabs(t *testing.T) {
	d := viewtest.Data(t)
	cache := NewFrameCache(16)
	other := sharing(t, d, ui.Options{Lang: i18n.EN}, cache)
	m := sharing(t, d, ui.Options{Lang: i18n.EN}, cache)
	other.Update(viewtest.Key("2"))
	m.Update(viewtest.Key("p"))
	m.Update(viewtest.Key("2"))
	if m.Pending() {
		t.Fatal("a presenting session took a shared frame")
	}
}

// TestSharedFramesAnyKeys: along random key sequences (tabs, rows, faces,
// years, help, search, theme, language, resizes), a session that shares
// frames with other sessions of the server shows at every step the frame
// it would draw on its own. The session that fills the cache presses the
// same keys most of the time and others now and then, so the cache holds
// frames of states near and far; sessions start afresh every 30 keys, so
// tabs are opened for the first time again and again.
func TestSharedFramesAnyKeys(t *testing.T) {
	d := viewtest.Data(t)
	keys := []string{"tab", "tab", "shift+tab", "right", "left", "1", "2", "3", "4", "5", "j", "k", "down", "pgdown",
		"g", "G", "v", "enter", "esc", "[", "]", "?", "/", "a", "n", "t", "L", "x"}
	took, steps := 0, 0
	for seed := range uint64(8) {
		rng := rand.New(rand.NewPCG(seed, 7))
		cache := NewFrameCache(8)
		w, h := 100, 30
		for range 4 {
			o := ui.Options{Lang: []i18n.Lang{i18n.EN, i18n.VI}[rng.IntN(2)]}
			other, shared := sharing(t, d, o, cache), sharing(t, d, o, cache)
			own := sharing(t, d, o, nil)
			var path []string
			for _, m := range []*Sharer{other, shared, own} {
				m.Update(tea.WindowSizeMsg{Width: w, Height: h})
			}
			for step := range 30 {
				k := keys[rng.IntN(len(keys))]
				path = append(path, k)
				if rng.IntN(10) < 7 {
					other.Update(viewtest.Key(k))
				} else {
					other.Update(viewtest.Key(keys[rng.IntN(len(keys))]))
				}
				other.Frame()
				if step == 20 {
					w, h = 80+rng.IntN(60), 24+rng.IntN(20)
					for _, m := range []*Sharer{other, shared, own} {
						m.Update(tea.WindowSizeMsg{Width: w, Height: h})
					}
					path = append(path, fmt.Sprintf("%d×%d", w, h))
				}
				shared.Update(viewtest.Key(k))
				own.Update(viewtest.Key(k))
				if got, want := shared.Frame(), own.Frame(); got != want {
					t.Fatalf("seed %d, after %v:\nshared:\n%s\n---\nown:\n%s", seed, path, ansi.Strip(got), ansi.Strip(want))
				}
				if shared.Active() != own.Active() {
					t.Fatalf("seed %d, after %v: tab %s, own %s", seed, path, shared.Active(), own.Active())
				}
				steps++
				if shared.Pending() {
					took++
				}
			}
		}
	}
	if took == 0 {
		t.Fatal("no step showed a shared frame: the test tests nothing")
	}
	t.Logf("%d of %d steps showed a shared frame", took, steps)
}
