package chart

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// grid is a w×h board of one-cell runes, each with a style index. Charts
// draw into it and render it once, grouping runs of the same style, so a
// 100×20 chart is a few dozen styled strings rather than two thousand.
type grid struct {
	w, h   int
	r      []rune
	s      []int16
	styles []*lipgloss.Style
}

func newGrid(w, h int) *grid {
	g := &grid{w: w, h: h, r: make([]rune, w*h), s: make([]int16, w*h)}
	for i := range g.s {
		g.s[i] = -1
	}
	return g
}

// style registers st and returns its index; nil means unstyled (-1).
func (g *grid) style(st *lipgloss.Style) int16 {
	if st == nil {
		return -1
	}
	g.styles = append(g.styles, st)
	return int16(len(g.styles) - 1)
}

func (g *grid) in(x, y int) bool { return x >= 0 && y >= 0 && x < g.w && y < g.h }

func (g *grid) set(x, y int, r rune, s int16) {
	if !g.in(x, y) {
		return
	}
	i := y*g.w + x
	// Never leave half of a wide rune behind.
	if g.r[i] == cont && x > 0 && r != cont {
		g.r[i-1] = ' '
	}
	if x+1 < g.w && g.r[i+1] == cont && r != cont {
		g.r[i+1] = ' '
	}
	g.r[i] = r
	g.s[i] = s
}

func (g *grid) at(x, y int) rune {
	if g.in(x, y) {
		return g.r[y*g.w+x]
	}
	return 0
}

// cont marks the cell covered by the right half of a wide rune.
const cont rune = -1

// text writes s from (x, y) rightwards: one cell per rune, two for a wide
// rune; zero-width runes are dropped (text is NFC, so Vietnamese letters
// are single precomposed runes).
func (g *grid) text(x, y int, s string, st int16) {
	for _, r := range s {
		switch ansi.StringWidth(string(r)) {
		case 0:
			continue
		case 1:
			g.set(x, y, r, st)
			x++
		default:
			if !g.in(x+1, y) {
				return
			}
			g.set(x, y, r, st)
			g.set(x+1, y, cont, st)
			x += 2
		}
	}
}

// sgrWrap is what a style puts around a run of text when it only colours
// it (no width, padding, border or transform): the same before and after
// whatever the text, so the grid writes it around each run instead of
// calling Render, which measures every run's width. A chart of a few
// hundred runs spent a third of its drawing there.
type sgrWrap struct {
	pre, suf string
	ok       bool
}

// wrapOf is st's sgrWrap; ok is false when st does more than colour text.
func wrapOf(st *lipgloss.Style) sgrWrap {
	if st.GetWidth() != 0 || st.GetHeight() != 0 || st.GetMaxWidth() != 0 || st.GetMaxHeight() != 0 ||
		st.GetHorizontalFrameSize() != 0 || st.GetVerticalFrameSize() != 0 || st.GetTransform() != nil {
		return sgrWrap{}
	}
	const probe = "\u2800\u2801" // two braille cells: runs are such
	out := st.Render(probe)
	i := strings.Index(out, probe)
	if i < 0 {
		return sgrWrap{}
	}
	return sgrWrap{pre: out[:i], suf: out[i+len(probe):], ok: true}
}

// render returns the grid as h lines of exactly w cells.
func (g *grid) render() string {
	var b strings.Builder
	var run strings.Builder
	wraps := make([]*sgrWrap, len(g.styles))
	for y := 0; y < g.h; y++ {
		if y > 0 {
			b.WriteByte('\n')
		}
		cur := int16(-2)
		flush := func() {
			if run.Len() == 0 {
				return
			}
			if cur >= 0 {
				if wraps[cur] == nil {
					w := wrapOf(g.styles[cur])
					wraps[cur] = &w
				}
				if w := wraps[cur]; w.ok {
					b.WriteString(w.pre)
					b.WriteString(run.String())
					b.WriteString(w.suf)
				} else {
					b.WriteString(g.styles[cur].Render(run.String()))
				}
			} else {
				b.WriteString(run.String())
			}
			run.Reset()
		}
		for x := 0; x < g.w; x++ {
			i := y*g.w + x
			r, s := g.r[i], g.s[i]
			if r == cont {
				continue
			}
			if r == 0 || r == ' ' {
				r, s = ' ', -1
			}
			if s != cur {
				flush()
				cur = s
			}
			run.WriteRune(r)
		}
		flush()
	}
	return b.String()
}
