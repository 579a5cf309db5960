package common_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

func TestFaceBar(t *testing.T) {
	ctx := viewtest.Context(t, i18n.EN)
	out := common.FaceBar(ctx, "Foreign direct investment", common.FaceTable, 100)
	p := ansi.Strip(out)
	if ansi.StringWidth(out) != 100 {
		t.Errorf("width %d, want 100: %q", ansi.StringWidth(out), p)
	}
	if !strings.HasPrefix(p, "Foreign direct investment") || !strings.Contains(p, "["+common.FaceTable.Name(ctx.Loc)+"]") {
		t.Errorf("heading or bracketed active face missing: %q", p)
	}
	if strings.Contains(p, "["+common.FaceChart.Name(ctx.Loc)+"]") {
		t.Errorf("inactive face bracketed: %q", p)
	}
	// Narrow: the heading is truncated first, the frame never overflows.
	for w := 0; w <= 60; w++ {
		viewtest.CheckSize(t, common.FaceBar(ctx, "Foreign direct investment", common.FaceChart, w), w, 1)
	}
}

func TestHeading(t *testing.T) {
	ctx := viewtest.Context(t, i18n.VI)
	wide := ansi.Strip(common.Heading(ctx, "Vốn theo quốc gia", "ghi chú", 80).S)
	if wide != "Vốn theo quốc gia · ghi chú" {
		t.Errorf("wide heading %q", wide)
	}
	narrow := common.Heading(ctx, "Vốn theo quốc gia", "ghi chú", 60)
	if ansi.Strip(narrow.S) != "Vốn theo quốc gia" || narrow.Item != -1 {
		t.Errorf("narrow heading keeps the note or is selectable: %+v", narrow)
	}
	viewtest.CheckSize(t, common.Heading(ctx, "Vốn theo quốc gia", "", 8).S, 8, 1)
}
