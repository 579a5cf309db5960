package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/plain"
	"github.com/provdash/provdash/internal/textsafe"
)

// Plain mode (--plain, or TERM=dumb) is for screen readers and terminals
// that cannot draw: no alternate screen, no colour, no box drawing or
// braille. Each tab is printed once as headings, sentences and aligned
// text tables (package plain) into the terminal's scrollback, where a
// screen reader reads it line by line; the live part of the screen is a
// single prompt line. Switching tab or language prints the new text.

// plainUpdate handles every message in plain mode.
func (m *Model) plainUpdate(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		first := m.width == 0 && m.height == 0
		m.width, m.height = max(msg.Width, 0), max(msg.Height, 0)
		m.help.SetWidth(m.width)
		if first {
			return m.plainPrint()
		}
	case DataMsg:
		if msg.Data != nil {
			m.replaceInCollection(msg.Data)
			m.opts.Data = msg.Data
			m.applyContext()
			return tea.Batch(tea.Println(textsafe.Clean(msg.Notice)), m.plainPrint())
		}
	case BadgeMsg:
		m.badge = Badge(msg)
	case NoticeMsg:
		return tea.Println(textsafe.Clean(string(msg)))
	case tea.KeyPressMsg:
		k := m.ctx.Keys
		switch {
		case key.Matches(msg, k.Quit):
			return tea.Quit
		case key.Matches(msg, k.Next):
			m.SetActive((m.active + 1) % len(m.views))
		case key.Matches(msg, k.Prev):
			m.SetActive((m.active + len(m.views) - 1) % len(m.views))
		case key.Matches(msg, k.Jump):
			m.SetActive(int(msg.String()[0] - '1'))
		case key.Matches(msg, k.Lang):
			m.toggleLang()
		case key.Matches(msg, k.Province) && len(m.opts.Collection) > 1:
			m.nextProvince()
		case key.Matches(msg, k.Help):
			return tea.Println(m.plainHelp())
		default:
			return nil
		}
		m.dirty = true
		return m.plainPrint()
	}
	return nil
}

// plainFollow goes to st's province and tab (GoTo), printing the tab when
// it changed: plain text has no selection, face or focus year to follow.
func (m *Model) plainFollow(st State) tea.Cmd {
	changed := false
	if d := m.province(st.Province); d != m.opts.Data {
		m.opts.Data, changed = d, true
		m.applyContext()
	}
	if i := m.opts.Tabs.Index(st.Tab); i >= 0 && i != m.active {
		m.SetActive(i)
		changed = true
	}
	if !changed {
		return nil
	}
	m.dirty = true
	return m.plainPrint()
}

// plainPrint prints the active tab's text above the prompt line.
func (m *Model) plainPrint() tea.Cmd {
	w := m.width
	if w <= 0 {
		w = 80
	}
	text, err := plain.Page(m.ctx.Page(m.tabs[m.active]), m.scope(), m.ctx.Loc, w)
	if err != nil {
		text = err.Error()
	}
	return tea.Println("\n" + text + "\n")
}

// plainPrompt is the one live line: where the user is and which keys work.
func (m *Model) plainPrompt() string {
	k := m.ctx.Keys
	parts := []string{
		fmt.Sprintf("[%d/%d] %s", m.active+1, len(m.views), m.tabs[m.active].Title(m.ctx.Loc)),
		k.Next.Help().Key + " " + k.Next.Help().Desc,
		k.Jump.Help().Key + " " + k.Jump.Help().Desc,
		k.Lang.Help().Key + " " + k.Lang.Help().Desc,
		k.Help.Help().Key + " " + k.Help.Help().Desc,
		k.Quit.Help().Key + " " + k.Quit.Help().Desc,
	}
	if len(m.badge.Forms) > 0 {
		// The badge as text, first, so a screen reader hears it (a
		// browsing follower's says f follows again).
		parts = append([]string{strings.TrimSpace(ansi.Strip(m.badgeView(1 << 10)))}, parts...)
	}
	line := strings.Join(parts, " · ")
	if m.width > 0 {
		line = ansi.Truncate(line, m.width, "")
	}
	return line
}

// plainHelp lists the keys that work in plain mode, one per line.
func (m *Model) plainHelp() string {
	k := m.ctx.Keys
	var b strings.Builder
	b.WriteString("\n" + m.ctx.Loc.T("help.title") + "\n")
	for _, bd := range []key.Binding{k.Next, k.Prev, k.Jump, k.Lang, k.Province, k.Follow, k.Help, k.Quit} {
		if bd.Help().Key == "" || (bd.Help().Key == k.Province.Help().Key && len(m.opts.Collection) < 2) ||
			(bd.Help().Key == k.Follow.Help().Key && !m.badge.Follow) {
			continue
		}
		fmt.Fprintf(&b, "  %-10s %s\n", bd.Help().Key, bd.Help().Desc)
	}
	return b.String()
}
