package search

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/cells"
	"github.com/provdash/provdash/internal/ui/theme"
)

// maxQuery is the longest query the field takes, in runes: a name, not
// an essay. Typing past it does nothing (the query, and so the matches,
// stay as they are), and a paste is cut to it, so a client that sends
// 50 KB of keys costs no search work past the first maxQuery.
const maxQuery = 64

// maxHits is how many matches the list holds: enough to scroll through,
// few enough that a one-letter query stays cheap.
const maxHits = 200

// Model is the search field (`/`) and its list of matches, shown over the
// tab's body while it is open. It is a value owned by the root model.
type Model struct {
	input textinput.Model
	ix    *Index
	hits  []Hit
	sel   int
	open  bool
}

// New returns a closed search field.
func New() Model {
	in := textinput.New()
	in.CharLimit = maxQuery
	return Model{input: in}
}

// Open shows the field, empty, over ix; st and loc style and word it.
func (m *Model) Open(ix *Index, st *theme.Styles, loc *i18n.Locale) tea.Cmd {
	m.ix, m.open, m.hits, m.sel = ix, true, nil, 0
	m.input.Reset()
	m.input.Prompt = "/ "
	m.input.Placeholder = loc.T("search.placeholder")
	m.input.SetStyles(st.TextInput())
	return m.input.Focus()
}

// Close hides the field; the last query's matches stay for n and N.
func (m *Model) Close() {
	m.open = false
	m.input.Blur()
}

// IsOpen reports whether the field is shown: keys belong to it then.
func (m Model) IsOpen() bool { return m.open }

// Hits are the current matches.
func (m Model) Hits() []Hit { return m.hits }

// Result is what a key did to an open search.
type Result int

// Results of Update.
const (
	Typing Result = iota // the query or the selection changed
	Cancel               // esc: close, stay where you were
	Jump                 // enter: close and go to Hits()[Selected()]
)

// Selected is the index of the highlighted match.
func (m Model) Selected() int { return m.sel }

// Update handles a key while the field is open: ↑/↓ move through the
// matches, enter jumps, esc cancels, anything else edits the query (and
// the matches follow as you type).
func (m *Model) Update(msg tea.Msg) (Result, tea.Cmd) {
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		switch kp.String() {
		case "esc":
			m.Close()
			return Cancel, nil
		case "enter":
			m.Close()
			if len(m.hits) == 0 {
				return Cancel, nil
			}
			return Jump, nil
		case "up", "ctrl+p":
			m.sel = max(0, m.sel-1)
			return Typing, nil
		case "down", "ctrl+n", "tab":
			m.sel = min(max(0, len(m.hits)-1), m.sel+1)
			return Typing, nil
		}
	}
	before := m.input.Value()
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if v := m.input.Value(); v != before {
		m.hits, m.sel = m.ix.Find(v, maxHits), 0
	}
	return Typing, cmd
}

// View draws the field and the matches in w×h cells: the field on the
// first line, then as many matches as fit around the highlighted one,
// "↓ N more" when the list goes on.
func (m Model) View(w, h int, st *theme.Styles, loc *i18n.Locale) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	m.input.SetWidth(max(1, w-4))
	lines := []string{cells.Cut(m.input.View(), w)}
	q := strings.TrimSpace(m.input.Value())
	switch {
	case q == "":
		lines = append(lines, st.Faint.Render(cells.Cut(loc.T("search.hint"), w)))
	case len(m.hits) == 0:
		lines = append(lines, st.Muted.Render(cells.Cut(loc.Tf("search.none", q), w)))
	default:
		room := max(0, h-2)
		from := max(0, min(m.sel-room/2, len(m.hits)-room))
		to := min(len(m.hits), from+room)
		for i := from; i < to; i++ {
			hit := m.hits[i]
			lw := min(w*3/5, max(10, w-24))
			label := cells.Pad(hit.Label, lw)
			where := cells.Cut(hit.Where, max(0, w-lw-4))
			line := st.Text.Render("  "+label) + "  " + st.Faint.Render(where)
			if i == m.sel {
				line = st.Selected.Render(cells.Pad("› "+label+"  "+where, w))
			}
			lines = append(lines, cells.Cut(line, w))
		}
		more := fmt.Sprintf("%d/%d", m.sel+1, len(m.hits))
		if to < len(m.hits) {
			more = loc.Tf("search.more", len(m.hits)-to) + " · " + more
		}
		lines = append(lines, st.Faint.Render(cells.Cut(more, w)))
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	return strings.Join(lines, "\n")
}

// KeyMap is the search's keys for the help: `/` opens it, n and N move
// to the next and previous match of the last search.
type KeyMap struct {
	Open, Next, Prev key.Binding
}
