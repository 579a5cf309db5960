package ui

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/plain"
	"github.com/provdash/provdash/internal/report"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// faceCites renders tab's view on face f at a size tall enough to hold all
// of it (no scrolling hides a row) and returns the source ids it cites.
func faceCites(t *testing.T, sc *content.Scope, loc *i18n.Locale, tab content.Tab, f common.Face) []string {
	t.Helper()
	v := newView(tab)
	v.(common.Faced).SetFace(f)
	v.SetContext(&common.Context{Data: sc.D, Scope: sc, Loc: loc, Styles: theme.New(theme.Mono), Keys: common.NewKeyMap(loc, 5)})
	v.SetSize(400, 5000)
	return numbers(sc, content.CitedIn(sc, ansi.Strip(v.View())))
}

// numbers is the sorted source numbers of ids in sc: two ids may be one
// source (a predecessor's copy of one the province cites), which every
// face prints under its one number.
func numbers(sc *content.Scope, ids []string) []string {
	var out []string
	for _, id := range ids {
		if _, n, ok := sc.SourceByID(id); ok {
			out = append(out, fmt.Sprintf("%03d", n))
		}
	}
	return sortedUnique(out)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sortedUnique(ids []string) []string {
	m := map[string]bool{}
	for _, id := range ids {
		m[id] = true
	}
	return sortedKeys(m)
}

// For every tab, the sources cited by its table face, its sources face,
// plain mode and the report's section for it are the same set: one content
// model beneath every face. Checked on the bundled data and on the
// synthetic collection (all 63 provinces), in both languages.
func TestEveryFaceCitesTheSameSources(t *testing.T) {
	bundled := viewtest.Collection(t)
	synth := syntheticSets(t)
	if viewtest.RaceEnabled {
		synth = synth[:5]
	}
	var scopes []*content.Scope
	for _, d := range content.Provinces(bundled) {
		scopes = append(scopes, content.NewScope(bundled, d))
	}
	for _, d := range synth {
		scopes = append(scopes, content.Single(d))
	}
	for _, sc := range scopes {
		d := sc.D
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			loc := i18n.New(lang)
			for _, tab := range content.Default().Tabs() {
				want := numbers(sc, tab.Page(sc, loc).Sources())
				if len(want) == 0 && (tab.ID != "targets" || len(d.Targets) > 0) {
					t.Fatalf("%s %s %s: the page cites nothing", d.ID, lang, tab.ID)
				}
				pl, err := plain.TabSources(sc, loc, tab.ID)
				if err != nil {
					t.Fatal(err)
				}
				rep, err := report.TabSources(sc, loc, tab.ID)
				if err != nil {
					t.Fatal(err)
				}
				faces := map[string][]string{
					"table face":   faceCites(t, sc, loc, tab, common.FaceTable),
					"sources face": faceCites(t, sc, loc, tab, common.FaceSources),
					"plain":        numbers(sc, pl),
					"report":       numbers(sc, rep),
				}
				for name, got := range faces {
					if !slices.Equal(got, want) {
						t.Errorf("%s %s %s: %s cites %v, the page %v", d.ID, lang, tab.ID, name, got, want)
					}
				}
			}
		}
	}
}

// Adding a tab is a registry entry (with a content builder and catalogue
// strings): it then appears in the tab bar, has a jump key, is named in the
// help, is printed by plain mode and has a chapter in the report, with no
// other code.
func TestNewTabFromTheRegistryAlone(t *testing.T) {
	d := viewtest.Data(t)
	// The seventh tab: the PCI on its own, built from content the way a new
	// tab's package would build its page.
	pci := content.Tab{ID: "pci", TitleKey: "overview.pci.short", Build: func(sc *content.Scope, l *i18n.Locale) content.Page {
		ov := content.Builtin("overview").Page(sc, l)
		s, _ := ov.Section("pci")
		return content.Page{Title: l.T("content.pci"), Sections: []content.Section{s}}
	}}
	reg := content.Default().With(pci)
	loc := i18n.New(i18n.EN)
	title := pci.Title(loc)

	m, err := New(Options{Data: d, Lang: i18n.EN, Tabs: reg})
	if err != nil {
		t.Fatal(err)
	}
	m.SetSize(200, 60)
	frame := ansi.Strip(m.Frame())
	if !strings.Contains(strings.Split(frame, "\n")[0], "7 "+title) {
		t.Errorf("tab bar lacks %q:\n%s", "7 "+title, strings.Split(frame, "\n")[0])
	}
	m.Update(viewtest.Key("7"))
	if m.Active() != "pci" {
		t.Fatalf("7 went to %q, want pci", m.Active())
	}
	frame = ansi.Strip(m.Frame())
	if !strings.Contains(frame, "2024") || !strings.Contains(frame, "71.24") {
		t.Errorf("the new tab does not show its rows:\n%s", frame)
	}
	m.Update(viewtest.Key("?"))
	if help := ansi.Strip(m.Frame()); !strings.Contains(help, "1…7") {
		t.Errorf("help does not offer 1…7:\n%s", help)
	}
	if _, err := New(Options{Data: d, Tabs: reg, Tab: "pci"}); err != nil {
		t.Errorf("--tab pci with the registry: %v", err)
	}
	text, err := plain.TabIn(reg, content.Single(d), loc, "pci", 80)
	if err != nil || !strings.Contains(text, "71.24") {
		t.Errorf("plain mode of the sixth tab (err %v):\n%s", err, text)
	}
	pm, err := New(Options{Data: d, Lang: i18n.EN, Tabs: reg, Tab: "pci", Plain: true})
	if err != nil {
		t.Fatal(err)
	}
	if cmd := pm.plainPrint(); cmd == nil {
		t.Error("plain mode prints nothing for the sixth tab")
	}
	md := report.MarkdownIn(reg, content.Single(d), loc)
	if !strings.Contains(md, "## "+title) && !strings.Contains(md, "## "+pci.Page(content.Single(d), loc).Title) {
		t.Errorf("the report has no chapter for the sixth tab")
	}
}

// No catalogue key reaches a screen: every tab and face, in both languages,
// at three sizes, shows no "!key" placeholder.
func TestNoMissingKeyOnScreen(t *testing.T) {
	d := viewtest.Data(t)
	bang := regexp.MustCompile(`![a-z]+\.[a-z_.]+`)
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		m, err := New(Options{Data: d, Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		for _, sz := range [][2]int{{60, 16}, {80, 24}, {200, 60}} {
			m.SetSize(sz[0], sz[1])
			for tab := range m.tabs {
				m.SetActive(tab)
				for range 3 {
					if k := bang.FindString(ansi.Strip(m.Frame())); k != "" {
						t.Errorf("%s %v %s face %d: %q on screen", lang, sz, m.Active(), m.views[tab].(interface{ Face() common.Face }).Face(), k)
					}
					m.Update(viewtest.Key("v"))
				}
			}
		}
	}
}

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
	d := viewtest.Data(t)
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

// verb matches a fmt verb in a catalogue string.
var verbRE = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)

// chromePattern turns a catalogue string into a pattern that finds it as
// whole words in a frame (fmt verbs match anything). Go's \b is ASCII
// only, so word edges are "not a letter or digit" in Unicode.
func chromePattern(s string) *regexp.Regexp {
	parts := verbRE.Split(s, -1)
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	body := strings.Join(parts, `.+?`)
	body = strings.ReplaceAll(body, " ", `\s+`) // wrapped text keeps words apart
	return regexp.MustCompile(`(?:^|[^\pL\pN])` + body + `(?:$|[^\pL\pN])`)
}

// frames renders every tab on every face, the help overlay and the
// presentation footer in lang at a large size, stripped of styling.
func frames(t *testing.T, lang i18n.Lang) map[string]string {
	t.Helper()
	out := map[string]string{}
	m := newWith(t, Options{Lang: lang, Theme: theme.Dark})
	m.SetSize(200, 60)
	for _, tab := range TabIDs() {
		m.SetActive(indexOf(TabIDs(), tab))
		for face := 0; face < 3; face++ {
			out[fmt.Sprintf("%s/face%d", tab, face)] = ansi.Strip(m.Frame())
			m.Update(viewtest.Key("v"))
		}
		m.Update(viewtest.Key("enter")) // a detail, where the tab has one
		out[tab+"/detail"] = ansi.Strip(m.Frame())
		m.Update(viewtest.Key("esc"))
	}
	m.Update(viewtest.Key("?"))
	out["help"] = ansi.Strip(m.Frame())
	m.Update(viewtest.Key("esc"))
	m.Update(viewtest.Key("p"))
	m.Update(viewtest.Key(" "))
	out["present"] = ansi.Strip(m.Frame())
	return out
}

// englishChrome are English words that have no business in a Vietnamese
// frame's chrome whatever the catalogue says.
var englishChrome = []string{"Source", "Sources", "Year", "Rank", "estimate", "help", "quit", "next", "Overview", "Status", "Note", "press", "theme", "paused"}

// codeFields are dataset fields that hold codes (ids, statuses, units,
// raw cells), never shown as text: they must not excuse a chrome word.
var codeFields = map[string]bool{
	"ID": true, "Source": true, "SourceID": true, "Status": true, "StatusRaw": true,
	"Sector": true, "Unit": true, "Raw": true, "DateRaw": true, "Date": true, "Qual": true,
	"RankSource": true,
}

// dataText collects the text a frame in lang may show from the dataset:
// every bilingual Text in lang (the other language when that side is
// empty, as Text.In does) and every plain string (titles, publishers,
// names, URLs), by walking it.
func dataText(t *testing.T, lang i18n.Lang) string {
	t.Helper()
	d := viewtest.Data(t)
	var b strings.Builder
	textType := reflect.TypeOf(dataset.Text{})
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		if v.Type() == textType {
			b.WriteString(v.Interface().(dataset.Text).In(string(lang)))
			b.WriteString("\n")
			return
		}
		switch v.Kind() {
		case reflect.String:
			b.WriteString(v.String())
			b.WriteString("\n")
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if f := v.Type().Field(i); f.IsExported() && !codeFields[f.Name] {
					walk(v.Field(i))
				}
			}
		case reflect.Slice, reflect.Array:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		case reflect.Map:
			for _, k := range v.MapKeys() {
				walk(v.MapIndex(k))
			}
		}
	}
	walk(reflect.ValueOf(d))
	return b.String()
}

// chrome is a catalogue string with its matcher, compiled once: the check
// runs hundreds of strings over dozens of frames.
type chrome struct {
	s  string
	re *regexp.Regexp
	// lit is the longest word of s outside its fmt verbs: a text without
	// it cannot match re, so the pattern runs only where it might (the
	// patterns are what make this test slow, tenfold under -race).
	lit string
}

// longestWord is the longest run of s between spaces and fmt verbs.
func longestWord(s string) string {
	var lit string
	for _, p := range verbRE.Split(s, -1) {
		for _, w := range strings.Fields(p) {
			if len(w) > len(lit) {
				lit = w
			}
		}
	}
	return lit
}

// matches reports whether c is in text, as whole words.
func (c chrome) matches(text string) bool {
	return strings.Contains(text, c.lit) && c.re.MatchString(text)
}

// judgeable drops the strings that also occur, as words, in the data: a
// frame may show them as data ("tỉnh" in a publisher's name, an English
// source title in the Vietnamese frame), so their presence proves nothing.
func judgeable(strs []string, dataText string) []chrome {
	var out []chrome
	for _, s := range strs {
		if c := (chrome{s, chromePattern(s), longestWord(s)}); !c.matches(dataText) {
			out = append(out, c)
		}
	}
	return out
}

// foreign lists the chrome strings of the other language found in frame.
func foreign(frame string, other []chrome) []string {
	var found []string
	for _, c := range other {
		if c.matches(frame) {
			found = append(found, c.s)
		}
	}
	return found
}

// TestNoForeignChrome renders every tab in both languages and checks that
// none of the other language's catalogue strings (those that differ
// between the two) is on screen, and no common English chrome word in
// Vietnamese. Data (names, source titles) comes from the dataset and is
// not in the catalogue, so it is not judged.
func TestNoForeignChrome(t *testing.T) {
	vi, en := i18n.New(i18n.VI), i18n.New(i18n.EN)
	var viOnly, enOnly []string
	keys := i18n.Keys()
	sort.Strings(keys)
	for _, k := range keys {
		v, e := vi.T(k), en.T(k)
		if v == e {
			continue
		}
		viOnly = append(viOnly, v)
		enOnly = append(enOnly, e)
	}
	// English strings are judged in the vi frame, against the data a vi
	// frame shows, and the reverse.
	enJudged := judgeable(append(enOnly, englishChrome...), dataText(t, i18n.VI))
	viJudged := judgeable(viOnly, dataText(t, i18n.EN))
	if len(viJudged) < 50 || len(enJudged) < 50 {
		t.Fatalf("only %d vi and %d en strings left to judge: the check would prove little", len(viJudged), len(enJudged))
	}
	for name, f := range frames(t, i18n.VI) {
		if bad := foreign(f, enJudged); len(bad) > 0 {
			t.Errorf("vi %s shows English chrome %q:\n%s", name, bad, f)
		}
	}
	enFrames := frames(t, i18n.EN)
	for name, f := range enFrames {
		if bad := foreign(f, viJudged); len(bad) > 0 {
			t.Errorf("en %s shows Vietnamese chrome %q:\n%s", name, bad, f)
		}
	}
	// The check can see: the English help and the tabs' tables do show
	// English chrome in numbers.
	for _, name := range []string{"help", "gdp/face1", "zones/face1", "present"} {
		if got := foreign(enFrames[name], enJudged); len(got) < 3 {
			t.Errorf("only %q of the English strings found in the en %s frame: the matcher is blind", got, name)
		}
	}
}

// TestChromePattern: the matcher finds whole words across wrapping and fmt
// verbs, and not parts of words.
func TestChromePattern(t *testing.T) {
	cases := []struct {
		s, frame string
		want     bool
	}{
		{"next tab", "  tab/→/l next tab  ", true},
		{"next tab", "next\n tab", true},
		{"top", "stop here", false},
		{"data as of", "Bắc Giang · data as of 1 Jul 2025", true},
		{"giao diện: %s", "giao diện: sáng", true},
		{"đầu", "đầu tư", true},
		{"đầu", "ban đầu", true},
		{"lên", "lênh", false},
	}
	for _, c := range cases {
		if got := chromePattern(c.s).MatchString(c.frame); got != c.want {
			t.Errorf("%q in %q = %v, want %v", c.s, c.frame, got, c.want)
		}
	}
}

// holes returns where a frame has a cell without a background, as a
// terminal (the renderer's own parser) reads it: "" when there is none.
func holes(frame string, w, h int) string {
	scr := uv.NewScreenBuffer(w, h)
	uv.NewStyledString(frame).Draw(scr, scr.Bounds())
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			if c := scr.CellAt(x, y); c != nil && c.Width > 0 && c.Style.Bg == nil {
				return fmt.Sprintf("(%d,%d) %q", x, y, c.Content)
			}
		}
	}
	return ""
}

// TestLightPaintsEveryCell: under the light theme every cell of every
// screen has a background (README: the light theme paints its own), so it
// reads the same on a dark terminal: each tab on each face, the help, the
// search field, presentation mode and the too-small screen, in both
// languages; --ascii too. The dark theme paints nothing (its frames are
// the goldens'): the check finds holes there, so it can fail.
func TestLightPaintsEveryCell(t *testing.T) {
	sizes := [][2]int{{60, 16}, {120, 40}, {200, 60}, {40, 10}}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, ascii := range []bool{false, true} {
			m := newWith(t, Options{Lang: lang, Theme: theme.Light, ASCII: ascii})
			check := func(what string) {
				t.Helper()
				if at := holes(m.Frame(), m.width, m.height); at != "" {
					t.Fatalf("%s %s ascii=%v %dx%d: no background at %s", lang, what, ascii, m.width, m.height, at)
				}
			}
			for _, sz := range sizes {
				m.SetSize(sz[0], sz[1])
				for i, id := range TabIDs() {
					m.SetActive(i)
					for f := 0; f < 3; f++ {
						check(fmt.Sprintf("%s face %d", id, f))
						m.Update(viewtest.Key("v"))
					}
				}
				m.Update(viewtest.Key("?"))
				check("help")
				m.Update(viewtest.Key("esc"))
				m.Update(viewtest.Key("/"))
				m.Update(viewtest.Key("a"))
				check("search")
				m.Update(viewtest.Key("esc"))
				m.Update(viewtest.Key("p"))
				check("presenting")
				m.Update(viewtest.Key("p"))
			}
		}
	}
	m := newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark})
	if holes(m.Frame(), 120, 40) == "" {
		t.Fatalf("the dark frame has a background in every cell: the check proves nothing")
	}
}
