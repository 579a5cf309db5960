package content

import (
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
)

// TestCacheShares: a scope and a page asked for twice are one scope and
// one page (the same backing rows), each the same as built without the
// cache; another language is another page.
func TestCacheShares(t *testing.T) {
	sets := datasettest.BundledSets(t)
	c, reg, d := NewCache(), Default(), Current(sets)
	s := c.Scope(reg, sets, d)
	if again := c.Scope(reg, sets, d); again != s {
		t.Fatal("the same registry, collection and dataset gave two scopes")
	}
	if !reflect.DeepEqual(s, NewScopeFor(reg, sets, d)) {
		t.Fatal("the cached scope differs from NewScopeFor's")
	}
	vi, en := i18n.New(i18n.VI), i18n.New(i18n.EN)
	for _, tab := range reg.Tabs() {
		p := c.Page(tab, s, vi)
		if len(p.Sections) == 0 {
			t.Fatalf("%s: an empty page", tab.ID)
		}
		if q := c.Page(tab, s, i18n.New(i18n.VI)); &q.Sections[0] != &p.Sections[0] {
			t.Errorf("%s: asked twice, the page was built twice", tab.ID)
		}
		if !reflect.DeepEqual(p, tab.Page(s, vi)) {
			t.Errorf("%s: the cached page differs from the page built afresh", tab.ID)
		}
		if q := c.Page(tab, s, en); q.Title == p.Title || &q.Sections[0] == &p.Sections[0] {
			t.Errorf("%s: English gave the Vietnamese page (%q)", tab.ID, q.Title)
		}
	}
	// Another province of the collection is another scope.
	for _, o := range Provinces(sets) {
		if o != d && c.Scope(reg, sets, o) == s {
			t.Errorf("%s: got the scope of %s", o.ID, d.ID)
		}
	}
}

// TestCacheKeepsOnlyItsScopes: a page of a scope the cache did not build
// (a lone dataset's) is built each time and not kept, and a nil cache
// builds everything.
func TestCacheKeepsOnlyItsScopes(t *testing.T) {
	sets := datasettest.BundledSets(t)
	d, l, tab := Current(sets), i18n.New(i18n.EN), Builtin("gdp")
	c := NewCache()
	c.Page(tab, Single(d), l)
	if len(c.pages) != 0 {
		t.Errorf("kept %d pages of a scope it does not hold", len(c.pages))
	}
	c.Scope(Default(), sets, d)
	if s := c.Scope(Default(), sets, nil); s == nil || s.D != nil {
		t.Errorf("a scope of no dataset: %+v", s)
	}
	var none *Cache
	s := none.Scope(Default(), sets, d)
	if p := none.Page(tab, s, l); !reflect.DeepEqual(p, tab.Page(s, l)) {
		t.Error("a nil cache's page differs from the page built afresh")
	}
}

// TestCacheForgets: past cacheScopes scopes the one used longest ago goes
// with its pages, so a server reloading its data holds a bounded number
// of old copies; the one used last stays.
func TestCacheForgets(t *testing.T) {
	sets := datasettest.BundledSets(t)
	base := Current(sets)
	c, reg, l, tab := NewCache(), Default(), i18n.New(i18n.EN), Builtin("overview")
	var first, kept *Scope
	for i := range cacheScopes + 4 {
		d := *base // another province: another dataset and id
		d.ID = fmt.Sprintf("p%d", i)
		s := c.Scope(reg, []*dataset.Dataset{&d}, &d)
		c.Page(tab, s, l)
		switch i {
		case 0:
			first = s
		case 1:
			kept = s
		}
		// The second is used again each time, so it is never the one
		// used longest ago.
		if kept != nil {
			c.Scope(reg, []*dataset.Dataset{kept.D}, kept.D)
		}
	}
	if len(c.scopes) != cacheScopes {
		t.Fatalf("holds %d scopes, want %d", len(c.scopes), cacheScopes)
	}
	if len(c.pages) != cacheScopes {
		t.Errorf("holds %d pages, want one for each of its %d scopes", len(c.pages), cacheScopes)
	}
	if c.holds(first) {
		t.Error("the scope used longest ago is still held")
	}
	if !c.holds(kept) {
		t.Error("the scope used at every step was dropped")
	}
	for k := range c.pages {
		if k.scope == first {
			t.Error("a page of a dropped scope is still held")
		}
	}
}

// TestCacheConcurrent: sessions opening at once on every province and
// both languages get one scope each and the same pages (run with -race).
func TestCacheConcurrent(t *testing.T) {
	sets := datasettest.BundledSets(t)
	c, reg := NewCache(), Default()
	provs := Provinces(sets)
	got := make([]string, 40)
	var wg sync.WaitGroup
	for i := range got {
		wg.Go(func() {
			d := provs[i%len(provs)]
			l := i18n.New([]i18n.Lang{i18n.VI, i18n.EN}[i/len(provs)%2])
			s := c.Scope(reg, sets, d)
			for _, tab := range reg.Tabs() {
				p := c.Page(tab, s, l)
				got[i] += fmt.Sprintf("%p ", s) + p.Title
			}
		})
	}
	wg.Wait()
	for i := range got {
		if j := i % (2 * len(provs)); got[i] != got[j] {
			t.Errorf("session %d and %d, same province and language, read different scopes or pages", i, j)
		}
	}
}

// TestCacheReload: a dataset with a held one's id but another is a reload
// of it (a served --data folder that changed): the old scope and its
// pages go at once, the other provinces' stay.
func TestCacheReload(t *testing.T) {
	sets := datasettest.BundledSets(t)
	c, reg, l := NewCache(), Default(), i18n.New(i18n.EN)
	for _, d := range Provinces(sets) {
		c.Page(Builtin("overview"), c.Scope(reg, sets, d), l)
	}
	cur := Current(sets)
	old := c.Scope(reg, sets, cur)
	again := *cur
	fresh := c.Scope(reg, sets, &again)
	if fresh == old || c.holds(old) {
		t.Fatal("the reloaded province's old scope is still held")
	}
	for k := range c.pages {
		if k.scope == old {
			t.Error("a page of the old scope is still held")
		}
	}
	if n := len(Provinces(sets)); len(c.scopes) != n {
		t.Errorf("holds %d scopes, want the %d provinces' (the reloaded one once)", len(c.scopes), n)
	}
}
