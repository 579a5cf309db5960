// Package render draws one frame of the dashboard to a string, exactly as
// the TUI would at a given size, language and colour profile. The `render`
// command, screenshots, goldens and scripts use it; it needs no terminal.
package render

import (
	"bytes"
	"fmt"
	"io"

	"github.com/charmbracelet/colorprofile"

	"github.com/provdash/provdash/internal/ui"
)

// Options for one frame.
type Options struct {
	UI            ui.Options
	Width, Height int
	// Profile is the colour profile the frame is reduced to: colorprofile.
	// NoTTY for plain text, ANSI256 for a 256-colour terminal, TrueColor for
	// screenshots.
	Profile colorprofile.Profile
}

// Frame returns the frame as text in o.Profile. Sizes are clamped to 0…
// 10000 so a typo cannot allocate a screen of a billion cells.
func Frame(o Options) (string, error) {
	w, h := clamp(o.Width), clamp(o.Height)
	m, err := ui.New(o.UI)
	if err != nil {
		return "", err
	}
	m.SetSize(w, h)
	return Convert(m.Frame(), o.Profile), nil
}

// Write writes the frame and a final newline to out.
func Write(out io.Writer, o Options) error {
	s, err := Frame(o)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(out, s+"\n"); err != nil {
		return fmt.Errorf("render: writing frame: %w", err)
	}
	return nil
}

// Convert reduces the ANSI styling of s to profile p (NoTTY and Ascii drop
// all styling).
func Convert(s string, p colorprofile.Profile) string {
	if p == colorprofile.TrueColor {
		return s
	}
	var buf bytes.Buffer
	buf.Grow(len(s))
	cw := &colorprofile.Writer{Forward: &buf, Profile: p}
	_, _ = cw.WriteString(s) // writing to a bytes.Buffer cannot fail
	return buf.String()
}

func clamp(n int) int {
	return min(max(n, 0), 10000)
}
