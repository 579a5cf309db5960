package common

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Line is one rendered body line of a scrolling list. Item is the index of
// the selectable item the line belongs to, or -1 for headings, blanks and
// notes. Tying lines to items lets Window keep a multi-line item (a row and
// its wrapped note) in view as a whole.
type Line struct {
	S    string
	Item int
}

// Text is a line that belongs to no item (a heading, a blank, a note).
func Text(s string) Line { return Line{S: s, Item: -1} }

// WrapText wraps s to w cells and styles every wrapped line with render, as
// lines that belong to no item. Notes under a table use it so a long note
// never runs past the width it was given.
func WrapText(s string, w int, render func(...string) string) []Line {
	return WrapTextMax(s, w, 0, render)
}

// WrapTextMax is WrapText cut to at most n lines (no limit when n ≤ 0),
// the last ending in "…" where text was left out, so a cut note never
// reads as whole.
func WrapTextMax(s string, w, n int, render func(...string) string) []Line {
	if w <= 0 || s == "" {
		return nil
	}
	ls := strings.Split(ansi.Wrap(s, w, " "), "\n")
	if n > 0 && len(ls) > n {
		ls = ls[:n]
		ls[n-1] = ansi.Truncate(strings.TrimRight(ls[n-1], " "), w-1, "") + "…"
	}
	out := make([]Line, len(ls))
	for i, l := range ls {
		out[i] = Text(render(ansi.Truncate(l, w, "…")))
	}
	return out
}

// Clamp returns v limited to [lo, hi]; when hi < lo (an empty list) it
// returns lo, so a selection into an empty list is 0, never -1.
func Clamp(v, lo, hi int) int {
	if hi < lo {
		return lo
	}
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// Navigate applies a movement key (up, down, page up/down, top, bottom) to
// sel within [0, n) and reports whether the key was a movement key. page is
// the number of rows a page moves. Every tab with a selection moves it the
// same way, so the keys in the help mean one thing everywhere.
func Navigate(k *KeyMap, msg tea.KeyPressMsg, sel, n, page int) (int, bool) {
	if n <= 0 || k == nil {
		return 0, false
	}
	if page < 1 {
		page = 1
	}
	switch {
	case key.Matches(msg, k.Up):
		sel--
	case key.Matches(msg, k.Down):
		sel++
	case key.Matches(msg, k.PageUp):
		sel -= page
	case key.Matches(msg, k.PageDn):
		sel += page
	case key.Matches(msg, k.Top):
		sel = 0
	case key.Matches(msg, k.Bottom):
		sel = n - 1
	default:
		return sel, false
	}
	return Clamp(sel, 0, n-1), true
}

// Window returns at most h lines of ls, moving *off as little as possible so
// that every line of the selected item is visible (see WindowBody).
func Window(ls []Line, sel, h int, off *int) []string {
	return WindowBody(BodyOf(ls), sel, h, off)
}

// WindowBody returns at most h lines of b, moving *off as little as
// possible so that every line of the selected item is visible, and draws
// only those lines. Keeping the offset in the model (rather than centring)
// makes the list scroll like a list, not jump. A selection no line
// carries, and any negative sel (no selection, although headings and notes
// carry item -1), keeps *off, clamped to the content: a body without a
// selection scrolls only when *off is moved.
func WindowBody(b *Body, sel, h int, off *int) []string {
	if h <= 0 {
		return nil
	}
	n := b.Len()
	first, last := -1, -1
	if sel >= 0 {
		for i := 0; i < n; i++ {
			if b.Item(i) == sel {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
	}
	o := *off
	if first >= 0 {
		if last-o >= h {
			o = last - h + 1
		}
		if first < o {
			o = first
		}
		// Show the heading just above the first item of a section when
		// scrolling back to it.
		if o > 0 && o == first && b.Item(o-1) < 0 && last-(o-1) < h {
			o--
		}
	}
	o = Clamp(o, 0, max(0, n-h))
	*off = o
	end := min(n, o+h)
	b.SetSel(sel)
	return b.Lines(o, end)
}

// Assemble stacks head, a scrolled body and foot into at most w×h cells
// (see AssembleBody).
func Assemble(w, h int, head []string, body []Line, sel int, off *int, foot []string, more func(n int) string) string {
	return AssembleBody(w, h, head, BodyOf(body), sel, off, foot, more)
}

// AssembleBody stacks head, a scrolled body and foot into at most w×h
// cells, drawing only the body lines shown. The foot (legend, citation) is
// dropped when it would leave the body fewer than three lines; the body
// takes the rest and scrolls to keep sel in view (see WindowBody). The foot
// is pushed to the bottom so the citation always sits in one place.
//
// more, when not nil, writes the line that says how many items (or lines)
// continue below the screen: "↓ 12 more".
func AssembleBody(w, h int, head []string, body *Body, sel int, off *int, foot []string, more func(n int) string) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	if len(head) > h {
		head = head[:h]
	}
	rest := h - len(head)
	if len(foot) > 0 && rest-len(foot) < 3 {
		foot = nil
	}
	bh := rest - len(foot)
	lines := make([]string, 0, h)
	lines = append(lines, head...)
	body.SetFit(w)
	win := WindowBody(body, sel, bh, off)
	fitted := len(win)
	n := body.Len()
	if below := n - (*off + len(win)); below > 0 && len(win) >= 3 && more != nil {
		// The list goes on below the screen: its last line says how much,
		// unless the selection sits there.
		last := *off + len(win) - 1
		if sel < 0 || body.Item(last) != sel {
			// An item's lines are consecutive: count where one starts.
			items, prev := 0, -1
			for i := last; i < n; i++ {
				if it := body.Item(i); it >= 0 && it != prev {
					items++
				}
				prev = body.Item(i)
			}
			if items == 0 {
				items = n - last
			}
			win[len(win)-1] = more(items)
			fitted--
		}
	}
	lines = append(lines, win...)
	if len(foot) > 0 {
		for len(lines) < h-len(foot) {
			lines = append(lines, "")
		}
		lines = append(lines, foot...)
	}
	// The body's lines were cut as they were drawn (SetFit).
	return fitLines(lines, w, h, len(head), len(head)+fitted)
}

// CentreBlock moves the first n lines of frame down by half the blank
// lines that follow them, taking those lines from below the block: the
// frame keeps its height and whatever comes after the blank run (a legend,
// a citation) stays where it was.
func CentreBlock(frame string, n int) string {
	lines := strings.Split(frame, "\n")
	if n <= 0 || n >= len(lines) {
		return frame
	}
	gap := 0
	for _, l := range lines[n:] {
		if strings.TrimSpace(ansi.Strip(l)) != "" {
			break
		}
		gap++
	}
	pad := gap / 2
	if pad == 0 {
		return frame
	}
	out := make([]string, 0, len(lines))
	out = append(out, lines[n:n+pad]...)
	out = append(out, lines[:n]...)
	out = append(out, lines[n+pad:]...)
	return strings.Join(out, "\n")
}

// fitLines is Fit(strings.Join(lines, "\n"), w, h), cutting lines in
// place so a frame is joined once, not joined, split and joined again;
// lines [from, to) are known to fit and are not measured.
func fitLines(lines []string, w, h, from, to int) string {
	for _, l := range lines {
		if strings.Contains(l, "\n") {
			return Fit(strings.Join(lines, "\n"), w, h)
		}
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if (i < from || i >= to) && len(l) > w && lipgloss.Width(l) > w {
			lines[i] = ansi.Truncate(l, w, "…")
		}
	}
	return strings.Join(lines, "\n")
}

// Scroll is the position of a text that has no selection and may be taller
// than its window: an open detail, the sources face. Off is the first line
// shown; Max and Page are what the last render allowed and showed, so a key
// at the end changes nothing and a page is the height actually on screen.
type Scroll struct {
	Off, Max, Page int
}

// Key applies a movement key: ↑/↓ a line, pgup/pgdn a page (less one line,
// so the reader keeps a line of context), g/G the top and the end. It
// reports whether the offset changed.
func (s *Scroll) Key(k *KeyMap, msg tea.KeyPressMsg) bool {
	off, moved := Navigate(k, msg, s.Off, s.Max+1, max(1, s.Page-1))
	if !moved || off == s.Off {
		return false
	}
	s.Off = off
	return true
}

// Show fits a text of n lines into a window of h lines: it clamps Off,
// records Max and Page, and returns the half-open range of lines to draw.
func (s *Scroll) Show(n, h int) (from, to int) {
	h = max(0, h)
	s.Page = h
	s.Max = max(0, n-h)
	s.Off = Clamp(s.Off, 0, s.Max)
	return s.Off, min(n, s.Off+h)
}

// ScrollMark is the position of a scrolled window, "↑ 12–25/40 ↓", with an
// arrow on each side where there is more to see (a blank where there is
// not), so a cut text says that it is cut and which way the rest lies. It
// is language-neutral: line numbers and arrows only.
func ScrollMark(from, to, n int) string {
	up, down := " ", " "
	if from > 0 {
		up = "↑"
	}
	if to < n {
		down = "↓"
	}
	return fmt.Sprintf("%s %d–%d/%d %s", up, from+1, to, n, down)
}

// AssembleText stacks head and a body without a selection (the sources
// face) into at most w×h cells. When the body does not fit, its last line
// gives way to a faint ScrollMark at the right, and sc (moved by Scroll.Key)
// says which part is shown; a body that fits is drawn as it is.
func AssembleText(ctx *Context, w, h int, head, body []string, sc *Scroll) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	if len(head) > h {
		head = head[:h]
	}
	bh := h - len(head)
	lines := append([]string(nil), head...)
	if len(body) <= bh || bh < 2 {
		from, to := sc.Show(len(body), bh)
		lines = append(lines, body[from:to]...)
		return Fit(strings.Join(lines, "\n"), w, h)
	}
	from, to := sc.Show(len(body), bh-1)
	lines = append(lines, body[from:to]...)
	for len(lines) < h-1 {
		lines = append(lines, "")
	}
	mark := ScrollMark(from, to, len(body))
	if ctx != nil && ctx.Styles != nil {
		mark = ctx.Styles.Faint.Render(mark)
	}
	lines = append(lines, PadLeft(mark, w))
	return Fit(strings.Join(lines, "\n"), w, h)
}
