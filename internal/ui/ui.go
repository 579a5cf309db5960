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
//
// ui.go holds the model, its messages and keys; frame.go draws a frame
// (tab bar, notices, footer, help overlay); present.go is presentation
// mode's timer, slides.go its order of slides and title.go its title
// slide; plain.go is plain mode.
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
	// Themes holds the styles of each theme, shared like Cache; nil gives
	// the dashboard its own.
	Themes *theme.Cache
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
	// winTitle is the terminal window's title, "provdash — " and the
	// province: made with the context, not on every View.
	winTitle string
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
	if opts.Themes == nil {
		opts.Themes = theme.NewCache()
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
	st := m.opts.Themes.Styles(m.Theme(), m.opts.ASCII)
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
	m.winTitle = "provdash — " + loc.Pick(m.opts.Data.Name)
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
