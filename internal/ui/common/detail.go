package common

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/cells"
	"github.com/provdash/provdash/internal/ui/theme"
)

// Field is one labelled value of a detail panel. An empty Value is left
// out; an empty Label continues the previous field (a source's address).
type Field struct{ Label, Value string }

// DetailPanel renders a titled list of fields in a bordered overlay of at
// most w×h cells (at most 96 wide, so a detail reads as a card on a wide
// screen), wrapping long values under their own column and ending with a
// faint hint (the key that closes it). Below 30×8 it drops the border and
// padding, and at narrow widths puts each label above its value, so a detail
// stays readable on a small terminal. A panel taller than h shows its top
// and says that more follows (see DetailScroll, which can scroll it).
func DetailPanel(ctx *Context, title string, fields []Field, hint string, w, h int) string {
	var sc Scroll
	return DetailScroll(ctx, title, fields, hint, w, h, &sc)
}

// DetailScroll is DetailPanel scrolled to sc (moved by Scroll.Key). When the
// fields do not fit in h lines, the panel first drops its blank padding
// lines (on a short terminal they cost what the source needs), then keeps
// the title at the top and the hint at the bottom, with a ScrollMark beside
// the hint, and shows the fields from sc.Off between them, so the last
// field (the source and its address) can always be scrolled into view.
func DetailScroll(ctx *Context, title string, fields []Field, hint string, w, h int, sc *Scroll) string {
	if w <= 0 || h <= 0 || ctx == nil || ctx.Styles == nil {
		return ""
	}
	st := ctx.Styles
	pw := min(w, 96)
	boxed := pw >= 30 && h >= 8
	inner := pw
	if boxed {
		inner = pw - st.Overlay.GetHorizontalFrameSize()
	}
	titleLine := st.PanelTitle.Render(cells.CutTitle(title, inner))
	body := detailLines(st.Muted.Render, st.Text.Render, fields, inner)
	var hintLine string
	if hint != "" {
		hintLine = st.Faint.Render(ansi.Truncate(hint, inner, "…"))
	}
	ls := append([]string{titleLine, ""}, body...)
	if hint != "" {
		ls = append(ls, "", hintLine)
	}
	box, avail := OverlayBox(st, boxed, len(ls), h)
	if len(ls) > avail {
		ls = scrolled(st.Faint.Render, titleLine, body, hint, inner, avail, sc)
	} else {
		sc.Show(0, avail)
	}
	if !boxed {
		return Fit(strings.Join(ls, "\n"), w, h)
	}
	for i := range ls {
		ls[i] = Pad(ls[i], inner)
	}
	return Fit(box.Render(strings.Join(ls, "\n")), w, h)
}

// OverlayBox is the frame of an overlay (a detail panel, the help) of n
// lines in h, and the lines it leaves inside: the frame loses its blank
// padding lines before any content line has to scroll, since on a short
// terminal they cost what the content needs. Unframed (framed false), it
// is the plain overlay style and h lines.
func OverlayBox(st *theme.Styles, framed bool, n, h int) (lipgloss.Style, int) {
	box := st.Overlay
	if !framed {
		return box, h
	}
	if n > h-box.GetVerticalFrameSize() {
		box = box.PaddingTop(0).PaddingBottom(0)
	}
	return box, h - box.GetVerticalFrameSize()
}

// detailLines are the fields of a detail, each value wrapped beside its
// label (or under it when the value column would be narrower than 8 cells).
func detailLines(label, text func(...string) string, fields []Field, inner int) []string {
	lw := 0
	for _, f := range fields {
		lw = max(lw, ansi.StringWidth(f.Label))
	}
	lw = min(lw, max(6, inner/3))
	vw := inner - lw - 2
	var ls []string
	for _, f := range fields {
		v := f.Value
		if v == "" {
			continue
		}
		if vw < 8 {
			ls = append(ls, label(ansi.Truncate(f.Label, inner, "…")))
			for _, wl := range strings.Split(ansi.Wrap(v, inner, " "), "\n") {
				ls = append(ls, text(ansi.Truncate(wl, inner, "…")))
			}
			continue
		}
		for i, wl := range strings.Split(ansi.Wrap(v, vw, " "), "\n") {
			lab := ""
			if i == 0 {
				lab = f.Label
			}
			ls = append(ls, label(Pad(lab, lw))+"  "+text(ansi.Truncate(wl, vw, "…")))
		}
	}
	return ls
}

// scrolled lays out a detail that does not fit in h lines: the title, a
// window of the body from sc.Off, and a last line with the hint on the left
// and the position on the right. Below four lines there is no room for the
// frame of title and hint, and the whole panel scrolls as one text.
func scrolled(faint func(...string) string, title string, body []string, hint string, inner, h int, sc *Scroll) []string {
	if h < 4 {
		all := append([]string{title}, body...)
		from, to := sc.Show(len(all), h)
		return append([]string(nil), all[from:to]...)
	}
	from, to := sc.Show(len(body), h-2)
	out := append([]string{title}, body[from:to]...)
	if to-from == len(body) {
		// The fields fit once the blank lines are gone: no position to show.
		if len(body) < h-2 {
			out = append([]string{title, ""}, body...)
		}
		for len(out) < h-1 {
			out = append(out, "")
		}
		return append(out, faint(ansi.Truncate(hint, inner, "…")))
	}
	mark := faint(ScrollMark(from, to, len(body)))
	mw := ansi.StringWidth(mark)
	foot := ansi.Truncate(hint, max(0, inner-mw-2), "…")
	if hint == "" || mw+2 > inner {
		foot = ""
	} else {
		foot = faint(foot)
	}
	foot += strings.Repeat(" ", max(0, inner-ansi.StringWidth(foot)-mw)) + mark
	for len(out) < h-1 {
		out = append(out, "")
	}
	return append(out, foot)
}

// MetaFields are a row's status (with its mark), date, note and source, as
// every detail panel ends. noteLabel names the note ("" for the generic
// "note"); the source is "[n] title — publisher — date" with its address on
// the next line, and a row whose source id is unknown shows a gap rather
// than nothing, so a missing citation is visible.
func MetaFields(ctx *Context, meta dataset.Meta, noteLabel string) []Field {
	l := ctx.Loc
	st := i18n.Gap // a row without a status (a country with no figure) says so
	if meta.Status != "" {
		st = l.Status(meta.Status)
	}
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
	if s, n, ok := ctx.Scoped().SourceByID(meta.Source); ok {
		src := "[" + l.Int(n) + "] " + s.Title
		if p := s.PublisherIn(string(l.Lang)); p != "" {
			src += " — " + p
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
