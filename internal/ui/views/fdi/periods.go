package fdi

import (
	"slices"
	"strings"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/i18n"
)

// longPeriods is p with the period column of every table by year written
// out (Locale.DateLong). A row's key ends in its ISO period ("new/2018-7M");
// a cell is rewritten only when it is that period as Date writes it, so
// nothing else is ever taken for a period.
func longPeriods(p content.Page, l *i18n.Locale) content.Page {
	p.Sections = slices.Clone(p.Sections)
	for i, s := range p.Sections {
		j := slices.IndexFunc(s.Columns, func(c content.Column) bool { return c.Key == "period" })
		if j < 0 {
			continue
		}
		s.Rows = slices.Clone(s.Rows)
		for k, r := range s.Rows {
			iso := r.Key[strings.LastIndexByte(r.Key, '/')+1:]
			if j >= len(r.Cells) || r.Cells[j].Text != l.Date(iso) {
				continue
			}
			r.Cells = slices.Clone(r.Cells)
			r.Cells[j].Text = l.DateLong(iso)
			if r.Label == l.Date(iso) {
				r.Label = r.Cells[j].Text
			}
			s.Rows[k] = r
		}
		p.Sections[i] = s
	}
	return p
}
