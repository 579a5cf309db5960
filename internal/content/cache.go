package content

import (
	"slices"
	"strings"
	"sync"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
)

// cacheScopes is how many scopes a Cache keeps, with their pages: a
// collection's provinces (three bundled) in a few registries. Past that
// the scope used longest ago goes, with its pages.
const cacheScopes = 16

// Cache shares the scopes and pages built from a collection among the
// dashboards of one process. A page depends only on its tab, its scope and
// the language, and no reader changes one (a view that marks rows copies
// them first), so the sessions of an SSH server can all read one copy:
// built for each session, the GDP page with its nationwide lists alone
// held about 250 KB per session, and building a scope builds every page
// once to learn what it cites. A nil *Cache builds every time. Safe for
// concurrent use.
type Cache struct {
	mu     sync.Mutex
	scopes []cachedScope // the one used last, last
	pages  map[pageKey]Page
}

// cachedScope is a scope with what it was built from.
type cachedScope struct {
	tabs  string // the registry's tab ids
	sets  []*dataset.Dataset
	d     *dataset.Dataset
	scope *Scope
}

// pageKey names one page of a cached scope.
type pageKey struct {
	scope *Scope
	tab   string
	lang  i18n.Lang
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{pages: map[pageKey]Page{}}
}

// Scope is NewScopeFor(reg, sets, d), built once per registry, collection
// and dataset.
func (c *Cache) Scope(reg Registry, sets []*dataset.Dataset, d *dataset.Dataset) *Scope {
	if c == nil || d == nil {
		return NewScopeFor(reg, sets, d)
	}
	tabs := tabIDs(reg)
	c.mu.Lock()
	for i, e := range c.scopes {
		if e.d == d && e.tabs == tabs && slices.Equal(e.sets, sets) {
			c.scopes = append(append(c.scopes[:i:i], c.scopes[i+1:]...), e)
			c.mu.Unlock()
			return e.scope
		}
	}
	c.mu.Unlock()
	// Built outside the lock so that sessions opening other provinces
	// wait for nobody; two sessions asking at once may both build it,
	// and the second keeps the first's.
	s := NewScopeFor(reg, sets, d)
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, e := range c.scopes {
		if e.d == d && e.tabs == tabs && slices.Equal(e.sets, sets) {
			return e.scope
		}
	}
	// A dataset with the id of one held, but another, is a reload of it
	// (a served --data folder that changed): the old one's scope and pages
	// go, or every reload would keep a copy until 16 had come.
	for i := len(c.scopes) - 1; i >= 0; i-- {
		if e := c.scopes[i]; e.d != d && e.d.ID == d.ID && e.tabs == tabs {
			c.drop(i)
		}
	}
	if len(c.scopes) == cacheScopes {
		c.drop(0)
	}
	c.scopes = append(c.scopes, cachedScope{tabs: tabs, sets: slices.Clone(sets), d: d, scope: s})
	return s
}

// drop forgets the i-th scope and its pages; c.mu is held.
func (c *Cache) drop(i int) {
	old := c.scopes[i].scope
	for k := range c.pages {
		if k.scope == old {
			delete(c.pages, k)
		}
	}
	c.scopes = slices.Delete(c.scopes, i, i+1)
}

// Page is t.Page(s, l), kept when s is one of the cache's scopes (a scope
// built elsewhere, such as a lone dataset's, is built every time, as a
// key it would never be found under again).
func (c *Cache) Page(t Tab, s *Scope, l *i18n.Locale) Page {
	if c == nil || s == nil || l == nil {
		return t.Page(s, l)
	}
	k := pageKey{scope: s, tab: t.ID, lang: l.Lang}
	c.mu.Lock()
	p, ok := c.pages[k]
	held := ok || c.holds(s)
	c.mu.Unlock()
	if ok {
		return p
	}
	p = t.Page(s, l)
	if held {
		c.mu.Lock()
		if c.holds(s) {
			c.pages[k] = p
		}
		c.mu.Unlock()
	}
	return p
}

// holds reports whether s is one of the cache's scopes; c.mu is held.
func (c *Cache) holds(s *Scope) bool {
	for _, e := range c.scopes {
		if e.scope == s {
			return true
		}
	}
	return false
}

// tabIDs names a registry by its tabs, in order.
func tabIDs(reg Registry) string {
	var b strings.Builder
	for _, t := range reg.Tabs() {
		b.WriteString(t.ID)
		b.WriteByte(0)
	}
	return b.String()
}
