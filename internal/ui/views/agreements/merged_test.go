package agreements

import (
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// mergedModel is the tab on the merged province at w×h, with Bắc Giang,
// the former province its tests follow.
func mergedModel(t testing.TB, lang i18n.Lang, w, h int) (*Model, *dataset.Dataset) {
	t.Helper()
	return viewtest.OpenMerged(t, New(), lang, w, h, "bac-giang")
}

// A merged province's chart face lists Bắc Giang's partners under their
// section's title, and names Bắc Giang beside each of their spans on the
// timeline; the keys reach one, whose detail names the province and
// cites Bắc Giang's own source by its number in the merged list.
func TestMergedPredecessorPartners(t *testing.T) {
	m, bg := mergedModel(t, i18n.EN, 200, 80)
	const sec = "agreements@bac-giang"
	s, ok := m.Page.Section(sec)
	if !ok {
		t.Fatalf("no section %s on the merged page", sec)
	}
	var xs dataset.Agreement
	for _, a := range bg.Agreements {
		if strings.Contains(a.Partner.EN, "Xaysomboun") && a.From != 0 {
			xs = a
		}
	}
	if xs.Source == "" {
		t.Fatal("Bắc Giang has no Xaysomboun agreement with a period and a source")
	}
	key, partner := xs.Partner.VI+"/"+xs.Signed, xs.Partner.EN
	l := m.Ctx.Loc
	out := plain(m)
	for _, want := range []string{s.Title, s.Intro, partner} {
		if !strings.Contains(out, want) {
			t.Errorf("chart face lacks %q:\n%s", want, out)
		}
	}
	// On the timeline the partner's span names Bắc Giang; in the list
	// its row is under the section's title.
	if span := viewtest.LineWith(out, partner); !strings.Contains(span, partner+" · "+l.Pick(bg.Name)) {
		t.Errorf("the timeline's %s span does not name %s: %q", partner, l.Pick(bg.Name), span)
	}
	if i, j := strings.Index(out, s.Title), strings.LastIndex(out, partner); j < i {
		t.Errorf("%s is not listed under %q", partner, s.Title)
	}

	at := func() (string, string) { s, r := m.at(m.Nav.Sel); return s.ID, r.Key }
	viewtest.ReachPredRow(t, m, m.Ctx, at, viewtest.PredRow{Sec: sec, Key: key, Label: partner, Pred: bg, Source: xs.Source}, 120, 30)
}

// Every count is one section's own: each section's "N agreements, M
// verified" is shown, and no count of every province's rows together.
func TestMergedCountsNotSummed(t *testing.T) {
	m, _ := mergedModel(t, i18n.EN, 200, 80)
	out := plain(m)
	l := m.Ctx.Loc
	rows, verified, n := 0, 0, 0
	for _, s := range m.Page.Sections {
		v := 0
		for _, r := range s.Rows {
			if c, ok := r.Extra("verified"); ok && c.Num.OK && c.Num.V == 1 {
				v++
			}
		}
		if len(s.Rows) > 0 && !strings.Contains(out, l.Tf("agreements.count", l.Plural(len(s.Rows), "agreements.n"), v)) {
			t.Errorf("%s's own count is not shown:\n%s", s.ID, out)
		}
		rows, verified, n = rows+len(s.Rows), verified+v, n+1
	}
	if n < 2 {
		t.Fatalf("%d sections on the merged page", n)
	}
	if sum := l.Tf("agreements.count", l.Plural(rows, "agreements.n"), verified); strings.Contains(out, sum) {
		t.Errorf("a count of every province's agreements together (%q):\n%s", sum, out)
	}
}

// The merged tab keeps to its size at every size, with the selection on
// a predecessor's row and with its detail open.
func TestMergedSizeSweep(t *testing.T) {
	viewtest.MergedSizeSweep(t, func() common.View { return New() })
}
