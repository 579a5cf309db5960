package ui

import (
	"fmt"
	"slices"

	"github.com/provdash/provdash/internal/content"
)

// Slides: presentation mode cycles through a chosen, ordered subset of the
// tabs (--slides overview,gdp,fdi), all of them by default. The tab keys
// still reach every tab; a tab outside the slides is simply never shown by
// the timer.

// slideIndexes turns the --slides ids into positions in the registry, in
// the order given; none means every tab in the registry's order. An id the
// registry lacks, or one given twice (the countdown shows where in the
// slides the presenter is, which a repeated tab would make ambiguous), is
// an error. dashflags.Flags checks the same in the session's language
// before this runs.
func slideIndexes(reg content.Registry, ids []string) ([]int, error) {
	if len(ids) == 0 {
		out := make([]int, reg.Len())
		for i := range out {
			out[i] = i
		}
		return out, nil
	}
	out := make([]int, 0, len(ids))
	for _, id := range ids {
		if _, err := reg.Lookup(id); err != nil {
			return nil, fmt.Errorf("--slides: %w", err)
		}
		i := reg.Index(id)
		if slices.Contains(out, i) {
			return nil, fmt.Errorf("--slides: tab %q given twice", id)
		}
		out = append(out, i)
	}
	return out, nil
}

// Slides returns the ids of the tabs presentation mode cycles through, in
// order (a copy).
func (m *Model) Slides() []string {
	ids := make([]string, len(m.slides))
	for i, s := range m.slides {
		ids[i] = m.tabs[s].ID
	}
	return ids
}

// arrive is called whenever a tab is shown by hand or by the timer
// (SetActive): it closes the title slide, and when the tab is a slide it
// becomes the last one shown, which the timer goes on from.
func (m *Model) arrive(i int) {
	m.titleSlide = false
	if at := slices.Index(m.slides, i); at >= 0 {
		m.lastSlide = at
	}
}

// nextSlide is the tab the timer shows next: the first slide after the
// title slide; after a slide, the one that follows it; after a tab that is
// not a slide (the presenter moved there by hand), the one after the last
// slide shown.
func (m *Model) nextSlide() int {
	if m.titleSlide {
		return m.slides[0]
	}
	at := slices.Index(m.slides, m.active)
	if at < 0 {
		at = m.lastSlide
	}
	return m.slides[(at+1)%len(m.slides)]
}

// slideLabel is where the presentation stands, for the countdown: "3/5"
// (the active tab's place among the slides), "–/5" on a tab that is not a
// slide ("-/5" under --ascii), the title slide's name on it.
func (m *Model) slideLabel() string {
	if m.titleSlide {
		return m.ctx.Loc.T("present.title")
	}
	n := len(m.slides)
	if at := slices.Index(m.slides, m.active); at >= 0 {
		return fmt.Sprintf("%d/%d", at+1, n)
	}
	if m.ctx.ASCII {
		return fmt.Sprintf("-/%d", n)
	}
	return fmt.Sprintf("–/%d", n)
}
