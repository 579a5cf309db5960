package ui

import (
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

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
	d, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
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
