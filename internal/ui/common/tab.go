package common

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/ui/theme"
)

// Base is the state every tab keeps: its session context, the cells it
// may draw in and the frame it rendered last. Tabs embed it so that the
// parts of the View contract that do not depend on the tab (View, the
// readiness check, the size) are written once.
type Base struct {
	Ctx  *Context
	W, H int
	// Out is the cached frame: tabs render on a change of size, context or
	// state and View returns it, because View runs after every message.
	Out string
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
// (fdi, zones, agreements). It answers the help and Capturing parts of the
// View contract from its ListNav.
type ListTab struct {
	Base
	Nav ListNav
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

// Face returns the face shown.
func (t *ListTab) Face() Face { return t.Nav.Face }

// Capturing is true while a detail is open: esc belongs to the tab then.
func (t *ListTab) Capturing() bool { return t.Nav.Detail }

// ShortHelp lists the tab's own keys for the footer.
func (t *ListTab) ShortHelp() []key.Binding { return t.Nav.ShortHelp(t.keys()) }

// FullHelp lists the tab's own keys in groups for the help overlay.
func (t *ListTab) FullHelp() [][]key.Binding { return t.Nav.FullHelp(t.keys()) }

// FaceNav is the interaction state of a tab with three faces, a selection
// on its table face and no detail panel (overview, gdp): the face, the
// selected row and the first row shown, and how far the sources face is
// scrolled.
type FaceNav struct {
	Face     Face
	Sel, Off int
	Src      Scroll
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

// Capturing is false: the selected row's note is always shown, there is no
// detail to open or close.
func (t *FaceTab) Capturing() bool { return false }

// ShortHelp lists the tab's own keys (↑/↓ only on the table face, where
// they select, and on the sources face, where they scroll).
func (t *FaceTab) ShortHelp() []key.Binding {
	km := t.keys()
	if km == nil {
		return nil
	}
	if t.Nav.Face != FaceChart {
		return []key.Binding{km.Up, km.Down, km.Face}
	}
	return []key.Binding{km.Face}
}

// FullHelp lists the tab's own keys in groups.
func (t *FaceTab) FullHelp() [][]key.Binding {
	km := t.keys()
	if km == nil {
		return nil
	}
	return [][]key.Binding{{km.Up, km.Down, km.PageUp, km.PageDn, km.Top, km.Bottom}, {km.Face}}
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
		return ansi.Truncate(left, w, "…")
	}
	return left + strings.Repeat(" ", w-lw-rw) + right
}

// SourceNum is "[n]" for a source id, n being the dataset-wide source
// number (the one the sources face and the report use), "" when the id is
// unknown.
func SourceNum(ctx *Context, id string) string {
	if _, n, ok := ctx.Data.SourceByID(id); ok {
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
