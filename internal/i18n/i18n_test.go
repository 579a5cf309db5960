package i18n

import (
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/dataset"
)

// TestCatalogComplete: every string exists in both languages.
func TestCatalogComplete(t *testing.T) {
	for k, e := range catalog {
		if strings.TrimSpace(e.vi) == "" || strings.TrimSpace(e.en) == "" {
			t.Errorf("%s: vi %q, en %q: both languages needed", k, e.vi, e.en)
		}
		if strings.Count(e.vi, "%") != strings.Count(e.en, "%") {
			t.Errorf("%s: vi and en have different format verbs: %q / %q", k, e.vi, e.en)
		}
	}
	if got := New(VI).T("no.such.key"); got != "!no.such.key" {
		t.Errorf("missing key shows %q, want it visible as !no.such.key", got)
	}
}

// TestFormats pins the number, unit and date conventions of CONTRIBUTING: House rules.
func TestFormats(t *testing.T) {
	vi, en := New(VI), New(EN)
	cases := []struct {
		got, want string
	}{
		{vi.Pct(dataset.N(13.85, 2)), "13,85 %"},
		{en.Pct(dataset.N(13.85, 2)), "13.85%"},
		{vi.Fig(dataset.N(2720.72, 2), dataset.UnitHa), "2.720,72 ha"},
		{en.Fig(dataset.N(2720.72, 2), dataset.UnitHa), "2,720.72 ha"},
		{vi.Fig(dataset.Num{V: 8.6, Dec: 1, OK: true, Qual: "≈"}, dataset.UnitUSDbn), "≈8,6 tỷ USD"},
		{en.Fig(dataset.N(8.6, 1), dataset.UnitUSDbn), "USD 8.6 bn"},
		{vi.Num(dataset.N(19.3, 1)), "19,3"}, // the source's decimals, never 19,30
		{vi.Signed(dataset.N(-3.32, 2)), "−3,32 %"},
		{en.Signed(dataset.N(17.94, 2)), "+17.94%"},
		{vi.Pct(dataset.Num{}), Gap}, // a gap is a gap, never 0
		{vi.Rank(1, 63), "thứ 1/63"},
		{en.Rank(2, 63), "2nd of 63"},
		{en.Rank(13, 0), "13th"},
		{vi.Date("2023-12-05"), "05/12/2023"},
		{en.Date("2023-12-05"), "5 Dec 2023"},
		{vi.Date("2024-H1"), "6T/2024"},
		{en.Date("2022-04"), "Apr 2022"},
		{en.Date("2024-8M"), "8M 2024"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestParseAndEnv(t *testing.T) {
	if l, err := Parse(" EN "); err != nil || l != EN {
		t.Errorf("Parse(EN) = %v, %v", l, err)
	}
	if _, err := Parse("fr"); err == nil {
		t.Error("Parse(fr) should fail")
	}
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	if FromEnv(env(map[string]string{"LANG": "vi_VN.UTF-8"})) != VI {
		t.Error("LANG=vi_VN should give vi")
	}
	if FromEnv(env(map[string]string{"LC_ALL": "C", "LANG": "vi_VN.UTF-8"})) != EN {
		t.Error("LC_ALL wins over LANG")
	}
	if FromEnv(env(nil)) != EN {
		t.Error("no locale gives en")
	}
}

// An agreement has two separate notions: its status (a "reported" press
// figure is "unverified") and whether an independent source documents it.
// They must not share words, or a row reads "✓ verified" beside "press
// report, unverified". Likewise "Level" beside a partner reads as the
// partner's level: it is the level that signed.
func TestAgreementWordsDoNotClashWithStatus(t *testing.T) {
	keys := []string{"agreements.verified", "agreements.yes", "agreements.no", "agreements.count",
		"plain.agr.count", "plain.agr.yes", "plain.agr.no"}
	for _, lang := range []Lang{VI, EN} {
		l := New(lang)
		for _, k := range keys {
			s := strings.ToLower(l.T(k))
			for _, w := range []string{"verif", "kiểm chứng", "report", "báo chí"} {
				if strings.Contains(s, w) {
					t.Errorf("%s %s = %q uses the status word %q", lang, k, l.T(k), w)
				}
			}
		}
		if lv := l.T("agreements.level"); lv == "Level" || lv == "Cấp" {
			t.Errorf("%s agreements.level = %q: does not say it is the level that signed", lang, lv)
		}
	}
}
