package search

import (
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
)

// TestQueryCapped (issue 22, finding 10): typing 50 KB into the field used
// to cost seconds of server CPU. The query stops at maxQuery runes:
// further keys change nothing, a paste is cut, and the matches are those
// of the capped query.
func TestQueryCapped(t *testing.T) {
	loc := i18n.New(i18n.EN)
	ix := bundledIndex(t, i18n.EN)
	m := New()
	m.Open(ix, theme.New(theme.Dark), loc)
	for range 1000 {
		m.Update(tea.KeyPressMsg{Code: 'ế', Text: "ế"})
	}
	if n := utf8.RuneCountInString(m.input.Value()); n != maxQuery {
		t.Fatalf("%d runes typed in, want %d", n, maxQuery)
	}
	before := m.input.Value()
	if r, _ := m.Update(tea.KeyPressMsg{Code: 'x', Text: "x"}); r != Typing || m.input.Value() != before {
		t.Errorf("a key past the cap changed the query")
	}

	m.Open(ix, theme.New(theme.Dark), loc)
	m.Update(tea.PasteMsg{Content: "Bac " + strings.Repeat("Giang ", 10_000)})
	if n := utf8.RuneCountInString(m.input.Value()); n != maxQuery {
		t.Fatalf("a 60 KB paste left %d runes, want %d", n, maxQuery)
	}
	if want := ix.Find(m.input.Value(), maxHits); len(m.Hits()) != len(want) {
		t.Errorf("%d matches, want the capped query's %d", len(m.Hits()), len(want))
	}
}
