package viewtest

import (
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
)

// ScopedContext is a session context on dataset d of collection sets with
// d's lineage in scope, as the dashboard opens a province.
func ScopedContext(sets []*dataset.Dataset, d *dataset.Dataset, lang i18n.Lang, th theme.Name) *common.Context {
	ctx := ContextFor(d, lang, th)
	ctx.Scope = content.NewScope(sets, d)
	return ctx
}

// Merged is a session context on the bundled collection's current province
// (the new Bắc Ninh) with its lineage in scope; the test fails when the
// bundled collection holds no merged province.
func Merged(t testing.TB, lang i18n.Lang) *common.Context {
	t.Helper()
	sets := Collection(t)
	ctx := ScopedContext(sets, content.Current(sets), lang, theme.Mono)
	if len(ctx.Scope.Pred) == 0 {
		t.Fatalf("the bundled collection's current province %s has no former province", ctx.Data.ID)
	}
	return ctx
}

// Predecessor is the former province id of ctx's scope; the test fails
// when the scope has no such province.
func Predecessor(t testing.TB, ctx *common.Context, id string) *dataset.Dataset {
	t.Helper()
	for _, p := range ctx.Scope.Pred {
		if p.ID == id {
			return p
		}
	}
	t.Fatalf("%s is not a predecessor of %s in the bundled collection", id, ctx.Data.ID)
	return nil
}

// SelectedLine is the line of frame out that carries the selection mark
// "›", "" when none does.
func SelectedLine(out string) string {
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "›") {
			return l
		}
	}
	return ""
}
