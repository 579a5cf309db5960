package common

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// ListNav is the interaction state of a tab that shows a selectable list
// with a detail panel and three faces (fdi, zones, agreements): which face,
// which item, how far the list is scrolled, whether the detail is open, and
// how far the open detail (Pane) and the sources face (Src) are scrolled.
// Keeping the key handling here means enter, esc, v and the movement keys
// behave the same on every such tab.
type ListNav struct {
	Face   Face
	Sel    int
	Off    int
	Detail bool
	Pane   Scroll
	Src    Scroll
	// PageRows is how many list lines the tab showed last: a page move
	// moves by what is on screen, not by a constant guessed per tab.
	PageRows int
}

// Key applies a key press to a list of n items (page rows per page move)
// and reports whether the tab must redraw: esc closes an open detail, enter
// opens the selection's detail at its top, v cycles the face and scrolls
// back to the top. Movement keys scroll the open detail, else scroll the
// sources face, else move the selection, so on a short terminal the end of
// a detail or of the sources is always reachable. A key that changes
// nothing (a movement at the edge, an unbound key) reports false.
func (s *ListNav) Key(k *KeyMap, msg tea.KeyPressMsg, n, page int) bool {
	if k == nil {
		return false
	}
	switch {
	case s.Detail && key.Matches(msg, k.Close):
		s.Detail = false
	case key.Matches(msg, k.Open):
		if n > 0 && !s.Detail {
			s.Detail = true
			s.Pane = Scroll{}
		}
	case key.Matches(msg, k.Face) && !s.Detail:
		// Not while a detail is open: the face would change unseen under it.
		s.Face = s.Face.Next()
		s.Off = 0
		s.Src = Scroll{}
	case s.Detail:
		return s.Pane.Key(k, msg)
	case s.Face == FaceSources:
		return s.Src.Key(k, msg)
	default:
		sel, moved := Navigate(k, msg, s.Sel, n, page)
		if !moved || sel == s.Sel {
			return false
		}
		s.Sel = sel
	}
	return true
}

// ShortHelp is the footer's key list: only esc while the detail is open.
func (s ListNav) ShortHelp(k *KeyMap) []key.Binding {
	if k == nil {
		return nil
	}
	if s.Detail {
		return []key.Binding{k.Close}
	}
	// The footer drops keys from the end on a narrow screen: the arrows,
	// which every user tries anyway, go first.
	return []key.Binding{k.Open, k.Face, k.Up, k.Down}
}
