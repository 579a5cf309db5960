package common

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
)

// The list tabs (FDI, zones, agreements, targets) show a former province's
// rows in sections of their own, whose ids are the own section's id, "@"
// and the province's id; these helpers say whose a section is in the same
// words on every tab.

// BaseID is a section id without the former province it belongs to
// ("fdi.by_country@bac-giang" is a fdi.by_country).
func BaseID(id string) string {
	b, _, _ := strings.Cut(id, "@")
	return b
}

// Merged reports whether page p holds a former province's rows: the
// province's own then say whose they are.
func Merged(p content.Page) bool {
	for _, s := range p.Sections {
		if s.From != "" {
			return true
		}
	}
	return false
}

// SectionData is the dataset whose rows section s holds: the shown
// province's, or the former province's it names; nil when the context has
// no data or s names a province outside the scope.
func SectionData(ctx *Context, s content.Section) *dataset.Dataset {
	if ctx == nil || ctx.Data == nil {
		return nil
	}
	sc := ctx.Scoped()
	if s.From == "" {
		return sc.D
	}
	for _, p := range sc.Pred {
		if p.ID == s.From {
			return p
		}
	}
	return nil
}

// Whose names the former province whose rows s holds and the date its
// figures run to, "" for the shown province's own section: a row's detail
// says whose figure it is even when opened from a search.
func Whose(ctx *Context, s content.Section) string {
	if s.From == "" {
		return ""
	}
	if d := SectionData(ctx, s); d != nil {
		l := ctx.Loc
		return l.Pick(d.Name) + " · " + l.T("app.asof") + " " + l.Date(d.AsOf)
	}
	return s.From
}

// WhoseLine is the line under a tab's title that names the province of the
// selected row's section s and the date its figures run to, once page p
// shows former provinces' rows: a row scrolled far below its section's
// heading still reads as its province's. "" for a province shown alone.
func WhoseLine(ctx *Context, p content.Page, s content.Section, w int) string {
	if !Merged(p) {
		return ""
	}
	l := ctx.Loc
	who := Whose(ctx, s)
	if who == "" {
		who = l.Pick(ctx.Data.Name) + " · " + l.T("app.asof") + " " + l.Date(ctx.Data.AsOf)
	}
	return Fit(ctx.Styles.Faint.Render(l.T("content.col.province")+": "+who), w, 1)
}

// PredHeading is the heading of a former province's section s of page p:
// its title, which names the province and the date its figures run to.
// Where the title does not fit in w cells, the words it shares with the
// title of the province's own section of that kind give way first, so the
// name and the date, which tell the sections apart, stay on screen; note
// is shown only beside a whole title.
func PredHeading(ctx *Context, p content.Page, s content.Section, note string, w int) Line {
	t := s.Title
	own, _ := p.Section(BaseID(s.ID))
	if rest, ok := strings.CutPrefix(t, own.Title); own.Title != "" && ok && lipgloss.Width(t) > w {
		if room := w - lipgloss.Width(rest); room >= 4 {
			t = Fit(own.Title, room, 1) + rest
		} else {
			t = strings.TrimSpace(rest)
		}
	}
	if lipgloss.Width(t)+3 >= w {
		note = ""
	}
	return Heading(ctx, t, note, w)
}
