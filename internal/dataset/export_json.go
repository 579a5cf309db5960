package dataset

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// JSONFormat names the shape ExportJSON writes; it changes only when the
// shape changes incompatibly, so scripts can check it.
const JSONFormat = "provdash-dataset/1"

// The JSON shape (documented in data/README.md). Field names follow the
// dataset.toml keys and CSV columns, so one description serves all three.
type jsonDataset struct {
	Format       string                      `json:"format"`
	ID           string                      `json:"id"`
	Name         Text                        `json:"name"`
	Country      Text                        `json:"country"`
	AsOf         string                      `json:"as_of"`
	Notes        []Text                      `json:"notes"`
	Merger       jsonFigure                  `json:"merger"`
	Lineage      jsonLineage                 `json:"lineage"`
	FDICountries jsonFigure                  `json:"fdi_countries"`
	Sources      []jsonSource                `json:"sources"`
	Headlines    []jsonHeadline              `json:"headlines"`
	Tables       map[string][]map[string]any `json:"tables"`
}

type jsonMeta struct {
	Source string `json:"source"`
	Status string `json:"status"`
	Date   string `json:"date"`
	Note   Text   `json:"note"`
}

type jsonFigure struct {
	Text      *Text       `json:"text,omitempty"`
	Value     json.Number `json:"value,omitempty"`
	Qualifier string      `json:"qualifier,omitempty"`
	jsonMeta
}

// jsonLineage is [lineage]: formed_from is [] and became null when the
// dataset has none.
type jsonLineage struct {
	FormedFrom []jsonLink `json:"formed_from"`
	Became     *jsonLink  `json:"became"`
	jsonMeta
}

type jsonLink struct {
	ID   string `json:"id"`
	Name Text   `json:"name"`
}

type jsonSource struct {
	N int `json:"n"` // the number shown as [n] in the dashboard and report
	Source
}

type jsonHeadline struct {
	ID        string       `json:"id"`
	Label     Text         `json:"label"`
	Value     *json.Number `json:"value"`
	Qualifier string       `json:"qualifier"`
	Written   string       `json:"written"` // as in dataset.toml
	Unit      string       `json:"unit"`
	Rank      int          `json:"rank"`
	RankOf    int          `json:"rank_of"`
	jsonMeta
}

func jMeta(m Meta) jsonMeta {
	return jsonMeta{Source: m.Source, Status: string(m.Status), Date: m.Date, Note: m.Note}
}

// jNum is a figure as a JSON number with the decimals its source wrote
// ("19.30" stays 19.30), or nil for a gap (null, never 0).
func jNum(n Num) *json.Number {
	if !n.OK {
		return nil
	}
	v := json.Number(strconv.FormatFloat(n.V, 'f', max(n.Dec, 0), 64))
	return &v
}

// ExportJSON writes d as one JSON document: the dataset.toml content at the
// top level and every table under "tables", keyed by file name without
// ".csv". Each row has every column of its CSV file; figures are numbers
// written with the source's decimals, or null when missing; whole numbers
// (year, rank) are numbers or null; yes/no columns are booleans; text is a
// string ("" when empty). A figure's qualifier (">" more than, "≈" about)
// is under the row's "qualifiers" object, keyed by column.
func (d *Dataset) ExportJSON() ([]byte, error) {
	j := jsonDataset{
		Format: JSONFormat, ID: d.ID, Name: d.Name, Country: d.Country, AsOf: d.AsOf, Notes: d.Notes,
		Merger:       jsonFigure{Text: &Text{VI: d.Merger.VI, EN: d.Merger.EN}, jsonMeta: jMeta(d.MergerMeta)},
		FDICountries: jsonFigure{Qualifier: d.FDICountries.Qual, jsonMeta: jMeta(d.FDIMeta)},
		Tables:       map[string][]map[string]any{},
	}
	if j.Notes == nil {
		j.Notes = []Text{}
	}
	j.Lineage = jsonLineage{FormedFrom: []jsonLink{}, jsonMeta: jMeta(d.Lineage.Meta)}
	for _, l := range d.Lineage.FormedFrom {
		j.Lineage.FormedFrom = append(j.Lineage.FormedFrom, jsonLink(l))
	}
	if b := d.Lineage.Became; b.ID != "" {
		j.Lineage.Became = &jsonLink{ID: b.ID, Name: b.Name}
	}
	if n := jNum(d.FDICountries); n != nil {
		j.FDICountries.Value = *n
	}
	j.Sources = make([]jsonSource, len(d.Sources))
	for i, s := range d.Sources {
		j.Sources[i] = jsonSource{N: i + 1, Source: s}
	}
	j.Headlines = make([]jsonHeadline, len(d.Headline))
	for i, h := range d.Headline {
		j.Headlines[i] = jsonHeadline{ID: h.ID, Label: h.Label, Value: jNum(h.Value), Qualifier: h.Value.Qual,
			Written: h.Raw, Unit: h.Unit, Rank: h.Rank, RankOf: h.RankOf, jsonMeta: jMeta(h.Meta)}
	}
	for _, t := range tablesOf(d.Kind) {
		cols := t.columns()
		recs := t.cells(d)
		rows := make([]map[string]any, 0, len(recs))
		for _, rec := range recs {
			out := make(map[string]any, len(cols)+1)
			quals := map[string]string{}
			for i, c := range cols {
				v, err := jsonCell(c.kind, rec[i])
				if err != nil {
					return nil, fmt.Errorf("export json %s column %s: %w", t.fileName(), c.name, err)
				}
				if q, ok := v.(qualified); ok {
					quals[c.name] = q.qual
					v = q.n
				}
				out[c.name] = v
			}
			out["qualifiers"] = quals
			rows = append(rows, out)
		}
		j.Tables[strings.TrimSuffix(t.fileName(), ".csv")] = rows
	}
	b, err := json.MarshalIndent(j, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("export json: %w", err)
	}
	return append(b, '\n'), nil
}

type qualified struct {
	n    *json.Number
	qual string
}

func jsonCell(k colKind, s string) (any, error) {
	switch k {
	case kindNum:
		n, err := ParseNum(s, DotDecimal)
		if err != nil {
			return nil, err
		}
		if n.Qual != "" {
			return qualified{jNum(n), n.Qual}, nil
		}
		return jNum(n), nil
	case kindInt:
		if s == "" {
			return nil, nil
		}
		return strconv.Atoi(s)
	case kindBool:
		return s == "yes", nil
	}
	return s, nil
}
