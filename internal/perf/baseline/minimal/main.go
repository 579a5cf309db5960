// Command minimal is the yardstick for provdash's start-up: the least a
// Bubble Tea v2 + lipgloss v2 program does to print one styled 200×60
// frame. It builds a model, renders its View once with a bordered,
// coloured lipgloss layout (a header, a body of 56 lines, a footer), writes
// it to stdout and exits. internal/perf's start-up measurement runs it
// beside `provdash render` so the figure in the README is a ratio against
// the same machine, not a number that depends on it.
package main

import (
	"fmt"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

const width, height = 200, 60

// model is a Bubble Tea model that only draws.
type model struct{ w, h int }

func (model) Init() tea.Cmd                         { return nil }
func (m model) Update(tea.Msg) (tea.Model, tea.Cmd) { return m, nil }

func (m model) View() tea.View {
	title := lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#FAFAFA")).
		Background(lipgloss.Color("#7D56F4")).Padding(0, 1).Width(m.w).Render("minimal — one frame")
	row := lipgloss.NewStyle().Foreground(lipgloss.Color("#A8CC8C"))
	alt := lipgloss.NewStyle().Foreground(lipgloss.Color("#71BEF2"))
	lines := make([]string, 0, m.h-4)
	for i := range m.h - 4 {
		s := row
		if i%2 == 1 {
			s = alt
		}
		lines = append(lines, s.Render(fmt.Sprintf("%3d %s", i, strings.Repeat("█", (i*7)%(m.w-10)))))
	}
	body := lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(lipgloss.Color("#874BFD")).
		Width(m.w).Height(m.h - 2).Render(strings.Join(lines, "\n"))
	footer := lipgloss.NewStyle().Faint(true).Width(m.w).Render("q quit")
	return tea.NewView(lipgloss.JoinVertical(lipgloss.Left, title, body, footer))
}

func main() {
	var m tea.Model = model{w: width, h: height}
	if _, err := os.Stdout.WriteString(m.View().Content + "\n"); err != nil {
		os.Exit(1)
	}
}
