package common

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/ui/cells"
	"github.com/provdash/provdash/internal/ui/theme"
)

// Base is the state every tab keeps: its session context, the cells it
// may draw in and the frame it rendered last. Tabs embed it so that the
// parts of the View contract that do not depend on the tab (View, the
// readiness check, the size) are written once.
type Base struct {
	// Tab is the registry entry the tab draws: its content builder.
	Tab content.Tab
	Ctx *Context
	// Page is the tab's content for the context's dataset and locale,
	// built once per context (Bind): every face draws from it.
	Page content.Page
	W, H int
	// Out is the cached frame: tabs render on a change of size, context or
	// state and View returns it, because View runs after every message.
	Out string
	// gen counts Binds, so a body laid out for one page is never drawn
	// for the next.
	gen int
	// cite is the page's citation line for citeKey: finding what a page
	// cites reads every row, so it is done once per page and width.
	cite    string
	citeKey bodyKey
}

// Citation is the page's one-line citation (PageCitation) at the tab's
// width, found once per page, context and width.
func (b *Base) Citation() string {
	if k := b.key(FaceChart); k != b.citeKey || b.cite == "" {
		b.citeKey, b.cite = k, PageCitation(b.Ctx, b.Page, b.W)
	}
	return b.cite
}

// bodyKey is what a cached body was laid out for: the page (gen), the
// context (data, language, theme and focus year come with it), the width
// and the face. The selection and the scroll offset are not in it: they
// only pick the window drawn.
type bodyKey struct {
	gen  int
	ctx  *Context
	year int
	w    int
	face Face
}

// bodyCache is a body laid out once per bodyKey.
type bodyCache struct {
	key  bodyKey
	body *Body
}

// get returns the body for key, laying it out with build on a change.
func (c *bodyCache) get(key bodyKey, build func() *Body) *Body {
	if c.body == nil || c.key != key {
		c.key, c.body = key, build()
	}
	return c.body
}

// key is the bodyKey of the tab's present page, context and width.
func (b *Base) key(f Face) bodyKey {
	k := bodyKey{gen: b.gen, ctx: b.Ctx, w: b.W, face: f}
	if b.Ctx != nil {
		k.year = b.Ctx.Year
	}
	return k
}

// Bind records the session context and builds the tab's page from it.
func (b *Base) Bind(ctx *Context) {
	b.Ctx = ctx
	b.gen++
	b.Page = content.Page{Tab: b.Tab.ID}
	if ctx != nil && ctx.Data != nil && ctx.Loc != nil {
		b.Page = ctx.Page(b.Tab)
	}
}

// View returns the cached frame.
func (b *Base) View() string { return b.Out }

// Ready reports whether the tab has something to draw on and with: a
// context with data, locale and styles, and a size of at least 1×1.
func (b *Base) Ready() bool {
	c := b.Ctx
	return b.W > 0 && b.H > 0 && c != nil && c.Data != nil && c.Loc != nil && c.Styles != nil
}

// Resize records the tab's size; a negative size counts as 0.
func (b *Base) Resize(w, h int) { b.W, b.H = max(0, w), max(0, h) }

// keys is the session's key table, nil before SetContext.
func (b *Base) keys() *KeyMap {
	if b.Ctx == nil {
		return nil
	}
	return b.Ctx.Keys
}

// ListTab is a tab with a selectable list, a detail panel and three faces
// (fdi, zones, agreements). It is the tab's whole View contract: the tab
// gives its own part of a frame (Frame) and, where it keeps state of its
// own, hooks that keep it in step (Bound, Count, Long); SetContext,
// SetSize, Update, help and Capturing are answered here, so every list
// tab binds, resizes and moves alike.
type ListTab struct {
	Base
	Nav ListNav
	// Frame is the tab's part of the frame drawn (ListFrame); it is called
	// only while the tab is Ready.
	Frame func() ListFrame
	// Bound runs when SetContext has built the page (nil: nothing),
	// before the tab redraws: a tab derives its items from it there, or
	// changes the page as built (the form Long then starts from).
	Bound func()
	// Count is the number of selectable items; nil is every row of every
	// section of the page (Rows).
	Count func() int
	// Long is the page written out for a frame of content.WideCols
	// columns or more (periods in words, not the short forms the glossary
	// explains); nil keeps the page as built. Page is the long form while
	// the tab is that wide, so every face and the detail read one page.
	Long func(content.Page) content.Page
	// Fitted runs whenever Page has changed form (after SetContext and
	// after every SetSize; nil: nothing): a tab whose items hold the
	// page's rows takes them again there.
	Fitted func()
	// base is the page as built, short periods ("Q2/2025").
	base content.Page
	// tableItem is the row-to-item map of the last Render (nil: the rows
	// in order), which SelectRow uses too.
	tableItem ItemOf
	// bodies are the chart and table faces' bodies, laid out once per
	// page, context and width: a selection move only draws a window.
	bodies [2]bodyCache
}

// Key applies a key press to a list of n items (page rows per page move)
// and reports whether the tab must redraw (see ListNav.Key).
func (t *ListTab) Key(msg tea.Msg, n, page int) bool {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok || t.keys() == nil {
		return false
	}
	return t.Nav.Key(t.keys(), kp, n, page)
}

// Len is the number of selectable items (Count, else every page row).
func (t *ListTab) Len() int {
	if t.Count != nil {
		return t.Count()
	}
	return Rows(t.Page)
}

// SetContext implements View: it builds the page, runs Bound (on the page
// as built), fits the page to the width, keeps the selection inside the
// list and redraws.
func (t *ListTab) SetContext(ctx *Context) {
	t.Bind(ctx)
	if t.Bound != nil {
		t.Bound()
	}
	t.base = t.Page
	t.fit()
	t.Nav.Sel = Clamp(t.Nav.Sel, 0, t.Len()-1)
	t.Redraw()
}

// SetSize implements View: it records the size, fits the page to it and
// redraws.
func (t *ListTab) SetSize(w, h int) {
	t.Resize(w, h)
	t.fit()
	t.Redraw()
}

// fit makes Page the form of the page for the tab's width (Long), then
// runs Fitted.
func (t *ListTab) fit() {
	if t.Long != nil {
		t.Page = t.base
		if t.W >= content.WideCols {
			t.Page = t.Long(t.base)
		}
	}
	if t.Fitted != nil {
		t.Fitted()
	}
}

// Update implements View: a key press that changes the list redraws it.
func (t *ListTab) Update(msg tea.Msg) tea.Cmd {
	if t.Key(msg, t.Len(), t.Nav.PageRows) {
		t.Redraw()
	}
	return nil
}

// Redraw caches the frame of the tab's present state (Render of Frame),
// or "" until the tab is Ready.
func (t *ListTab) Redraw() {
	if !t.Ready() || t.Frame == nil {
		t.Out = ""
		return
	}
	t.Render(t.Frame())
}

// ListFrame is what a list tab gives ListTab.Render: the parts that are
// its own. Everything else (header, detail panel, empty list, sources
// face, legend, citation, scrolling) is drawn the same way on every list
// tab.
type ListFrame struct {
	// Title is the tab's heading; Sub are lines under it (a count line)
	// shown when the tab is at least 12 rows tall.
	Title string
	Sub   []string
	// N is the number of selectable items; Empty is said when it is 0.
	N     int
	Empty string
	// Detail returns the open detail of the selected item: its title, its
	// fields and a hint line.
	Detail func() (title string, fields []Field, hint string)
	// Chart lays out the chart face's body; the table face is the page's
	// sections (Table maps a page row to its item, nil for Sequential).
	// Both are laid out once per page, context and width, and drawn for
	// each selection, so Chart's rows must take the selection from their
	// draw function, not from the tab.
	Chart func() *Body
	Table ItemOf
	// Legend are the lines that explain the marks under the body, shown
	// when the tab is at least 30 rows tall; nil is the status marks'
	// legend (app.legend). A tab that draws marks of its own (ƒ on the
	// targets tab) names them here.
	Legend []string
}

// Render caches the frame of the face shown, or "" until the tab is Ready.
func (t *ListTab) Render(f ListFrame) {
	if !t.Ready() {
		t.Out = ""
		return
	}
	st, w, h := t.Ctx.Styles, t.W, t.H
	head := []string{FaceBar(t.Ctx, f.Title, t.Nav.Face, w)}
	if h >= 12 {
		head = append(head, f.Sub...)
	}
	switch {
	case t.Nav.Detail && f.N > 0 && f.Detail != nil:
		title, fields, hint := f.Detail()
		panel := DetailScroll(t.Ctx, title, fields, hint, w, h-len(head), &t.Nav.Pane)
		body := lipgloss.PlaceHorizontal(w, lipgloss.Center, panel)
		t.Out = Fit(strings.Join(head, "\n")+"\n"+body, w, h)
		return
	case t.Nav.Face == FaceSources:
		t.Out = AssembleText(t.Ctx, w, h, head, PageSources(t.Ctx, t.Page, w), &t.Nav.Src)
		return
	case f.N == 0:
		t.Out = Fit(strings.Join(append(head, st.Muted.Render(f.Empty)), "\n"), w, h)
		return
	}
	foot := []string{t.Citation()}
	if h >= 30 {
		legend := f.Legend
		if legend == nil {
			legend = []string{t.Ctx.Loc.T("app.legend")}
		}
		var ls []string
		for _, l := range legend {
			ls = append(ls, st.Faint.Render(Pad(l, w)))
		}
		foot = append(ls, foot...)
	}
	t.tableItem = f.Table
	var body *Body
	if t.Nav.Face == FaceTable {
		body = t.bodies[1].get(t.key(FaceTable), func() *Body {
			item := f.Table
			if item == nil {
				item = Sequential()
			}
			return PageBody(t.Ctx, t.Page, w, item)
		})
	} else {
		body = t.bodies[0].get(t.key(FaceChart), f.Chart)
	}
	// A page move moves by the rows on screen, less one for context.
	t.Nav.PageRows = max(1, h-len(head)-len(foot)-1)
	t.Out = AssembleBody(w, h, head, body, t.Ctx.Drawn(t.Nav.Sel), &t.Nav.Off, foot, t.Ctx.More)
	if t.Ctx.Present && t.Nav.Off == 0 && len(head)+body.Len()+len(foot) < h {
		// A slide whose list fits with room to spare: the room goes half
		// above and half below it, not all under it.
		t.Out = CentreBlock(t.Out, len(head)+body.Len())
	}
}

// Face returns the face shown.
func (t *ListTab) Face() Face { return t.Nav.Face }

// SetFace shows face f (--face); the caller redraws.
func (t *ListTab) SetFace(f Face) { t.Nav.Face = f }

// Navigation is the tab's list state, for tests that drive or compare it.
func (t *ListTab) Navigation() *ListNav { return &t.Nav }

// SelectRow selects the item whose page row is (section, key), closing an
// open detail and leaving the sources face; the caller redraws. The row
// maps to its item the way the table face maps it.
func (t *ListTab) SelectRow(section, key string) bool {
	n := t.itemAt(section, key)
	if n < 0 {
		return false
	}
	t.Nav.Sel, t.Nav.Detail = n, false
	if t.Nav.Face == FaceSources {
		t.Nav.Face = FaceTable
	}
	return true
}

// itemAt is the item the page row (section, key) maps to, the way the
// table face maps rows to items, or -1.
func (t *ListTab) itemAt(section, key string) int {
	item := t.tableItem
	if item == nil {
		item = Sequential()
	}
	for _, s := range t.Page.Sections {
		for _, r := range s.Rows {
			if n := item(s.ID, r); s.ID == section && r.Key == key && n >= 0 {
				return n
			}
		}
	}
	return -1
}

// Capturing is true while a detail is open: esc belongs to the tab then.
func (t *ListTab) Capturing() bool { return t.Nav.Detail }

// ShortHelp lists the tab's own keys for the footer.
func (t *ListTab) ShortHelp() []key.Binding { return t.Nav.ShortHelp(t.keys()) }

// FaceNav is the interaction state of a tab with three faces, a selection
// on its table face and no detail panel (overview, gdp): the face, the
// selected row and the first row shown, and how far the sources face is
// scrolled.
type FaceNav struct {
	Face     Face
	Sel, Off int
	Src      Scroll
	// Detail is open (enter) over the face; Pane is how far it is
	// scrolled.
	Detail bool
	Pane   Scroll
	// PageRows is how many rows the table face showed last: a page move
	// moves by what is on screen, not by a constant guessed per tab.
	PageRows int
}

// Key applies a key press and reports whether the tab must redraw: v
// cycles the face (the sources face starts at its top), movement keys
// scroll the sources face or move the selection among n rows of the table
// face (page rows per page move), and do nothing on the chart face.
func (s *FaceNav) Key(k *KeyMap, msg tea.KeyPressMsg, n, page int) bool {
	if k == nil {
		return false
	}
	switch {
	case s.Detail && key.Matches(msg, k.Close):
		s.Detail = false
		return true
	case s.Detail:
		return s.Pane.Key(k, msg)
	case key.Matches(msg, k.Open) && s.Face != FaceSources && (n > 0 || s.Face == FaceChart):
		s.Detail, s.Pane = true, Scroll{}
		return true
	case key.Matches(msg, k.Face):
		s.Face = s.Face.Next()
		s.Src = Scroll{}
		return true
	case s.Face == FaceSources:
		return s.Src.Key(k, msg)
	case s.Face != FaceTable:
		return false
	}
	sel, ok := Navigate(k, msg, s.Sel, n, page)
	if !ok || sel == s.Sel {
		return false
	}
	s.Sel = sel
	return true
}

// FaceTab is a tab with faces and a selection but no detail (overview,
// gdp).
type FaceTab struct {
	Base
	Nav FaceNav
	// table is the table face's body, laid out once per page, context
	// and width: a selection move only draws a window.
	table bodyCache
	// ChartDetail is what enter opens on the chart face (the focus year's
	// row, the merger notice); nil or ok false: nothing. On the table face
	// enter opens the selected row.
	ChartDetail func() (title string, fields []Field, ok bool)
	// Draw renders the tab's present state (its call of Render); SetContext,
	// SetSize and Update run it, so a tab writes only what is its own.
	Draw func()
}

// SetContext implements View: it binds the context and redraws.
func (t *FaceTab) SetContext(ctx *Context) {
	t.Bind(ctx)
	t.redraw()
}

// SetSize implements View: it records the size and redraws.
func (t *FaceTab) SetSize(w, h int) {
	t.Resize(w, h)
	t.redraw()
}

// Update implements View: a key that changes the face, the selection or
// the detail redraws.
func (t *FaceTab) Update(msg tea.Msg) tea.Cmd {
	if t.Key(msg, Rows(t.Page), t.Nav.PageRows) {
		t.redraw()
	}
	return nil
}

// redraw runs Draw, when the tab has one.
func (t *FaceTab) redraw() {
	if t.Draw != nil {
		t.Draw()
	}
}

// Selected returns the key of the row selected on the table face
// ("growth/2019", "headlines/grdp-growth"), "" when none.
func (t *FaceTab) Selected() string {
	if s, r, ok := RowAt(t.Page, t.Nav.Sel); ok {
		return s.ID + "/" + r.Key
	}
	return ""
}

// Key applies a key press to a table of n rows, page rows per page move
// (see FaceNav.Key), and reports whether the tab must redraw.
func (t *FaceTab) Key(msg tea.Msg, n, page int) bool {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok || t.keys() == nil {
		return false
	}
	return t.Nav.Key(t.keys(), kp, n, page)
}

// Render caches the frame of the face shown, or "" until the tab is Ready:
// the chart and table faces give lines, cut to the height and fitted to the
// size here; the sources face gives a finished frame (it scrolls itself).
func (t *FaceTab) Render(chart, table func() []string, sources func() string) {
	if !t.Ready() {
		t.Out = ""
		return
	}
	if t.Nav.Detail {
		if title, fields, ok := t.detail(); ok {
			head := []string{t.FaceHeader(t.Ctx.Styles.Title.Render(t.Page.Title))}
			panel := DetailScroll(t.Ctx, title, fields, t.Ctx.Loc.T("detail.hint"), t.W, t.H-len(head), &t.Nav.Pane)
			body := lipgloss.PlaceHorizontal(t.W, lipgloss.Center, panel)
			t.Out = Fit(strings.Join(append(head, body), "\n"), t.W, t.H)
			return
		}
		t.Nav.Detail = false
	}
	var lines []string
	switch t.Nav.Face {
	case FaceTable:
		lines = table()
	case FaceSources:
		t.Out = sources()
		return
	default:
		lines = chart()
	}
	if len(lines) > t.H {
		lines = lines[:t.H]
	}
	t.Out = Fit(strings.Join(lines, "\n"), t.W, t.H)
}

// Face returns the face shown.
func (t *FaceTab) Face() Face { return t.Nav.Face }

// SetFace shows face f (--face); the caller redraws.
func (t *FaceTab) SetFace(f Face) { t.Nav.Face = f }

// SelectRow selects the row (section, key) on the table face, where a
// FaceTab shows its selection; the caller redraws.
func (t *FaceTab) SelectRow(section, key string) bool {
	n := rowIndex(t.Page, section, key)
	if n < 0 {
		return false
	}
	t.Nav.Sel, t.Nav.Face = n, FaceTable
	return true
}

// Capturing is true while a detail is open: esc belongs to the tab then.
func (t *FaceTab) Capturing() bool { return t.Nav.Detail }

// detail is what an open detail shows: the selected row on the table face,
// ChartDetail on the chart face.
func (t *FaceTab) detail() (string, []Field, bool) {
	if t.Nav.Face == FaceTable {
		s, r, ok := RowAt(t.Page, t.Nav.Sel)
		if !ok {
			return "", nil, false
		}
		// The row's label first: a cut title keeps its year.
		return r.Label + " · " + s.Title, RowFields(t.Ctx, s, r), true
	}
	if t.ChartDetail != nil {
		return t.ChartDetail()
	}
	return "", nil, false
}

// ShortHelp lists the tab's own keys (↑/↓ only on the table face, where
// they select, and on the sources face, where they scroll).
func (t *FaceTab) ShortHelp() []key.Binding {
	km := t.keys()
	if km == nil {
		return nil
	}
	if t.Nav.Detail {
		return []key.Binding{km.Close}
	}
	if t.Nav.Face != FaceChart {
		return []key.Binding{km.Open, km.Face, km.Up, km.Down}
	}
	if t.ChartDetail != nil {
		return []key.Binding{km.Open, km.Face}
	}
	return []key.Binding{km.Face}
}

// FaceHeader is the title line of a FaceTab: left (already styled) on the
// left, and on the right `v` with the faces separated by dots, the current
// one in bold accent, so the key explains itself. Unlike FaceBar the faces
// are dropped, not the title truncated, when both do not fit.
func (t *FaceTab) FaceHeader(left string) string {
	right := FaceSwitch(t.Ctx, t.Nav.Face)
	return Spread(left, right, t.W)
}

// Spread puts left and right on one line of width w, dropping right when
// both do not fit with a gap of two cells.
func Spread(left, right string, w int) string {
	lw, rw := lipgloss.Width(left), lipgloss.Width(right)
	if lw+rw+2 > w {
		return cells.CutTitle(left, w)
	}
	return left + strings.Repeat(" ", w-lw-rw) + right
}

// SourceNum is "[n]" for a source id, n being the dataset-wide source
// number (the one the sources face and the report use), "" when the id is
// unknown.
func SourceNum(ctx *Context, id string) string {
	if _, n, ok := ctx.Scoped().SourceByID(id); ok {
		return fmt.Sprintf("[%d]", n)
	}
	return ""
}

// MarkStyle is the style of a status mark (the mark itself carries the
// meaning; colour only repeats it).
func MarkStyle(st *theme.Styles, s dataset.Status) lipgloss.Style {
	switch s {
	case dataset.Plan:
		return st.Plan
	case dataset.Reported:
		return st.Reported
	}
	return st.Estimate
}

// TableFace is the table face of a FaceTab: head, then the sections of the
// tab's page with the selection (scrolled to keep it in view), the
// selected row's note in two lines and the page's citation line. ↑/↓ move
// the selection over every row of every section.
func (t *FaceTab) TableFace(head []string) []string {
	w, h, st := t.W, t.H, t.Ctx.Styles
	n := Rows(t.Page)
	t.Nav.Sel = Clamp(t.Nav.Sel, 0, n-1)
	body := t.table.get(t.key(FaceTable), func() *Body { return PageBody(t.Ctx, t.Page, w, Sequential()) })
	var foot []string
	if h-len(head) >= 8 {
		foot = append(foot, t.noteStrip(w, 2)...)
	}
	foot = append(foot, t.Citation())
	t.Nav.PageRows = max(1, h-len(head)-len(foot)-3)
	out := AssembleBody(w, h, head, body, t.Ctx.Drawn(t.Nav.Sel), &t.Nav.Off, foot, t.Ctx.More)
	if n == 0 {
		out = Fit(strings.Join(append(head, st.Faint.Render(t.Ctx.Loc.T("content.empty"))), "\n"), w, h)
	}
	return strings.Split(out, "\n")
}

// noteStrip is the selected row's note, "Label: note", in exactly lines
// lines: wrapped, and ended with "…" when it goes on.
func (t *FaceTab) noteStrip(w, lines int) []string {
	st := t.Ctx.Styles
	out := make([]string, 0, lines)
	if _, r, ok := RowAt(t.Page, t.Nav.Sel); ok && r.Note != "" {
		// "2024: ", not "2024 ▸ ": ▸ is the plan mark, and beside an
		// official figure it would say the figure is a plan.
		text := r.Label + ": " + r.Note
		body := strings.Split(ansi.Wordwrap(text, max(w, 1), " "), "\n")
		for i, b := range body {
			if i >= lines {
				break
			}
			line := ansi.Truncate(b, w, "…")
			if i == lines-1 && len(body) > lines {
				line = ansi.Truncate(line, w-1, "") + "…"
			}
			out = append(out, st.Italic.Render(line))
		}
	}
	for len(out) < lines {
		out = append(out, "")
	}
	return out
}
