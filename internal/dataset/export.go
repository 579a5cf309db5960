package dataset

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
)

func num(n Num) string { return FormatNum(n, DotDecimal) }

// ExportCSV returns the files of a dataset folder holding d: dataset.toml
// and the ten CSV tables, in exactly the format Load reads (comma-separated,
// '.' decimals written with the source's decimals, LF line ends, UTF-8
// without BOM). Load(ExportCSV(d)) gives d back; the tests hold it to that.
func (d *Dataset) ExportCSV() (map[string][]byte, error) {
	out := map[string][]byte{FileMeta: d.exportTOML()}
	for _, t := range tablesOf(d.Kind) {
		cols := t.columns()
		header := make([]string, len(cols))
		for i, c := range cols {
			header[i] = c.name
		}
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		if err := w.Write(header); err != nil {
			return nil, fmt.Errorf("export %s: %w", t.fileName(), err)
		}
		if err := w.WriteAll(t.cells(d)); err != nil {
			return nil, fmt.Errorf("export %s: %w", t.fileName(), err)
		}
		out[t.fileName()] = b.Bytes()
	}
	return out, nil
}

// FileNames lists the files of a province's dataset folder, dataset.toml
// first, then the tables in the order they are declared.
func FileNames() []string { return FileNamesOf(KindProvince) }

// FileNamesOf is FileNames for a dataset of kind.
func FileNamesOf(kind string) []string {
	names := []string{FileMeta}
	for _, t := range tablesOf(kind) {
		names = append(names, t.fileName())
	}
	return names
}

// tablesOf is the tables a dataset of kind holds.
func tablesOf(kind string) []table {
	var out []table
	for _, t := range tables() {
		if t.kind() == kind {
			out = append(out, t)
		}
	}
	return out
}

// tomlString quotes s as a TOML basic string. strconv.Quote would emit Go
// escapes (\a, \x00) that TOML does not know.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func inlineText(t Text) string {
	return "{ vi = " + tomlString(t.VI) + ", en = " + tomlString(t.EN) + " }"
}

// exportTOML writes dataset.toml by hand, in the layout of the bundled file,
// so an exported folder is as easy to edit as the original.
func (d *Dataset) exportTOML() []byte {
	var b strings.Builder
	kv := func(k, v string) { fmt.Fprintf(&b, "%s = %s\n", k, tomlString(v)) }
	kvOpt := func(k, v string) {
		if v != "" {
			kv(k, v)
		}
	}
	note := func(t Text) {
		if t.VI != "" || t.EN != "" {
			fmt.Fprintf(&b, "note = %s\n", inlineText(t))
		}
	}
	meta := func(m Meta) {
		kvOpt("source", m.Source)
		kvOpt("status", string(m.Status))
		kvOpt("date", m.Date)
		note(m.Note)
	}
	b.WriteString("# Exported by provdash. Column and key meanings: data/README.md.\n\n")
	kv("id", d.ID)
	if d.Kind != KindProvince {
		kv("kind", d.Kind)
	}
	kv("as_of", d.AsOf)
	b.WriteString("\n[name]\n")
	kv("vi", d.Name.VI)
	kv("en", d.Name.EN)
	if d.Country != (Text{}) {
		b.WriteString("\n[country]\n")
		kv("vi", d.Country.VI)
		kv("en", d.Country.EN)
	}
	if d.Merger != (Text{}) || d.MergerMeta != (Meta{}) {
		b.WriteString("\n[merger]\n")
		kv("vi", d.Merger.VI)
		kv("en", d.Merger.EN)
		meta(d.MergerMeta)
	}
	if !d.Lineage.Empty() {
		b.WriteString("\n[lineage]\n")
		kvOpt("date", d.Lineage.Date)
		kvOpt("source", d.Lineage.Source)
		kvOpt("status", string(d.Lineage.Status))
		note(d.Lineage.Note)
		if l := d.Lineage.Became; l.ID != "" {
			b.WriteString("\n[lineage.became]\n")
			kv("id", l.ID)
			fmt.Fprintf(&b, "name = %s\n", inlineText(l.Name))
		}
		for _, l := range d.Lineage.FormedFrom {
			b.WriteString("\n[[lineage.formed_from]]\n")
			kv("id", l.ID)
			fmt.Fprintf(&b, "name = %s\n", inlineText(l.Name))
		}
	}
	for _, n := range d.Notes {
		b.WriteString("\n[[note]]\n")
		kv("vi", n.VI)
		kv("en", n.EN)
	}
	if d.FDICountries.OK || d.FDIMeta != (Meta{}) {
		b.WriteString("\n[fdi_countries]\n")
		kvOpt("value", num(d.FDICountries))
		meta(d.FDIMeta)
	}
	for _, h := range d.Headline {
		b.WriteString("\n[[headline]]\n")
		kv("id", h.ID)
		fmt.Fprintf(&b, "label = %s\n", inlineText(h.Label))
		kv("value", h.Raw)
		kv("unit", h.Unit)
		if h.Rank != 0 {
			fmt.Fprintf(&b, "rank = %d\n", h.Rank)
		}
		if h.RankOf != 0 {
			fmt.Fprintf(&b, "rank_of = %d\n", h.RankOf)
		}
		if h.Approx {
			b.WriteString("approx = true\n")
		}
		kvOpt("source", h.SourceID)
		kvOpt("status", h.StatusRaw)
		kvOpt("date", h.DateRaw)
		note(h.NoteText)
	}
	for _, s := range d.Sources {
		b.WriteString("\n[[source]]\n")
		kv("id", s.ID)
		kv("title", s.Title)
		kvOpt("publisher", s.Publisher)
		kvOpt("publisher_en", s.PublisherEN)
		kvOpt("url", s.URL)
		kvOpt("date", s.Date)
		kvOpt("kind", s.Kind)
	}
	return []byte(b.String())
}
