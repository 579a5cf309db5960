package common

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// SourceLines renders the numbered list of the sources a tab uses (ids in
// the order the tab cites them, duplicates ignored), wrapped to width. Each
// entry: "[n] Title — Publisher — date" then the address, indented. The
// numbers are the dataset's global source numbers so they match the report.
func SourceLines(ctx *Context, ids []string, width int) []string {
	if ctx == nil || ctx.Data == nil || width <= 0 {
		return nil
	}
	st := ctx.Styles
	seen := make(map[string]bool, len(ids))
	var out []string
	for _, id := range ids {
		if id == "" || seen[id] {
			continue
		}
		seen[id] = true
		s, n, ok := ctx.Data.SourceByID(id)
		if !ok {
			continue
		}
		num := fmt.Sprintf("[%d] ", n)
		head := s.Title
		if s.Publisher != "" {
			head += " — " + s.Publisher
		}
		if s.Date != "" {
			head += " — " + ctx.Loc.Date(s.Date)
		}
		indent := strings.Repeat(" ", len(num))
		body := width - len(num)
		if body < 8 {
			out = append(out, ansi.Truncate(num+head, width, "…"))
			continue
		}
		for i, l := range strings.Split(ansi.Wordwrap(head, body, " "), "\n") {
			prefix := indent
			if i == 0 {
				prefix = st.Accent.Render(num)
			}
			out = append(out, prefix+st.Text.Render(ansi.Truncate(l, body, "…")))
		}
		if s.URL != "" {
			out = append(out, indent+st.Faint.Render(ansi.Truncate(s.URL, body, "…")))
		}
	}
	return out
}

// SourceLine is the one-line citation under a chart: "Nguồn: [3] Báo Bắc
// Giang, [7] Dân Trí" — the short form, for when there is no room for the
// sources face.
func SourceLine(ctx *Context, ids []string, width int) string {
	if ctx == nil || ctx.Data == nil || width <= 0 {
		return ""
	}
	seen := make(map[string]bool, len(ids))
	var parts []string
	for _, id := range ids {
		if id == "" || seen[id] {
			continue
		}
		seen[id] = true
		s, n, ok := ctx.Data.SourceByID(id)
		if !ok {
			continue
		}
		name := s.Publisher
		if name == "" {
			name = s.Title
		}
		parts = append(parts, fmt.Sprintf("[%d] %s", n, name))
	}
	line := ctx.Loc.T("app.source") + ": " + strings.Join(parts, ", ")
	return ctx.Styles.Faint.Render(ansi.Truncate(line, width, "…"))
}
