package common

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/provdash/provdash/internal/ui/cells"
)

// FaceBar is a tab's header line: its heading on the left, truncated first,
// and on the right the face switch (FaceSwitch). The result is exactly w
// cells when there is room for both, else the heading padded to w.
func FaceBar(ctx *Context, title string, face Face, w int) string {
	right := FaceSwitch(ctx, face)
	rw := ansi.StringWidth(right)
	left := ctx.Styles.Title.Render(cells.CutTitle(title, max(0, w-rw-2)))
	gap := w - ansi.StringWidth(left) - rw
	if gap < 2 {
		return Pad(left, w)
	}
	return left + strings.Repeat(" ", gap) + right
}

// FaceSwitch is "v [chart] · table · sources": the current face bracketed
// and in bold accent, so the key explains itself and the brackets, not
// colour alone, mark where you are (they survive a plain-text render).
// Every tab's header uses it, so all five look alike.
func FaceSwitch(ctx *Context, face Face) string {
	st := ctx.Styles
	faces := make([]string, 0, 3)
	for f := FaceChart; f <= FaceSources; f++ {
		if f == face {
			faces = append(faces, st.FaceActive.Render("["+f.Name(ctx.Loc)+"]"))
		} else {
			faces = append(faces, st.Faint.Render(f.Name(ctx.Loc)))
		}
	}
	return st.Faint.Render("v ") + strings.Join(faces, st.Faint.Render(" · "))
}

// Heading is a section heading in a tab's body, with an optional faint note
// after a middle dot when the width leaves room for it (over 60 cells).
func Heading(ctx *Context, title, note string, w int) Line {
	st := ctx.Styles
	s := st.Heading.Render(cells.CutTitle(title, w))
	if note != "" && w > 60 {
		s += st.Faint.Render(" · " + note)
	}
	return Text(Fit(s, w, 1))
}
