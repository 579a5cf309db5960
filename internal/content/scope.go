package content

import (
	"strings"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
)

// Scope is what one screen of the dashboard is about: the province shown
// and the provinces of its lineage that the collection holds. A province
// formed from others shows its predecessors' figures beside its own, each
// labelled as theirs and cited from their own sources; a predecessor says
// what it became.
//
// Citations are numbered once per scope: the province's own sources first,
// in their file order, then each source of a predecessor that is not
// already in the list (the same address, or title and publisher), in
// lineage order. A predecessor's source is named by its qualified id
// ("bac-giang:dofa-2025", Qualify) wherever a cell cites it, so two
// datasets may use the same id for different sources.
//
// A Scope is built once and only read afterwards, so the dashboards of an
// SSH server may share one.
type Scope struct {
	// D is the province shown.
	D *dataset.Dataset
	// Pred are the provinces D was formed from that the collection holds,
	// in the order its lineage lists them.
	Pred []*dataset.Dataset
	// Succ is the province D became, when the collection holds it.
	Succ *dataset.Dataset
	// National is the collection's national table (every province's
	// figures side by side), nil when it has none.
	National *dataset.Dataset

	list  []ScopeSource
	index map[string]int // qualified id → position in list
}

// ScopeSource is one numbered source of a Scope.
type ScopeSource struct {
	// ID is the id cells cite it by: the dataset's own id for the shown
	// province's sources, a qualified one for a predecessor's.
	ID string
	dataset.Source
}

// Qualify is the id a predecessor's source is cited by in its successor's
// screens: its dataset id, a colon, and its own id. A dataset id cannot
// hold a colon, so the two never mix.
func Qualify(datasetID, sourceID string) string {
	if sourceID == "" {
		return ""
	}
	return datasetID + ":" + sourceID
}

// Single is the scope of a dataset shown on its own (no lineage present).
func Single(d *dataset.Dataset) *Scope { return NewScope(nil, d) }

// NewScope is the scope of d within sets (a collection; nil or one entry
// for a dataset loaded alone), its predecessors' sources numbered only
// where the default tabs cite them (NewScopeFor).
func NewScope(sets []*dataset.Dataset, d *dataset.Dataset) *Scope {
	return NewScopeFor(Default(), sets, d)
}

// NewScopeFor is NewScope for the tabs of reg: a predecessor's source is
// numbered only when one of reg's pages cites it, so the list under a
// merged province's screens holds no source that nothing on them cites.
// Which ids a page cites does not depend on the numbers or the language,
// so the pages are built once with every source numbered to find them.
func NewScopeFor(reg Registry, sets []*dataset.Dataset, d *dataset.Dataset) *Scope {
	s := newScope(sets, d, nil)
	if len(s.Pred) == 0 && s.National == nil {
		return s
	}
	cited := map[string]bool{}
	l := i18n.New(i18n.EN)
	for _, t := range reg.Tabs() {
		for _, id := range t.Page(s, l).Sources() {
			cited[id] = true
		}
	}
	return newScope(sets, d, cited)
}

// newScope numbers d's sources, then those of its predecessors that cited
// holds (all of them when cited is nil).
func newScope(sets []*dataset.Dataset, d *dataset.Dataset, cited map[string]bool) *Scope {
	s := &Scope{D: d, index: map[string]int{}}
	if d == nil {
		return s
	}
	byID := make(map[string]*dataset.Dataset, len(sets))
	for _, x := range sets {
		byID[x.ID] = x
	}
	s.National = National(sets)
	for _, l := range d.Lineage.FormedFrom {
		if p, ok := byID[l.ID]; ok && p != d {
			s.Pred = append(s.Pred, p)
		}
	}
	if b := d.Lineage.Became.ID; b != "" {
		s.Succ = byID[b]
	}
	same := map[string]int{}
	add := func(id string, src dataset.Source) {
		k := sourceKey(src)
		if n, ok := same[k]; ok {
			s.index[id] = n
			return
		}
		same[k] = len(s.list)
		s.index[id] = len(s.list)
		s.list = append(s.list, ScopeSource{ID: id, Source: src})
	}
	for _, src := range d.Sources {
		add(src.ID, src)
	}
	others := s.Pred
	if s.National != nil {
		others = append(append([]*dataset.Dataset(nil), s.Pred...), s.National)
	}
	for _, p := range others {
		for _, src := range p.Sources {
			if id := Qualify(p.ID, src.ID); cited == nil || cited[id] {
				add(id, src)
			}
		}
	}
	return s
}

// National is the national table of sets (a dataset of kind national),
// nil when there is none.
func National(sets []*dataset.Dataset) *dataset.Dataset {
	for _, d := range sets {
		if d.Kind == dataset.KindNational {
			return d
		}
	}
	return nil
}

// Provinces is sets without its national table: what P and --province
// go through.
func Provinces(sets []*dataset.Dataset) []*dataset.Dataset {
	var out []*dataset.Dataset
	for _, d := range sets {
		if d.Kind != dataset.KindNational {
			out = append(out, d)
		}
	}
	return out
}

// sourceKey is what makes two datasets' sources the same source: the
// address, or without one the title and publisher.
func sourceKey(src dataset.Source) string {
	if u := strings.TrimSpace(src.URL); u != "" {
		return "url\x00" + u
	}
	return "title\x00" + strings.TrimSpace(src.Title) + "\x00" + strings.TrimSpace(src.Publisher)
}

// SourceByID returns the source cited as id and its number in this
// scope's list, or ok false.
func (s *Scope) SourceByID(id string) (dataset.Source, int, bool) {
	if s == nil {
		return dataset.Source{}, 0, false
	}
	i, ok := s.index[id]
	if !ok {
		return dataset.Source{}, 0, false
	}
	return s.list[i].Source, i + 1, true
}

// Sources is the numbered list ([1] first).
func (s *Scope) Sources() []ScopeSource {
	if s == nil {
		return nil
	}
	return s.list
}

// Lineage lists the provinces of the scope in lineage order: the shown
// province, then its predecessors.
func (s *Scope) Lineage() []*dataset.Dataset {
	if s == nil || s.D == nil {
		return nil
	}
	return append([]*dataset.Dataset{s.D}, s.Pred...)
}

// LineageOrder is the order `P` goes through a collection: each province
// that became no other one (a current province), followed by the
// provinces it was formed from, depth first, in the order its lineage
// lists them; anything left (a province whose successor is not in the
// collection, a loop) follows in collection order. Every dataset of sets
// appears exactly once.
func LineageOrder(sets []*dataset.Dataset) []*dataset.Dataset {
	sets = Provinces(sets)
	byID := make(map[string]*dataset.Dataset, len(sets))
	for _, d := range sets {
		byID[d.ID] = d
	}
	var out []*dataset.Dataset
	seen := map[*dataset.Dataset]bool{}
	var visit func(d *dataset.Dataset)
	visit = func(d *dataset.Dataset) {
		if seen[d] {
			return
		}
		seen[d] = true
		out = append(out, d)
		for _, l := range d.Lineage.FormedFrom {
			if p, ok := byID[l.ID]; ok {
				visit(p)
			}
		}
	}
	for _, d := range sets {
		if _, has := byID[d.Lineage.Became.ID]; !has {
			visit(d)
		}
	}
	for _, d := range sets {
		visit(d)
	}
	return out
}

// Current is the dataset a dashboard opens on: the first of LineageOrder,
// a province that became no other province of the collection (never the
// national table).
func Current(sets []*dataset.Dataset) *dataset.Dataset {
	if o := LineageOrder(sets); len(o) > 0 {
		return o[0]
	}
	return nil
}
