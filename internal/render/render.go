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
	m, err := ui.New(o.UI)
	if err != nil {
		return "", err
	}
	return Draw(m, o.Width, o.Height, o.Profile), nil
}

// Draw returns the frame of a dashboard already built with ui.New, sized to
// width×height as Frame sizes it. A caller that built the model anyway (the
// render command builds one to check its options) draws it rather than
// paying for a second.
func Draw(m *ui.Model, width, height int, p colorprofile.Profile) string {
	m.SetSize(clamp(width), clamp(height))
	return Convert(m.Frame(), p)
}

// Write writes the frame and a final newline to out.
func Write(out io.Writer, o Options) error {
	s, err := Frame(o)
	if err != nil {
		return err
	}
	return write(out, s)
}

// WriteModel writes Draw's frame and a final newline to out.
func WriteModel(out io.Writer, m *ui.Model, width, height int, p colorprofile.Profile) error {
	return write(out, Draw(m, width, height, p))
}

// write writes frame, then the final newline, as two writes: frame+"\n"
// would copy the whole frame (27 KB at 200×60 in true colour) to add one
// byte, and start-up allocates little enough that such copies decide
// whether a one-frame process collects garbage at all.
func write(out io.Writer, frame string) error {
	if _, err := io.WriteString(out, frame); err != nil {
		return fmt.Errorf("render: writing frame: %w", err)
	}
	if _, err := io.WriteString(out, "\n"); err != nil {
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
