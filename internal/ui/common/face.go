package common

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// FaceBar is a tab's header line: its heading on the left, truncated first,
// and on the right the `v` key with the three faces, the active one
// highlighted and bracketed (so colour is not the only carrier). The result
// is exactly w cells when there is room for both, else the heading padded
// to w.
func FaceBar(ctx *Context, title string, face Face, w int) string {
	st := ctx.Styles
	var parts []string
	for f := FaceChart; f <= FaceSources; f++ {
		n := f.Name(ctx.Loc)
		if f == face {
			parts = append(parts, st.Accent.Render("["+n+"]"))
		} else {
			parts = append(parts, st.Faint.Render(" "+n+" "))
		}
	}
	right := st.Faint.Render("v ") + strings.Join(parts, "")
	rw := ansi.StringWidth(right)
	left := st.Title.Render(ansi.Truncate(title, max(0, w-rw-2), "…"))
	gap := w - ansi.StringWidth(left) - rw
	if gap < 2 {
		return Pad(left, w)
	}
	return left + strings.Repeat(" ", gap) + right
}

// Heading is a section heading in a tab's body, with an optional faint note
// after a middle dot when the width leaves room for it (over 60 cells).
func Heading(ctx *Context, title, note string, w int) Line {
	st := ctx.Styles
	s := st.Heading.Render(title)
	if note != "" && w > 60 {
		s += st.Faint.Render(" · " + note)
	}
	return Text(Fit(s, w, 1))
}
