package common

import (
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Body is the lines of a scrolling list, drawn only when they are shown.
// What depends on every row (column widths, which line is which item) is
// laid out once, when the body is built; the text of a row line is drawn
// on demand, for the lines a window shows, so a selection move costs in
// proportion to the screen and not to the list. A row's draw function is
// given the selection when it is called, so one body serves every
// selection until the data, the width or the context change.
type Body struct {
	items []int
	segs  []seg
	// sel is the selection the lines are drawn for (SetSel).
	sel int
	// owner is, per line, the item whose selection changes how the line
	// is drawn (its own item, or a chart row's item when the row is no
	// item), -1 for lines the selection does not touch.
	owner []int
	// last is the window drawn last: a line in it is drawn again only
	// when the selection moved onto or off its owner, so a key press
	// draws the rows it changed, not the screen. It holds one window, so
	// what a body keeps does not grow as the list is scrolled through.
	last struct {
		from, sel, fit int
		lines          []string
	}
	// fit, when above 0, is the width lines are cut to as they are drawn
	// (SetFit): a frame then need not measure the lines it reuses.
	fit int
}

// SetFit makes Lines cut every line it draws to w cells (0: none).
func (b *Body) SetFit(w int) { b.fit = max(0, w) }

// seg is a run of body lines from start on: static lines (text), or n
// lines drawn by draw(from, to, sel), k counting from the run's first
// line.
type seg struct {
	start, n int
	text     []string
	draw     func(from, to, sel int) []string
}

// Add appends lines already drawn (headings, blanks, notes).
func (b *Body) Add(ls ...Line) {
	if len(ls) == 0 {
		return
	}
	s := seg{start: len(b.items), n: len(ls), text: make([]string, len(ls))}
	for i, l := range ls {
		s.text[i] = l.S
		b.items = append(b.items, l.Item)
		b.owner = append(b.owner, -1)
	}
	b.segs = append(b.segs, s)
}

// Rows appends n lines, line k of item item(k) (-1: none), drawn by
// draw(k, sel) when shown, sel being the selected item.
func (b *Body) Rows(n int, item func(k int) int, draw func(k, sel int) string) {
	b.Block(n, item, item, func(from, to, sel int) []string {
		out := make([]string, 0, to-from)
		for k := from; k < to; k++ {
			out = append(out, draw(k, sel))
		}
		return out
	})
}

// Block appends n lines, line k of item item(k) (-1: none), drawn
// together when shown: draw(from, to, sel) returns lines [from, to) of the
// run, for a chart that draws its visible rows in one call. Line k must be
// drawn alike for every selection but owner(k), whatever else is drawn
// with it: lines are drawn again only where the selection moved.
func (b *Body) Block(n int, item, owner func(k int) int, draw func(from, to, sel int) []string) {
	if n <= 0 {
		return
	}
	b.segs = append(b.segs, seg{start: len(b.items), n: n, draw: draw})
	for k := 0; k < n; k++ {
		b.items = append(b.items, item(k))
		b.owner = append(b.owner, owner(k))
	}
}

// Len is the number of lines.
func (b *Body) Len() int {
	if b == nil {
		return 0
	}
	return len(b.items)
}

// Item is the item line i belongs to, -1 for none.
func (b *Body) Item(i int) int { return b.items[i] }

// SetSel sets the selected item the lines are drawn for.
func (b *Body) SetSel(sel int) { b.sel = sel }

// Line draws line i for the selection set last (SetSel).
func (b *Body) Line(i int) string { return b.Lines(i, i+1)[0] }

// Lines draws lines [from, to) for the selection set last (SetSel),
// each run of lines to draw in one call; lines of the last window that
// the selection did not touch are reused.
func (b *Body) Lines(from, to int) []string {
	out := make([]string, max(0, to-from))
	last := b.last
	fresh := func(i int) bool {
		j := i - last.from
		if j < 0 || j >= len(last.lines) || last.fit != b.fit {
			return true
		}
		o := b.owner[i]
		return (o == b.sel) != (o == last.sel)
	}
	for _, s := range b.segs {
		lo, hi := max(from, s.start), min(to, s.start+s.n)
		if lo >= hi {
			continue
		}
		if s.draw == nil {
			copy(out[lo-from:], s.text[lo-s.start:hi-s.start])
			for i := lo; i < hi; i++ {
				out[i-from] = b.cut(out[i-from])
			}
			continue
		}
		for i := lo; i < hi; {
			if !fresh(i) {
				out[i-from] = last.lines[i-last.from]
				i++
				continue
			}
			j := i + 1
			for j < hi && fresh(j) {
				j++
			}
			for k, l := range s.draw(i-s.start, j-s.start, b.sel) {
				out[i-from+k] = b.cut(l)
			}
			i = j
		}
	}
	// A copy: the caller may change what it is given (the "↓ N more"
	// line), and the buffer is reused from window to window.
	b.last.from, b.last.sel, b.last.fit, b.last.lines = from, b.sel, b.fit, append(b.last.lines[:0], out...)
	return out
}

// cut is l cut to the body's fit width, as Fit cuts a line.
func (b *Body) cut(l string) string {
	if b.fit > 0 && len(l) > b.fit && lipgloss.Width(l) > b.fit {
		return ansi.Truncate(l, b.fit, "…")
	}
	return l
}

// BodyOf is a body of lines already drawn.
func BodyOf(ls []Line) *Body {
	b := &Body{}
	b.Add(ls...)
	return b
}
