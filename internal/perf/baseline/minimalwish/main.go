// Command minimalwish is the yardstick for provdash's SSH crowds: the least
// a wish v2 + Bubble Tea v2 app does to serve a styled full-screen frame to
// each SSH session, with a "tab switch" (tab, or 1–5) that changes the
// frame. It uses wish's bubbletea middleware with default Bubble Tea
// options, as a typical app would, so internal/perf's crowd measurement
// (TestCrowds) compares provdash against what the libraries alone cost on
// the same machine. It is its own main package, never linked into
// provdash.
//
//	minimalwish --listen 127.0.0.1:23235 --host-key /tmp/key
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	bm "charm.land/wish/v2/bubbletea"
)

// tabs are the names shown in the tab bar; the body differs per tab.
var tabs = [...]string{"Overview", "GDP", "FDI", "Zones", "Agreements"}

// model is one session's app: a tab bar, a bordered body and a footer.
type model struct {
	w, h, tab int
}

func (model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
	case tea.KeyPressMsg:
		switch s := msg.String(); s {
		case "q", "ctrl+c":
			return m, tea.Quit
		case "tab", "right":
			m.tab = (m.tab + 1) % len(tabs)
		case "shift+tab", "left":
			m.tab = (m.tab + len(tabs) - 1) % len(tabs)
		case "1", "2", "3", "4", "5":
			m.tab = int(s[0] - '1')
		}
	}
	return m, nil
}

func (m model) View() tea.View {
	w, h := max(m.w, 20), max(m.h, 6)
	on := lipgloss.NewStyle().Bold(true).Reverse(true).Foreground(lipgloss.Color("#7D56F4")).Padding(0, 1)
	off := lipgloss.NewStyle().Foreground(lipgloss.Color("#A8A8A8")).Padding(0, 1)
	names := make([]string, len(tabs))
	for i, n := range tabs {
		if i == m.tab {
			names[i] = on.Render(n)
		} else {
			names[i] = off.Render(n)
		}
	}
	bar := lipgloss.NewStyle().Width(w).MaxWidth(w).Render(lipgloss.JoinHorizontal(lipgloss.Top, names...))
	row := lipgloss.NewStyle().Foreground(lipgloss.Color("#A8CC8C"))
	alt := lipgloss.NewStyle().Foreground(lipgloss.Color("#71BEF2"))
	lines := make([]string, 0, h-4)
	for i := range h - 4 {
		s := row
		if i%2 == 1 {
			s = alt
		}
		n := (i*7 + m.tab*11) % max(1, w-12)
		lines = append(lines, s.Render(fmt.Sprintf("%3d %s", i, strings.Repeat("█", n))))
	}
	body := lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(lipgloss.Color("#874BFD")).
		Width(w).Height(h - 2).MaxHeight(h - 2).Render(strings.Join(lines, "\n"))
	footer := lipgloss.NewStyle().Faint(true).Width(w).Render("tab next · q quit")
	v := tea.NewView(lipgloss.JoinVertical(lipgloss.Left, bar, body, footer))
	v.AltScreen = true
	return v
}

func main() {
	listen := flag.String("listen", "127.0.0.1:23235", "address to listen on")
	hostKey := flag.String("host-key", "minimalwish_host_key", "host key path, created if missing")
	flag.Parse()
	host, port, err := net.SplitHostPort(*listen)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	s, err := wish.NewServer(
		wish.WithAddress(net.JoinHostPort(host, port)),
		wish.WithHostKeyPath(*hostKey),
		wish.WithMiddleware(bm.Middleware(func(sess ssh.Session) (tea.Model, []tea.ProgramOption) {
			pty, _, _ := sess.Pty()
			return model{w: pty.Window.Width, h: pty.Window.Height}, nil
		})),
	)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	done := make(chan os.Signal, 1)
	signal.Notify(done, os.Interrupt, syscall.SIGTERM)
	go func() {
		if err := s.ListenAndServe(); err != nil && !errors.Is(err, ssh.ErrServerClosed) {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}()
	fmt.Println("listening on", *listen)
	<-done
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = s.Shutdown(ctx)
}
