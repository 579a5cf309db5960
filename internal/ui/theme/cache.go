package theme

import "sync"

// Cache shares Styles among the dashboards of a process (an SSH server's
// sessions): a Styles is built once for each theme and ASCII choice and
// only read afterwards, and each session's own copy held about 35 KB.
// A nil *Cache builds Styles each time. Safe for concurrent use.
type Cache struct {
	mu sync.Mutex
	m  map[cacheKey]*Styles
}

type cacheKey struct {
	name  Name
	ascii bool
}

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{m: map[cacheKey]*Styles{}} }

// Styles is New(n), WithASCII when ascii, built once per theme and choice.
func (c *Cache) Styles(n Name, ascii bool) *Styles {
	build := func() *Styles {
		st := New(n)
		if ascii {
			st = st.WithASCII()
		}
		return st
	}
	if c == nil {
		return build()
	}
	k := cacheKey{n, ascii}
	c.mu.Lock()
	defer c.mu.Unlock()
	st, ok := c.m[k]
	if !ok {
		st = build()
		c.m[k] = st
	}
	return st
}
