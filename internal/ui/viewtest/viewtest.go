// Package viewtest is the shared test harness of the dashboard's tabs: a
// session context on the real bundled dataset, key presses, and the checks
// of the rendering rule (CONTRIBUTING: House rules). It is imported only from _test
// files, so it may use package testing; nothing in the binary links it.
package viewtest

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
)

// Data is the embedded Bắc Giang dataset (datasettest.Bundled), loaded
// through the same validation as the binary, failing the test if it does
// not load. Tests assert on the rows a user actually sees, not on a
// hand-built copy that can drift.
func Data(t testing.TB) *dataset.Dataset {
	t.Helper()
	return datasettest.Bundled(t)
}

// Collection is the bundled collection of provinces
// (datasettest.BundledSets), failing the test if it does not load: the
// lineage and national tables a merged province's tests need.
func Collection(t testing.TB) []*dataset.Dataset {
	t.Helper()
	return datasettest.BundledSets(t)
}

// Context is a session context on the bundled dataset in lang, with the
// mono theme: styles without colour keep ANSI-stripped assertions simple,
// and mono still sets reverse/bold, so selections remain testable.
func Context(t testing.TB, lang i18n.Lang) *common.Context {
	t.Helper()
	return ContextTheme(t, lang, theme.Mono)
}

// ContextTheme is Context with the given theme.
func ContextTheme(t testing.TB, lang i18n.Lang, th theme.Name) *common.Context {
	t.Helper()
	return ContextFor(Data(t), lang, th)
}

// ContextFor is a session context on d (a dataset a test built or altered,
// for example with a table emptied), shown alone: its scope is built once,
// as the dashboard builds a session's, not on every Scoped call.
func ContextFor(d *dataset.Dataset, lang i18n.Lang, th theme.Name) *common.Context {
	loc := i18n.New(lang)
	return &common.Context{Data: d, Scope: content.Single(d), Loc: loc, Styles: theme.New(th), Keys: common.NewKeyMap(loc, content.Default().Len())}
}

// ScopedContext is a session context on dataset d of collection sets with
// d's lineage in scope, as the dashboard opens a province.
func ScopedContext(sets []*dataset.Dataset, d *dataset.Dataset, lang i18n.Lang, th theme.Name) *common.Context {
	ctx := ContextFor(d, lang, th)
	ctx.Scope = content.NewScope(sets, d)
	return ctx
}

// Merged is a session context on the bundled collection's current province
// (the new Bắc Ninh) with its lineage in scope; the test fails when the
// bundled collection holds no merged province.
func Merged(t testing.TB, lang i18n.Lang) *common.Context {
	t.Helper()
	sets := Collection(t)
	ctx := ScopedContext(sets, content.Current(sets), lang, theme.Mono)
	if len(ctx.Scope.Pred) == 0 {
		t.Fatalf("the bundled collection's current province %s has no former province", ctx.Data.ID)
	}
	return ctx
}

// Predecessor is the former province id of ctx's scope; the test fails
// when the scope has no such province.
func Predecessor(t testing.TB, ctx *common.Context, id string) *dataset.Dataset {
	t.Helper()
	for _, p := range ctx.Scope.Pred {
		if p.ID == id {
			return p
		}
	}
	t.Fatalf("%s is not a predecessor of %s in the bundled collection", id, ctx.Data.ID)
	return nil
}

// namedKey is the key Press builds from its name; any other key must be a
// single printable character. A switch rather than a map keeps the package
// free of package-level variables.
func namedKey(s string) (tea.Key, bool) {
	switch s {
	case "enter":
		return tea.Key{Code: tea.KeyEnter}, true
	case "esc":
		return tea.Key{Code: tea.KeyEscape}, true
	case "tab":
		return tea.Key{Code: tea.KeyTab}, true
	case "shift+tab":
		return tea.Key{Code: tea.KeyTab, Mod: tea.ModShift}, true
	case "up":
		return tea.Key{Code: tea.KeyUp}, true
	case "down":
		return tea.Key{Code: tea.KeyDown}, true
	case "left":
		return tea.Key{Code: tea.KeyLeft}, true
	case "right":
		return tea.Key{Code: tea.KeyRight}, true
	case "pgup":
		return tea.Key{Code: tea.KeyPgUp}, true
	case "pgdown":
		return tea.Key{Code: tea.KeyPgDown}, true
	case "home":
		return tea.Key{Code: tea.KeyHome}, true
	case "end":
		return tea.Key{Code: tea.KeyEnd}, true
	case "ctrl+c":
		return tea.Key{Code: 'c', Mod: tea.ModCtrl}, true
	}
	return tea.Key{}, false
}

// Press is the key press a terminal sends for the key named s, as the key
// bindings name it ("j", "G", "enter", "pgdown", "shift+tab"). It panics on
// a name it cannot build, so a typo fails the test instead of pressing
// nothing.
func Press(s string) tea.KeyPressMsg {
	if _, ok := namedKey(s); !ok && len([]rune(s)) != 1 {
		panic(fmt.Sprintf("viewtest.Press: unknown key %q", s))
	}
	msg := Key(s)
	if msg.String() != s {
		panic(fmt.Sprintf("viewtest.Press: built %q for %q", msg.String(), s))
	}
	return msg
}

// Key is Press without its checks: the key named s, else the first rune
// of s with s as its text. The dashboard's own tests send it what no key
// binding names ("\r", " ", a timer's "tick" that no key matches) to see
// that nothing breaks, so there a name Press does not know is no error.
func Key(s string) tea.KeyPressMsg {
	if k, ok := namedKey(s); ok {
		return tea.KeyPressMsg(k)
	}
	return tea.KeyPressMsg{Code: []rune(s)[0], Text: s}
}

// PressAll sends the named keys to v in order.
func PressAll(v common.View, keys ...string) {
	for _, k := range keys {
		v.Update(Press(k))
	}
}

// CheckSize asserts the rendering rule: out has at most h lines, each at
// most w terminal cells (measured with ANSI sequences removed and wide
// characters counted twice).
func CheckSize(t testing.TB, out string, w, h int) {
	t.Helper()
	if err := sizeErr(out, w, h); err != nil {
		t.Fatal(err)
	}
}

// sizeErr is CheckSize's test, apart so the harness can test it.
func sizeErr(out string, w, h int) error {
	if out == "" {
		return nil
	}
	lines := strings.Split(out, "\n")
	if len(lines) > h {
		return fmt.Errorf("%d×%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			return fmt.Errorf("%d×%d: line %d is %d cells: %q", w, h, i, lw, ansi.Strip(l))
		}
	}
	return nil
}

// Sweep resizes v to every size from 0×0 to maxW×maxH in steps of stepW
// and stepH and checks each frame with CheckSize; a panic fails the test
// with the size that caused it.
func Sweep(t testing.TB, v common.View, maxW, maxH, stepW, stepH int) {
	t.Helper()
	stepW, stepH = max(1, stepW), max(1, stepH)
	for w := 0; w <= maxW; w += stepW {
		for h := 0; h <= maxH; h += stepH {
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("%d×%d: panic: %v", w, h, r)
					}
				}()
				v.SetSize(w, h)
				CheckSize(t, v.View(), w, h)
			}()
		}
	}
}

// Plain is s without ANSI sequences, for assertions on text.
func Plain(s string) string { return ansi.Strip(s) }

// Words is s with every run of spaces and line breaks as one space, so a
// text wrapped over several lines can be looked for as one.
func Words(s string) string { return strings.Join(strings.Fields(s), " ") }

// LineWith is the first line of out containing s, or "" if none does; tests
// use it to assert on one row of a table.
func LineWith(out, s string) string {
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

// SelectedLine is the line of frame out that carries the selection mark
// "›", "" when none does.
func SelectedLine(out string) string {
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "›") {
			return l
		}
	}
	return ""
}

// Show prints a frame under a label when the SHOW environment variable is
// set (SHOW=1 plain, SHOW=ansi with colour), to look at a tab from a test
// run: `SHOW=1 go test -run TestX ./internal/ui/views/fdi`.
func Show(label, out string) {
	switch os.Getenv("SHOW") {
	case "":
	case "ansi":
		fmt.Printf("---- %s\n%s\n", label, out)
	default:
		fmt.Printf("---- %s\n%s\n", label, Plain(out))
	}
}

// Scroller is the part of common.View that Unreached uses.
type Scroller interface {
	View() string
	Update(tea.Msg) tea.Cmd
}

// Unreached returns the lines of full (the same screen drawn tall enough to
// hold all of it) that v never shows while key is pressed, at most limit
// times, until its frame stops changing. Lines are compared without panel
// borders, padding and the scroll position mark ("↑ 3–17/25 ↓"), and blank
// lines do not count. An empty result means that scrolling reaches every
// line: the proof that nothing (a detail's source, the last source of a
// list) is cut off on a short terminal.
func Unreached(v Scroller, full, key string, limit int) []string {
	seen := map[string]bool{}
	prev := ""
	for i := 0; i <= limit; i++ {
		out := v.View()
		if i > 0 && out == prev {
			break
		}
		for _, l := range strings.Split(Plain(out), "\n") {
			seen[bare(l)] = true
			seen[bare(scrollMark(bare(l)))] = true
		}
		prev = out
		v.Update(Press(key))
	}
	var missing []string
	for _, l := range strings.Split(Plain(full), "\n") {
		if b := bare(l); b != "" && !seen[b] {
			missing = append(missing, b)
		}
	}
	return missing
}

// bare is a line without a panel's side borders, its padding and the
// blanks around it; a top or bottom border is bare "".
func bare(l string) string {
	l = strings.TrimSpace(strings.Trim(strings.TrimSpace(l), "│|"))
	if strings.Trim(l, "╭╮╰╯─+-") == "" {
		return ""
	}
	return l
}

// scrollMark removes common.ScrollMark from the end of a line (where a
// scrolled detail puts it beside its hint).
func scrollMark(l string) string {
	return scrollMarkRE().ReplaceAllString(l, "")
}

// scrollMarkRE matches common.ScrollMark; compiled per call because the
// package keeps no package-level state, and tests call it rarely.
func scrollMarkRE() *regexp.Regexp {
	return regexp.MustCompile(`\s*[↑ ] \d+–\d+/\d+ [↓ ]?\s*$`)
}

// ReachDetails opens the detail of each of the first n rows of v (a list
// tab, its list at the top) and fails the test if, at w×h, scrolling the
// detail with j never shows one of its lines as drawn at w×400, or if that
// tall detail has no source line ("label  [n] …", or "label  —" for a
// row whose source is unknown). v is
// left with its detail closed, on row n.
func ReachDetails(t testing.TB, v common.View, n, w, h int, label string) {
	t.Helper()
	for i := range n {
		v.SetSize(w, 400)
		v.Update(Press("enter"))
		full := v.View()
		if !cites(Plain(full), label) {
			t.Errorf("row %d: no numbered source after %q in its detail:\n%s", i, label, Plain(full))
		}
		v.SetSize(w, h)
		if miss := Unreached(v, full, "j", 400); len(miss) > 0 {
			t.Errorf("row %d at %d×%d: detail lines never shown: %q\n%s", i, w, h, miss, Plain(v.View()))
		}
		PressAll(v, "esc", "j")
	}
}

// ReachSources presses v faces times to reach its sources face and fails
// the test if, at w×h, scrolling with j never shows one of the lines drawn
// at w×400, or if G does not bring the last of them into view.
func ReachSources(t testing.TB, v common.View, faces, w, h int) {
	t.Helper()
	v.SetSize(w, 400)
	for range faces {
		v.Update(Press("v"))
	}
	full := v.View()
	v.SetSize(w, h)
	if miss := Unreached(v, full, "j", 400); len(miss) > 0 {
		t.Errorf("%d×%d: sources never shown: %q", w, h, miss)
	}
	PressAll(v, "g", "G")
	lines := strings.Split(strings.TrimRight(Plain(full), " \n"), "\n")
	last := bare(lines[len(lines)-1])
	if got := Plain(v.View()); last == "" || !strings.Contains(got, last) {
		t.Errorf("%d×%d: G does not show the last source line %q:\n%s", w, h, last, got)
	}
}

// cites reports whether a line of out has label followed by a source
// number "[n]" or, for a row whose source is unknown, the gap sign.
func cites(out, label string) bool {
	for _, l := range strings.Split(out, "\n") {
		if i := strings.Index(l, label); i >= 0 {
			rest := strings.TrimSpace(l[i+len(label):])
			if strings.HasPrefix(rest, "[") || strings.HasPrefix(rest, i18n.Gap) {
				return true
			}
		}
	}
	return false
}

// ASCIIContext is Context as --ascii builds it: Context.ASCII set and the
// styles switched to ASCII borders, so a test sees what PuTTY or an old
// console would be sent.
func ASCIIContext(t testing.TB, lang i18n.Lang) *common.Context {
	t.Helper()
	ctx := ContextTheme(t, lang, theme.Dark)
	ctx.ASCII = true
	ctx.Styles = ctx.Styles.WithASCII()
	return ctx
}

// NonASCIIGraphic returns the first box-drawing (U+2500–257F), block
// element (U+2580–259F) or braille (U+2800–28FF) character of s: what
// --ascii promises never to draw. Letters with diacritics (Vietnamese) and
// punctuation such as · or … are not graphics and pass.
func NonASCIIGraphic(s string) (rune, bool) {
	for _, r := range s {
		if (r >= 0x2500 && r <= 0x259f) || (r >= 0x2800 && r <= 0x28ff) {
			return r, true
		}
	}
	return 0, false
}

// ASCIISizes are the terminal sizes CheckASCII draws at: the smallest
// supported, a laptop and a projector.
func ASCIISizes() [][2]int { return [][2]int{{80, 24}, {120, 40}, {200, 60}} }

// CheckASCII draws v (already given an ASCIIContext) at every ASCIISizes
// size on each of its three faces, and on the chart face after each
// sequence of keys in states (for example {"enter"} to open a detail,
// followed by "esc" to close it), and fails the test at the first frame
// that has a NonASCIIGraphic. It returns the number of frames checked.
func CheckASCII(t testing.TB, v common.View, label string, states ...[]string) int {
	t.Helper()
	frames := 0
	check := func(what string, w, h int) {
		t.Helper()
		out := Plain(v.View())
		frames++
		if r, bad := NonASCIIGraphic(out); bad {
			t.Fatalf("%s %d×%d %s: %q (U+%04X) under --ascii:\n%s", label, w, h, what, r, r, out)
		}
	}
	for _, sz := range ASCIISizes() {
		w, h := sz[0], sz[1]
		v.SetSize(w, h)
		for f := range 3 {
			check(fmt.Sprintf("face %d", f), w, h)
			v.Update(Press("v"))
		}
		for _, keys := range states {
			PressAll(v, keys...)
			check(strings.Join(keys, " "), w, h)
			PressAll(v, "esc")
		}
	}
	return frames
}

// TestASCIITab is a tab's whole --ascii test: with an ASCII context no face,
// selection or detail draws box drawing, block elements or braille, at
// 80×24, 120×40 and 200×60 in both languages, plain and in presentation
// mode; and without --ascii the same tab does draw such characters, so the
// check can fail. newView makes a fresh tab.
func TestASCIITab(t *testing.T, newView func() common.View) {
	t.Helper()
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, present := range []bool{false, true} {
			ctx := ASCIIContext(t, lang)
			ctx.Present = present
			m := newView()
			m.SetContext(ctx)
			if n := CheckASCII(t, m, string(lang), []string{"j", "enter"}, []string{"v", "j", "enter"}); n == 0 {
				t.Fatal("no frame checked")
			}
		}
	}
	m := newView()
	m.SetContext(ContextTheme(t, i18n.EN, theme.Dark))
	m.SetSize(120, 40)
	if _, bad := NonASCIIGraphic(Plain(m.View())); !bad {
		t.Fatalf("without --ascii the chart face draws no box or block character:\n%s", Plain(m.View()))
	}
}
