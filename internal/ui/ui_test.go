package ui

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

func newModel(t testing.TB, lang i18n.Lang, tab string) *Model {
	t.Helper()
	d := viewtest.Data(t)
	m, err := New(Options{Data: d, Lang: lang, Tab: tab})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return m
}

// faceSizes are fewer sizes for the table and sources faces, which share
// the chart face's layout code paths for the chrome.
func faceSizes() []int {
	if viewtest.RaceEnabled {
		return []int{0, 16, 60, 121, 1000}
	}
	return []int{0, 1, 16, 24, 60, 61, 80, 121, 200, 1000}
}

// TestSizeSweep: no tab panics or overflows at any size from 0×0 to
// 1000×1000, in either language, on any face.
func TestSizeSweep(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, tab := range TabIDs() {
			m := newModel(t, lang, tab)
			for face := 0; face < 3; face++ {
				sizes := viewtest.SweepSizes()
				if face > 0 {
					sizes = faceSizes()
				}
				for _, w := range sizes {
					for _, h := range sizes {
						m.SetSize(w, h)
						viewtest.CheckFrame(t, m.Frame(), w, h, string(lang)+"/"+tab)
					}
				}
				m.SetSize(120, 40)
				m.Update(viewtest.Key("v"))
			}
		}
	}
}

// TestTooSmall shows the too-small screen with both sizes below the minimum.
func TestTooSmall(t *testing.T) {
	m := newModel(t, i18n.EN, "")
	m.SetSize(50, 12)
	f := m.Frame()
	if !strings.Contains(f, "terminal too small: have 50×12, need 60×16") {
		t.Fatalf("too-small screen missing:\n%s", f)
	}
	// Keys still work below the minimum size.
	m.Update(viewtest.Key("3"))
	if m.Active() != "fdi" {
		t.Fatalf("active = %s after 3, want fdi", m.Active())
	}
	m.SetSize(MinWidth, MinHeight)
	if strings.Contains(m.Frame(), "too small") {
		t.Fatalf("too-small screen shown at the minimum size")
	}
}

// TestTabKeys walks every tab-switching key of README: Keys.
func TestTabKeys(t *testing.T) {
	m := newModel(t, i18n.VI, "")
	m.SetSize(120, 40)
	steps := []struct{ key, want string }{
		{"tab", "gdp"}, {"right", "fdi"}, {"l", "zones"}, {"tab", "agreements"}, {"tab", "targets"}, {"tab", "overview"},
		{"shift+tab", "targets"}, {"left", "agreements"}, {"h", "zones"},
		{"1", "overview"}, {"2", "gdp"}, {"3", "fdi"}, {"4", "zones"}, {"5", "agreements"}, {"6", "targets"},
	}
	for _, s := range steps {
		m.Update(viewtest.Key(s.key))
		if m.Active() != s.want {
			t.Fatalf("after %q active = %s, want %s", s.key, m.Active(), s.want)
		}
	}
}

// TestHelpOverlay: ? shows the key table, any key closes it.
func TestHelpOverlay(t *testing.T) {
	m := newModel(t, i18n.EN, "")
	m.SetSize(120, 40)
	m.Update(viewtest.Key("?"))
	f := m.Frame()
	for _, want := range []string{"Keys", "next tab", "chart/table/sources", "quit"} {
		if !strings.Contains(f, want) {
			t.Fatalf("help overlay lacks %q:\n%s", want, f)
		}
	}
	m.Update(viewtest.Key("esc"))
	if strings.Contains(m.Frame(), "? or esc closes") {
		t.Fatalf("help overlay still open after esc")
	}
}

// TestMouseClickTabs: clicking a tab's title on the tab bar selects it.
func TestMouseClickTabs(t *testing.T) {
	m := newModel(t, i18n.EN, "")
	m.SetSize(200, 60)
	for i := len(TabIDs()) - 1; i >= 0; i-- {
		_, hits := m.tabLayout()
		h := hits[i]
		m.Update(tea.MouseClickMsg{X: (h.x0 + h.x1) / 2, Y: 0, Button: tea.MouseLeft})
		if m.Active() != TabIDs()[i] {
			t.Fatalf("click at x=%d: active %s, want %s", (h.x0+h.x1)/2, m.Active(), TabIDs()[i])
		}
	}
}

// TestRandomKeys presses random key sequences at random sizes: nothing
// panics and every frame keeps the size rule.
func TestRandomKeys(t *testing.T) {
	keys := []string{"tab", "shift+tab", "right", "left", "l", "h", "1", "2", "3", "4", "5", "up", "down",
		"k", "j", "pgup", "pgdown", "g", "G", "enter", "esc", "v", "?", "x", " ", "L", "t", "p", "P", "tick"}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		m := newModel(t, lang, "")
		m.opts.Interval = 2 * time.Second // ticks move tabs often
		presses := 3000
		if viewtest.RaceEnabled {
			presses = 600
		}
		for i := 0; i < presses; i++ {
			if i%50 == 0 {
				m.SetSize(rng.IntN(230), rng.IntN(70))
			}
			// "tick" is the presentation timer firing (dropped unless
			// presenting), the other entries key presses.
			if k := keys[rng.IntN(len(keys))]; k == "tick" {
				m.Update(presentTick{gen: m.gen})
			} else {
				m.Update(viewtest.Key(k))
			}
			viewtest.CheckFrame(t, m.Frame(), m.width, m.height, "random keys")
		}
	}
}

// TestTeatestFlow runs the real Bubble Tea program: tab switching by every
// key, then q ends it.
func TestTeatestFlow(t *testing.T) {
	m := newModel(t, i18n.EN, "")
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return strings.Contains(string(b), "Overview")
	}, teatest.WithDuration(5*time.Second))
	for _, k := range []string{"tab", "right", "l", "shift+tab", "left", "h", "5", "4", "3", "1", "2"} {
		tm.Send(viewtest.Key(k))
	}
	tm.Send(viewtest.Key("q"))
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	if fm.Active() != "gdp" {
		t.Fatalf("final tab %s, want gdp", fm.Active())
	}
}

// BenchmarkView measures View() of each tab at 200×60 with charts cached:
// what runs after every message (budget ≤ 1 ms, ≤ 256 KB).
func BenchmarkView(b *testing.B) {
	for _, tab := range TabIDs() {
		m := newModel(b, i18n.VI, tab)
		m.SetSize(200, 60)
		b.Run(tab, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				m.dirty = true // recompose the frame; the tab's own cache stays warm
				_ = m.View()
			}
		})
	}
}

// BenchmarkResize measures a resize: every tab rebuilds its charts (budget
// ≤ 5 ms for a tab).
func BenchmarkResize(b *testing.B) {
	m := newModel(b, i18n.VI, "")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		m.SetSize(200-i%2, 60)
		_ = m.View()
	}
}

// TestDataMsg: a reloaded dataset is used from the next frame, with a notice.
func TestDataMsg(t *testing.T) {
	m := newModel(t, i18n.EN, "")
	m.SetSize(120, 40)
	d := viewtest.Data(t)
	d.AsOf = "2099-01-02"
	m.Update(DataMsg{Data: d, Notice: "data reloaded"})
	f := m.Frame()
	if !strings.Contains(f, "2 Jan 2099") || !strings.Contains(f, "data reloaded") {
		t.Fatalf("reloaded data or notice not shown:\n%s", f)
	}
	m.Update(viewtest.Key("2"))
	if strings.Contains(m.Frame(), "data reloaded") {
		t.Fatalf("notice still shown after a key")
	}
}

// TestMouseClickClosesHelp: clicking a tab while the help is open shows
// that tab, not the help under a tab bar that says otherwise.
func TestMouseClickClosesHelp(t *testing.T) {
	m := newModel(t, i18n.EN, "")
	m.SetSize(200, 60)
	_, hits := m.tabLayout()
	h := hits[2]
	m.Update(viewtest.Key("?"))
	if !strings.Contains(m.Frame(), "? or esc closes") {
		t.Fatalf("help not open:\n%s", m.Frame())
	}
	m.Update(tea.MouseClickMsg{X: (h.x0 + h.x1) / 2, Y: 0, Button: tea.MouseLeft})
	if m.Active() != "fdi" {
		t.Fatalf("active %s, want fdi", m.Active())
	}
	if f := m.Frame(); strings.Contains(f, "? or esc closes") {
		t.Fatalf("help still covers the clicked tab:\n%s", f)
	}
}

// With the help open, a key other than ? and esc closes it and then acts:
// `?` `/` opens the search (and the letters typed go into it, so a q is a
// letter, not quit), `?` `2` goes to the second tab, and every size says
// so.
func TestHelpPassesKeysOn(t *testing.T) {
	for _, sz := range [][2]int{{60, 16}, {80, 24}, {120, 40}} {
		m := newModel(t, i18n.EN, "")
		m.SetSize(sz[0], sz[1])
		m.Update(viewtest.Key("?"))
		if f := ansi.Strip(m.Frame()); !strings.Contains(strings.Join(strings.Fields(strings.ReplaceAll(f, "│", " ")), " "), "any other key closes") {
			t.Errorf("%v: the help does not say what other keys do:\n%s", sz, f)
		}
		m.Update(viewtest.Key("/"))
		if !m.search.IsOpen() {
			t.Fatalf("%v: ? then / did not open the search", sz)
		}
		typeText(m, "han quoc")
		if _, cmd := m.Update(viewtest.Key("esc")); cmd != nil {
			if _, quit := cmd().(tea.QuitMsg); quit {
				t.Fatalf("%v: the q of the query quit", sz)
			}
		}
		m.Update(viewtest.Key("?"))
		m.Update(viewtest.Key("2"))
		if m.showHelp || m.Active() != "gdp" {
			t.Errorf("%v: ? then 2: help %v, on %s; want gdp", sz, m.showHelp, m.Active())
		}
		m.Update(viewtest.Key("?"))
		m.Update(viewtest.Key("esc"))
		if m.showHelp || m.Active() != "gdp" {
			t.Errorf("%v: esc closes the help and does nothing else: help %v, on %s", sz, m.showHelp, m.Active())
		}
	}
}

// A failed reload says so in the footer, in the language the session
// shows now, until a later reload succeeds; a good reload's notice is in
// the current language too (a34ab89 kept saying "updated" and spoke the
// language the session started in).
func TestReloadNotices(t *testing.T) {
	d := viewtest.Data(t)
	m := newModel(t, i18n.VI, "")
	m.SetSize(200, 40)
	m.Update(viewtest.Key("L")) // now English
	m.Update(ReloadFailedMsg{Problems: 3})
	f := ansi.Strip(m.Frame())
	if !strings.Contains(f, "The new data has 3 problems, so it is not used; still showing data as of") {
		t.Fatalf("a failed reload is not said in English:\n%s", lastLine(f))
	}
	m.Update(viewtest.Key("j"))
	if f := ansi.Strip(m.Frame()); !strings.Contains(f, "3 problems") {
		t.Errorf("the failed reload's notice went with a key:\n%s", lastLine(f))
	}
	m.Update(DataMsg{Data: d, Reloaded: true})
	f = ansi.Strip(m.Frame())
	if !strings.Contains(f, "Data reloaded (as of") || strings.Contains(f, "3 problems") {
		t.Errorf("a good reload after a failed one:\n%s", lastLine(f))
	}
}

// The help explains every short form the screens use (GRDP, PCI, KCN/CCN,
// the FDI definitions, the sector and body abbreviations, the periods and
// the marks), in the session's language; scrolled, at a small size too.
func TestHelpGlossary(t *testing.T) {
	for _, c := range []struct {
		lang i18n.Lang
		want []string
	}{
		{i18n.EN, []string{"Terms and short forms", "GRDP — gross regional domestic product", "PCI — Provincial Competitiveness Index", "KCN — industrial park", "AFF — agriculture", "PPC — Provincial People's Committee", "H1 2025 the first half", "ƒ worked out by this program"}},
		{i18n.VI, []string{"Thuật ngữ và chữ viết tắt", "GRDP — tổng sản phẩm trên địa bàn", "NLTS — nông, lâm nghiệp và thủy sản", "6T/2025 sáu tháng đầu năm"}},
	} {
		for _, sz := range [][2]int{{60, 16}, {120, 40}} {
			m := newModel(t, c.lang, "")
			m.SetSize(sz[0], sz[1])
			m.Update(viewtest.Key("?"))
			var seen strings.Builder
			for range 150 {
				seen.WriteString(strings.Join(strings.Fields(strings.ReplaceAll(ansi.Strip(m.Frame()), "│", " ")), " "))
				seen.WriteString(" ")
				m.Update(viewtest.Key("down"))
			}
			for _, w := range c.want {
				if !strings.Contains(seen.String(), w) {
					t.Errorf("%s %v: the help never shows %q", c.lang, sz, w)
				}
			}
		}
	}
}

// P with one province and f outside a room say why they do nothing
// (a34ab89 did nothing, silently).
func TestSilentKeysSayWhy(t *testing.T) {
	m := newModel(t, i18n.EN, "")
	m.SetSize(120, 30)
	m.Update(viewtest.Key("P"))
	if f := ansi.Strip(lastLine(m.Frame())); !strings.Contains(f, "this data has one province") {
		t.Errorf("P with one province: %q", f)
	}
	m.Update(viewtest.Key("f"))
	if f := ansi.Strip(lastLine(m.Frame())); !strings.Contains(f, "you are in no room") {
		t.Errorf("f outside a room: %q", f)
	}
}

// [ and ] move the focus year shared by every tab; the GDP readout follows
// it, a chart click (FocusMsg) sets it, and a year the data lacks is
// ignored.
func TestFocusYear(t *testing.T) {
	m := newModel(t, i18n.VI, "gdp")
	m.SetSize(120, 40)
	if m.Year() != 2024 {
		t.Fatalf("opens on %d, want 2024 (the latest growth figure)", m.Year())
	}
	m.Update(viewtest.Key("["))
	if m.Year() != 2023 || !strings.Contains(ansi.Strip(m.Frame()), "2023  Bắc Giang 13,45 %") {
		t.Fatalf("[ → %d:\n%s", m.Year(), ansi.Strip(m.Frame()))
	}
	m.Update(viewtest.Key("]"))
	m.Update(viewtest.Key("]"))
	if m.Year() != 2025 {
		t.Errorf("] twice from 2023 → %d, want 2025 (the plan year)", m.Year())
	}
	m.Update(common.FocusMsg{Year: 2019})
	if out := ansi.Strip(m.Frame()); m.Year() != 2019 || !strings.Contains(out, "2019  Bắc Giang 16,10 % ~ [7] · Việt Nam 7,36 % [20]") {
		t.Errorf("FocusMsg 2019 → %d:\n%s", m.Year(), out)
	}
	m.Update(common.FocusMsg{Year: 1800})
	if m.Year() != 2019 {
		t.Errorf("a year without data moved the focus to %d", m.Year())
	}
	m.SetActive(0)
	if m.ctx.Year != 2019 {
		t.Errorf("the overview does not share the focus year: %d", m.ctx.Year)
	}
}

// TestGrowthCardKeys: in the dashboard on Bắc Giang, the growth card
// opens on 2024 ("1st of 63") and [ and ] take it through the years.
func TestGrowthCardKeys(t *testing.T) {
	m := inCollection(t, "", Options{Province: "bac-giang", Lang: i18n.EN, Tab: "overview", Theme: theme.Mono}, 120, 40)
	press := func(k string) { m.Update(tea.KeyPressMsg{Code: rune(k[0]), Text: k}) }
	for i, s := range []struct{ key, title, value, rank string }{
		{"", "GRDP growth 2024", "13.85% ~", "1st of 63"},
		{"[", "GRDP growth 2023", "13.45% ~", "1st of 63"},
		{"[", "GRDP growth 2022", "19.3%", "2nd of 63"},
		{"[", "GRDP growth 2021", "7.82%", "10th of 63"},
		{"]", "GRDP growth 2022", "19.3%", "2nd of 63"},
	} {
		if s.key != "" {
			press(s.key)
		}
		out := ansi.Strip(m.Frame())
		lines := strings.Split(out, "\n")
		at := -1
		for j, l := range lines {
			if strings.Contains(l, "│ "+s.title) {
				at = j
				break
			}
		}
		if at < 0 || at+2 >= len(lines) || !strings.Contains(lines[at+1], "│ "+s.value) || !strings.Contains(lines[at+2], "│ "+s.rank) {
			t.Errorf("step %d (%q, year %d): no card %q / %q / %q:\n%s", i, s.key, m.Year(), s.title, s.value, s.rank, out)
		}
	}
}

// TestNationwideFollowsYear: in the dashboard as it opens on the bundled
// collection, [ and ] move the nationwide lists with the focus year: the
// heading names the year, the province marked changes with it (the new
// Bắc Ninh in 2025, its predecessors before), and a year the national
// table lacks shows no list.
func TestNationwideFollowsYear(t *testing.T) {
	m := inCollection(t, "", Options{Lang: i18n.EN, Tab: "gdp", Theme: theme.Mono}, 200, 60)
	frame := func() string { return ansi.Strip(m.Frame()) }
	press := func(k string) { m.Update(tea.KeyPressMsg{Code: rune(k[0]), Text: k}) }
	steps := []struct {
		key, has string
		not      []string
	}{
		{"", "Nationwide: GRDP growth by province, 2025", []string{"Bắc Giang ◀"}},
		{"[", "Nationwide: GRDP growth by province, 2024", []string{"5 Bắc Ninh ◀", ", 2025"}},
		{"[", "Nationwide: GRDP growth by province, 2023", []string{", 2024"}},
		{"[", "", []string{"Nationwide"}},
		{"]", "Nationwide: GRDP growth by province, 2023", nil},
		{"]", "Nationwide: GRDP growth by province, 2024", nil},
		{"]", "5 Bắc Ninh ◀", []string{"Bắc Giang ◀"}},
	}
	for i, s := range steps {
		if s.key != "" {
			press(s.key)
		}
		out := frame()
		if !strings.Contains(out, s.has) {
			t.Errorf("step %d (%q, year %d): %q missing:\n%s", i, s.key, m.Year(), s.has, out)
		}
		for _, n := range s.not {
			if strings.Contains(out, n) {
				t.Errorf("step %d (%q, year %d): %q shown:\n%s", i, s.key, m.Year(), n, out)
			}
		}
	}
}

// At 60×16 the help shows every key (a room's f included): what does not
// fit scrolls into view.
func TestHelpShowsEveryKeyAt60x16(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		m := newModel(t, lang, "")
		m.SetSize(60, 16)
		// A follower in a room (its badge says f works): f is one of its keys.
		m.Update(BadgeMsg{Forms: []string{"○ r"}, Follow: true})
		m.Update(viewtest.Key("?"))
		seen := ""
		for range 40 {
			frame := ansi.Strip(m.Frame())
			viewtest.CheckFrame(t, m.Frame(), 60, 16, "help")
			seen += frame
			m.Update(viewtest.Key("down"))
			if !m.showHelp {
				t.Fatal("↓ closed the help instead of scrolling it")
			}
		}
		for _, b := range m.ctx.Keys.All() {
			if b.Help().Key == m.ctx.Keys.Province.Help().Key {
				continue // only with a collection
			}
			if !strings.Contains(seen, b.Help().Key+" ") && !strings.Contains(seen, b.Help().Key) {
				t.Errorf("%s: key %q (%s) never shown in the help at 60×16", lang, b.Help().Key, b.Help().Desc)
			}
		}
		if !strings.HasPrefix(strings.TrimSpace(ansi.Strip(strings.Split(m.Frame(), "\n")[15])), "? ") {
			t.Errorf("%s: the footer does not start with ? help: %q", lang, strings.Split(ansi.Strip(m.Frame()), "\n")[15])
		}
	}
}

// TestProvinceKey cycles a two-province collection with P: the tab bar
// names the province shown, the footer says which one of how many, and a
// single dataset ignores the key.
func TestProvinceKey(t *testing.T) {
	a := viewtest.Data(t)
	b := viewtest.Data(t)
	b.ID, b.Name = "other", dataset.Text{VI: "Tỉnh Thử", EN: "Testland"}
	m, err := New(Options{Data: a, Collection: []*dataset.Dataset{a, b}, Lang: i18n.EN, Tab: "gdp"})
	if err != nil {
		t.Fatal(err)
	}
	m.SetSize(120, 40)
	if !strings.Contains(m.Frame(), "Bắc Giang") {
		t.Fatalf("first province not shown:\n%s", m.Frame())
	}
	shiftP := tea.KeyPressMsg{Code: 'p', ShiftedCode: 'P', Mod: tea.ModShift, Text: "P"}
	m.Update(shiftP)
	f := m.Frame()
	if m.opts.Data != b || !strings.Contains(f, "Testland (2/2)") || m.Active() != "gdp" {
		t.Fatalf("after P: data %q, active %q, frame:\n%s", m.opts.Data.ID, m.Active(), f)
	}
	m.Update(viewtest.Key("P"))
	if m.opts.Data != a || !strings.Contains(m.Frame(), "(1/2)") {
		t.Fatalf("P did not wrap around to the first province:\n%s", m.Frame())
	}
	m.Update(viewtest.Key("?"))
	if !strings.Contains(m.Frame(), "next province") {
		t.Fatalf("help overlay does not list P:\n%s", m.Frame())
	}

	single := newModel(t, i18n.EN, "")
	single.SetSize(120, 40)
	before := single.opts.Data
	single.Update(viewtest.Key("P"))
	if single.opts.Data != before || !strings.Contains(single.Frame(), "this data has one province") {
		t.Fatal("P on a single-dataset dashboard changed it, or said nothing")
	}
}

// TestReloadKeepsCollection: a reloaded province replaces its old copy in
// the collection, so P moves on from it instead of back to stale data.
func TestReloadKeepsCollection(t *testing.T) {
	a := viewtest.Data(t)
	b := viewtest.Data(t)
	b.ID = "other"
	m, err := New(Options{Data: a, Collection: []*dataset.Dataset{a, b}, Lang: i18n.EN})
	if err != nil {
		t.Fatal(err)
	}
	m.SetSize(120, 40)
	a2 := viewtest.Data(t)
	m.Update(DataMsg{Data: a2, Notice: "reloaded"})
	if m.opts.Collection[0] != a2 {
		t.Fatal("the reloaded dataset did not replace its old copy in the collection")
	}
	m.Update(tea.KeyPressMsg{Code: 'p', ShiftedCode: 'P', Mod: tea.ModShift, Text: "P"})
	if m.opts.Data != b {
		t.Fatalf("P after a reload showed %q, want the next province", m.opts.Data.ID)
	}
	m.Update(tea.KeyPressMsg{Code: 'p', ShiftedCode: 'P', Mod: tea.ModShift, Text: "P"})
	if m.opts.Data != a2 {
		t.Fatal("P came back to the data from before the reload")
	}
}

// On the bundled collection the dashboard opens on the new Bắc Ninh, and
// P goes through the lineage in order — the new province, then Bắc Giang,
// then the former Bắc Ninh, then round — saying each time which province
// it opened and where it stands in the lineage; the national table is
// never one of them.
func TestProvinceKeyFollowsTheLineage(t *testing.T) {
	m := inCollection(t, "", Options{Lang: i18n.EN}, 160, 40)
	if m.opts.Data.ID != "bac-ninh" {
		t.Fatalf("opens on %s, want bac-ninh", m.opts.Data.ID)
	}
	for _, want := range []struct{ id, notice string }{
		{"bac-giang", "Bắc Giang (2/3) · former province, merged into Bắc Ninh on 1 Jul 2025"},
		{"bac-ninh-cu", "Bắc Ninh (former) (3/3) · former province, merged into Bắc Ninh on 1 Jul 2025"},
		{"bac-ninh", "Bắc Ninh (1/3) · the province today, formed from Bắc Giang and Bắc Ninh (former)"},
	} {
		m.Update(viewtest.Key("P"))
		f := ansi.Strip(m.Frame())
		if m.opts.Data.ID != want.id || !strings.Contains(f, want.notice) {
			t.Fatalf("P went to %s; footer %q; want %s saying %q", m.opts.Data.ID, lastLine(f), want.id, want.notice)
		}
	}
}

// inCollection is the dashboard on the bundled collection, at w×h, opened
// on province id ("": the province as it is today) with the rest of o.
func inCollection(t testing.TB, id string, o Options, w, h int) *Model {
	t.Helper()
	sets := viewtest.Collection(t)
	o.Collection, o.Data = sets, content.Current(sets)
	if id != "" {
		d, ok := dataset.Find(sets, id)
		if !ok {
			t.Fatalf("no %s in the bundled collection", id)
		}
		o.Data = d
	}
	m, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	m.SetSize(w, h)
	return m
}

func typeText(m *Model, s string) {
	for _, r := range s {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// `/` `han` `enter` lands on the FDI tab with Hàn Quốc selected, in both
// languages and at the smallest size; n moves on, esc cancels, and q while
// typing is a letter, not quit.
func TestSearchJumps(t *testing.T) {
	for _, c := range []struct {
		lang i18n.Lang
		name string
	}{{i18n.VI, "Hàn Quốc"}, {i18n.EN, "South Korea"}} {
		for _, sz := range [][2]int{{60, 16}, {80, 24}, {120, 40}} {
			m := newModel(t, c.lang, "")
			m.SetSize(sz[0], sz[1])
			m.Update(viewtest.Key("/"))
			typeText(m, "han quoc")
			if out := ansi.Strip(m.Frame()); !strings.Contains(out, c.name) {
				t.Fatalf("%s %v: matches are not listed as you type:\n%s", c.lang, sz, out)
			}
			_, cmd := m.Update(viewtest.Key("enter"))
			if cmd != nil {
				if _, quit := cmd().(tea.QuitMsg); quit {
					t.Fatal("enter quit")
				}
			}
			if m.Active() != "fdi" {
				t.Fatalf("%s %v: enter went to %q, want fdi", c.lang, sz, m.Active())
			}
			out := ansi.Strip(m.Frame())
			if !strings.Contains(out, "› "+c.name) {
				t.Errorf("%s %v: %s not selected:\n%s", c.lang, sz, c.name, out)
			}
			viewtest.CheckFrame(t, m.Frame(), sz[0], sz[1], "search")
			before := m.Active()
			m.Update(viewtest.Key("n"))
			if m.hitAt != 1 {
				t.Errorf("n did not move to the next match (at %d, was on %s)", m.hitAt, before)
			}
			m.Update(viewtest.Key("N"))
			if m.hitAt != 0 {
				t.Errorf("N did not move back (at %d)", m.hitAt)
			}
		}
	}
	m := newModel(t, i18n.VI, "gdp")
	m.SetSize(80, 24)
	m.Update(viewtest.Key("/"))
	_, cmd := m.Update(viewtest.Key("q"))
	if cmd != nil {
		if _, quit := cmd().(tea.QuitMsg); quit {
			t.Fatal("q in the search field quit the dashboard")
		}
	}
	m.Update(viewtest.Key("esc"))
	if m.search.IsOpen() || m.Active() != "gdp" {
		t.Fatalf("esc: open %v, tab %s", m.search.IsOpen(), m.Active())
	}
}

// On the merged province, `/` finds a park of either predecessor, and
// enter lands on that predecessor's row of the zones tab, under its name.
func TestSearchFindsPredecessorRows(t *testing.T) {
	for _, c := range []struct{ query, park, pred string }{
		{"quang chau", "Quang Châu", "Bắc Giang"},
		{"vsip", "VSIP Bắc Ninh", "Bắc Ninh (former)"},
	} {
		m := inCollection(t, "", Options{Lang: i18n.EN}, 120, 40)
		m.Update(viewtest.Key("/"))
		typeText(m, c.query)
		m.Update(viewtest.Key("enter"))
		if m.Active() != "zones" || len(m.hits) == 0 || !strings.Contains(m.hits[m.hitAt].Section, "@") {
			t.Fatalf("%q: on %q, hits %+v", c.query, m.Active(), m.hits)
		}
		out := ansi.Strip(m.Frame())
		if !strings.Contains(out, "› "+c.park) || !strings.Contains(out, c.pred) {
			t.Errorf("%q: %s of %s not selected:\n%s", c.query, c.park, c.pred, out)
		}
	}
}

// The Targets tab is searched like the others: a target by its indicator
// or by who set it, and the nationwide lists by province.
func TestSearchFindsTargetsAndProvinces(t *testing.T) {
	m := inCollection(t, "", Options{Lang: i18n.EN}, 120, 40)
	tabOf := func(q string) string {
		hits := m.index().Find(q, 0)
		if len(hits) == 0 {
			return ""
		}
		return m.tabs[hits[0].Tab].ID
	}
	if got := tabOf("people's council"); got != "targets" {
		t.Errorf("people's council: first hit on %q, want targets", got)
	}
	if got := tabOf("quang ninh"); got != "gdp" {
		t.Errorf("quang ninh: first hit on %q, want the nationwide list on gdp", got)
	}
}
