package common

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
)

// Field is one labelled value of a detail panel. An empty Value is left
// out; an empty Label continues the previous field (a source's address).
type Field struct{ Label, Value string }

// DetailPanel renders a titled list of fields in a bordered overlay of at
// most w×h cells (at most 96 wide, so a detail reads as a card on a wide
// screen), wrapping long values under their own column and ending with a
// faint hint (the key that closes it). Below 30×8 it drops the border and
// padding, and at narrow widths puts each label above its value, so a detail
// stays readable on a small terminal.
func DetailPanel(ctx *Context, title string, fields []Field, hint string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	st := ctx.Styles
	pw := min(w, 96)
	boxed := pw >= 30 && h >= 8
	inner := pw
	if boxed {
		inner = pw - st.Overlay.GetHorizontalFrameSize()
	}
	lw := 0
	for _, f := range fields {
		lw = max(lw, ansi.StringWidth(f.Label))
	}
	lw = min(lw, max(6, inner/3))
	vw := inner - lw - 2
	var ls []string
	ls = append(ls, st.PanelTitle.Render(ansi.Truncate(title, inner, "…")), "")
	for _, f := range fields {
		v := f.Value
		if v == "" {
			continue
		}
		if vw < 8 {
			ls = append(ls, st.Muted.Render(ansi.Truncate(f.Label, inner, "…")))
			for _, wl := range strings.Split(ansi.Wrap(v, inner, " "), "\n") {
				ls = append(ls, st.Text.Render(ansi.Truncate(wl, inner, "…")))
			}
			continue
		}
		for i, wl := range strings.Split(ansi.Wrap(v, vw, " "), "\n") {
			lab := ""
			if i == 0 {
				lab = f.Label
			}
			ls = append(ls, st.Muted.Render(Pad(lab, lw))+"  "+st.Text.Render(ansi.Truncate(wl, vw, "…")))
		}
	}
	if hint != "" {
		ls = append(ls, "", st.Faint.Render(ansi.Truncate(hint, inner, "…")))
	}
	if !boxed {
		return Fit(strings.Join(ls, "\n"), w, h)
	}
	maxInner := h - st.Overlay.GetVerticalFrameSize()
	if len(ls) > maxInner {
		ls = append(ls[:max(0, maxInner-1)], st.Faint.Render("…"))
	}
	for i := range ls {
		ls[i] = Pad(ls[i], inner)
	}
	box := st.Overlay.Render(strings.Join(ls, "\n"))
	return Fit(box, w, h)
}

// MetaFields are a row's status (with its mark), date, note and source, as
// every detail panel ends. noteLabel names the note ("" for the generic
// "note"); the source is "[n] title — publisher — date" with its address on
// the next line, and a row whose source id is unknown shows a gap rather
// than nothing, so a missing citation is visible.
func MetaFields(ctx *Context, meta dataset.Meta, noteLabel string) []Field {
	l := ctx.Loc
	st := l.Status(meta.Status)
	if mk := i18n.Mark(meta.Status); mk != "" {
		st = mk + " " + st
	}
	fs := []Field{{l.T("app.status"), st}}
	if meta.Date != "" {
		fs = append(fs, Field{l.T("app.date"), l.Date(meta.Date)})
	}
	if noteLabel == "" {
		noteLabel = l.T("app.note")
	}
	fs = append(fs, Field{noteLabel, l.Pick(meta.Note)})
	if s, n, ok := ctx.Data.SourceByID(meta.Source); ok {
		src := "[" + l.Int(n) + "] " + s.Title
		if s.Publisher != "" {
			src += " — " + s.Publisher
		}
		if s.Date != "" {
			src += " — " + l.Date(s.Date)
		}
		fs = append(fs, Field{l.T("app.source"), src}, Field{"", s.URL})
	} else {
		fs = append(fs, Field{l.T("app.source"), i18n.Gap})
	}
	return fs
}

// WithMark appends the status mark of st to a formatted figure so a
// reported or estimated figure never looks official. A gap gets no mark,
// and a mark-less figure gets two blanks in the mark's place so the digits
// of right-aligned columns stay aligned.
func WithMark(s string, st dataset.Status) string {
	if mk := i18n.Mark(st); mk != "" && s != i18n.Gap {
		return s + " " + mk
	}
	return s + "  "
}

// OrGap is s, or the gap sign "—" when s is empty: a missing text field is
// shown as missing, not as blank space.
func OrGap(s string) string {
	if s == "" {
		return i18n.Gap
	}
	return s
}
