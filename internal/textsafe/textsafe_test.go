package textsafe

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The sequences an adversarial dataset used: clipboard write, hyperlink,
// DCS, C1 CSI, full reset, leaving the alternate screen, bidi override.
var attacks = []string{
	"Bắc\x1b]52;c;aGVsbG8=\aGiang",
	"\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",
	"a\x1bP1$r0m\x1b\\b",
	"a\u009b31mb",
	"a\u009d52;c;eA==\u009cb",
	"a\x1bcb",
	"a\x1b[?1049lb",
	"a\u202egnp.exe",
	"a\x1b]52;c;unterminated",
	"a\xc2b\x9bc", // invalid UTF-8 with a raw CSI byte
	"a\rb\bc\x00d\x7fe",
}

// unsafe reports a rune or byte a terminal could act on.
func unsafe(s string) (rune, bool) {
	for i, r := range s {
		if r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			return rune(s[i]), true
		}
		if r != '\n' && r != '\t' && (r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f || classify(r) == Bidi) {
			return r, true
		}
	}
	return 0, false
}

func TestCleanRemovesSequences(t *testing.T) {
	for _, s := range attacks {
		got := Clean(s)
		if r, bad := unsafe(got); bad {
			t.Errorf("Clean(%q) = %q still holds %U", s, got, r)
		}
		if strings.Contains(got, "52;c") || strings.Contains(got, "evil") || strings.Contains(got, "1049") {
			t.Errorf("Clean(%q) = %q keeps a sequence's payload", s, got)
		}
	}
	if got := Clean("Bắc\x1b]52;c;aGVsbG8=\aGiang"); got != "BắcGiang" {
		t.Errorf("got %q", got)
	}
	if got := Clean("a\x1b[31mred\x1b[0m"); got != "ared" {
		t.Errorf("Clean keeps SGR from data: %q", got)
	}
}

func TestCleanKeepsText(t *testing.T) {
	for _, s := range []string{"", "Bắc Giang", "13,85 %\tx\ny", "“Hàn Quốc” — 2.720,72 ha", "क्\u200dष", "👍"} {
		if got := Clean(s); got != s {
			t.Errorf("Clean(%q) = %q", s, got)
		}
	}
	s := "Bắc Giang"
	if n := testing.AllocsPerRun(100, func() { _ = Clean(s) }); n != 0 {
		t.Errorf("Clean of clean text allocates %v times", n)
	}
}

func TestKeepStyle(t *testing.T) {
	styled := "\x1b[1mBắc Giang\x1b[m\n\x1b[38;5;2m13,85 %\x1b[m"
	if got := KeepStyle(styled); got != styled {
		t.Errorf("KeepStyle changed a clean frame: %q", got)
	}
	if n := testing.AllocsPerRun(100, func() { _ = KeepStyle(styled) }); n != 0 {
		t.Errorf("KeepStyle of a clean frame allocates %v times", n)
	}
	frame := "\x1b[1;38;2;1:2:3mBold\x1b[m " + strings.Join(attacks, "\n")
	got := KeepStyle(frame)
	if !strings.HasPrefix(got, "\x1b[1;38;2;1:2:3mBold\x1b[m ") {
		t.Errorf("styling lost: %q", got)
	}
	for _, bad := range []string{"\x1b]", "\x1bP", "\x1bc", "\x1b[?", "\u009b", "\u009d", "\u202e", "\a", "\r"} {
		if strings.Contains(got, bad) {
			t.Errorf("KeepStyle left %q in %q", bad, got)
		}
	}
	if n, m := strings.Count(frame, "\n"), strings.Count(got, "\n"); n != m {
		t.Errorf("lines: %d before, %d after: %q", n, m, got)
	}
}

func TestFind(t *testing.T) {
	cases := []struct {
		s        string
		allowTab bool
		at       int
		kind     Kind
	}{
		{"Bắc Giang", false, -1, 0},
		{"Bắc\x1b]52", false, 5, Control},
		{"a\u009bb", false, 1, Control},
		{"a\tb", false, 1, Control},
		{"a\tb", true, -1, 0},
		{"a\nb", true, 1, Control},
		{"ab\u202e", false, 2, Bidi},
		{"\u2066x\u2069", false, 0, Bidi},
		{"a\u200bb", false, 1, Invisible},
		{"\ufeffa", false, 0, Invisible},
		{"a\u2060b", false, 1, Invisible},
		{"a\u200db", false, 1, Invisible},        // Latin needs no joiner
		{"क्\u200dष", false, -1, 0},              // Devanagari: ZWJ between a virama and a letter
		{"می\u200cخواهم", false, -1, 0},          // Persian: ZWNJ between letters
		{"\u200cخ", false, 0, Invisible},         // nothing before it
		{"a\xffb", false, 1, Control},            // invalid UTF-8
		{"tag\U000E0041", false, 3, Invisible},   // tag characters hide text
		{"line\u2028sep", false, 4, Control},     // a line break in disguise
		{"nbsp\u00a0ok", false, -1, 0},           // no-break space is text
		{"soft\u00adhyphen", false, -1, 0},       // so is a soft hyphen
		{"emoji 👨\u200d👩", false, 10, Invisible}, // not a script that needs it
	}
	for _, c := range cases {
		at, r, kind := Find(c.s, c.allowTab)
		if at != c.at || kind != c.kind {
			t.Errorf("Find(%q) = %d %U %v, want %d %v", c.s, at, r, kind, c.at, c.kind)
		}
	}
}

func TestDescribe(t *testing.T) {
	for r, want := range map[rune]string{0x1b: "U+001B ESC", 0x9b: "U+009B CSI", 0x202e: "U+202E RLO", 0xa0: "U+00A0"} {
		if got := Describe(r); got != want {
			t.Errorf("Describe(%U) = %q, want %q", r, got, want)
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range attacks {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Clean(s)
		if r, bad := unsafe(got); bad {
			t.Fatalf("Clean(%q) = %q holds %U", s, got, r)
		}
		if Clean(got) != got {
			t.Fatalf("Clean is not idempotent on %q", s)
		}
		k := KeepStyle(s)
		for i := 0; i < len(k); i++ {
			if k[i] == 0x1b {
				n, sgr := escape(k[i:])
				if !sgr {
					t.Fatalf("KeepStyle(%q) = %q keeps a non-SGR sequence", s, k)
				}
				i += n - 1
			}
		}
	})
}

// A frame keeps the hyperlinks of the dataset's own source addresses and
// removes any other, whatever made it.
func TestKeepStyleLinks(t *testing.T) {
	ours := "https://dantri.com.vn/a"
	link := func(uri string) bool { return uri == ours }
	good := "\x1b]8;;" + ours + "\x1b\\[16]\x1b]8;;\x1b\\"
	if got := KeepStyleLinks("x "+good, link); got != "x "+good {
		t.Errorf("a source's link was changed: %q", got)
	}
	evil := "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\"
	// The closing "ESC ] 8 ; ; ST" (no address) may stay: it ends a link.
	if got := KeepStyleLinks(evil, link); strings.Contains(got, "evil") || !strings.HasPrefix(got, "click") {
		t.Errorf("a link to another address survived: %q", got)
	}
	if got := KeepStyleLinks("\x1b]52;c;aGk=\x07x", link); got != "x" {
		t.Errorf("OSC 52 survived: %q", got)
	}
	if got := KeepStyle(good); strings.Contains(got, "\x1b]") {
		t.Errorf("KeepStyle kept a link: %q", got)
	}
}
