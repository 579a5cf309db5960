package content

import (
	"fmt"
	"slices"
	"strings"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
)

// Builder turns a scope (a province and the provinces of its lineage
// present) into what a tab shows, in a locale.
type Builder func(s *Scope, l *i18n.Locale) Page

// Tab is one entry of the tab registry.
type Tab struct {
	// ID is the stable name used by --tab, session arguments and rooms.
	ID string
	// TitleKey is the catalogue key of the tab's name on the tab bar.
	TitleKey string
	// Build works out the tab's content.
	Build Builder
}

// Title is the tab's name in the locale.
func (t Tab) Title(l *i18n.Locale) string { return l.T(t.TitleKey) }

// Page builds the tab's page for s in l, its Tab field set.
func (t Tab) Page(s *Scope, l *i18n.Locale) Page {
	if s == nil || s.D == nil || l == nil || t.Build == nil {
		return Page{Tab: t.ID}
	}
	p := t.Build(s, l)
	p.Tab = t.ID
	return p
}

// Registry is the ordered list of tabs. It is a value: a test or a future
// build adds a tab with With and hands the result to the dashboard, the
// plain writer and the report, which all take their tabs from it.
type Registry struct {
	tabs []Tab
}

// Default is the dashboard's tabs in order.
func Default() Registry {
	return Registry{tabs: []Tab{
		{ID: "overview", TitleKey: "overview.title", Build: overview},
		{ID: "gdp", TitleKey: "gdp.title", Build: gdp},
		{ID: "fdi", TitleKey: "fdi.title", Build: fdi},
		{ID: "zones", TitleKey: "zones.title", Build: zones},
		{ID: "agreements", TitleKey: "agreements.title", Build: agreements},
		{ID: "targets", TitleKey: "targets.title", Build: targets},
	}}
}

// With returns a copy of r with t appended; r is unchanged.
func (r Registry) With(t Tab) Registry {
	tabs := make([]Tab, 0, len(r.tabs)+1)
	tabs = append(tabs, r.tabs...)
	return Registry{tabs: append(tabs, t)}
}

// Tabs returns the tabs in order (a copy).
func (r Registry) Tabs() []Tab { return append([]Tab(nil), r.tabs...) }

// Len is the number of tabs.
func (r Registry) Len() int { return len(r.tabs) }

// IDs lists the tab ids in order.
func (r Registry) IDs() []string {
	ids := make([]string, len(r.tabs))
	for i, t := range r.tabs {
		ids[i] = t.ID
	}
	return ids
}

// Index returns the position of the tab with id, -1 when there is none.
func (r Registry) Index(id string) int {
	for i, t := range r.tabs {
		if t.ID == id {
			return i
		}
	}
	return -1
}

// Lookup returns the tab with id, or an error naming the accepted ids.
func (r Registry) Lookup(id string) (Tab, error) {
	if i := r.Index(id); i >= 0 {
		return r.tabs[i], nil
	}
	return Tab{}, fmt.Errorf("unknown tab %q: use one of %s", id, strings.Join(r.IDs(), ", "))
}

// Builtin returns the built-in tab with id (a zero Tab when there is
// none): a tab's own view names its entry this way instead of keeping a
// second copy of it.
func Builtin(id string) Tab {
	t, _ := Default().Lookup(id)
	return t
}

// Years lists, oldest first and each once, every year any table of the
// scope's provinces has a row for: the focus year (`[` and `]`) moves
// across them, the predecessors' years included.
func Years(s *Scope) []int {
	seen := map[int]bool{}
	for _, d := range s.Lineage() {
		years(d, seen)
	}
	out := make([]int, 0, len(seen))
	for y := range seen {
		out = append(out, y)
	}
	slices.Sort(out)
	return out
}

// years adds to seen every year a table of d has a row for.
func years(d *dataset.Dataset, seen map[int]bool) {
	add := func(y int) {
		if y > 0 {
			seen[y] = true
		}
	}
	for _, r := range d.Growth {
		add(r.Year)
	}
	for _, r := range d.Size {
		add(r.Year)
	}
	for _, r := range d.Sectors {
		add(r.Year)
	}
	for _, r := range d.Structure {
		add(r.Year)
	}
	for _, r := range d.PCI {
		add(r.Year)
	}
	for _, r := range d.FDIYear {
		add(r.Year)
	}
	for _, a := range d.Agreements {
		add(SignedYear(a.Signed))
		add(a.From)
	}
	for _, r := range d.Exports {
		add(r.Year)
	}
	for _, r := range d.Periods {
		add(r.Year)
	}
}

// LatestYear is the latest year for which the province's growth has a
// figure, else the latest year of Years: the focus year a dashboard opens
// on.
func LatestYear(s *Scope) int {
	if s == nil || s.D == nil {
		return 0
	}
	best := 0
	for _, r := range s.D.Growth {
		// A plan is no result: a target year never becomes the focus
		// year the dashboard opens on.
		if r.Province.OK && r.Status != dataset.Plan && r.Year > best {
			best = r.Year
		}
	}
	if best == 0 {
		if ys := Years(s); len(ys) > 0 {
			best = ys[len(ys)-1]
		}
	}
	return best
}
