// Package ui is the root Bubble Tea model: the tab bar, the active tab, the
// footer with short help, the help overlay, global keys, layout and the
// too-small screen. Tabs are common.Views; this package derives the tab
// bar, the number keys (one a tab) and the help from the ordered slice of them.
//
// The dashboard knows nothing of rooms or of the server's other sessions:
// package crowd wraps it for those (following a presenter, sharing
// composed frames) and drives it only through the surface in place.go:
// State and GoTo, Reach, LookAt, Opens and Glance, BadgeMsg. Update never
// draws and View changes nothing: a tab is built when a message makes it
// the active one, not when it is drawn.
package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/textsafe"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/search"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/views/agreements"
	"github.com/provdash/provdash/internal/ui/views/fdi"
	"github.com/provdash/provdash/internal/ui/views/gdp"
	"github.com/provdash/provdash/internal/ui/views/overview"
	"github.com/provdash/provdash/internal/ui/views/sections"
	"github.com/provdash/provdash/internal/ui/views/targets"
	"github.com/provdash/provdash/internal/ui/views/zones"
)

// The smallest screen the dashboard lays out for. Below it the too-small
// screen is shown (keys still work). 60×16 keeps a chart, its axis and a
// source line legible; 80×24, the classic terminal, is comfortably above.
const (
	MinWidth  = 60
	MinHeight = 16
)

// chromeLines is what the root model draws around a tab: tab bar, rule,
// footer.
const chromeLines = 3

// TabIDs lists the tabs of the default registry in order, as accepted by
// --tab.
func TabIDs() []string { return content.Default().IDs() }

// newView builds the view of a tab. A tab with a view of its own (charts,
// a timeline) gets it; any other tab of the registry is drawn by the
// sections view from its content alone, so adding a tab needs no code here.
// Each session gets fresh views: they hold selection and caches.
func newView(t content.Tab) common.View {
	switch t.ID {
	case "overview":
		return overview.New()
	case "gdp":
		return gdp.New()
	case "fdi":
		return fdi.New()
	case "zones":
		return zones.New()
	case "agreements":
		return agreements.New()
	case "targets":
		return targets.New()
	}
	return sections.New(t)
}

// Options configure one dashboard session.
type Options struct {
	Data *dataset.Dataset
	// Collection holds every dataset of a --data collection (one folder per
	// province), Data being the one shown; P cycles through it. Nil or one
	// entry means a single dataset and P does nothing.
	Collection []*dataset.Dataset
	Lang       i18n.Lang
	// Theme is the starting theme; "" and theme.Auto follow the terminal's
	// background (dark until the terminal answers, and in `render`).
	Theme theme.Name
	// NoColor (the NO_COLOR convention) turns "" and auto into mono. An
	// explicit Theme wins, and `t` still cycles: that is the user asking.
	NoColor bool
	Tab     string // initial tab id; "" means overview
	// ASCII draws charts, borders, the rule and the presentation bar
	// without braille, box drawing or block characters.
	ASCII bool
	// Present starts in presentation mode: the tabs cycle every Interval
	// (DefaultInterval when 0); `p` toggles it at any time.
	Present  bool
	Interval time.Duration
	// Plain is plain mode (--plain, TERM=dumb): each tab printed as text
	// for screen readers, no alternate screen, colour or drawing (plain.go).
	Plain bool
	// Tabs is the tab registry; the zero value means content.Default().
	Tabs content.Registry
	// Face is the face every tab starts on: chart (""), table or sources.
	Face string
	// Year is the focus year to start on (--year); 0 is the latest year
	// with a growth figure (content.LatestYear).
	Year int
	// Slides are the ids of the tabs presentation mode cycles through, in
	// order (--slides); none means every tab (slides.go).
	Slides []string
	// Province, when set, is the id of the dataset of Collection to open
	// instead of Data (a session's --province); an unknown id is an error
	// naming the ids there are.
	Province string
	// Cache holds the scopes and pages built from the data, shared by the
	// dashboards of a process (an SSH server's sessions) so that each
	// does not hold its own copy; nil gives the dashboard a cache of its
	// own (pages kept across language switches).
	Cache *content.Cache
}

// DefaultInterval is how long presentation mode shows each tab.
const DefaultInterval = 15 * time.Second

// Model is the root model. Use New.
type Model struct {
	opts Options
	ctx  *common.Context
	// heldByMove is true while the show is paused because the presenter
	// moved inside a slide; the next tab resumes it.
	heldByMove bool
	// selShown is true once the presenter moved the selection on the
	// slide shown (or jumped to a search match): until then a slide draws
	// no selection bar (Context.HideSelection), the next slide hides it
	// again.
	selShown bool
	// reloadFailed is how many problems the last reload of --data found
	// (0: none, or a later one succeeded); the footer says so.
	reloadFailed int
	// scoped is scope()'s cache, made for opts.Data within scopedColl.
	scoped     *content.Scope
	scopedColl []*dataset.Dataset
	tabs       []content.Tab
	views      []common.View
	// synced is what each view was last given. Only the active view is
	// kept current; the others catch up when they become active, so a
	// resize or a theme change rebuilds one tab, not five (over SSH, with
	// many sessions resizing at once, that is most of the server's work).
	synced   []viewSync
	active   int
	width    int
	height   int
	showHelp bool
	help     help.Model

	// notice is a one-line message shown in the footer until the next key.
	notice string
	// frame caches the composed screen; dirty marks it stale.
	frame string
	dirty bool

	// search is the `/` field; hits and hitAt are the last search's
	// matches and where n/N stand; searchIx indexes ixFor's data and
	// language (rebuilt when the context changes).
	search   search.Model
	searchIx *search.Index
	ixFor    *common.Context
	hits     []search.Hit
	hitAt    int
	// helpOff is how far the help overlay is scrolled.
	helpOff int
	// year is the focus year; years are the years the dataset has.
	year  int
	years []int

	// darkBackground is the terminal's background as last reported (dark
	// until a BackgroundColorMsg says otherwise); it resolves theme auto.
	darkBackground bool

	// Presentation mode. left is the time until the next tab. Each run of
	// the once-a-second timer carries the generation it was started in;
	// stopping, pausing or restarting bumps gen so a stale tick dies
	// instead of doubling the timer. No tick is pending unless presenting
	// and not paused: an idle dashboard writes nothing.
	present bool
	paused  bool
	left    time.Duration
	gen     int

	// badge is the footer's badge (BadgeMsg); timerHeld holds the
	// presentation timer (HoldTimer); glancing is on while Glance makes
	// a tab active without building it.
	badge     Badge
	timerHeld bool
	glancing  bool
	// titleSlide is on while --present's title slide is up (title.go);
	// slides are the tabs the timer cycles through and lastSlide the place
	// among them of the last one shown, -1 before any (slides.go).
	titleSlide bool
	slides     []int
	lastSlide  int
	title      titleCache
}

// presentTick is the presentation timer's once-a-second message.
type presentTick struct{ gen int }

type hit struct{ x0, x1 int }

// viewSync records the context and size a view was last given.
type viewSync struct {
	ctx  *common.Context
	w, h int
}

// DataMsg replaces the session's dataset (a reload of --data): every tab is
// rebuilt from the next frame. With Reloaded, the footer says the data was
// reloaded, until the next key, in the language the session shows then;
// Notice, when set, is said instead. It clears a failed reload's notice.
type DataMsg struct {
	Data     *dataset.Dataset
	Reloaded bool
	Notice   string
}

// ReloadFailedMsg says a reload of --data found Problems problems and was
// not used: the footer says so, in the session's language, until a later
// reload succeeds, so nobody takes the data shown for the new data.
type ReloadFailedMsg struct {
	Problems int
}

// New builds a dashboard for opts. It fails on an unknown tab or missing data.
func New(opts Options) (*Model, error) {
	if opts.Data == nil {
		return nil, fmt.Errorf("ui: no dataset")
	}
	if opts.Lang == "" {
		opts.Lang = i18n.VI
	}
	if opts.Province != "" && opts.Province != opts.Data.ID {
		d, ok := dataset.Find(content.Provinces(opts.Collection), opts.Province)
		if !ok {
			ids := []string{opts.Data.ID}
			for _, c := range content.LineageOrder(opts.Collection) {
				ids = append(ids, c.ID)
			}
			slices.Sort(ids)
			ids = slices.Compact(ids)
			return nil, errors.New(i18n.New(opts.Lang).Tf("cli.unknown_province", opts.Province, strings.Join(ids, ", ")))
		}
		opts.Data = d
	}
	if opts.Theme == "" {
		opts.Theme = theme.Auto
	}
	if opts.NoColor && opts.Theme == theme.Auto {
		opts.Theme = theme.Mono
	}
	if opts.Interval <= 0 {
		opts.Interval = DefaultInterval
	}
	if opts.Plain {
		// Plain mode draws nothing but text: no timer, no colour, no drawing.
		opts.Present, opts.Theme, opts.ASCII = false, theme.Mono, true
	}
	if opts.Tabs.Len() == 0 {
		opts.Tabs = content.Default()
	}
	if opts.Cache == nil {
		opts.Cache = content.NewCache()
	}
	m := &Model{opts: opts, tabs: opts.Tabs.Tabs(), help: help.New(), search: search.New(), dirty: true, darkBackground: true}
	face, err := common.ParseFace(opts.Face)
	if err != nil {
		return nil, err
	}
	if ys := content.Years(m.scope()); opts.Year != 0 && !slices.Contains(ys, opts.Year) {
		if len(ys) == 0 {
			return nil, fmt.Errorf("year %d: the dataset has no years", opts.Year)
		}
		return nil, errors.New(i18n.New(opts.Lang).Tf("cli.err.year_range", opts.Year, ys[0], ys[len(ys)-1]))
	}
	for _, t := range m.tabs {
		v := newView(t)
		if f, ok := v.(common.Faced); ok && face != common.FaceChart {
			f.SetFace(face)
		}
		m.views = append(m.views, v)
	}
	if opts.Present {
		m.present, m.left, m.titleSlide = true, opts.Interval, true
	}
	if m.slides, err = slideIndexes(opts.Tabs, opts.Slides); err != nil {
		return nil, err
	}
	m.lastSlide = -1
	if opts.Tab != "" {
		if _, err := opts.Tabs.Lookup(opts.Tab); err != nil {
			return nil, err
		}
		m.active = opts.Tabs.Index(opts.Tab)
	}
	m.applyContext()
	return m, nil
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}

// applyContext (re)builds the session context from opts and hands it to
// every view: on start, and whenever language or theme change.
func (m *Model) applyContext() {
	loc := i18n.New(m.opts.Lang)
	sc := m.scope()
	m.years = content.Years(sc)
	if !slices.Contains(m.years, m.year) {
		// A new dataset may not have the year in focus: keep the asked
		// one if it has it, else open on its latest.
		m.year = content.LatestYear(sc)
		if slices.Contains(m.years, m.opts.Year) {
			m.year = m.opts.Year
		}
	}
	st := theme.New(m.Theme())
	if m.opts.ASCII {
		st = st.WithASCII()
	}
	m.ctx = &common.Context{
		Data:    m.opts.Data,
		Scope:   sc,
		Cache:   m.opts.Cache,
		Loc:     loc,
		Styles:  st,
		Keys:    common.NewKeyMap(loc, len(m.tabs)),
		ASCII:   m.opts.ASCII,
		Present: m.present,
		Year:    m.year,
		// A slide is not a list being browsed: a bar on its first row
		// says "look here" about a row nobody chose.
		HideSelection: m.present && !m.selShown,
	}
	m.help.Styles = st.Help()
	m.resizeViews()
	m.dirty = true
}

// syncActive gives the active view the current context and size if it has
// not had them yet.
func (m *Model) syncActive() {
	if len(m.synced) != len(m.views) {
		m.synced = make([]viewSync, len(m.views))
		for i := range m.synced {
			m.synced[i] = viewSync{w: -1, h: -1}
		}
	}
	v, s := m.views[m.active], &m.synced[m.active]
	if s.ctx != m.ctx {
		v.SetContext(m.ctx)
		s.ctx = m.ctx
	}
	if cw, ch := m.contentSize(); s.w != cw || s.h != ch {
		v.SetSize(cw, ch)
		s.w, s.h = cw, ch
	}
}

// Has reports whether the dashboard has a tab with id.
func (m *Model) Has(id string) bool { return m.opts.Tabs.Index(id) >= 0 }

// Active returns the id of the active tab.
func (m *Model) Active() string {
	return m.tabs[m.active].ID
}

// Theme is the theme on screen: auto resolved against the terminal's
// background.
func (m *Model) Theme() theme.Name { return theme.Resolve(m.opts.Theme, m.darkBackground) }

// Presenting reports whether presentation mode is on, and whether paused.
func (m *Model) Presenting() (on, paused bool) { return m.present, m.paused }

// Init implements tea.Model: it asks the terminal for its background when
// the theme is auto, and starts the presentation timer under --present.
// Nothing else ticks.
func (m *Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.opts.Theme == theme.Auto {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if m.present && !m.paused {
		cmds = append(cmds, m.restartTimer())
	}
	return tea.Batch(cmds...)
}

// restartTimer starts a fresh once-a-second timer with a full interval,
// killing any pending tick.
func (m *Model) restartTimer() tea.Cmd {
	m.left = m.opts.Interval
	m.gen++
	return m.tick()
}

func (m *Model) tick() tea.Cmd {
	gen := m.gen
	return tea.Tick(time.Second, func(time.Time) tea.Msg { return presentTick{gen: gen} })
}

// onTick counts a second down and moves to the next tab when the interval
// is up. Ticks of a stopped, paused or restarted timer are dropped.
func (m *Model) onTick(t presentTick) tea.Cmd {
	if t.gen != m.gen || !m.present || m.paused || m.timerHeld {
		// A held countdown is someone else's (HoldTimer, GoTo).
		return nil
	}
	if m.showHelp || m.views[m.active].Capturing() {
		// The countdown waits while the presenter reads the help or a
		// detail: moving on would pull it away mid-sentence.
		return m.tick()
	}
	m.left -= time.Second
	if m.left <= 0 {
		m.SetActive(m.nextSlide())
		m.left = m.opts.Interval
		m.notice = ""
	}
	m.dirty = true
	return m.tick()
}

// togglePresent switches presentation mode on (timer running) or off (no
// timer left).
func (m *Model) togglePresent() tea.Cmd {
	m.present = !m.present
	m.paused = false
	m.titleSlide = m.titleSlide && m.present
	m.gen++ // a pending tick of the old run dies
	m.applyContext()
	if !m.present {
		return nil
	}
	return m.restartTimer()
}

// togglePause pauses the countdown where it is, or resumes it.
func (m *Model) togglePause() tea.Cmd {
	m.heldByMove = false
	m.paused = !m.paused
	m.gen++
	if m.paused {
		return nil
	}
	return m.tick()
}

// movesInTab reports whether msg moves the selection (an open detail
// holds the slide on its own, until it closes).
func (m *Model) movesInTab(msg tea.KeyPressMsg) bool {
	k := m.ctx.Keys
	for _, b := range []key.Binding{k.Up, k.Down, k.PageUp, k.PageDn, k.Top, k.Bottom} {
		if key.Matches(msg, b) {
			return true
		}
	}
	return false
}

// tabMoved restarts the countdown after the presenter moved by hand, so
// the new tab gets its full interval.
func (m *Model) tabMoved() tea.Cmd {
	if m.heldByMove {
		// The presenter held the slide by moving in it: going on to a
		// tab lets the show run again.
		m.heldByMove, m.paused = false, false
	}
	if !m.present || m.paused {
		m.left = m.opts.Interval
		return nil
	}
	return m.restartTimer()
}

// cycleTheme moves to the next theme (auto counts as what it shows) and
// names it in the footer.
func (m *Model) cycleTheme() {
	m.opts.Theme = theme.Next(m.Theme())
	m.applyContext()
	m.notice = m.ctx.Loc.Tf("theme.notice", m.ctx.Loc.T("theme."+string(m.opts.Theme)))
}

// toggleLang switches between Vietnamese and English.
func (m *Model) toggleLang() {
	if m.opts.Lang == i18n.VI {
		m.opts.Lang = i18n.EN
	} else {
		m.opts.Lang = i18n.VI
	}
	m.applyContext()
}

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.opts.Plain {
		return m, m.plainUpdate(msg)
	}
	if !m.glancing && !m.movesOn(msg) {
		// A tab made active by Glance is built before anything reads or
		// changes it; a key on to another tab passes it over unbuilt.
		m.build()
	}
	switch msg := msg.(type) {
	case presentTick:
		return m, m.onTick(msg)
	case tea.BackgroundColorMsg:
		dark := msg.IsDark()
		if dark != m.darkBackground {
			m.darkBackground = dark
			if m.opts.Theme == theme.Auto {
				m.applyContext()
			}
		}
		return m, nil
	case tea.WindowSizeMsg:
		m.SetSize(msg.Width, msg.Height)
		return m, nil
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	case tea.MouseClickMsg:
		return m, m.handleClick(msg)
	case common.FocusMsg:
		if slices.Contains(m.years, msg.Year) && msg.Year != m.year {
			m.year = msg.Year
			m.applyContext()
		}
		return m, nil
	case BadgeMsg:
		m.badge, m.dirty = Badge(msg), true
		return m, nil
	case NoticeMsg:
		m.notice, m.dirty = string(msg), true
		return m, nil
	case DataMsg:
		if msg.Data != nil {
			m.replaceInCollection(msg.Data)
			m.opts.Data = msg.Data
			m.reloadFailed = 0
			m.applyContext()
			m.notice = msg.Notice
			if msg.Reloaded && m.notice == "" {
				m.notice = m.ctx.Loc.Tf("server.reloaded", m.ctx.Loc.Date(m.opts.Data.AsOf))
			}
		}
		return m, nil
	case ReloadFailedMsg:
		m.reloadFailed, m.dirty = max(1, msg.Problems), true
		return m, nil
	}
	return m, nil
}

// replaceInCollection swaps a reloaded dataset into the collection in place
// of the one with the same id, so P keeps cycling from it and does not go
// back to the data from before the reload.
func (m *Model) replaceInCollection(d *dataset.Dataset) {
	for i, c := range m.opts.Collection {
		if c.ID == d.ID {
			m.opts.Collection = append([]*dataset.Dataset(nil), m.opts.Collection...)
			m.opts.Collection[i] = d
			return
		}
	}
}

// SetSize lays the dashboard out for a w×h screen. Negative sizes are
// treated as 0.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = max(w, 0), max(h, 0)
	m.resizeViews()
	m.dirty = true
}

func (m *Model) resizeViews() {
	m.syncActive()
	m.help.SetWidth(m.width)
}

func (m *Model) contentSize() (int, int) {
	if m.tooSmall() {
		return 0, 0
	}
	return m.width, m.height - chromeLines
}

func (m *Model) tooSmall() bool { return m.width < MinWidth || m.height < MinHeight }

func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.ctx.Keys
	m.dirty = true
	m.notice = ""
	if m.search.IsOpen() {
		// The field has the keys, q and n included; ctrl+c still quits.
		if msg.String() == "ctrl+c" {
			return tea.Quit
		}
		res, cmd := m.search.Update(msg)
		if res == search.Jump {
			m.hits, m.hitAt = m.search.Hits(), m.search.Selected()
			m.jump()
		}
		return cmd
	}
	if key.Matches(msg, k.Quit) {
		return tea.Quit
	}
	if m.showHelp {
		// Movement keys scroll a help taller than the screen; ? and esc
		// close it; any other key closes it and then does what it does,
		// so `?` `/` opens the search and `2` goes to the second tab: an
		// overlay never swallows or reinterprets a key.
		if off, ok := common.Navigate(k, msg, m.helpOff, 1<<16, max(1, m.height-6)); ok && !key.Matches(msg, k.Help) {
			m.helpOff = off
			return nil
		}
		m.showHelp = false
		if key.Matches(msg, k.Help) || msg.String() == "esc" {
			return nil
		}
	}
	switch {
	case key.Matches(msg, k.Help):
		m.showHelp, m.helpOff = true, 0
		return nil
	case key.Matches(msg, k.Search):
		if m.tooSmall() {
			return nil
		}
		return m.search.Open(m.index(), m.ctx.Styles, m.ctx.Loc)
	case key.Matches(msg, k.Match), key.Matches(msg, k.PrevMatch):
		if len(m.hits) == 0 {
			m.notice = m.ctx.Loc.T("search.nothing")
			return nil
		}
		step := 1
		if key.Matches(msg, k.PrevMatch) {
			step = len(m.hits) - 1
		}
		m.hitAt = (m.hitAt + step) % len(m.hits)
		m.jump()
		return nil
	case key.Matches(msg, k.Earlier), key.Matches(msg, k.Later):
		m.moveYear(key.Matches(msg, k.Later))
		return nil
	case key.Matches(msg, k.Next) && m.titleSlide:
		// From the title slide on to the first slide, as the timer goes.
		i := m.nextSlide()
		m.titleSlide = false
		m.SetActive(i)
		return m.tabMoved()
	case key.Matches(msg, k.Prev) && m.titleSlide:
		// Nothing comes before the title slide: it closes on the tab
		// beneath it.
		m.titleSlide = false
		return m.tabMoved()
	case key.Matches(msg, k.Next):
		m.switchTo((m.active + 1) % len(m.views))
		return m.tabMoved()
	case key.Matches(msg, k.Prev):
		m.switchTo((m.active + len(m.views) - 1) % len(m.views))
		return m.tabMoved()
	case key.Matches(msg, k.Province):
		if len(content.LineageOrder(m.opts.Collection)) < 2 {
			// Said, not silent: the key exists, it has nowhere to go.
			m.notice = m.ctx.Loc.T("app.province.none")
			return nil
		}
		m.nextProvince()
		return nil
	case key.Matches(msg, k.Follow):
		if !m.badge.Follow {
			// Said, not silent: f follows a presenter, and there is none.
			m.notice = m.ctx.Loc.T("room.follow.none")
		}
		return nil // where it works, whoever wraps the dashboard acts on it (Reach)
	case key.Matches(msg, k.Jump):
		n := int(msg.String()[0] - '1')
		if n >= 0 && n < len(m.views) {
			m.switchTo(n)
		}
		return m.tabMoved()
	case key.Matches(msg, k.Present):
		return m.togglePresent()
	case key.Matches(msg, k.Pause) && m.present:
		return m.togglePause()
	case key.Matches(msg, k.Theme):
		m.cycleTheme()
		return nil
	case key.Matches(msg, k.Lang):
		m.toggleLang()
		return nil
	}
	if m.tooSmall() || m.titleSlide {
		return nil // the title slide hides the tab: its keys would act unseen
	}
	if !m.present || !m.movesInTab(msg) {
		return m.views[m.active].Update(msg)
	}
	if !m.paused {
		// The presenter is showing something on this slide: the show
		// waits (until space or the next tab) instead of pulling the
		// slide away under them.
		m.paused, m.heldByMove = true, true
		m.gen++
		m.notice = m.ctx.Loc.T("present.held")
	}
	if !m.selShown {
		// The first move shows where the selection is, on the row the
		// slide starts from, instead of jumping past a row nobody saw
		// selected.
		m.showSelection(true)
		return nil
	}
	return m.views[m.active].Update(msg)
}

// index is the search index of the session's data and language, built on
// the first search after a change of either.
func (m *Model) index() *search.Index {
	if m.searchIx == nil || m.ixFor != m.ctx {
		other := i18n.New(i18n.EN)
		if m.ctx.Loc.Lang == i18n.EN {
			other = i18n.New(i18n.VI)
		}
		pages := make([]content.Page, len(m.tabs))
		alt := make([]content.Page, len(m.tabs))
		titles := make([]string, len(m.tabs))
		for i, t := range m.tabs {
			pages[i], titles[i] = m.ctx.Page(t), t.Title(m.ctx.Loc)
			alt[i] = m.opts.Cache.Page(t, m.ctx.Scoped(), other)
		}
		m.searchIx, m.ixFor = search.NewIndexNamed(pages, alt, titles, m.ctx.Scope, m.ctx.Loc.T("zones.tenants"), string(m.ctx.Loc.Lang)), m.ctx
	}
	return m.searchIx
}

// jump goes to the current match: its tab, its row selected (a source
// opens the tab's sources face), and says where it is in the footer.
func (m *Model) jump() {
	if m.hitAt < 0 || m.hitAt >= len(m.hits) {
		return
	}
	h := m.hits[m.hitAt]
	if h.Tab < 0 || h.Tab >= len(m.views) {
		return
	}
	m.SetActive(h.Tab)
	m.syncActive()
	v := m.views[m.active]
	if h.Source != "" {
		if f, ok := v.(common.Faced); ok {
			f.SetFace(common.FaceSources)
		}
	} else if sel, ok := v.(common.Selector); ok {
		m.showSelection(true)
		sel.SelectRow(h.Section, h.Key)
	}
	v.SetSize(m.contentSize()) // redraw with the new selection
	m.notice = m.ctx.Loc.Tf("search.at", m.hitAt+1, len(m.hits), h.Label)
	m.dirty = true
}

// moveYear moves the focus year to the next year the dataset has, later
// or earlier, and hands every tab the new context.
func (m *Model) moveYear(later bool) {
	i := slices.Index(m.years, m.year)
	switch {
	case len(m.years) == 0:
		return
	case i < 0:
		i = len(m.years) - 1
	case later && i < len(m.years)-1:
		i++
	case !later && i > 0:
		i--
	default:
		return
	}
	m.year = m.years[i]
	m.applyContext()
}

// sourceURL approves a hyperlink in a frame: only the web (http, https)
// addresses of the dataset's sources are linked.
func (m *Model) sourceURL(uri string) bool {
	if !dataset.WebURL(uri) {
		return false
	}
	for _, s := range m.scope().Sources() {
		if textsafe.Clean(s.URL) == uri {
			return true
		}
	}
	return false
}

// Year is the focus year (0: none).
func (m *Model) Year() int { return m.year }

// nextProvince swaps in the next dataset of the collection in lineage
// order (the current province, then the provinces it was formed from),
// the way DataMsg does, and says in the footer which province it opened
// and where it stands in the lineage.
func (m *Model) nextProvince() {
	c := content.LineageOrder(m.opts.Collection)
	if len(c) < 2 {
		return
	}
	i := slices.Index(c, m.opts.Data)
	next := (i + 1) % len(c)
	m.opts.Data = c[next]
	m.applyContext()
	m.notice = provinceNotice(m.ctx.Loc, m.opts.Data, next+1, len(c))
}

// provinceNotice names the province P opened, its place in the order P
// goes, and where it stands in its lineage.
func provinceNotice(l *i18n.Locale, d *dataset.Dataset, n, of int) string {
	name := l.Pick(d.Name)
	lin := d.Lineage
	switch {
	case lin.Became.ID != "":
		return l.Tf("app.province.former", name, n, of, l.Pick(lin.Became.Name), l.Date(lin.Date))
	case len(lin.FormedFrom) > 0:
		names := make([]string, len(lin.FormedFrom))
		for i, f := range lin.FormedFrom {
			names[i] = l.Pick(f.Name)
		}
		return l.Tf("app.province.formed", name, n, of, l.List(names))
	}
	return l.Tf("app.province", name, n, of)
}

// scope is the session's province with the provinces of its lineage that
// the collection holds. It is worked out again only when the data or the
// collection change, not on every change of year, theme or language.
func (m *Model) scope() *content.Scope {
	if m.scoped == nil || m.scoped.D != m.opts.Data || !slices.Equal(m.scopedColl, m.opts.Collection) {
		m.scoped = m.opts.Cache.Scope(m.opts.Tabs, m.opts.Collection, m.opts.Data)
		m.scopedColl = m.opts.Collection
	}
	return m.scoped
}

func (m *Model) handleClick(msg tea.MouseClickMsg) tea.Cmd {
	mouse := msg.Mouse()
	if mouse.Button != tea.MouseLeft || m.tooSmall() {
		return nil
	}
	if mouse.Y >= 2 && !m.showHelp && !m.search.IsOpen() && !m.titleSlide {
		// Below the tab bar and its rule: the tab's own (a chart point).
		m.dirty = true
		return m.views[m.active].Update(common.ClickMsg{X: mouse.X, Y: mouse.Y - 2})
	}
	if mouse.Y != 0 {
		return nil
	}
	_, hits := m.tabLayout()
	for i, h := range hits {
		if mouse.X >= h.x0 && mouse.X < h.x1 {
			// The help covers the body: close it, or the click would
			// change the tab bar but not what is on screen.
			m.showHelp = false
			m.SetActive(i)
			m.dirty = true
			return m.tabMoved()
		}
	}
	return nil
}

// switchTo shows tab i after a key: built, unless Glance is handling the
// key (then only made the active one, to be built by the next message).
func (m *Model) switchTo(i int) {
	if !m.glancing || i < 0 || i >= len(m.views) {
		m.SetActive(i)
		return
	}
	m.arrive(i)
	m.active = i
	m.dirty = true
}

// build builds the active tab if it is not current (Glance left it so).
func (m *Model) build() {
	if !m.built(m.active) || m.synced[m.active].ctx != m.ctx {
		m.syncActive()
		m.dirty = true
		return
	}
	if cw, ch := m.contentSize(); m.synced[m.active].w != cw || m.synced[m.active].h != ch {
		m.syncActive()
		m.dirty = true
	}
}

// SetActive switches to tab i (ignored when out of range).
func (m *Model) SetActive(i int) {
	m.arrive(i)
	if i < 0 || i >= len(m.views) {
		return
	}
	if i == m.active {
		m.syncActive() // a tab made active by Glance is active unbuilt
		return
	}
	m.active = i
	m.showSelection(false)
	m.syncActive()
	m.dirty = true
}

// showSelection shows or hides the selection on slides, handing the views
// a new context when that changes (outside presentation mode the
// selection always shows).
func (m *Model) showSelection(on bool) {
	if m.selShown == on {
		return
	}
	m.selShown = on
	if m.present {
		m.applyContext()
	}
}

// View implements tea.Model.
func (m *Model) View() tea.View {
	if m.opts.Plain {
		return tea.NewView(textsafe.KeepStyle(m.plainPrompt()))
	}
	return m.ViewOf(m.Frame())
}

// ViewOf wraps frame, a frame of this dashboard's, as View does its own
// (a frame composed by another session: package crowd).
func (m *Model) ViewOf(frame string) tea.View {
	v := tea.NewView(frame)
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "provdash — " + m.ctx.Loc.Pick(m.opts.Data.Name)
	return v
}

// Frame returns the screen as a string of exactly the model's height lines
// (fewer when the height is 0), each at most its width. The render command
// prints it; View wraps it.
func (m *Model) Frame() string {
	if !m.dirty {
		return m.frame
	}
	// The frame's own escapes are SGR styling only; anything else in it
	// came from data that did not go through i18n's Pick (a source title,
	// a park name) and must not reach the terminal.
	m.frame = textsafe.KeepStyleLinks(m.compose(), m.sourceURL)
	// The light theme paints its own background into every cell.
	m.frame = m.ctx.Styles.PaintScreen(m.frame, m.width)
	m.dirty = false
	return m.frame
}

func (m *Model) compose() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	if m.tooSmall() {
		return m.tooSmallScreen()
	}
	st := m.ctx.Styles
	cw, ch := m.contentSize()
	bar := m.tabBar()
	rule := st.Faint.Render(strings.Repeat("─", w))
	if m.ctx.ASCII {
		rule = st.Faint.Render(strings.Repeat("-", w))
	}
	var body string
	switch {
	case m.search.IsOpen():
		body = m.search.View(cw, ch, st, m.ctx.Loc)
	case m.showHelp:
		body = m.helpOverlay(cw, ch)
	case m.titleSlide:
		body = m.titleBody(cw, ch)
	default:
		body = m.views[m.active].View()
	}
	body = padLines(common.Fit(body, cw, ch), ch)
	if over := m.noticeAbove(); len(over) > 0 && len(over) < ch {
		// A notice longer than the footer wraps upward over the last
		// lines of the tab, until the next key: a room's message is read
		// whole, never cut.
		lines := strings.Split(body, "\n")
		copy(lines[len(lines)-len(over):], over)
		body = strings.Join(lines, "\n")
	}
	return bar + "\n" + rule + "\n" + body + "\n" + m.footer()
}

// noticeWidth is the cells the footer gives a notice.
func (m *Model) noticeWidth() int {
	w := m.width
	if badge := m.badgeView(m.width / 2); badge != "" {
		w -= lipgloss.Width(badge) + 1
	}
	return max(1, w-1)
}

// noticeLines is the notice wrapped to the footer's width.
func (m *Model) noticeLines() []string {
	if m.notice == "" {
		return nil
	}
	return wrapSpaces(m.notice, m.noticeWidth())
}

// wrapSpaces wraps s at spaces only, so a flag like --lead is never split
// at its dashes (ansi.Wordwrap breaks at hyphens); a word longer than w
// is cut by the caller.
func wrapSpaces(s string, w int) []string {
	var out []string
	line := ""
	for _, word := range strings.Fields(s) {
		switch {
		case line == "":
			line = word
		case lipgloss.Width(line)+1+lipgloss.Width(word) <= w:
			line += " " + word
		default:
			out = append(out, line)
			line = word
		}
	}
	return append(out, line)
}

// noticeAbove is the lines of a long notice that go above the footer,
// styled, each as wide as the screen.
func (m *Model) noticeAbove() []string {
	nl := m.noticeLines()
	if len(nl) < 2 {
		return nil
	}
	out := make([]string, 0, len(nl)-1)
	for _, l := range nl[:len(nl)-1] {
		out = append(out, common.Pad(" "+m.ctx.Styles.Notice.Render(ansi.Truncate(l, m.noticeWidth(), "…")), m.width))
	}
	return out
}

// padLines makes s exactly n lines so the footer stays at the bottom.
func padLines(s string, n int) string {
	have := 0
	if s != "" {
		have = strings.Count(s, "\n") + 1
	}
	if have >= n {
		return s
	}
	if s == "" {
		return strings.Repeat("\n", n-1)
	}
	return s + strings.Repeat("\n", n-have)
}

func (m *Model) tooSmallScreen() string {
	st := m.ctx.Styles
	msg := m.ctx.Loc.Tf("app.too_small", m.width, m.height, MinWidth, MinHeight)
	hint := "q: " + m.ctx.Loc.T("key.quit")
	text := st.Warn.Render(ansi.Wordwrap(msg, m.width, " ")) + "\n" + st.Faint.Render(hint)
	return common.Fit(lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, text), m.width, m.height)
}

// tabBar draws "provdash │ 1 Tổng quan  2 …" with the active tab
// highlighted, falling back to numbers only for inactive tabs when the full
// titles do not fit.
func (m *Model) tabBar() string {
	line, _ := m.tabLayout()
	return line
}

// tabLayout is the tab bar and where each tab is on it, for mouse clicks:
// a click works it out again rather than drawing keeping it, so drawing
// changes nothing.
func (m *Model) tabLayout() (string, []hit) {
	st := m.ctx.Styles
	brand := st.Brand.Render("provdash")
	right := st.Faint.Render(m.ctx.Loc.Pick(m.opts.Data.Name) + " · " + m.ctx.Loc.T("app.asof") + " " + m.ctx.Loc.Date(m.opts.Data.AsOf) + " ")
	for _, short := range []bool{false, true} {
		var parts []string
		hits := make([]hit, len(m.views))
		x := lipgloss.Width(brand)
		for i, t := range m.tabs {
			label := fmt.Sprintf("%d %s", i+1, t.Title(m.ctx.Loc))
			if short && i != m.active {
				label = fmt.Sprintf("%d", i+1)
			}
			s := st.TabInactive.Render(label)
			if i == m.active {
				s = st.TabActive.Render(label)
			}
			wdt := lipgloss.Width(s)
			hits[i] = hit{x, x + wdt}
			x += wdt
			parts = append(parts, s)
		}
		line := brand + strings.Join(parts, "")
		lw := lipgloss.Width(line)
		if lw > m.width && !short {
			continue
		}
		if gap := m.width - lw - lipgloss.Width(right); gap >= 2 {
			line += strings.Repeat(" ", gap) + right
		}
		return common.Fit(line, m.width, 1), hits
	}
	return "", nil
}

// footer is the bottom line: a notice, the presentation's progress or the
// short help, with the room badge (if in a room) at its right end.
func (m *Model) footer() string {
	badge := m.badgeView(m.width / 2)
	if badge == "" {
		return m.footerLeft(m.width)
	}
	// One blank cell between the footer and the badge, so a cut help
	// line does not run into it.
	w := m.width - lipgloss.Width(badge) - 1
	return common.Pad(m.footerLeft(w), w) + " " + badge
}

func (m *Model) footerLeft(w int) string {
	if nl := m.noticeLines(); len(nl) > 0 {
		// The last line of a wrapped notice; the others are above it.
		return common.Fit(" "+m.ctx.Styles.Notice.Render(nl[len(nl)-1]), w, 1)
	}
	if m.reloadFailed > 0 {
		l := m.ctx.Loc
		return common.Fit(" "+m.ctx.Styles.Notice.Render(l.Tf("server.reload_failed", l.Plural(m.reloadFailed, "cli.problems"), l.Date(m.opts.Data.AsOf))), w, 1)
	}
	if m.present {
		return m.progressLine(w)
	}
	k := m.ctx.Keys
	v := m.views[m.active]
	// ? and q come first, so they survive any width; the bubbles help
	// drops bindings from the end when the line is full, so the least
	// needed come last.
	bindings := []key.Binding{k.Help, k.Quit}
	bindings = append(bindings, v.ShortHelp()...)
	if m.badge.Follow {
		bindings = append(bindings, k.Follow)
	}
	bindings = append(bindings, k.Next, k.Jump, k.Search, k.Earlier, k.Present, k.Theme, k.Lang)
	hm := m.help
	hm.SetWidth(w)
	return common.Fit(" "+hm.ShortHelpView(bindings), w, 1)
}

// progressLine replaces the help footer in presentation mode:
// "▶ 3/5 · 12s" then a thin bar of the time gone, glyphs differing for
// done and to-go so it reads without colour. Paused shows ‖ and the word.
func (m *Model) progressLine(w int) string {
	st := m.ctx.Styles
	play, pause, done, todo := "▶", "‖", "━", "─"
	if m.ctx.ASCII {
		play, pause, done, todo = ">", "||", "=", "-"
	}
	secs := int((m.left + time.Second - 1) / time.Second)
	label := fmt.Sprintf("%s %s · %ds", play, m.slideLabel(), secs)
	if m.paused {
		label = fmt.Sprintf("%s %s · %ds · %s", pause, m.slideLabel(), secs, m.ctx.Loc.T("present.paused"))
	}
	line := " " + st.Progress.Render(label) + " "
	barW := w - lipgloss.Width(line) - 1
	if barW >= 4 {
		total := m.opts.Interval
		gone := total - m.left
		n := int(int64(barW) * int64(gone) / int64(total))
		n = min(max(n, 0), barW)
		line += st.ProgressDone.Render(strings.Repeat(done, n)) + st.ProgressTodo.Render(strings.Repeat(todo, barW-n))
	}
	return common.Fit(line, w, 1)
}

// helpOverlay is the full key table of README: Keys, reflowed into as
// many columns as fit and scrolled (↑/↓) where even one column does not:
// at 60×16 every key is still there to read.
func (m *Model) helpOverlay(w, h int) string {
	st := m.ctx.Styles
	k := m.ctx.Keys
	var keys, descs []string
	kw, dw := 0, 0
	for _, b := range k.All() {
		if b.Help().Key == "" || (len(m.opts.Collection) < 2 && b.Help().Key == k.Province.Help().Key) ||
			(!m.badge.Follow && b.Help().Key == k.Follow.Help().Key) {
			continue
		}
		keys, descs = append(keys, b.Help().Key), append(descs, b.Help().Desc)
		kw, dw = max(kw, lipgloss.Width(b.Help().Key)), max(dw, lipgloss.Width(b.Help().Desc))
	}
	const gap = 3
	framed := w >= 40 && h >= 12
	iw := w
	if framed {
		iw = w - st.Overlay.GetHorizontalFrameSize()
	}
	colW := kw + 1 + dw
	cols := common.Clamp((iw+gap)/(colW+gap), 1, len(keys))
	if cols == 1 {
		colW = iw
	}
	rows := (len(keys) + cols - 1) / cols
	lines := []string{st.PanelTitle.Render(m.ctx.Loc.T("help.title")), ""}
	for r := 0; r < rows; r++ {
		var b strings.Builder
		for c := 0; c < cols; c++ {
			i := c*rows + r
			if i >= len(keys) {
				break
			}
			if c > 0 {
				b.WriteString(strings.Repeat(" ", gap))
			}
			cell := st.HelpKey.Render(common.Pad(keys[i], kw)) + " " + st.HelpDesc.Render(descs[i])
			b.WriteString(common.Pad(cell, colW))
		}
		lines = append(lines, strings.TrimRight(b.String(), " "))
	}
	lines = append(lines, "")
	for _, l := range strings.Split(ansi.Wordwrap(m.ctx.Loc.T("app.legend"), iw, " "), "\n") {
		lines = append(lines, st.Faint.Render(l))
	}
	// The glossary: every short form a screen uses, spelled out.
	lines = append(lines, "", st.PanelTitle.Render(m.ctx.Loc.T("glossary.title")))
	for _, k := range i18n.Glossary() {
		for _, l := range strings.Split(ansi.Wordwrap(m.ctx.Loc.T(k), iw, " "), "\n") {
			lines = append(lines, st.HelpDesc.Render(l))
		}
	}
	lines = append(lines, "")
	for _, l := range strings.Split(ansi.Wordwrap(m.ctx.Loc.T("help.close"), iw, " "), "\n") {
		lines = append(lines, st.Faint.Render(l))
	}
	box, ih := common.OverlayBox(st, framed, len(lines), h)
	if len(lines) > ih && ih >= 2 {
		// The line that says how to scroll and close wraps rather than
		// being cut: on a narrow screen it takes two lines from the keys.
		total := len(lines)
		var sc common.Scroll
		sc.Off = m.helpOff
		n := 1
		var more []string
		for range 3 {
			from, to := sc.Show(total, max(1, ih-n))
			more = strings.Split(ansi.Wordwrap(common.ScrollMark(from, to, total)+"  "+m.ctx.Loc.T("help.more"), iw, " "), "\n")
			if len(more) == n {
				break
			}
			n = len(more)
		}
		from, to := sc.Show(total, max(1, ih-len(more)))
		m.helpOff = sc.Off
		lines = lines[from:to:to]
		for _, l := range more {
			lines = append(lines, st.Faint.Render(ansi.Truncate(l, iw, "…")))
		}
	}
	body := strings.Join(lines, "\n")
	if framed {
		body = box.Render(body)
	}
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, body)
}
