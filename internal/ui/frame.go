package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/textsafe"
	"github.com/provdash/provdash/internal/ui/common"
)

// View implements tea.Model.
func (m *Model) View() tea.View {
	if m.opts.Plain {
		return tea.NewView(textsafe.KeepStyle(m.plainPrompt()))
	}
	return m.ViewOf(m.Frame())
}

// ViewOf wraps frame, a frame of this dashboard's, as View does its own
// (a frame composed by another session: package crowd).
func (m *Model) ViewOf(frame string) tea.View {
	v := tea.NewView(frame)
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = m.winTitle
	return v
}

// Frame returns the screen as a string of exactly the model's height lines
// (fewer when the height is 0), each at most its width. The render command
// prints it; View wraps it.
func (m *Model) Frame() string {
	if !m.dirty {
		return m.frame
	}
	// The frame's own escapes are SGR styling only; anything else in it
	// came from data that did not go through i18n's Pick (a source title,
	// a park name) and must not reach the terminal.
	m.frame = textsafe.KeepStyleLinks(m.compose(), m.sourceURL)
	// The light theme paints its own background into every cell.
	m.frame = m.ctx.Styles.PaintScreen(m.frame, m.width)
	m.dirty = false
	return m.frame
}

func (m *Model) compose() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	if m.tooSmall() {
		return m.tooSmallScreen()
	}
	st := m.ctx.Styles
	cw, ch := m.contentSize()
	bar := m.tabBar()
	rule := st.Faint.Render(strings.Repeat("─", w))
	if m.ctx.ASCII {
		rule = st.Faint.Render(strings.Repeat("-", w))
	}
	var body string
	switch {
	case m.search.IsOpen():
		body = m.search.View(cw, ch, st, m.ctx.Loc)
	case m.showHelp:
		body = m.helpOverlay(cw, ch)
	case m.titleSlide:
		body = m.titleBody(cw, ch)
	default:
		body = m.views[m.active].View()
	}
	body = padLines(common.Fit(body, cw, ch), ch)
	if over := m.noticeAbove(); len(over) > 0 && len(over) < ch {
		// A notice longer than the footer wraps upward over the last
		// lines of the tab, until the next key: a room's message is read
		// whole, never cut.
		lines := strings.Split(body, "\n")
		copy(lines[len(lines)-len(over):], over)
		body = strings.Join(lines, "\n")
	}
	return bar + "\n" + rule + "\n" + body + "\n" + m.footer()
}

// noticeWidth is the cells the footer gives a notice.
func (m *Model) noticeWidth() int {
	w := m.width
	if badge := m.badgeView(m.width / 2); badge != "" {
		w -= lipgloss.Width(badge) + 1
	}
	return max(1, w-1)
}

// noticeLines is the notice wrapped to the footer's width.
func (m *Model) noticeLines() []string {
	if m.notice == "" {
		return nil
	}
	return wrapSpaces(m.notice, m.noticeWidth())
}

// wrapSpaces wraps s at spaces only, so a flag like --lead is never split
// at its dashes (ansi.Wordwrap breaks at hyphens); a word longer than w
// is cut by the caller.
func wrapSpaces(s string, w int) []string {
	var out []string
	line := ""
	for _, word := range strings.Fields(s) {
		switch {
		case line == "":
			line = word
		case lipgloss.Width(line)+1+lipgloss.Width(word) <= w:
			line += " " + word
		default:
			out = append(out, line)
			line = word
		}
	}
	return append(out, line)
}

// noticeAbove is the lines of a long notice that go above the footer,
// styled, each as wide as the screen.
func (m *Model) noticeAbove() []string {
	nl := m.noticeLines()
	if len(nl) < 2 {
		return nil
	}
	out := make([]string, 0, len(nl)-1)
	for _, l := range nl[:len(nl)-1] {
		out = append(out, common.Pad(" "+m.ctx.Styles.Notice.Render(ansi.Truncate(l, m.noticeWidth(), "…")), m.width))
	}
	return out
}

// padLines makes s exactly n lines so the footer stays at the bottom.
func padLines(s string, n int) string {
	have := 0
	if s != "" {
		have = strings.Count(s, "\n") + 1
	}
	if have >= n {
		return s
	}
	if s == "" {
		return strings.Repeat("\n", n-1)
	}
	return s + strings.Repeat("\n", n-have)
}

func (m *Model) tooSmallScreen() string {
	st := m.ctx.Styles
	msg := m.ctx.Loc.Tf("app.too_small", m.width, m.height, MinWidth, MinHeight)
	hint := "q: " + m.ctx.Loc.T("key.quit")
	text := st.Warn.Render(ansi.Wordwrap(msg, m.width, " ")) + "\n" + st.Faint.Render(hint)
	return common.Fit(lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, text), m.width, m.height)
}

// tabBar draws "provdash │ 1 Tổng quan  2 …" with the active tab
// highlighted, falling back to numbers only for inactive tabs when the full
// titles do not fit.
func (m *Model) tabBar() string {
	line, _ := m.tabLayout()
	return line
}

// tabLayout is the tab bar and where each tab is on it, for mouse clicks:
// a click works it out again rather than drawing keeping it, so drawing
// changes nothing.
func (m *Model) tabLayout() (string, []hit) {
	st := m.ctx.Styles
	brand := st.Brand.Render("provdash")
	right := st.Faint.Render(m.ctx.Loc.Pick(m.opts.Data.Name) + " · " + m.ctx.Loc.T("app.asof") + " " + m.ctx.Loc.Date(m.opts.Data.AsOf) + " ")
	for _, short := range []bool{false, true} {
		var parts []string
		hits := make([]hit, len(m.views))
		x := lipgloss.Width(brand)
		for i, t := range m.tabs {
			label := fmt.Sprintf("%d %s", i+1, t.Title(m.ctx.Loc))
			if short && i != m.active {
				label = fmt.Sprintf("%d", i+1)
			}
			s := st.TabInactive.Render(label)
			if i == m.active {
				s = st.TabActive.Render(label)
			}
			wdt := lipgloss.Width(s)
			hits[i] = hit{x, x + wdt}
			x += wdt
			parts = append(parts, s)
		}
		line := brand + strings.Join(parts, "")
		lw := lipgloss.Width(line)
		if lw > m.width && !short {
			continue
		}
		if gap := m.width - lw - lipgloss.Width(right); gap >= 2 {
			line += strings.Repeat(" ", gap) + right
		}
		return common.Fit(line, m.width, 1), hits
	}
	return "", nil
}

// footer is the bottom line: a notice, the presentation's progress or the
// short help, with the room badge (if in a room) at its right end.
func (m *Model) footer() string {
	badge := m.badgeView(m.width / 2)
	if badge == "" {
		return m.footerLeft(m.width)
	}
	// One blank cell between the footer and the badge, so a cut help
	// line does not run into it.
	w := m.width - lipgloss.Width(badge) - 1
	return common.Pad(m.footerLeft(w), w) + " " + badge
}

func (m *Model) footerLeft(w int) string {
	if nl := m.noticeLines(); len(nl) > 0 {
		// The last line of a wrapped notice; the others are above it.
		return common.Fit(" "+m.ctx.Styles.Notice.Render(nl[len(nl)-1]), w, 1)
	}
	if m.reloadFailed > 0 {
		l := m.ctx.Loc
		return common.Fit(" "+m.ctx.Styles.Notice.Render(l.Tf("server.reload_failed", l.Plural(m.reloadFailed, "cli.problems"), l.Date(m.opts.Data.AsOf))), w, 1)
	}
	if m.present {
		return m.progressLine(w)
	}
	k := m.ctx.Keys
	v := m.views[m.active]
	// ? and q come first, so they survive any width; the bubbles help
	// drops bindings from the end when the line is full, so the least
	// needed come last.
	bindings := []key.Binding{k.Help, k.Quit}
	bindings = append(bindings, v.ShortHelp()...)
	if m.badge.Follow {
		bindings = append(bindings, k.Follow)
	}
	bindings = append(bindings, k.Next, k.Jump, k.Search, k.Earlier, k.Present, k.Theme, k.Lang)
	hm := m.help
	hm.SetWidth(w)
	return common.Fit(" "+hm.ShortHelpView(bindings), w, 1)
}

// progressLine replaces the help footer in presentation mode:
// "▶ 3/5 · 12s" then a thin bar of the time gone, glyphs differing for
// done and to-go so it reads without colour. Paused shows ‖ and the word.
func (m *Model) progressLine(w int) string {
	st := m.ctx.Styles
	play, pause, done, todo := "▶", "‖", "━", "─"
	if m.ctx.ASCII {
		play, pause, done, todo = ">", "||", "=", "-"
	}
	secs := int((m.left + time.Second - 1) / time.Second)
	label := fmt.Sprintf("%s %s · %ds", play, m.slideLabel(), secs)
	if m.paused {
		label = fmt.Sprintf("%s %s · %ds · %s", pause, m.slideLabel(), secs, m.ctx.Loc.T("present.paused"))
	}
	line := " " + st.Progress.Render(label) + " "
	barW := w - lipgloss.Width(line) - 1
	if barW >= 4 {
		total := m.opts.Interval
		gone := total - m.left
		n := int(int64(barW) * int64(gone) / int64(total))
		n = min(max(n, 0), barW)
		line += st.ProgressDone.Render(strings.Repeat(done, n)) + st.ProgressTodo.Render(strings.Repeat(todo, barW-n))
	}
	return common.Fit(line, w, 1)
}

// helpOverlay is the full key table of README: Keys, reflowed into as
// many columns as fit and scrolled (↑/↓) where even one column does not:
// at 60×16 every key is still there to read.
func (m *Model) helpOverlay(w, h int) string {
	st := m.ctx.Styles
	k := m.ctx.Keys
	var keys, descs []string
	kw, dw := 0, 0
	for _, b := range k.All() {
		if b.Help().Key == "" || (len(m.opts.Collection) < 2 && b.Help().Key == k.Province.Help().Key) ||
			(!m.badge.Follow && b.Help().Key == k.Follow.Help().Key) {
			continue
		}
		keys, descs = append(keys, b.Help().Key), append(descs, b.Help().Desc)
		kw, dw = max(kw, lipgloss.Width(b.Help().Key)), max(dw, lipgloss.Width(b.Help().Desc))
	}
	const gap = 3
	framed := w >= 40 && h >= 12
	iw := w
	if framed {
		iw = w - st.Overlay.GetHorizontalFrameSize()
	}
	colW := kw + 1 + dw
	cols := common.Clamp((iw+gap)/(colW+gap), 1, len(keys))
	if cols == 1 {
		colW = iw
	}
	rows := (len(keys) + cols - 1) / cols
	lines := []string{st.PanelTitle.Render(m.ctx.Loc.T("help.title")), ""}
	for r := 0; r < rows; r++ {
		var b strings.Builder
		for c := 0; c < cols; c++ {
			i := c*rows + r
			if i >= len(keys) {
				break
			}
			if c > 0 {
				b.WriteString(strings.Repeat(" ", gap))
			}
			cell := st.HelpKey.Render(common.Pad(keys[i], kw)) + " " + st.HelpDesc.Render(descs[i])
			b.WriteString(common.Pad(cell, colW))
		}
		lines = append(lines, strings.TrimRight(b.String(), " "))
	}
	lines = append(lines, "")
	for _, l := range strings.Split(ansi.Wordwrap(m.ctx.Loc.T("app.legend"), iw, " "), "\n") {
		lines = append(lines, st.Faint.Render(l))
	}
	// The glossary: every short form a screen uses, spelled out.
	lines = append(lines, "", st.PanelTitle.Render(m.ctx.Loc.T("glossary.title")))
	for _, k := range i18n.Glossary() {
		for _, l := range strings.Split(ansi.Wordwrap(m.ctx.Loc.T(k), iw, " "), "\n") {
			lines = append(lines, st.HelpDesc.Render(l))
		}
	}
	lines = append(lines, "")
	for _, l := range strings.Split(ansi.Wordwrap(m.ctx.Loc.T("help.close"), iw, " "), "\n") {
		lines = append(lines, st.Faint.Render(l))
	}
	box, ih := common.OverlayBox(st, framed, len(lines), h)
	if len(lines) > ih && ih >= 2 {
		// The line that says how to scroll and close wraps rather than
		// being cut: on a narrow screen it takes two lines from the keys.
		total := len(lines)
		var sc common.Scroll
		sc.Off = m.helpOff
		n := 1
		var more []string
		for range 3 {
			from, to := sc.Show(total, max(1, ih-n))
			more = strings.Split(ansi.Wordwrap(common.ScrollMark(from, to, total)+"  "+m.ctx.Loc.T("help.more"), iw, " "), "\n")
			if len(more) == n {
				break
			}
			n = len(more)
		}
		from, to := sc.Show(total, max(1, ih-len(more)))
		m.helpOff = sc.Off
		lines = lines[from:to:to]
		for _, l := range more {
			lines = append(lines, st.Faint.Render(ansi.Truncate(l, iw, "…")))
		}
	}
	body := strings.Join(lines, "\n")
	if framed {
		body = box.Render(body)
	}
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, body)
}
