package theme

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// PaintScreen paints a composed frame with the Screen style: every line
// padded to width and every cell given the theme's background and, where
// the frame sets none, its text colour. A theme without a background (all
// but light) returns frame unchanged.
//
// Why not Screen.Render: the frame is made of segments that each end in
// an SGR reset, which clears the background too, so wrapping the line
// would leave a hole in the terminal's own colour after every styled word.
// Here each reset (0, 39, 49) in the frame is followed, inside the same
// sequence, by the screen's colours, so the light theme reads the same on
// a dark terminal behind a projector. Everything but SGR sequences
// (hyperlinks, text) passes through as is.
func (s *Styles) PaintScreen(frame string, width int) string {
	bg := s.Screen.GetBackground()
	if _, none := bg.(lipgloss.NoColor); none || frame == "" {
		return frame
	}
	fgParam := ansi.Style{}.ForegroundColor(s.Screen.GetForeground())[0]
	bgParam := ansi.Style{}.BackgroundColor(bg)[0]
	on := "\x1b[" + fgParam + ";" + bgParam + "m"
	var b strings.Builder
	b.Grow(len(frame) + strings.Count(frame, "\x1b[")*(len(on)) + 2*len(on))
	for i, line := range strings.Split(frame, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(on)
		repaint(&b, line, fgParam, bgParam)
		if pad := width - ansi.StringWidth(line); pad > 0 {
			// The line's last segment may have left any style on: the
			// padding starts from the screen's own.
			b.WriteString(ansi.ResetStyle + on)
			b.WriteString(strings.Repeat(" ", pad))
		}
		b.WriteString(ansi.ResetStyle)
	}
	return b.String()
}

// repaint copies line to b, rewriting each SGR sequence so that what it
// resets comes back as the screen's colours: a full reset (0 or no
// parameter) is followed by both, default foreground (39) becomes fgParam
// and default background (49) bgParam.
func repaint(b *strings.Builder, line, fgParam, bgParam string) {
	for {
		i := strings.Index(line, "\x1b[")
		if i < 0 {
			b.WriteString(line)
			return
		}
		b.WriteString(line[:i])
		line = line[i:]
		// The final byte of a CSI sequence is in 0x40–0x7E.
		end := 2
		for end < len(line) && (line[end] < 0x40 || line[end] > 0x7e) {
			end++
		}
		if end == len(line) {
			b.WriteString(line) // cut off: not ours to repair
			return
		}
		if line[end] != 'm' {
			b.WriteString(line[:end+1])
		} else {
			b.WriteString("\x1b[")
			sgrParams(b, line[2:end], fgParam, bgParam)
			b.WriteByte('m')
		}
		line = line[end+1:]
	}
}

// sgrParams writes the parameters of one SGR sequence to b, rewritten
// (see repaint). The colour arguments of 38, 48 and 58 (5;n or 2;r;g;b) are
// copied as they are, so a 0 among them is not taken for a reset. It
// allocates nothing: it runs for every styled segment of every frame.
func sgrParams(b *strings.Builder, params, fgParam, bgParam string) {
	skip := 0 // colour arguments still to copy
	for first := true; ; first = false {
		p, rest, more := strings.Cut(params, ";")
		if !first {
			b.WriteByte(';')
		}
		switch {
		case skip > 0:
			b.WriteString(p)
			skip--
		case p == "" || p == "0":
			b.WriteString("0;")
			b.WriteString(fgParam)
			b.WriteByte(';')
			b.WriteString(bgParam)
		case p == "39":
			b.WriteString(fgParam)
		case p == "49":
			b.WriteString(bgParam)
		case p == "38" || p == "48" || p == "58":
			b.WriteString(p)
			if n, _, _ := strings.Cut(rest, ";"); n == "5" {
				skip = 2
			} else if n == "2" {
				skip = 4
			}
		default:
			b.WriteString(p)
		}
		if !more {
			return
		}
		params = rest
	}
}
