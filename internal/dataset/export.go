package dataset

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
)

// colKind says how a column's cells are typed in the JSON export.
type colKind int

const (
	kindText colKind = iota
	kindNum          // a figure: Num, may carry a qualifier
	kindInt          // year, rank, period year: whole numbers
	kindBool         // yes/no
)

// table is one CSV file as export writes it: the header in the order the
// bundled files use, and every row as the loader would read it back.
type table struct {
	file   string
	header []string
	kinds  map[string]colKind
	rows   []map[string]string
}

func newTable(file string, cols ...string) *table {
	t := &table{file: file, kinds: map[string]colKind{}}
	for _, c := range cols {
		name, kind := c, kindText
		switch {
		case strings.HasSuffix(c, "#"):
			name, kind = strings.TrimSuffix(c, "#"), kindNum
		case strings.HasSuffix(c, "%"):
			name, kind = strings.TrimSuffix(c, "%"), kindInt
		case strings.HasSuffix(c, "?"):
			name, kind = strings.TrimSuffix(c, "?"), kindBool
		}
		t.header = append(t.header, name)
		t.kinds[name] = kind
	}
	return t
}

func (t *table) add(cells map[string]string) { t.rows = append(t.rows, cells) }

var metaHeader = []string{"source", "status", "date", "note_vi", "note_en"}

// metaCells writes m into cells under prefix ("" or "national_").
func metaCells(cells map[string]string, prefix string, m Meta) map[string]string {
	cells[prefix+"source"] = m.Source
	cells[prefix+"status"] = string(m.Status)
	cells[prefix+"date"] = m.Date
	cells[prefix+"note_vi"] = m.Note.VI
	cells[prefix+"note_en"] = m.Note.EN
	return cells
}

func num(n Num) string { return FormatNum(n, DotDecimal) }

func intCell(v int) string {
	if v == 0 {
		return ""
	}
	return strconv.Itoa(v)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// tables lays d out as the ten CSV files, in the order of the Files
// constants, with every column the loader knows.
func (d *Dataset) tables() []*table {
	withMeta := func(cols ...string) []string { return append(cols, metaHeader...) }
	growth := newTable(FileGrowth, append(withMeta("year%", "growth#", "rank%", "rank_source"),
		"national#", "national_source", "national_status", "national_date", "national_note_vi", "national_note_en")...)
	for _, g := range d.Growth {
		c := metaCells(map[string]string{"year": intCell(g.Year), "growth": num(g.Province), "rank": intCell(g.Rank),
			"rank_source": g.RankSource, "national": num(g.National)}, "", g.Meta)
		growth.add(metaCells(c, "national_", g.NatMeta))
	}
	size := newTable(FileSize, withMeta("year%", "grdp_vnd_bn#", "grdp_usd_bn#", "per_capita_usd#", "rank%", "rank_source")...)
	for _, s := range d.Size {
		size.add(metaCells(map[string]string{"year": intCell(s.Year), "grdp_vnd_bn": num(s.GRDPVNDbn), "grdp_usd_bn": num(s.GRDPUSDbn),
			"per_capita_usd": num(s.PerCapUSD), "rank": intCell(s.Rank), "rank_source": s.RankSource}, "", s.Meta))
	}
	sectors := newTable(FileSectors, withMeta("year%", "sector", "growth#")...)
	for _, s := range d.Sectors {
		sectors.add(metaCells(map[string]string{"year": intCell(s.Year), "sector": s.Sector, "growth": num(s.Growth)}, "", s.Meta))
	}
	structure := newTable(FileStructure, withMeta("year%", "sector", "share#")...)
	for _, s := range d.Structure {
		structure.add(metaCells(map[string]string{"year": intCell(s.Year), "sector": s.Sector, "share": num(s.Share)}, "", s.Meta))
	}
	pci := newTable(FilePCI, withMeta("year%", "score#", "rank%", "rank_source")...)
	for _, p := range d.PCI {
		pci.add(metaCells(map[string]string{"year": intCell(p.Year), "score": num(p.Score), "rank": intCell(p.Rank),
			"rank_source": p.RankSource}, "", p.Meta))
	}
	fdiYear := newTable(FileFDIYear, withMeta("year%", "period", "definition", "projects#", "capital_usd_m#", "rank%")...)
	for _, f := range d.FDIYear {
		fdiYear.add(metaCells(map[string]string{"year": intCell(f.Year), "period": f.Period, "definition": f.Definition,
			"projects": num(f.Projects), "capital_usd_m": num(f.CapitalUSDm), "rank": intCell(f.Rank)}, "", f.Meta))
	}
	fdiCountry := newTable(FileFDICountry, withMeta("code", "country_vi", "country_en", "projects#", "capital_usd_m#",
		"rank_capital%", "rank_projects%", "as_of")...)
	for _, c := range d.FDICountry {
		fdiCountry.add(metaCells(map[string]string{"code": c.Code, "country_vi": c.Country.VI, "country_en": c.Country.EN,
			"projects": num(c.Projects), "capital_usd_m": num(c.CapitalUSDm), "rank_capital": intCell(c.RankCapital),
			"rank_projects": intCell(c.RankProj), "as_of": c.AsOf}, "", c.Meta))
	}
	zones := newTable(FileZones, withMeta("name", "district", "area_ha#", "occupancy_pct#", "occupancy_date",
		"developer", "tenants", "stage")...)
	for _, z := range d.Zones {
		zones.add(metaCells(map[string]string{"name": z.Name, "district": z.District, "area_ha": num(z.AreaHa),
			"occupancy_pct": num(z.Occupancy), "occupancy_date": z.OccDate, "developer": z.Developer,
			"tenants": z.Tenants, "stage": z.Stage}, "", z.Meta))
	}
	totals := newTable(FileZoneTotals, withMeta("kind", "count#", "area_ha#", "leased_ha#")...)
	for _, z := range d.ZoneTotals {
		totals.add(metaCells(map[string]string{"kind": z.Kind, "count": num(z.Count), "area_ha": num(z.AreaHa),
			"leased_ha": num(z.Leased)}, "", z.Meta))
	}
	agreements := newTable(FileAgreements, withMeta("partner_vi", "partner_en", "country_vi", "country_en", "level",
		"type_vi", "type_en", "signed", "period_from%", "period_to%", "verified?")...)
	for _, a := range d.Agreements {
		agreements.add(metaCells(map[string]string{"partner_vi": a.Partner.VI, "partner_en": a.Partner.EN,
			"country_vi": a.Country.VI, "country_en": a.Country.EN, "level": a.Level, "type_vi": a.Kind.VI,
			"type_en": a.Kind.EN, "signed": a.Signed, "period_from": intCell(a.From), "period_to": intCell(a.To),
			"verified": yesNo(a.Verified)}, "", a.Meta))
	}
	return []*table{growth, size, sectors, structure, pci, fdiYear, fdiCountry, zones, totals, agreements}
}

// ExportCSV returns the files of a dataset folder holding d: dataset.toml
// and the ten CSV tables, in exactly the format Load reads (comma-separated,
// '.' decimals written with the source's decimals, LF line ends, UTF-8
// without BOM). Load(ExportCSV(d)) gives d back; the tests hold it to that.
func (d *Dataset) ExportCSV() (map[string][]byte, error) {
	out := map[string][]byte{FileMeta: d.exportTOML()}
	for _, t := range d.tables() {
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		if err := w.Write(t.header); err != nil {
			return nil, fmt.Errorf("export %s: %w", t.file, err)
		}
		rec := make([]string, len(t.header))
		for _, r := range t.rows {
			for i, h := range t.header {
				rec[i] = r[h]
			}
			if err := w.Write(rec); err != nil {
				return nil, fmt.Errorf("export %s: %w", t.file, err)
			}
		}
		w.Flush()
		if err := w.Error(); err != nil {
			return nil, fmt.Errorf("export %s: %w", t.file, err)
		}
		out[t.file] = b.Bytes()
	}
	return out, nil
}

// FileNames lists the files of a dataset folder, dataset.toml first.
func FileNames() []string {
	return []string{FileMeta, FileGrowth, FileSize, FileSectors, FileStructure, FilePCI,
		FileFDIYear, FileFDICountry, FileZones, FileZoneTotals, FileAgreements}
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
		kvOpt("url", s.URL)
		kvOpt("date", s.Date)
	}
	return []byte(b.String())
}
