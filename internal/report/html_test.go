package report

import (
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
)

// collection is the bundled collection with its scopes, one per province.
func collection(t *testing.T) ([]*dataset.Dataset, []*content.Scope) {
	t.Helper()
	sets := datasettest.BundledSets(t)
	var scopes []*content.Scope
	for _, d := range content.Provinces(sets) {
		scopes = append(scopes, content.NewScope(sets, d))
	}
	if len(scopes) < 3 {
		t.Fatalf("%d provinces in the bundled collection", len(scopes))
	}
	return sets, scopes
}

var (
	tagRE  = regexp.MustCompile(`<[^>]*>`)
	attrRE = regexp.MustCompile(`(?i)\s(src|href|xlink:href|action|formaction|poster|data)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)`)
	onRE   = regexp.MustCompile(`(?i)<[^>]*\son[a-z]+\s*=`)
	spaceR = regexp.MustCompile(`\s+`)
)

// visible is the text a reader sees: tags dropped, entities decoded,
// runs of white space one space.
func visible(doc string) string {
	text := strings.ReplaceAll(html.UnescapeString(tagRE.ReplaceAllString(doc, " ")), "\u00a0", " ")
	return spaceR.ReplaceAllString(text, " ")
}

// attrs lists the address attributes of the document's tags (name,
// quoted value).
func attrs(doc string) [][]string {
	var out [][]string
	for _, tag := range tagRE.FindAllString(doc, -1) {
		out = append(out, attrRE.FindAllStringSubmatch(tag, -1)...)
	}
	return out
}

// has reports whether the visible text holds s, white space as one space.
func has(text, s string) bool {
	return strings.Contains(text, spaceR.ReplaceAllString(s, " "))
}

// The briefing of every bundled province, in both languages, says every
// headline figure as the screen formats it, every tab and section title,
// every source under its number, the ƒ figures with their method lines,
// and loads nothing: no script, no handler, no address but the sources'.
func TestHTMLBriefing(t *testing.T) {
	_, scopes := collection(t)
	merged := 0
	for _, sc := range scopes {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			loc := i18n.New(lang)
			name := sc.D.ID + " " + string(lang)
			doc, err := HTML(sc, loc)
			if err != nil {
				t.Fatal(err)
			}
			text := visible(doc)
			if !strings.HasPrefix(doc, "<!DOCTYPE html>") || !strings.Contains(doc, `<html lang="`+string(lang)+`">`) {
				t.Errorf("%s: not an HTML document in its language", name)
			}
			for _, want := range []string{loc.Pick(sc.D.Name), loc.Date(sc.D.AsOf)} {
				if !has(text, want) {
					t.Errorf("%s: lacks %q", name, want)
				}
			}
			var pages []content.Page
			for _, tab := range content.Default().Tabs() {
				pages = append(pages, tab.Page(sc, loc).Long()) // as the briefing writes it
			}
			hs, ok := pages[0].Section("headlines")
			if !ok || len(hs.Rows) == 0 {
				t.Fatalf("%s: no headline figures", name)
			}
			// The summary comes before the first tab, every figure in it.
			summary, _, _ := strings.Cut(doc, `<section class="tab"`)
			for _, r := range hs.Rows {
				c, _ := hs.Cell(r, "value")
				if !has(visible(summary), c.String()) {
					t.Errorf("%s: the summary lacks headline %s %q", name, r.Key, c.String())
				}
			}
			for _, p := range pages {
				if !has(text, p.Title) {
					t.Errorf("%s: lacks tab title %q", name, p.Title)
				}
				for _, s := range p.Sections {
					if !has(text, s.Title) {
						t.Errorf("%s: lacks section title %q", name, s.Title)
					}
					if n := strings.Count(doc, `id="sec-`+html.EscapeString(s.ID)+`"`); s.ID != "headlines" && n != 1 {
						t.Errorf("%s: section %s printed %d times", name, s.ID, n)
					}
				}
			}
			var urls []string
			for i, s := range sc.Sources() {
				if !has(text, "["+strconv.Itoa(i+1)+"] "+s.Title) {
					t.Errorf("%s: source [%d] %q not listed under its number", name, i+1, s.Title)
				}
				if s.URL != "" {
					urls = append(urls, s.URL)
				}
			}
			// Nothing runs and nothing is fetched.
			low := strings.ToLower(doc)
			for _, bad := range []string{"<script", "<iframe", "<img", "<object", "<embed", "<link", "@import", "url(", "javascript:"} {
				if strings.Contains(low, bad) {
					t.Errorf("%s: contains %q", name, bad)
				}
			}
			if m := onRE.FindString(doc); m != "" {
				t.Errorf("%s: an event handler: %s", name, m)
			}
			for _, m := range attrs(doc) {
				v := html.UnescapeString(strings.Trim(m[2], `"'`))
				switch {
				case strings.EqualFold(m[1], "href") && strings.HasPrefix(v, "#"):
				case strings.EqualFold(m[1], "href") && slices.Contains(urls, v) && httpURL(v):
				default:
					t.Errorf("%s: %s=%q is neither a fragment nor a source's http(s) address", name, m[1], v)
				}
			}
			if !strings.Contains(doc, `<svg viewBox=`) {
				t.Errorf("%s: no chart", name)
			}
			// A merged province's targets: the computed figures with
			// their mark and the way each was worked out.
			if len(sc.Pred) == 0 {
				continue
			}
			merged++
			ts, ok := pages[len(pages)-1].Section("targets")
			if !ok {
				t.Fatalf("%s: no targets section", name)
			}
			methods := 0
			for _, r := range ts.Rows {
				gap, _ := ts.Cell(r, "gap")
				if gap.Mark == i18n.Mark(dataset.Computed) && !has(text, gap.String()) {
					t.Errorf("%s: lacks computed %q", name, gap.String())
				}
				_, method := splitMethod(loc, r.Note)
				for _, m := range method {
					methods++
					if !has(text, m) {
						t.Errorf("%s: lacks method line %q", name, m)
					}
				}
			}
			if methods == 0 || !strings.Contains(doc, "ƒ") || !has(text, hphrase("method")[langIndex(lang)]) {
				t.Errorf("%s: the targets carry no ƒ method line", name)
			}
		}
	}
	if merged == 0 {
		t.Error("no merged province in the bundled collection")
	}
}

// Every chart named in the briefing's design is there for the merged
// province: growth lines with its predecessors' series and Vietnam's, FDI
// by country, the latest nationwide ranking with the province marked, and
// the targets against their results.
func TestHTMLCharts(t *testing.T) {
	sets, _ := collection(t)
	d := content.Current(sets)
	sc := content.NewScope(sets, d)
	loc := i18n.New(i18n.EN)
	doc, err := HTML(sc, loc)
	if err != nil {
		t.Fatal(err)
	}
	growth, _, _ := strings.Cut(doc[strings.Index(doc, `id="sec-growth"`):], "</figure>")
	for _, s := range append([]*dataset.Dataset{d}, sc.Pred...) {
		if !strings.Contains(growth, "<li><svg") || !strings.Contains(growth, ">"+html.EscapeString(loc.Pick(s.Name))+"</li>") {
			t.Errorf("growth chart: no series named %s", loc.Pick(s.Name))
		}
	}
	if !strings.Contains(growth, "Vietnam") || !strings.Contains(growth, "<polyline") || !strings.Contains(growth, `fill="#ffffff"`) {
		t.Error("growth chart: no Vietnam series, no line or no hollow (estimate) point")
	}
	for _, id := range []string{"fdi.by_country@", "targets\"", content.NationalPrefix + "grdp_growth."} {
		i := strings.Index(doc, `id="sec-`+id)
		if i < 0 {
			t.Errorf("no section %s", id)
			continue
		}
		body, _, _ := strings.Cut(doc[i:], "</section>")
		if !strings.Contains(body, "<figure class=\"chart\"><svg") {
			t.Errorf("section %s has no chart", id)
		}
	}
	// The ranking marks the province shown in bold.
	i := strings.Index(doc, `id="sec-`+content.NationalPrefix+"grdp_growth.")
	body, _, _ := strings.Cut(doc[i:], "</figure>")
	if !strings.Contains(body, `font-weight="700" fill="`+inkColor+`">`) || !strings.Contains(body, "◀") {
		t.Error("ranking chart: the province shown is not marked")
	}
}

// Data strings are escaped and only an http(s) address becomes a link:
// a hostile dataset's markup, its javascript: address and its terminal
// escapes all reach the page as inert text.
func TestHTMLHostile(t *testing.T) {
	sets, _ := collection(t)
	base, _ := dataset.Find(sets, "bac-giang")
	h := datasettest.Hostile(base)
	x := *h
	tag := `<script>alert(1)</script>`
	x.Name = dataset.Text{VI: tag, EN: tag}
	x.Sources = slices.Clone(h.Sources)
	x.Sources[0].URL = "javascript:alert(1)"
	x.Sources[1].URL = " JaVaScRiPt:alert(2)"
	x.Sources[2].URL = "https://example.org/\"><img src=x onerror=alert(3)>"
	x.Sources[3].Title = `"><img src=x onerror=alert(4)>`
	x.Headline = slices.Clone(h.Headline)
	x.Headline[0].Label = dataset.Text{VI: "</table><b>", EN: "</table><b>"}
	x.BuildIndex()
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		doc, err := HTML(content.Single(&x), i18n.New(lang))
		if err != nil {
			t.Fatal(err)
		}
		if bad := datasettest.Unsafe(doc, false); bad != "" {
			t.Errorf("%s: %s", lang, bad)
		}
		low := strings.ToLower(doc)
		for _, bad := range []string{"<script", "<img", "</table><b>", `href="javascript`, `href=" javascript`, "onerror=alert(3)>"} {
			if strings.Contains(low, bad) {
				t.Errorf("%s: hostile markup %q reached the page", lang, bad)
			}
		}
		for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "javascript:alert(1)", "&#34;&gt;&lt;img src=x onerror=alert(4)&gt;", "&lt;/table&gt;&lt;b&gt;"} {
			if !strings.Contains(doc, want) {
				t.Errorf("%s: lacks the escaped %q", lang, want)
			}
		}
		for _, m := range attrs(doc) {
			if v := html.UnescapeString(strings.Trim(m[2], `"'`)); !strings.HasPrefix(v, "#") && !httpURL(v) {
				t.Errorf("%s: %s=%q", lang, m[1], v)
			}
		}
	}
	if _, err := HTML(nil, i18n.New(i18n.EN)); err == nil {
		t.Error("no scope: no error")
	}
}

func TestHTTPURL(t *testing.T) {
	for u, want := range map[string]bool{
		"https://www.gso.gov.vn/a?b=1#c": true, "http://example.org": true,
		"javascript:alert(1)": false, "JAVASCRIPT:alert(1)": false, "data:text/html,x": false,
		"//example.org/x": false, "/local": false, "https:///x": false, "https://a b.org": false,
		"https://example.org/\x1b]8;;x": false, "vbscript:x": false, "": false, "https://ex.org/\"x": false,
	} {
		if got := httpURL(u); got != want {
			t.Errorf("httpURL(%q) = %v", u, got)
		}
	}
}

// Sources are grouped by kind when they say one, each under its own
// number; without kinds they are one list.
func TestGroupKinds(t *testing.T) {
	if g := groupKinds([]string{"", "", ""}); len(g) != 1 || g[0].kind != "" || len(g[0].idx) != 3 {
		t.Errorf("no kinds: %+v", g)
	}
	g := groupKinds([]string{"press", "statistics", "", "blog", "press"})
	want := []sourceGroup{{"statistics", []int{1}}, {"press", []int{0, 4}}, {"other", []int{2}}, {"blog", []int{3}}}
	if len(g) != len(want) {
		t.Fatalf("groups %+v", g)
	}
	for i := range want {
		if g[i].kind != want[i].kind || !slices.Equal(g[i].idx, want[i].idx) {
			t.Errorf("group %d = %+v, want %+v", i, g[i], want[i])
		}
	}
	_, scopes := collection(t)
	list := scopes[0].Sources()
	n := 0
	for _, g := range groupSources(list) {
		n += len(g.idx)
	}
	if n != len(list) {
		t.Errorf("%d of %d sources grouped", n, len(list))
	}
}

// TestHTMLPeriodsWrittenOut: the briefing writes periods out ("first half
// of 2025", "Jan–Oct 2021", "6 tháng đầu năm 2025") as a wide screen
// does: its reader has no glossary beside it. No short form ("H1 2025",
// "10M 2021", "Q2 2025", "6T/2025", "Q2/2025") is left in its text.
func TestHTMLPeriodsWrittenOut(t *testing.T) {
	sets, _ := collection(t)
	short := regexp.MustCompile(`\bH[12] \d{4}|\bQ[1-4] \d{4}|\b\d{1,2}M \d{4}|\b\d{1,2}T(?: cuối)?/\d{4}|\bQ[1-4]/\d{4}`)
	tags := regexp.MustCompile(`<[^>]*>`)
	for _, d := range sets {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			doc, err := HTML(content.NewScope(sets, d), i18n.New(lang))
			if err != nil {
				t.Fatal(err)
			}
			if got := short.FindAllString(tags.ReplaceAllString(doc, " "), 5); len(got) > 0 {
				t.Errorf("%s %s: short periods in the briefing: %q", d.ID, lang, got)
			}
		}
	}
}
