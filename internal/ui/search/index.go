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

// entry is a hit with its searchable fields.
type entry struct {
	hit    Hit
	fields []field
}

// field is one name of a row (its label, a developer, its tenants) as
// shown, folded for matching, and what the field is called.
type field struct {
	key, head, text, folded string
	// label is true for the name the row is listed by.
	label bool
}

// Index is the searchable text of one dataset in one language. Build it
// once per (dataset, locale); it is read-only afterwards.
type Index struct {
	entries []entry
}

// rowFields is the searchable names of a row, the label first: the
// cells of the columns and extras the section declares searchable
// (content.Column.Search). Figures, dates and statuses are not searched
// (a query "20" would match every year).
func rowFields(s content.Section, r content.Row) []field {
	out := []field{{text: r.Label, folded: Fold(r.Label), label: true}}
	for j, c := range s.Columns {
		if c.Search && j < len(r.Cells) && !r.Cells[j].Gap() && r.Cells[j].Text != r.Label {
			t := r.Cells[j].Text
			out = append(out, field{key: c.Key, head: c.Head, text: t, folded: Fold(t)})
		}
	}
	for _, x := range s.Extras {
		if c, ok := r.Extra(x.Key); ok && x.Search && !c.Gap() {
			out = append(out, field{key: x.Key, head: x.Head, text: c.Text, folded: Fold(c.Text)})
		}
	}
	return out
}

// NewIndex indexes the pages of the registry's tabs (pages[i] is tab i's,
// titles[i] its name) and the dataset's sources. alt holds the same pages
// in the other language (or nil): a row is found by its names in either,
// so an English session finds "Hàn Quốc" and a Vietnamese one "Korea". A
// source is found on the first tab that cites it.
func NewIndex(pages, alt []content.Page, titles []string, d *content.Scope) *Index {
	return NewIndexNamed(pages, alt, titles, d, "", "")
}

// NewIndexNamed is NewIndex in the session's language lang (a source's
// publisher is named in it). tenants is not read: what a hit found by a
// park's tenants says comes with the section (content.Section.Extras),
// like every other column's head.
func NewIndexNamed(pages, alt []content.Page, titles []string, d *content.Scope, tenants, lang string) *Index {
	ix := &Index{}
	seenN := map[int]bool{}
	for i, p := range pages {
		for si, s := range p.Sections {
			for ri, r := range s.Rows {
				fs := rowFields(s, r)
				if i < len(alt) && si < len(alt[i].Sections) && ri < len(alt[i].Sections[si].Rows) {
					// The other language's names find the row too
					// (an English session typing "han quoc"), said as
					// the name the user sees.
					for _, f := range rowFields(alt[i].Sections[si], alt[i].Sections[si].Rows[ri]) {
						f.label, f.head = false, headOf(s, f.key)
						fs = append(fs, f)
					}
				}
				ix.entries = append(ix.entries, entry{
					hit:    Hit{Tab: i, Section: s.ID, Key: r.Key, Label: r.Label, Where: titles[i] + " · " + s.Title},
					fields: fs,
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
				hit: Hit{Tab: i, Source: id, Label: label, Where: titles[i] + " · " + src.PublisherIn(lang)},
				fields: []field{{text: src.Title, folded: Fold(src.Title), label: true},
					{text: src.Publisher, folded: Fold(src.Publisher), label: true},
					{text: src.PublisherEN, folded: Fold(src.PublisherEN), label: true}},
			})
		}
	}
	return ix
}

// Find returns the hits that have a field (a name, a developer, the
// tenants…) holding every word of q as a whole word, accents optional;
// the last word may be the start of one, so the list narrows as the user
// types. Rows found by the name they are listed by come first, then rows
// found by another field (the hit says which, and what it holds), then
// sources; within a tier the tabs' order is kept. A query matching only
// across two fields, or inside a word ("han" in "Thành"), finds nothing.
func (ix *Index) Find(q string, limit int) []Hit {
	words := strings.Fields(Fold(q))
	if ix == nil || len(words) == 0 {
		return nil
	}
	tiers := make([][]Hit, 3)
	for _, e := range ix.entries {
		for _, f := range e.fields {
			if !holds(f.folded, words) {
				continue
			}
			h, tier := e.hit, 0
			switch {
			case h.Source != "":
				tier = 2
			case !f.label:
				tier = 1
				if f.head != "" {
					h.Where = f.head + ": " + f.text + " · " + h.Where
				} else {
					h.Where = f.text + " · " + h.Where
				}
			}
			tiers[tier] = append(tiers[tier], h)
			break
		}
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

// headOf is the session's name of the column with key ("" for the
// label, whose hit needs no name).
func headOf(s content.Section, key string) string {
	for _, c := range append(s.Columns[:len(s.Columns):len(s.Columns)], s.Extras...) {
		if c.Key == key && key != "" {
			return c.Head
		}
	}
	return ""
}

// holds reports whether every word is a whole word of s, the last one
// perhaps only its start.
func holds(s string, words []string) bool {
	for i, w := range words {
		if !wordAt(s, w, i == len(words)-1) {
			return false
		}
	}
	return true
}

// wordAt reports whether w occurs in s as a whole word (prefix: or the
// start of one).
func wordAt(s, w string, prefix bool) bool {
	for i := 0; i <= len(s); {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		at := i + j
		end := at + len(w)
		startOK := at == 0 || !isWordRune(lastRune(s[:at]))
		endOK := prefix || end == len(s) || !isWordRune(firstRune(s[end:]))
		if startOK && endOK {
			return true
		}
		i = at + 1
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
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
