package theme

import (
	"sync"
	"testing"
)

// TestCache: one Styles per theme and ASCII choice, the same as New's
// (WithASCII's), from any number of goroutines (run with -race); a nil
// cache builds each time.
func TestCache(t *testing.T) {
	c := NewCache()
	got := make([]*Styles, 64)
	var wg sync.WaitGroup
	for i := range got {
		wg.Go(func() { got[i] = c.Styles(Names[i%len(Names)], i/len(Names)%2 == 1) })
	}
	wg.Wait()
	for i, st := range got {
		n, ascii := Names[i%len(Names)], i/len(Names)%2 == 1
		if j := i % (2 * len(Names)); st != got[j] {
			t.Errorf("%s ascii=%v: asked twice, built twice", n, ascii)
		}
		if st.Name != n || st.ASCII != ascii {
			t.Errorf("asked %s ascii=%v, got %s ascii=%v", n, ascii, st.Name, st.ASCII)
		}
		if want := New(n); !ascii && st.Text.Render("x") != want.Text.Render("x") {
			t.Errorf("%s: the cached styles render unlike New's", n)
		}
	}
	var none *Cache
	if a, b := none.Styles(Dark, false), none.Styles(Dark, false); a == b || a.Name != Dark {
		t.Error("a nil cache kept Styles, or built the wrong theme")
	}
}
