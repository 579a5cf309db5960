package fdi

import (
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestCountLineSpacing: the count of investing countries reads as a
// sentence, one space between the figure (with its mark, if any) and the
// words; the blanks a table column keeps for a missing mark are not
// carried into it (">30   countries").
func TestCountLineSpacing(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, ctx := range []func(testing.TB, i18n.Lang) *common.Context{viewtest.Context, viewtest.Merged} {
			m := New()
			m.SetContext(ctx(t, lang))
			m.SetSize(120, 40)
			words := m.Ctx.Loc.T("fdi.countries_n")
			line := viewtest.LineWith(plain(m), words)
			if line == "" {
				t.Fatalf("%s: no count line", lang)
			}
			if i := strings.Index(line, words); i < 2 || line[i-1] != ' ' || line[i-2] == ' ' {
				t.Errorf("%s: %q does not read as a sentence", lang, line)
			}
		}
	}
}
