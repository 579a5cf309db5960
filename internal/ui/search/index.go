// Package search finds rows of every tab by the names in them: countries,
// parks, districts, developers, tenants, partners and source titles. It
// searches the content pages, so what it finds is exactly what the tabs
// show, and it ignores accents: a planner typing "han quoc" on an English
// keyboard finds Hàn Quốc.
package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/provdash/provdash/internal/content"
)

// Hit is one thing a query finds: a row of a tab, or a source.
type Hit struct {
	// Tab is the index of the tab in the registry.
	Tab int
	// Section and Key identify the row (content.Section.ID, Row.Key);
	// both are empty for a source.
	Section, Key string
	// Source is the id of a source hit.
	Source string
	// Label is what the list of matches shows; Where says which tab and
	// table it is in.
	Label, Where string
}

// entry is a hit with its folded text.
type entry struct {
	hit  Hit
	text string
}

// Index is the searchable text of one dataset in one language. Build it
// once per (dataset, locale); it is read-only afterwards.
type Index struct {
	entries []entry
}

// named are the columns whose text is a name worth finding; figures,
// dates and statuses are not searched (a query "20" would match every
// year).
var named = map[string]bool{
	"figure": true, "country": true, "name": true, "district": true, "developer": true,
	"tenants": true, "partner": true, "kind": true, "stage": true, "level": true,
}

// rowText is the searchable names of a row.
func rowText(s content.Section, r content.Row) []string {
	parts := []string{r.Label}
	for j, c := range s.Columns {
		if named[c.Key] && j < len(r.Cells) && !r.Cells[j].Gap() {
			parts = append(parts, r.Cells[j].Text)
		}
	}
	for k, c := range r.More {
		if named[k] && !c.Gap() {
			parts = append(parts, c.Text)
		}
	}
	return parts
}

// NewIndex indexes the pages of the registry's tabs (pages[i] is tab i's,
// titles[i] its name) and the dataset's sources. alt holds the same pages
// in the other language (or nil): a row is found by its names in either,
// so an English session finds "Hàn Quốc" and a Vietnamese one "Korea". A
// source is found on the first tab that cites it.
func NewIndex(pages, alt []content.Page, titles []string, d *content.Scope) *Index {
	ix := &Index{}
	seenN := map[int]bool{}
	for i, p := range pages {
		for si, s := range p.Sections {
			for ri, r := range s.Rows {
				parts := rowText(s, r)
				if i < len(alt) && si < len(alt[i].Sections) && ri < len(alt[i].Sections[si].Rows) {
					parts = append(parts, rowText(alt[i].Sections[si], alt[i].Sections[si].Rows[ri])...)
				}
				ix.entries = append(ix.entries, entry{
					hit:  Hit{Tab: i, Section: s.ID, Key: r.Key, Label: r.Label, Where: titles[i] + " · " + s.Title},
					text: Fold(strings.Join(parts, " \x00 ")),
				})
			}
		}
		if d == nil {
			continue
		}
		for _, id := range p.Sources() {
			// Two ids may be one source (a predecessor's copy of one the
			// province cites): it is listed once, under its number.
			src, n, ok := d.SourceByID(id)
			if !ok || seenN[n] {
				continue
			}
			seenN[n] = true
			label := "[" + itoa(n) + "] " + src.Title
			ix.entries = append(ix.entries, entry{
				hit:  Hit{Tab: i, Source: id, Label: label, Where: titles[i] + " · " + src.Publisher},
				text: Fold(src.Title + " \x00 " + src.Publisher),
			})
		}
	}
	return ix
}

// Find returns the hits whose text holds every word of q, at most limit
// (0: all). Rows whose words start with the query come first, then rows
// that only contain it, then sources in the same two tiers; within a tier
// the tabs' order is kept. So "han" puts Hàn Quốc before "Thành phố…".
func (ix *Index) Find(q string, limit int) []Hit {
	words := strings.Fields(Fold(q))
	if ix == nil || len(words) == 0 {
		return nil
	}
	tiers := make([][]Hit, 4)
	for _, e := range ix.entries {
		tier, ok := 0, true
		for _, w := range words {
			switch {
			case wordStart(e.text, w):
			case strings.Contains(e.text, w):
				tier = 1
			default:
				ok = false
			}
			if !ok {
				break
			}
		}
		if !ok {
			continue
		}
		if e.hit.Source != "" {
			tier += 2
		}
		tiers[tier] = append(tiers[tier], e.hit)
	}
	var out []Hit
	for _, t := range tiers {
		out = append(out, t...)
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// wordStart reports whether w occurs in s at the start of a word.
func wordStart(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		at := i + j
		if at == 0 {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(s[:at])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return true
		}
		i = at + 1
	}
}

// Fold lower-cases s and removes its accents (Vietnamese tones and
// marks, and đ → d), so "Hàn Quốc", "HAN QUOC" and "han quoc" are equal.
func Fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	out = strings.Map(func(r rune) rune {
		switch r {
		case 'đ', 'Đ':
			return 'd'
		}
		return unicode.ToLower(r)
	}, out)
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
