package overview

import (
	"regexp"
	"strings"
	"testing"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// cardTexts is the text inside each card of a plain frame, in grid order:
// the lines of a box joined by spaces, runs of spaces made one.
func cardTexts(out string) []string {
	lines := strings.Split(out, "\n")
	var texts []string
	for i := 0; i < len(lines); i++ {
		top := []rune(lines[i])
		if !strings.HasPrefix(strings.TrimSpace(lines[i]), "╭") {
			continue
		}
		// Each box's columns, from the top border.
		var spans [][2]int
		for x := 0; x < len(top); x++ {
			if top[x] == '╭' {
				for y := x + 1; y < len(top); y++ {
					if top[y] == '╮' {
						spans = append(spans, [2]int{x + 1, y})
						x = y
						break
					}
				}
			}
		}
		parts := make([][]string, len(spans))
		j := i + 1
		for ; j < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[j]), "╰"); j++ {
			r := []rune(lines[j])
			for k, s := range spans {
				if s[1] <= len(r) {
					parts[k] = append(parts[k], string(r[s[0]:s[1]]))
				}
			}
		}
		for _, p := range parts {
			texts = append(texts, strings.Join(strings.Fields(strings.Join(p, " ")), " "))
		}
		i = j
	}
	return texts
}

// TestCardTitlesWhole: from 100 columns every card's title is on its
// card whole, in both languages and for every bundled province (at 100
// columns a34ab89 cut "Vốn đầu tư nướ…" and "GRDP bình quân đ… 2025");
// narrower, a cut title keeps its year.
func TestCardTitlesWhole(t *testing.T) {
	sets, err := data.Collection()
	if err != nil {
		t.Fatal(err)
	}
	year := regexp.MustCompile(`\b(19|20)\d\d\b`)
	drawn := 0
	for _, d := range sets {
		if len(d.Headline) == 0 {
			continue
		}
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			for _, size := range [][2]int{{80, 24}, {90, 40}, {100, 30}, {100, 40}, {110, 40}, {120, 40}, {160, 50}, {200, 60}} {
				ctx := viewtest.ContextFor(d, lang, theme.Mono)
				ctx.Scope = content.NewScope(sets, d)
				m := viewtest.Open(New(), ctx, size[0], size[1])
				out := viewtest.Plain(m.View())
				viewtest.CheckSize(t, out, size[0], size[1])
				texts := cardTexts(out)
				hs := m.headlines()
				if len(texts) > 0 && size[0] >= 100 {
					drawn++
				}
				for i, tx := range texts {
					if i >= len(hs) {
						break
					}
					label := hs[i].Label
					if size[0] >= 100 {
						if !strings.HasPrefix(tx, label+" ") {
							t.Errorf("%s %s %v: card %d reads %q, want its title %q whole", d.ID, lang, size, i, tx, label)
						}
						continue
					}
					if y := year.FindString(label); y != "" && !strings.HasPrefix(tx, label) && !strings.Contains(tx, "… "+y) {
						t.Errorf("%s %s %v: card %d reads %q: the cut title lost its year %s", d.ID, lang, size, i, tx, y)
					}
				}
			}
		}
	}
	if drawn == 0 {
		t.Fatal("no frame from 100 columns drew cards")
	}
}
