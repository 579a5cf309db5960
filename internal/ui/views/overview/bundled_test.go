package overview

import (
	"fmt"
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestFaceTab runs the checks the face tabs share (viewtest.CheckFaceTab):
// the real dataset at the reference sizes, both languages, every face
// (SHOW=1 prints plain frames, SHOW=ansi coloured); no box of blank rows
// on the merged province; at 80×21 the sources face scrolls to the last
// source.
func TestFaceTab(t *testing.T) {
	viewtest.CheckFaceTab(t, func() viewtest.Faced { return New() })
}

// The seed article's headline figures, as the bundled data gives them.
func TestBundledFigures(t *testing.T) {
	cases := []struct {
		lang i18n.Lang
		w, h int
		want []string
	}{
		{i18n.VI, 200, 60, []string{"13,85 %", "thứ 1/63", "≈8,6 tỷ USD", "thứ 12/63", ">30", "Bắc Ninh", "2.720,72 ha"}},
		{i18n.EN, 200, 60, []string{"13.85%", "1st of 63", "≈USD 8.6 bn", "12th of 63", ">30", "Bắc Ninh", "2,720.72 ha"}},
		{i18n.VI, 120, 40, []string{"13,85 %", "thứ 1/63", "≈8,6 tỷ USD"}},
		{i18n.VI, 80, 24, []string{"13,85 %", "thứ 1/63", "≈8,6 tỷ USD", "Nguồn:"}},
		{i18n.EN, 80, 24, []string{"13.85%", "1st of 63", "≈USD 8.6 bn", "Source:"}},
	}
	for _, c := range cases {
		m := viewtest.Open(New(), viewtest.ContextTheme(t, c.lang, theme.Mono), c.w, c.h)
		viewtest.ContainsAll(t, fmt.Sprintf("%s %d×%d", c.lang, c.w, c.h), viewtest.Plain(m.View()), c.want)
	}
}

// BenchmarkRebuildBundled is a resize on the real dataset (budget ≤ 5 ms).
func BenchmarkRebuildBundled(b *testing.B) {
	viewtest.BenchResizeBundled(b, New())
}
