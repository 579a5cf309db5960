package search

import (
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

func bundledIndex(t *testing.T, lang i18n.Lang) *Index {
	t.Helper()
	d := viewtest.Data(t)
	loc := i18n.New(lang)
	var pages []content.Page
	var titles []string
	for _, tab := range content.Default().Tabs() {
		pages, titles = append(pages, tab.Page(content.Single(d), loc)), append(titles, tab.Title(loc))
	}
	return NewIndex(pages, nil, titles, content.Single(d))
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Hàn Quốc": "han quoc", "ĐỒNG PHÚC": "dong phuc", "Quang Châu": "quang chau", "Việt Yên": "viet yen"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// Accent-insensitive names come first: what a planner types on an English
// keyboard finds the row the tab shows.
func TestFindsNamesWithoutAccents(t *testing.T) {
	ix := bundledIndex(t, i18n.VI)
	for _, c := range []struct{ q, section, key string }{
		{"han quoc", "fdi.by_country", "KR"},
		{"han", "fdi.by_country", "KR"},
		{"quang chau", "zones.parks", "Quang Châu"},
		{"VAN TRUNG", "zones.parks", "Vân Trung"},
	} {
		hits := ix.Find(c.q, 0)
		if len(hits) == 0 || hits[0].Section != c.section || hits[0].Key != c.key {
			t.Errorf("%q: first hit %+v, want %s/%s", c.q, first(hits), c.section, c.key)
		}
	}
	if hits := ix.Find("xyzzy", 0); len(hits) != 0 {
		t.Errorf("nonsense matched %+v", hits)
	}
	if hits := ix.Find("   ", 0); hits != nil {
		t.Errorf("a blank query matched %d", len(hits))
	}
	// Source titles are searched too, after the rows.
	hits := ix.Find("vccí", 0)
	if len(hits) == 0 || hits[len(hits)-1].Source == "" {
		t.Errorf("no source hit for the VCCI: %+v", hits)
	}
}

func first(h []Hit) Hit {
	if len(h) == 0 {
		return Hit{}
	}
	return h[0]
}

// A query finds rows where one field holds its words as whole words:
// "han quoc" (Korea) finds no Chinese partner (a34ab89 matched "quoc" of
// Trung Quốc with "han" inside another word), "han" finds no "Thành",
// and a row found by another field than its name says which and what it
// holds ("foxconn" finds parks by their tenants or developer).
func TestFindsWholeWordsAndSaysWhere(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		ix := bundledIndex(t, lang)
		for _, h := range ix.Find("han quoc", 0) {
			if h.Source == "" && !containsFold(h.Label+" "+h.Where, "han quoc") {
				t.Errorf("%s: han quoc found %+v, which shows no Hàn Quốc", lang, h)
			}
		}
		for _, h := range ix.Find("han", 0) {
			if containsFold(h.Label, "thanh") && !containsFold(h.Label, "han ") && h.Source == "" {
				t.Errorf("%s: han found %q inside a word", lang, h.Label)
			}
		}
		hits := ix.Find("foxconn", 0)
		parks := 0
		for _, h := range hits {
			if h.Section != "zones.parks" {
				continue
			}
			parks++
			if !containsFold(h.Where, "foxconn") {
				t.Errorf("%s: foxconn found park %q without saying why: %q", lang, h.Label, h.Where)
			}
		}
		if parks == 0 {
			t.Errorf("%s: foxconn found no park: %+v", lang, hits)
		}
		if got := ix.Find("quoc han", 0); len(got) != 0 && got[0].Key == "CN" {
			t.Errorf("%s: words across fields: %+v", lang, got)
		}
	}
}

func containsFold(s, sub string) bool { return strings.Contains(Fold(s), Fold(sub)) }

// Only the columns content declares searchable are searched: a growth
// figure finds no row of the growth table, whose province column holds
// figures, and a park found by its tenants says the tenants' head.
func TestSearchesDeclaredColumns(t *testing.T) {
	d := viewtest.Data(t)
	loc := i18n.New(i18n.EN)
	ix := bundledIndex(t, i18n.EN)
	var fig string
	for _, tab := range content.Default().Tabs() {
		if s, ok := tab.Page(content.Single(d), loc).Section("growth"); ok {
			for _, r := range s.Rows {
				if c, ok := s.Cell(r, "province"); ok && c.Num.OK {
					fig = c.Text
					break
				}
			}
		}
	}
	if fig == "" {
		t.Fatal("no growth figure in the bundled data")
	}
	for _, h := range ix.Find(fig, 0) {
		if h.Section == "growth" {
			t.Errorf("figure %q found the growth row %+v", fig, h)
		}
	}
	found := false
	for _, h := range ix.Find("foxconn", 0) {
		found = found || strings.HasPrefix(h.Where, loc.T("zones.tenants")+": ")
	}
	if !found {
		t.Errorf("no park found by its tenants under %q: %+v", loc.T("zones.tenants"), ix.Find("foxconn", 0))
	}
}
