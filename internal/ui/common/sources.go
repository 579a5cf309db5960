package common

import (
	"fmt"
	"github.com/provdash/provdash/internal/content"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/textsafe"
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
	var out []string
	for _, c := range cited(ctx.Scoped(), ids) {
		s := c.src
		num := fmt.Sprintf("[%d] ", c.n)
		s.Title, s.Publisher = textsafe.Clean(s.Title), textsafe.Clean(s.PublisherIn(string(ctx.Loc.Lang)))
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
		if url := textsafe.Clean(s.URL); url != "" {
			// The whole address, wrapped rather than cut, each piece a
			// hyperlink to it where the terminal supports OSC 8.
			// Only a web address becomes a link: a dataset built in code
			// skips the loader's check, and a terminal would open a
			// javascript: or file: link as readily as a web page.
			link := st.Faint
			if dataset.WebURL(url) {
				link = link.Hyperlink(url)
			}
			for _, piece := range strings.Split(ansi.Hardwrap(url, body, false), "\n") {
				out = append(out, indent+link.Render(piece))
			}
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
	var parts []string
	for _, c := range cited(ctx.Scoped(), ids) {
		name := c.src.PublisherIn(string(ctx.Loc.Lang))
		if name == "" {
			name = c.src.Title
		}
		parts = append(parts, fmt.Sprintf("[%d] %s", c.n, name))
	}
	line := ctx.Loc.T("app.source") + ": " + strings.Join(parts, ", ")
	return ctx.Styles.Faint.Render(ansi.Truncate(line, width, "…"))
}

// citedSource is a source a tab cites, with its number in the dataset's list.
type citedSource struct {
	src dataset.Source
	n   int
}

// cited resolves ids in citation order, each once; empty and unknown ids
// are skipped (the loader has already rejected unknown ones).
func cited(d *content.Scope, ids []string) []citedSource {
	seen := make(map[int]bool, len(ids))
	out := make([]citedSource, 0, len(ids))
	for _, id := range ids {
		if id == "" {
			continue
		}
		// Two ids may be one source (a predecessor's copy of one the
		// province cites itself): it is listed once, under its number.
		if s, n, ok := d.SourceByID(id); ok && !seen[n] {
			seen[n] = true
			out = append(out, citedSource{s, n})
		}
	}
	return out
}
