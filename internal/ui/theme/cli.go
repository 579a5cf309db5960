package theme

import "charm.land/lipgloss/v2"

// CLI holds the command line's styles: the label of an error and the
// headings of a command's help. They go to a plain stream, not the
// dashboard, so they use the terminal's own red and bold rather than a
// palette, and the caller leaves them off where colour is not wanted.
type CLI struct {
	ErrorLabel lipgloss.Style
	Heading    lipgloss.Style
}

// NewCLI returns the command line's styles.
func NewCLI() CLI {
	return CLI{
		ErrorLabel: lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("1")),
		Heading:    lipgloss.NewStyle().Bold(true),
	}
}
