package dataset

import (
	"errors"
	"net/url"
	"strings"

	"github.com/BurntSushi/toml"
)

// tomlMeta mirrors dataset.toml. Fields are plain strings so that a typo
// in a figure is reported by our own checks, with the headline it is in,
// instead of as a TOML type error.
type tomlMeta struct {
	ID       string      `toml:"id"`
	Kind     string      `toml:"kind"`
	Name     Text        `toml:"name"`
	Country  Text        `toml:"country"`
	AsOf     string      `toml:"as_of"`
	Notes    []Text      `toml:"note"`
	Merger   tomlFigure  `toml:"merger"`
	Sources  []Source    `toml:"source"`
	Headline []Headline  `toml:"headline"`
	FDICount tomlFigure  `toml:"fdi_countries"`
	Lineage  tomlLineage `toml:"lineage"`
}

// tomlLineage mirrors [lineage], [[lineage.formed_from]] and
// [lineage.became].
type tomlLineage struct {
	Date       string     `toml:"date"`
	Source     string     `toml:"source"`
	Status     string     `toml:"status"`
	Note       Text       `toml:"note"`
	FormedFrom []tomlLink `toml:"formed_from"`
	Became     tomlLink   `toml:"became"`
}

// tomlLink names another province of a lineage.
type tomlLink struct {
	ID   string `toml:"id"`
	Name Text   `toml:"name"`
}

// tomlFigure is a scalar figure or a text with its provenance.
type tomlFigure struct {
	Value  string `toml:"value"`
	VI     string `toml:"vi"`
	EN     string `toml:"en"`
	Source string `toml:"source"`
	Status string `toml:"status"`
	Date   string `toml:"date"`
	Note   Text   `toml:"note"`
}

var units = []string{UnitPercent, UnitUSDbn, UnitUSDm, UnitUSD, UnitVNDbn, UnitHa, UnitKm2, UnitCount, UnitPeople, UnitScore}

// loadMeta reads dataset.toml into d and records the known source ids that
// the tables are checked against.
func (l *loader) loadMeta(d *Dataset) {
	text, ok := l.metaText()
	// The depth and text checks run on what the TOML parser will see,
	// whether a file or the text a workbook's metadata sheets make.
	if !ok || !l.scanTOML(text) {
		return
	}
	var m tomlMeta
	md, err := toml.Decode(text, &m)
	// Only a parsed dataset.toml tells which source ids exist; until then
	// the tables are not checked against it (that would flood the list).
	l.sourcesKnown = err == nil
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			l.addf(CodeTOMLSyntax, FileMeta, pe.Position.Line, pe.Position.Col, "", "TOML syntax: %s", pe.Message)
		} else {
			l.addf(CodeTOMLError, FileMeta, 0, 0, "", "TOML: %v", err)
		}
		return
	}
	lines := strings.Split(text, "\n")
	l.checkDecoded(&m, lines)
	for _, k := range md.Undecoded() {
		l.addf(CodeUnknownKey, FileMeta, keyLine(lines, k), 0, k.String(), "unknown key")
	}

	need := func(line int, key, v string) {
		if strings.TrimSpace(v) == "" {
			l.addf(CodeMissingValue, FileMeta, line, 0, key, "missing value")
		}
	}
	need(findLine(lines, "id", 0), "id", m.ID)
	if m.ID != "" && !validID(m.ID) {
		l.addf(CodeBadDatasetID, FileMeta, findLine(lines, "id", 0), 0, "id", "%q: not a valid dataset id (lower-case a–z, digits and hyphens only, like bac-giang)", m.ID)
	}
	need(findLine(lines, "name", 0), "name.vi", m.Name.VI)
	need(findLine(lines, "name", 0), "name.en", m.Name.EN)
	if m.AsOf == "" {
		l.addf(CodeMissingValue, FileMeta, findLine(lines, "as_of", 0), 0, "as_of", "missing value")
	} else if !ValidDate(m.AsOf) {
		l.addf(CodeTOMLBadDate, FileMeta, findLine(lines, "as_of", 0), 0, "as_of", "%q: bad date: write it as 2025-07-01 (or 2025-07, or 2025)", m.AsOf)
	}
	d.ID, d.Name, d.Country, d.AsOf, d.Notes = m.ID, m.Name, m.Country, m.AsOf, m.Notes
	switch m.Kind {
	case "", "province":
		d.Kind = KindProvince
	case KindNational:
		d.Kind = KindNational
	default:
		l.addf(CodeBadKind, FileMeta, findLine(lines, "kind", 0), 0, "kind", "unknown kind %q (allowed: province, national)", m.Kind)
	}

	srcLines := tableLines(lines, "[[source]]")
	for i, s := range m.Sources {
		line := at(srcLines, i)
		kl := func(key string) int { return keyIn(lines, line, key) }
		switch {
		case s.ID == "":
			l.addf(CodeMissingValue, FileMeta, line, 0, "source.id", "missing value")
		case l.sources[s.ID]:
			l.addf(CodeDuplicateSource, FileMeta, kl("id"), 0, "source.id", "duplicate source id %q", s.ID)
		default:
			l.sources[s.ID] = true
		}
		need(line, "source.title", s.Title)
		if s.Date != "" && !ValidDate(s.Date) {
			l.addf(CodeTOMLBadDate, FileMeta, kl("date"), 0, "source.date", "%q: bad date: write it as 2025-07-01 (or 2025-07, or 2025)", s.Date)
		}
		if s.URL != "" && !WebURL(s.URL) {
			l.addf(CodeBadURL, FileMeta, kl("url"), 0, "source.url", "%q: not an http or https address", s.URL)
		}
		if s.Kind != "" && !contains(SourceKinds, s.Kind) {
			l.addf(CodeSourceKind, FileMeta, kl("kind"), 0, "source.kind", "unknown kind %q (allowed: %s)", s.Kind, strings.Join(SourceKinds, ", "))
		}
	}
	d.Sources = m.Sources

	d.Merger = Text{VI: m.Merger.VI, EN: m.Merger.EN}
	mergerLine := at(tableLines(lines, "[merger]"), 0)
	d.MergerMeta = l.figureMeta(lines, mergerLine, "merger", m.Merger, m.Merger.VI != "" || m.Merger.EN != "")

	d.Lineage = l.lineage(lines, d.ID, m.Lineage)

	fdiLine := at(tableLines(lines, "[fdi_countries]"), 0)
	if m.FDICount.Value != "" {
		n, err := ParseNum(m.FDICount.Value, l.format)
		if err != nil || !n.OK {
			l.badNum(fdiLine, "fdi_countries.value", m.FDICount.Value)
		}
		d.FDICountries = n
	}
	d.FDIMeta = l.figureMeta(lines, fdiLine, "fdi_countries", m.FDICount, d.FDICountries.OK)

	hlLines := tableLines(lines, "[[headline]]")
	seen := map[string]bool{}
	for i, h := range m.Headline {
		line := at(hlLines, i)
		kl := func(key string) int { return keyIn(lines, line, key) }
		switch {
		case h.ID == "":
			l.addf(CodeMissingValue, FileMeta, line, 0, "headline.id", "missing value")
		case seen[h.ID]:
			l.addf(CodeDuplicateHeadline, FileMeta, kl("id"), 0, "headline.id", "duplicate headline id %q", h.ID)
		}
		seen[h.ID] = true
		n, err := ParseNum(h.Raw, l.format)
		switch {
		case err != nil:
			l.badNum(kl("value"), "headline.value", h.Raw)
		case !n.OK:
			l.addf(CodeMissingValue, FileMeta, line, 0, "headline.value", "missing value")
		}
		h.Value = n
		if n.Qual == QualApprox {
			h.Approx = true
		}
		if !contains(units, h.Unit) {
			l.addf(CodeUnknownUnit, FileMeta, kl("unit"), 0, "headline.unit", "unknown unit %q (allowed: %s)", h.Unit, strings.Join(units, ", "))
		}
		switch {
		case n.OK && h.Unit == UnitPercent && (n.V < -100 || n.V > 100):
			l.addf(CodePctRange, FileMeta, kl("value"), 0, "headline.value", "%s out of range for a percentage", h.Raw)
		case n.OK && h.Unit != UnitPercent && (n.V < nonNeg.min || n.V > nonNeg.max):
			// Every other unit is an amount, a count, an area or a score:
			// the tables hold them to the same range, so a headline
			// cannot show "-8,6 tỷ USD" that no table would accept.
			l.addf(nonNeg.code, FileMeta, kl("value"), 0, "headline.value", "%s out of range for "+nonNeg.what+" (%g to %g)", h.Raw, nonNeg.min, nonNeg.max)
		}
		if h.Rank < 0 || h.RankOf < 0 || (h.RankOf > 0 && h.Rank > h.RankOf) {
			l.addf(CodeBadRank, FileMeta, kl("rank"), 0, "headline.rank", "rank %d of %d is impossible", h.Rank, h.RankOf)
		}
		need(line, "headline.label.vi", h.Label.VI)
		h.Meta = l.figureMeta(lines, line, "headline", tomlFigure{
			Source: h.SourceID, Status: h.StatusRaw, Date: h.DateRaw, Note: h.NoteText,
		}, true)
		d.Headline = append(d.Headline, h)
	}
}

// lineage checks [lineage]: a date it took effect, a source and status
// when the dataset was formed from others (a predecessor may leave them
// to its successor), and links that name a province other than this one,
// in both languages, each once.
func (l *loader) lineage(lines []string, self string, t tomlLineage) Lineage {
	if t.Date == "" && t.Source == "" && t.Status == "" && t.Note == (Text{}) &&
		len(t.FormedFrom) == 0 && t.Became == (tomlLink{}) {
		return Lineage{}
	}
	header := at(tableLines(lines, "[lineage]"), 0)
	formed := len(t.FormedFrom) > 0
	if !formed && t.Became.ID == "" {
		l.addf(CodeMissingValue, FileMeta, header, 0, "lineage.became", "missing value")
	}
	present := formed || t.Source != "" || t.Status != ""
	lin := Lineage{Meta: l.figureMeta(lines, header, "lineage", tomlFigure{
		Source: t.Source, Status: t.Status, Date: t.Date, Note: t.Note}, present)}
	if t.Date == "" && !present {
		l.addf(CodeMissingValue, FileMeta, keyIn(lines, header, "date"), 0, "lineage.date", "missing value")
	}
	seen := map[string]bool{}
	link := func(line int, key string, k tomlLink) Link {
		switch {
		case k.ID == "":
			l.addf(CodeMissingValue, FileMeta, line, 0, key+".id", "missing value")
		case !validID(k.ID):
			l.addf(CodeBadDatasetID, FileMeta, line, 0, key+".id", "%q: not a valid dataset id (lower-case a–z, digits and hyphens only, like bac-giang)", k.ID)
		case k.ID == self:
			l.addf(CodeLineageSelf, FileMeta, line, 0, key+".id", "%q is this dataset itself", k.ID)
		case seen[k.ID]:
			l.addf(CodeLineageRepeat, FileMeta, line, 0, key+".id", "%q is named twice in the lineage", k.ID)
		}
		seen[k.ID] = true
		if k.Name.VI == "" {
			l.addf(CodeMissingValue, FileMeta, line, 0, key+".name.vi", "missing value")
		}
		if k.Name.EN == "" {
			l.addf(CodeMissingValue, FileMeta, line, 0, key+".name.en", "missing value")
		}
		return Link(k)
	}
	ffLines := tableLines(lines, "[[lineage.formed_from]]")
	for i, k := range t.FormedFrom {
		lin.FormedFrom = append(lin.FormedFrom, link(at(ffLines, i), "lineage.formed_from", k))
	}
	if t.Became != (tomlLink{}) {
		line := at(tableLines(lines, "[lineage.became]"), 0)
		if line == 0 {
			line = keyIn(lines, header, "became")
		}
		lin.Became = link(line, "lineage.became", t.Became)
	}
	return lin
}

// figureMeta checks provenance written in TOML the way row.meta does for
// CSV: a present figure needs source, status and date.
func (l *loader) figureMeta(lines []string, line int, key string, f tomlFigure, present bool) Meta {
	m := Meta{Note: f.Note}
	header := line
	if f.Source == "" {
		if present {
			l.addf(CodeMissingValue, FileMeta, keyIn(lines, header, "source"), 0, key+".source", "missing value")
		}
	} else if !l.sources[f.Source] {
		l.addf(CodeTOMLUnknownSource, FileMeta, keyIn(lines, header, "source"), 0, key+".source", "unknown source id %q", f.Source)
	} else {
		m.Source = f.Source
	}
	switch st := Status(f.Status); {
	case f.Status == "":
		if present {
			l.addf(CodeMissingValue, FileMeta, keyIn(lines, header, "status"), 0, key+".status", "missing value")
		}
	case !st.Valid():
		l.addf(CodeTOMLUnknownStatus, FileMeta, keyIn(lines, header, "status"), 0, key+".status", "unknown status %q", f.Status)
	default:
		m.Status = st
	}
	switch {
	case f.Date == "":
		if present {
			l.addf(CodeMissingValue, FileMeta, keyIn(lines, header, "date"), 0, key+".date", "missing value")
		}
	case !ValidDate(f.Date):
		l.addf(CodeTOMLBadDate, FileMeta, keyIn(lines, header, "date"), 0, key+".date", "%q: bad date: write it as 2025-07-01 (or 2025-07, or 2025)", f.Date)
	default:
		m.Date = f.Date
	}
	return m
}

// tableLines returns the 1-based lines where a TOML table header appears.
// BurntSushi/toml does not report positions of decoded values, so semantic
// problems are located at their table's header line.
func tableLines(lines []string, header string) []int {
	var out []int
	for i, ln := range lines {
		if strings.TrimSpace(ln) == header {
			out = append(out, i+1)
		}
	}
	return out
}

// keyIn is the line of key inside the TOML table whose header is on line
// header (1-based), or header itself when the key is not written there.
func keyIn(lines []string, header int, key string) int {
	if header <= 0 {
		return findLine(lines, key, 0)
	}
	for i := header; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if strings.HasPrefix(t, "[") {
			break
		}
		if rest, ok := strings.CutPrefix(t, key); ok && strings.HasPrefix(strings.TrimSpace(rest), "=") {
			return i + 1
		}
	}
	return header
}

func at(xs []int, i int) int {
	if i < len(xs) {
		return xs[i]
	}
	return 0
}

// findLine is the first line at or after from (0-based) that assigns key.
func findLine(lines []string, key string, from int) int {
	for i := from; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if rest, ok := strings.CutPrefix(t, key); ok {
			if r := strings.TrimSpace(rest); strings.HasPrefix(r, "=") {
				return i + 1
			}
		}
	}
	return 0
}

func keyLine(lines []string, k toml.Key) int {
	if len(k) == 0 {
		return 0
	}
	return findLine(lines, k[len(k)-1], 0)
}

// WebURL reports whether u is an absolute http or https address with a
// host: the only links a source may carry. The dashboard shows a source's
// url as a hyperlink, so javascript:, file:, data: and the like are
// refused at load.
func WebURL(u string) bool {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" || p.Opaque != "" {
		return false
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		return true
	}
	return false
}

// validID reports whether id is a slug: lower-case ASCII letters, digits
// and inner hyphens. The id becomes a file name (export --format json
// writes ID.json) and is typed after --province, so "../x" or "a/b" would
// write outside the chosen folder or be impossible to select.
func validID(id string) bool {
	if id == "" || len(id) > 64 || id[0] == '-' || id[len(id)-1] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

func contains(xs []string, v string) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

// badNum reports a figure in dataset.toml that is not one, with its
// readings when it is written the Vietnamese way or could be read two
// ways ("207.000", "9,5"): a TOML string holds figures with '.' decimals.
func (l *loader) badNum(line int, key, raw string) {
	if p, ok := dotReading(raw); ok {
		l.addf(p.code, FileMeta, line, 0, key, p.format, p.args...)
		return
	}
	l.addf(CodeNotANumber, FileMeta, line, 0, key, "%q: not a number", raw)
}
