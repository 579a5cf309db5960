package ui

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"fmt"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/content"
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
	bundled, err := data.Collection()
	if err != nil {
		t.Fatal(err)
	}
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
	d, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
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
	d, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
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
