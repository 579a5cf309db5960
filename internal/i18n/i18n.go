// Package i18n holds the Vietnamese and English strings of the dashboard and
// formats numbers, figures and dates the way each language writes them.
//
// Vietnamese is the default: the province's own planners are the first
// users, and "2.720,72 ha" is how they read an area. Number formatting uses
// golang.org/x/text so grouping and decimal marks follow CLDR.
package i18n

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/number"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/textsafe"
)

// Lang is a supported language.
type Lang string

// Supported languages.
const (
	VI Lang = "vi"
	EN Lang = "en"
)

// Parse accepts "vi" or "en" (case-insensitive).
func Parse(s string) (Lang, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "vi":
		return VI, nil
	case "en":
		return EN, nil
	}
	return "", fmt.Errorf("unknown language %q: use vi or en", s)
}

// FromEnv picks the language from LC_ALL, then LANG: Vietnamese when the
// locale starts with "vi", English otherwise. getenv is os.Getenv or, over
// SSH, the session's environment.
func FromEnv(getenv func(string) string) Lang {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "vi") {
				return VI
			}
			return EN
		}
	}
	return EN
}

// Locale formats for one language. It is immutable after New and safe to
// share between goroutines as long as callers do not mutate it.
type Locale struct {
	Lang Lang
	tag  language.Tag
}

// New returns the Locale for lang.
func New(lang Lang) *Locale {
	tag := language.English
	if lang == VI {
		tag = language.Vietnamese
	} else {
		lang = EN
	}
	return &Locale{Lang: lang, tag: tag}
}

// figure is what x/text's number formatter writes a figure into: the
// locale's language and no width, precision or flags. Formatting through
// it rather than message.Printer.Sprint skips building a printer and a
// catalogue lookup for every number: 40 % of each figure's cost, and a
// dashboard formats thousands of figures on start.
type figure struct {
	strings.Builder
	tag language.Tag
}

func (f *figure) Width() (int, bool)     { return 0, false }
func (f *figure) Precision() (int, bool) { return 0, false }
func (f *figure) Flag(int) bool          { return false }
func (f *figure) Language() language.Tag { return f.tag }

// Gap is printed where a figure is missing. Never 0.
const Gap = "—"

// T returns the string for a key the code names literally. An unknown key
// is returned as "!key" so that a missing translation is visible in goldens
// and caught by the tests that sweep every screen for "!"; keys built from
// data (a stage, a level, a definition) go through Lookup instead, which
// lets the caller fall back to the data's own id.
func (l *Locale) T(key string) string {
	if s, ok := l.Lookup(key); ok {
		return s
	}
	return "!" + key
}

// Lookup returns the string for key in this language, ok false when the
// catalogue has no such key.
func (l *Locale) Lookup(key string) (string, bool) {
	e, ok := catalog[key]
	if !ok {
		return "", false
	}
	if l.Lang == VI {
		return e.vi, true
	}
	return e.en, true
}

// Tf is T followed by fmt.Sprintf.
// List joins names as a sentence does: "A và B", "A, B và C" /
// "A and B", "A, B and C".
func (l *Locale) List(names []string) string {
	and := " and "
	if l.Lang == VI {
		and = " và "
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + and + names[len(names)-1]
}

func (l *Locale) Tf(key string, args ...any) string {
	return fmt.Sprintf(l.T(key), args...)
}

// Pick returns vi or en. For text that comes with data (dataset.Text).
//
// Every dataset text reaches the screen, the plain text, the report and
// the window title through here, so it is cleaned here of anything a
// terminal would act on (textsafe.Clean): Load refuses such text, but a
// dataset built in Go, or by a future loader, has not been through it.
// Clean costs nothing on text that is already clean.
func (l *Locale) Pick(t dataset.Text) string { return textsafe.Clean(t.In(string(l.Lang))) }

// Num formats n with the decimals its source used, or Gap when missing.
func (l *Locale) Num(n dataset.Num) string {
	if !n.OK {
		return Gap
	}
	if n.Qual != "" {
		return n.Qual + l.Float(n.V, n.Dec)
	}
	return l.Float(n.V, n.Dec)
}

// Float formats v with dec decimals, grouping thousands; negative numbers use
// a true minus sign (U+2212) so they line up and read well on a projector.
func (l *Locale) Float(v float64, dec int) string {
	if dec < 0 {
		dec = 0
	}
	neg := v < 0
	if neg {
		v = -v
	}
	f := figure{tag: l.tag}
	if neg {
		f.WriteString("−")
	}
	number.Decimal(v, number.Scale(dec)).Format(&f, 'v')
	return f.String()
}

// Int formats an integer with grouping.
func (l *Locale) Int(v int) string { return l.Float(float64(v), 0) }

// Pct formats a percentage: "13,85 %" in Vietnamese, "13.85%" in English.
func (l *Locale) Pct(n dataset.Num) string {
	if !n.OK {
		return Gap
	}
	if l.Lang == VI {
		return l.Num(n) + " %"
	}
	return l.Num(n) + "%"
}

// Signed is Pct with an explicit plus sign for growth figures.
func (l *Locale) Signed(n dataset.Num) string {
	if !n.OK {
		return Gap
	}
	s := l.Pct(n)
	if n.V > 0 && n.Qual == "" {
		s = "+" + s
	}
	return s
}

// Fig formats n in unit: "8,6 tỷ USD" / "USD 8.6 bn", "2.720,72 ha",
// "459,38 triệu USD" / "USD 459.38 m", "207.000 tỷ đồng" / "VND 207,000 bn".
//
// A qualifier stands before the whole figure, unit included ("≈USD 8.65
// bn", ">2,14 tỷ USD"): it qualifies the amount, and in English the unit
// comes first.
func (l *Locale) Fig(n dataset.Num, unit string) string {
	if !n.OK {
		return Gap
	}
	if n.Qual != "" && unit != "" && unit != dataset.UnitPercent {
		q := n.Qual
		n.Qual = ""
		return q + l.Fig(n, unit)
	}
	v := l.Num(n)
	vi := l.Lang == VI
	switch unit {
	case dataset.UnitPercent:
		return l.Pct(n)
	case dataset.UnitUSDbn:
		if vi {
			return v + " tỷ USD"
		}
		return "USD " + v + " bn"
	case dataset.UnitUSDm:
		if vi {
			return v + " triệu USD"
		}
		return "USD " + v + " m"
	case dataset.UnitUSD:
		if vi {
			return v + " USD"
		}
		return "USD " + v
	case dataset.UnitVNDbn:
		if vi {
			return v + " tỷ đồng"
		}
		return "VND " + v + " bn"
	case dataset.UnitHa:
		return v + " ha"
	case dataset.UnitKm2:
		return v + " km²"
	case dataset.UnitPeople:
		if vi {
			return v + " người"
		}
		return v + " people"
	case dataset.UnitScore:
		if vi {
			return v + " điểm"
		}
		return v + " pts"
	}
	return v
}

// Rank formats a national rank: "thứ 1/63" / "1st of 63".
func (l *Locale) Rank(rank, of int) string {
	if rank <= 0 {
		return ""
	}
	if l.Lang == VI {
		if of > 0 {
			return fmt.Sprintf("thứ %d/%d", rank, of)
		}
		return fmt.Sprintf("thứ %d", rank)
	}
	if of > 0 {
		return fmt.Sprintf("%s of %d", Ordinal(rank), of)
	}
	return Ordinal(rank)
}

// Ordinal is 1st, 2nd, 3rd, 4th... (English).
func Ordinal(n int) string {
	suf := "th"
	switch n % 100 {
	case 11, 12, 13:
	default:
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return fmt.Sprintf("%d%s", n, suf)
}

// Status names a status in full: "ước tính" / "estimate".
// A row without a status has "—"; a status the catalogue does not know is
// shown as written.
func (l *Locale) Status(s dataset.Status) string {
	if s == "" {
		return Gap
	}
	if t, ok := l.Lookup("status." + string(s)); ok {
		return t
	}
	return string(s)
}

// Mark is the short mark placed after a figure: "" for official figures,
// "~" for estimates and preliminary figures, "▸" for plans and "?" for press
// reports not confirmed elsewhere. The legend explains them; the mark keeps
// meaning off colour alone.
func Mark(s dataset.Status) string {
	switch s {
	case dataset.Estimate, dataset.Preliminary:
		return "~"
	case dataset.Plan:
		return "▸"
	case dataset.Computed:
		return "ƒ"
	case dataset.Reported:
		return "?"
	}
	return ""
}

// Date formats an ISO date or period: "2023-12-05" → "05/12/2023" (vi) or
// "5 Dec 2023" (en); "2024-H1" → "6T/2024" / "H1 2024"; "2024-8M" →
// "8T/2024" / "8M 2024"; "2024-03" → "03/2024" / "Mar 2024"; "2024" stays.
// Text that is not a date is returned as it is, cleaned like Pick's.
func (l *Locale) Date(iso string) string { return textsafe.Clean(l.date(iso)) }

func (l *Locale) date(iso string) string {
	if iso == "" {
		return Gap
	}
	vi := l.Lang == VI
	parts := strings.Split(iso, "-")
	switch len(parts) {
	case 1:
		return iso
	case 2:
		y, p := parts[0], parts[1]
		switch {
		case p == "H1":
			if vi {
				return "6T/" + y
			}
			return "H1 " + y
		case p == "H2":
			if vi {
				return "6T cuối/" + y
			}
			return "H2 " + y
		case len(p) == 2 && p[0] == 'Q':
			if vi {
				return "Q" + p[1:] + "/" + y
			}
			return p + " " + y
		case strings.HasSuffix(p, "M"):
			if vi {
				return strings.TrimSuffix(p, "M") + "T/" + y
			}
			return p + " " + y
		case len(p) == 2:
			if vi {
				return p + "/" + y
			}
			return monthEN(p) + " " + y
		}
	case 3:
		y, m, d := parts[0], parts[1], parts[2]
		if vi {
			return d + "/" + m + "/" + y
		}
		return strings.TrimPrefix(d, "0") + " " + monthEN(m) + " " + y
	}
	return iso
}

// DateLong is Date with periods written out, for screens wide enough
// (the short forms are in the glossary): "2018-7M" → "7 tháng đầu năm
// 2018" / "Jan–Jul 2018"; "2025-H1" → "6 tháng đầu năm 2025" / "first
// half of 2025"; "2025-H2" → "6 tháng cuối năm 2025" / "second half of
// 2025"; "2025-Q2" → "quý 2 năm 2025" / "second quarter of 2025";
// "2024-03" → "tháng 3 năm 2024" / "March 2024". Days and years are as
// Date writes them, and so is anything else.
func (l *Locale) DateLong(iso string) string { return textsafe.Clean(l.dateLong(iso)) }

func (l *Locale) dateLong(iso string) string {
	parts := strings.Split(iso, "-")
	if len(parts) != 2 {
		return l.date(iso)
	}
	vi := l.Lang == VI
	y, p := parts[0], parts[1]
	num := func(s string) int { // 0 unless s is a number
		n, err := strconv.Atoi(s)
		if err != nil || s == "" || s[0] < '0' || s[0] > '9' {
			return 0
		}
		return n
	}
	ordinals := [...]string{"first", "second", "third", "fourth"}
	switch {
	case p == "H1" && vi:
		return "6 tháng đầu năm " + y
	case p == "H1":
		return "first half of " + y
	case p == "H2" && vi:
		return "6 tháng cuối năm " + y
	case p == "H2":
		return "second half of " + y
	case len(p) == 2 && p[0] == 'Q' && num(p[1:]) >= 1 && num(p[1:]) <= 4:
		n := num(p[1:])
		if vi {
			return "quý " + strconv.Itoa(n) + " năm " + y
		}
		return ordinals[n-1] + " quarter of " + y
	case strings.HasSuffix(p, "M") && num(strings.TrimSuffix(p, "M")) >= 1 && num(strings.TrimSuffix(p, "M")) <= 12:
		n := num(strings.TrimSuffix(p, "M"))
		if vi {
			return strconv.Itoa(n) + " tháng đầu năm " + y
		}
		if n == 1 {
			return "Jan " + y
		}
		return "Jan–" + monthEN(strconv.Itoa(n)) + " " + y
	case len(p) == 2 && num(p) >= 1 && num(p) <= 12:
		n := num(p)
		if vi {
			return "tháng " + strconv.Itoa(n) + " năm " + y
		}
		return monthLongEN(n) + " " + y
	}
	return l.date(iso)
}

// AsOf is "data as of DATE" ("số liệu đến DATE") for a date or period as
// Date or DateLong writes it, the period read inside the sentence
// (InSentence).
func (l *Locale) AsOf(date string) string { return l.T("app.asof") + " " + l.InSentence(date) }

// InSentence is a date or period as Date or DateLong writes it, as it
// reads after a preposition: in English a half or a quarter written out
// takes "the" ("as of the second quarter of 2025"), which a table cell
// showing the period alone does not; anything else, and Vietnamese, is
// unchanged.
func (l *Locale) InSentence(date string) string {
	if l.Lang != EN {
		return date
	}
	f := strings.Fields(date)
	if len(f) == 4 && slices.Contains([]string{"first", "second", "third", "fourth"}, f[0]) &&
		(f[1] == "half" || f[1] == "quarter") && f[2] == "of" {
		return "the " + date
	}
	return date
}

// monthLongEN is the English name of month m (1–12).
func monthLongEN(m int) string {
	names := [...]string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
	return names[m-1]
}

func monthEN(m string) string {
	names := [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	var i int
	if _, err := fmt.Sscanf(m, "%d", &i); err != nil || i < 1 || i > 12 {
		return m
	}
	return names[i-1]
}

// Glossary lists the glossary's keys in the order they are shown.
func Glossary() []string {
	return []string{"glossary.grdp", "glossary.gdp", "glossary.pci", "glossary.fdi", "glossary.kcn",
		"glossary.sectors", "glossary.bodies", "glossary.periods", "glossary.marks"}
}
