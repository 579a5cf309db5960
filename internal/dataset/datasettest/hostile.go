package datasettest

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/provdash/provdash/internal/dataset"
)

// Attack is what an adversarial dataset put in its text: a clipboard
// write (OSC 52, ended by BEL), a hyperlink (OSC 8, ended by ST), a DCS
// string, CSI as the C1 character U+009B, a full reset (ESC c), leaving
// the alternate screen (ESC [ ? 1049 l), clearing the screen, and a
// right-to-left override. Load refuses all of it; the output paths must
// remove it from a dataset that did not go through Load.
const Attack = "\x1b]52;c;cHduZWQ=\a\x1b]8;;https://attacker.example/\x1b\\link\x1b]8;;\x1b\\" +
	"\x1bP1$r0m\x1b\\\u009b2J\x1bc\x1b[?1049l\x1b[2J\u202egnp.exe"

// Hostile returns a copy of d with Attack appended to every text a user
// reads: names, notes, labels, source titles, publishers and URLs, park
// names and details, partners, countries, agreement types and the as-of
// date. Ids, statuses and other values that select behaviour are left
// alone, so the dashboard still finds its way through the data.
func Hostile(d *dataset.Dataset) *dataset.Dataset {
	h := *d
	text := func(t dataset.Text) dataset.Text { return dataset.Text{VI: t.VI + Attack, EN: t.EN + Attack} }
	meta := func(m dataset.Meta) dataset.Meta { m.Note = text(m.Note); return m }
	h.Name, h.Country, h.Merger = text(d.Name), text(d.Country), text(d.Merger)
	h.AsOf = d.AsOf + Attack
	h.MergerMeta, h.FDIMeta = meta(d.MergerMeta), meta(d.FDIMeta)
	h.Notes = edited(append(slices.Clone(d.Notes), dataset.Text{VI: Attack, EN: Attack}), func(t *dataset.Text) { *t = text(*t) })
	h.Sources = edited(d.Sources, func(s *dataset.Source) {
		s.Title += Attack
		s.Publisher += Attack
		s.URL += Attack
	})
	h.Headline = edited(d.Headline, func(r *dataset.Headline) { r.Label, r.Meta = text(r.Label), meta(r.Meta) })
	h.Growth = edited(d.Growth, func(r *dataset.GrowthRow) { r.Meta, r.NatMeta = meta(r.Meta), meta(r.NatMeta) })
	h.FDICountry = edited(d.FDICountry, func(r *dataset.FDICountryRow) { r.Country, r.Meta = text(r.Country), meta(r.Meta) })
	h.Zones = edited(d.Zones, func(z *dataset.Zone) {
		z.Name += Attack
		z.District += Attack
		z.Developer += Attack
		z.Tenants += Attack
		z.Meta = meta(z.Meta)
	})
	h.Agreements = edited(d.Agreements, func(a *dataset.Agreement) {
		a.Partner, a.Country, a.Kind = text(a.Partner), text(a.Country), text(a.Kind)
		a.Meta = meta(a.Meta)
	})
	h.BuildIndex()
	return &h
}

// edited is a copy of xs with edit applied to each element: Hostile
// changes its copy's rows, never d's.
func edited[T any](xs []T, edit func(*T)) []T {
	out := slices.Clone(xs)
	for i := range out {
		edit(&out[i])
	}
	return out
}

// sgr matches one SGR styling sequence, the only escape the dashboard
// itself writes into a frame.
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// Unsafe returns what in out a terminal would act on, or "" when there is
// nothing: any ESC (except SGR styling when styled is set), BEL, a C1
// control character or byte, or a bidirectional control. Every Attack
// sequence is one of these.
func Unsafe(out string, styled bool) string {
	if styled {
		out = sgr.ReplaceAllString(out, "")
	}
	for i, r := range out {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(out[i:], "\uFFFD"):
			return "invalid UTF-8 near " + quoteNear(out, i)
		case r == '\n' || r == '\t':
		case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f,
			r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
			return "control " + quoteNear(out, i)
		}
	}
	return ""
}

// link matches one OSC 8 hyperlink sequence with a printable address.
var link = regexp.MustCompile(`\x1b\]8;[!-~]*?;([!-~]*)(?:\x1b\\|\x07)`)

// UnsafeLinks is Unsafe for a styled frame that may link the addresses in
// allowed (the dataset's own source addresses): those links and the
// sequences ending them are allowed, any other link is unsafe.
func UnsafeLinks(out string, allowed []string) string {
	out = link.ReplaceAllStringFunc(out, func(seq string) string {
		uri := link.FindStringSubmatch(seq)[1]
		if uri == "" || slices.Contains(allowed, uri) {
			return ""
		}
		return seq
	})
	return Unsafe(out, true)
}

func quoteNear(s string, i int) string {
	lo, hi := max(i-20, 0), min(i+30, len(s))
	return strconv.Quote(s[lo:hi])
}
