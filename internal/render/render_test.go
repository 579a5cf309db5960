package render

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui"
)

func opts(t testing.TB, tab string, lang i18n.Lang) ui.Options {
	t.Helper()
	d, err := data.Bundled()
	if err != nil {
		t.Fatalf("bundled data: %v", err)
	}
	return ui.Options{Data: d, Lang: lang, Tab: tab}
}

// TestGolden compares every tab at 80×24, 120×40 and 200×60 in plain text
// and in 256 colours with testdata/. Update with: go test ./internal/render -update
// and read the diff before committing it.
func TestGolden(t *testing.T) {
	sizes := [][2]int{{80, 24}, {120, 40}, {200, 60}}
	profiles := map[string]colorprofile.Profile{"plain": colorprofile.NoTTY, "256": colorprofile.ANSI256}
	for _, tab := range ui.TabIDs() {
		for _, sz := range sizes {
			for name, p := range profiles {
				t.Run(fmt.Sprintf("%s/%dx%d/%s", tab, sz[0], sz[1], name), func(t *testing.T) {
					s, err := Frame(Options{UI: opts(t, tab, i18n.VI), Width: sz[0], Height: sz[1], Profile: p})
					if err != nil {
						t.Fatal(err)
					}
					if n := strings.Count(s, "\n") + 1; n != sz[1] {
						t.Fatalf("frame has %d lines, want exactly %d", n, sz[1])
					}
					if p == colorprofile.NoTTY && strings.Contains(s, "\x1b[") {
						t.Fatalf("plain frame contains escape sequences")
					}
					golden.RequireEqual(t, s)
				})
			}
		}
	}
}

// TestLanguages: the same tab in vi and en formats numbers differently.
func TestLanguages(t *testing.T) {
	vi, err := Frame(Options{UI: opts(t, "overview", i18n.VI), Width: 120, Height: 40, Profile: colorprofile.NoTTY})
	if err != nil {
		t.Fatal(err)
	}
	en, err := Frame(Options{UI: opts(t, "overview", i18n.EN), Width: 120, Height: 40, Profile: colorprofile.NoTTY})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(vi, "13,85 %") {
		t.Errorf("vi overview lacks 13,85 %%:\n%s", vi)
	}
	if !strings.Contains(en, "13.85%") {
		t.Errorf("en overview lacks 13.85%%:\n%s", en)
	}
}

func TestUnknownTab(t *testing.T) {
	_, err := Frame(Options{UI: opts(t, "nope", i18n.VI), Width: 80, Height: 24})
	if err == nil || !strings.Contains(err.Error(), "unknown tab") {
		t.Fatalf("err = %v, want unknown tab", err)
	}
}

// BenchmarkRender measures what `provdash render` does after loading: build
// the model, lay out and draw one 200×60 frame, reduce it to 256 colours.
// WriteModel writes the frame and one final newline, and does not copy
// the frame to add it.
func TestWriteModelCopiesNothing(t *testing.T) {
	m, err := ui.New(opts(t, "overview", i18n.EN))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := WriteModel(&b, m, 200, 60, colorprofile.TrueColor); err != nil {
		t.Fatal(err)
	}
	frame := Draw(m, 200, 60, colorprofile.TrueColor)
	if b.String() != frame+"\n" {
		t.Fatalf("WriteModel wrote %d bytes, want the %d-byte frame and a newline", b.Len(), len(frame))
	}
	if n := testing.AllocsPerRun(10, func() { _ = write(io.Discard, frame) }); n != 0 {
		t.Errorf("writing a %d-byte frame allocates %.0f times, want 0", len(frame), n)
	}
}

func BenchmarkRender(b *testing.B) {
	for _, tab := range ui.TabIDs() {
		o := Options{UI: opts(b, tab, i18n.VI), Width: 200, Height: 60, Profile: colorprofile.ANSI256}
		b.Run(tab, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Frame(o); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLoadAndRender is the whole in-process path of `provdash render`:
// load and validate the embedded dataset, then draw a frame.
func BenchmarkLoadAndRender(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		d := datasettest.Bundled(b)
		if _, err := Frame(Options{UI: ui.Options{Data: d, Lang: i18n.VI}, Width: 200, Height: 60, Profile: colorprofile.ANSI256}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestGoldenProvinces: every tab of each bundled province, as the
// dashboard opens it within the bundled collection (so the new Bắc Ninh
// shows its predecessors beside its own figures, and each predecessor
// says what it became), in both languages at DESIGN's three sizes, as
// plain text. TestGolden covers Bắc Giang alone, in 256 colours too.
func TestGoldenProvinces(t *testing.T) {
	sets := datasettest.BundledSets(t)
	for _, d := range content.Provinces(sets) {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			for _, tab := range ui.TabIDs() {
				for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
					t.Run(fmt.Sprintf("%s/%s/%s/%dx%d", d.ID, lang, tab, sz[0], sz[1]), func(t *testing.T) {
						o := ui.Options{Data: d, Collection: sets, Lang: lang, Tab: tab}
						s, err := Frame(Options{UI: o, Width: sz[0], Height: sz[1], Profile: colorprofile.NoTTY})
						if err != nil {
							t.Fatal(err)
						}
						if n := strings.Count(s, "\n") + 1; n != sz[1] {
							t.Fatalf("frame has %d lines, want exactly %d", n, sz[1])
						}
						golden.RequireEqual(t, s)
					})
				}
			}
		}
	}
}
