package fdi

import (
	"regexp"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/i18n"
)

// shortPeriod matches the short forms of a period: "7M 2018", "H1 2025"
// (en), "7T/2018", "6T cuối/2017" (vi).
var shortPeriod = regexp.MustCompile(`\b\d+M \d{4}\b|\bH[12] \d{4}\b|\b\d+T(?: cuối)?/\d{4}\b`)

// TestPeriodsWrittenOut: from 120 columns the FDI tab writes its periods
// out on the chart and table faces ("Jan–Jul 2018", "7 tháng đầu năm
// 2018"); narrower screens keep the short forms ("7M 2018", "7T/2018"),
// which the glossary explains. a34ab89 wrote "7M 2018" at every width.
func TestPeriodsWrittenOut(t *testing.T) {
	long := map[i18n.Lang]*regexp.Regexp{
		i18n.EN: regexp.MustCompile(`Jan–[A-Z][a-z]{2} \d{4}`),
		i18n.VI: regexp.MustCompile(`\d+ tháng đầu năm \d{4}`),
	}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, size := range [][2]int{{80, 60}, {120, 60}, {200, 60}} {
			m := newModel(t, lang, size[0], size[1])
			for _, face := range []string{"chart", "table"} {
				out := plain(m)
				if size[0] < 120 {
					if !shortPeriod.MatchString(out) {
						t.Errorf("%s %v %s: no short period at this width", lang, size, face)
					}
				} else {
					if s := shortPeriod.FindString(out); s != "" {
						t.Errorf("%s %v %s: %q is not written out:\n%s", lang, size, face, s, out)
					}
					if !long[lang].MatchString(out) {
						t.Errorf("%s %v %s: no period written out:\n%s", lang, size, face, out)
					}
				}
				press(m, "v")
			}
		}
	}
}

// TestAsOfWrittenOut: from 120 columns every period the FDI tab shows is
// the content cell's long form (content.Page.Long), the country table's
// "as of" column too ("April 2022", "tháng 4 năm 2022"), whole; narrower
// screens keep "Apr 2022", "04/2022". The tab once wrote out only its
// period column, by a rewrite of its own.
func TestAsOfWrittenOut(t *testing.T) {
	short := map[i18n.Lang]string{i18n.EN: "Apr 2022", i18n.VI: "04/2022"}
	long := map[i18n.Lang]string{i18n.EN: "April 2022", i18n.VI: "tháng 4 năm 2022"}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, size := range [][2]int{{100, 60}, {120, 60}, {200, 60}} {
			m := newModel(t, lang, size[0], size[1])
			press(m, "v") // the table face
			out := plain(m)
			want, not := long[lang], short[lang]
			if size[0] < 120 {
				want, not = not, want
			}
			if !strings.Contains(out, want) || strings.Contains(out, not) {
				t.Errorf("%s %v: want %q and no %q in the as-of column:\n%s", lang, size, want, not, out)
			}
		}
	}
}
