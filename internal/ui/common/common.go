// Package common is the leaf package every tab imports: the View contract,
// the per-session Context (data, locale, styles, keys) and small helpers
// that several tabs share. It imports no tab and not the root model.
package common

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
)

// Context is what a tab needs from its session. One per session: an SSH
// server runs many, so nothing here is global. The root model replaces the
// whole Context (SetContext) when data, language or theme change; tabs must
// treat it as read-only.
type Context struct {
	Data *dataset.Dataset
	// Scope is Data with the provinces of its lineage that the collection
	// holds; it numbers the citations of every screen. Nil means Data
	// alone (Scoped).
	Scope *content.Scope
	// Cache shares pages among the sessions of a process (Page); nil
	// builds a page each time it is asked for.
	Cache  *content.Cache
	Loc    *i18n.Locale
	Styles *theme.Styles
	Keys   *KeyMap
	// ASCII asks for charts and borders without braille or box drawing.
	ASCII bool
	// Present is true in presentation mode (--present, `p`): the help
	// footer is hidden and the tabs cycle on a timer, so headline figures
	// may be drawn larger (BigDigits) where the size allows.
	Present bool
	// HideSelection draws no selection bar (a slide before the presenter
	// moves on it); the selection is kept, and keys still move it.
	HideSelection bool
	// Year is the focus year shared by every tab (`[`, `]`, --year): the
	// GDP readout, the highlighted FDI rows, the agreements in force. 0
	// means none.
	Year int
}

// Selector is a view that can select one of its page's rows by key: a
// search jumps there. It reports whether the row is in the tab.
type Selector interface {
	SelectRow(section, key string) bool
}

// View is one tab of the dashboard.
//
// The root model owns one View per tab of the registry (content.Registry),
// which alone names the tabs: the tab bar, the jump keys and the help
// derive from the registry, not from the views. Only the active view is
// kept in step: SetSize and SetContext reach a view when it is shown and
// while it is active, so a resize rebuilds one tab, not all; key presses
// reach only the active view, after the global keys. Views cache what they
// render and rebuild only when the size or the Context change, because
// View() runs after every message.
type View interface {
	// SetContext gives the view its session context (initially and after a
	// change of data, language or theme).
	SetContext(ctx *Context)
	// SetSize gives the view the cells it may draw in. It may be 0×0.
	SetSize(width, height int)
	// Update handles a message (keys, mouse) while the tab is active.
	Update(msg tea.Msg) tea.Cmd
	// View renders the tab: at most height lines, each at most width cells.
	View() string
	// ShortHelp lists the tab's own bindings for the footer. The `?`
	// overlay draws the dashboard's whole key table, so a tab lists no
	// groups of its own.
	ShortHelp() []key.Binding
	// Capturing reports whether the view has a detail open. Esc then
	// belongs to the view, and presentation mode holds its countdown so
	// the detail is not pulled away while someone reads it.
	Capturing() bool
}

// Face is what a tab shows: its chart, its table, or its sources. `v`
// cycles them, so every tab can say where its numbers come from.
type Face int

// Faces in cycling order.
const (
	FaceChart Face = iota
	FaceTable
	FaceSources
)

// FaceNames are the faces' names as --face accepts them, in cycling order.
func FaceNames() []string { return []string{"chart", "table", "sources"} }

// ParseFace accepts a face's name ("" is the chart).
func ParseFace(s string) (Face, error) {
	if s == "" {
		return FaceChart, nil
	}
	for i, n := range FaceNames() {
		if s == n {
			return Face(i), nil
		}
	}
	return FaceChart, fmt.Errorf("unknown face %q: use one of %s", s, strings.Join(FaceNames(), ", "))
}

// Faced is a view whose face can be set from outside (--face): every tab.
type Faced interface {
	SetFace(Face)
}

// Next returns the following face.
func (f Face) Next() Face { return (f + 1) % 3 }

// Name is the face's name in the locale.
func (f Face) Name(l *i18n.Locale) string {
	switch f {
	case FaceTable:
		return l.T("app.face.table")
	case FaceSources:
		return l.T("app.face.sources")
	}
	return l.T("app.face.chart")
}

// KeyMap is the dashboard's key table (README: Keys). Global bindings are
// handled by the root model; the selection and detail bindings are used by
// tabs that have a selection.
type KeyMap struct {
	Next, Prev     key.Binding
	Jump           key.Binding // 1…n, one per tab
	Up, Down       key.Binding
	PageUp, PageDn key.Binding
	Top, Bottom    key.Binding
	Open, Close    key.Binding
	Face           key.Binding
	Help, Quit     key.Binding
	// Province cycles through the datasets of a collection (--data on a
	// folder of several provinces); it does nothing with one dataset.
	Province key.Binding
	// Present toggles presentation mode, Pause pauses and resumes its
	// timer, Theme cycles the themes and Lang toggles Vietnamese/English.
	Present, Pause key.Binding
	Theme, Lang    key.Binding
	// Search opens the search field; Match and PrevMatch go to the next
	// and previous match of the last search.
	Search, Match, PrevMatch key.Binding
	// Earlier and Later move the focus year shared by every tab.
	Earlier, Later key.Binding
	// Follow, in a room, follows the presenter again after browsing alone;
	// it does nothing elsewhere.
	Follow key.Binding
}

// All lists every binding once, in the order the help shows them: moving
// between tabs, within a tab, what a tab shows, the session.
func (k *KeyMap) All() []key.Binding {
	return []key.Binding{k.Next, k.Prev, k.Jump, k.Up, k.Down, k.PageUp, k.PageDn, k.Top, k.Bottom,
		k.Open, k.Close, k.Face, k.Earlier, k.Search, k.Match, k.Present, k.Pause, k.Theme, k.Lang,
		k.Province, k.Follow, k.Help, k.Quit}
}

// NewKeyMap returns the key table with help text in the locale, the jump
// keys 1…tabs (at most 9: one digit each) for a registry of tabs tabs.
func NewKeyMap(l *i18n.Locale, tabs int) *KeyMap {
	tabs = Clamp(tabs, 1, 9)
	jump := make([]string, tabs)
	for i := range jump {
		jump[i] = strconv.Itoa(i + 1)
	}
	jumpHelp := "1…" + jump[tabs-1]
	if tabs == 1 {
		jumpHelp = "1"
	}
	return &KeyMap{
		Next:   key.NewBinding(key.WithKeys("tab", "right", "l"), key.WithHelp("tab/→/l", l.T("key.next"))),
		Prev:   key.NewBinding(key.WithKeys("shift+tab", "left", "h"), key.WithHelp("⇧tab/←/h", l.T("key.prev"))),
		Jump:   key.NewBinding(key.WithKeys(jump...), key.WithHelp(jumpHelp, l.T("key.jump"))),
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", l.T("key.up"))),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", l.T("key.down"))),
		PageUp: key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", l.T("key.pgup"))),
		PageDn: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", l.T("key.pgdn"))),
		Top:    key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", l.T("key.top"))),
		Bottom: key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", l.T("key.bottom"))),
		Open:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", l.T("key.open"))),
		Close:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", l.T("key.close"))),
		Face:   key.NewBinding(key.WithKeys("v"), key.WithHelp("v", l.T("key.face"))),
		Help:   key.NewBinding(key.WithKeys("?"), key.WithHelp("?", l.T("key.help"))),
		Quit:   key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", l.T("key.quit"))),
		// shift+p: a capital letter, so a stray p never changes province.
		Province: key.NewBinding(key.WithKeys("P", "shift+p"), key.WithHelp("P", l.T("key.province"))),
		Present:  key.NewBinding(key.WithKeys("p"), key.WithHelp("p", l.T("key.present"))),
		Pause:    key.NewBinding(key.WithKeys("space"), key.WithHelp("space", l.T("key.pause"))),
		Theme:    key.NewBinding(key.WithKeys("t"), key.WithHelp("t", l.T("key.theme"))),
		// L, not l: l is "next tab".
		Lang:      key.NewBinding(key.WithKeys("L", "shift+l"), key.WithHelp("L", l.T("key.lang"))),
		Search:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", l.T("key.search"))),
		Match:     key.NewBinding(key.WithKeys("n"), key.WithHelp("n/N", l.T("key.match"))),
		PrevMatch: key.NewBinding(key.WithKeys("N", "shift+n"), key.WithHelp("N", l.T("key.match"))),
		Earlier:   key.NewBinding(key.WithKeys("["), key.WithHelp("[/]", l.T("key.year"))),
		Later:     key.NewBinding(key.WithKeys("]"), key.WithHelp("]", l.T("key.year"))),
		Follow:    key.NewBinding(key.WithKeys("f"), key.WithHelp("f", l.T("key.follow"))),
	}
}

// FocusYear is the focus year, or the dataset's latest year with a growth
// figure when the context names none (a view built outside the root
// model, as in tests and `render` of one tab).
func (c *Context) FocusYear() int {
	if c == nil {
		return 0
	}
	if c.Year != 0 {
		return c.Year
	}
	return content.LatestYear(c.Scoped())
}

// Scoped is the scope the context's screens are about: Scope, or Data
// alone when the context names no scope (a view built outside the root
// model, as in tests).
func (c *Context) Scoped() *content.Scope {
	if c == nil {
		return nil
	}
	if c.Scope != nil && c.Scope.D == c.Data {
		return c.Scope
	}
	return content.Single(c.Data)
}

// Page is t's page of the session's scope and language, read from the
// shared Cache where another session (or this one, before a language
// switch) has built it. Pages are shared: a tab that marks rows copies
// them first.
func (c *Context) Page(t content.Tab) content.Page {
	if c == nil {
		return content.Page{Tab: t.ID}
	}
	return c.Cache.Page(t, c.Scoped(), c.Loc)
}

// More is the line that says a list continues below the screen: "↓ 12
// more", faint, in the session's language.
func (c *Context) More(n int) string {
	return c.Styles.Faint.Render(c.Loc.Tf("app.more", n))
}

// ClickMsg is a left click inside the active tab's body, in the tab's own
// cells (0,0 is its top-left): the root model forwards clicks below the
// tab bar this way, so a view never sees the screen's layout.
type ClickMsg struct{ X, Y int }

// FocusMsg asks the root model to focus a year (a click on a chart's
// point): every tab then shows that year.
type FocusMsg struct{ Year int }

// Drawn is the item a view draws as selected: sel, or -1 (none) while
// HideSelection is on.
func (c *Context) Drawn(sel int) int {
	if c != nil && c.HideSelection {
		return -1
	}
	return sel
}
