package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/pflag"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dashflags"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
)

// Issue 20, item 3: a Vietnamese session's errors are Vietnamese, the
// flag parser's and the argument checks' included, whatever the order of
// the flags; the English ones stay English.
func TestUsageErrorsInTheUsersLanguage(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--lang", "vi", "--year", "1999"}, "lỗi: không có số liệu năm 1999: bộ dữ liệu có số liệu từ "},
		{[]string{"--lang", "vi", "--face", "x"}, `lỗi: --face "x" không hợp lệ: dùng một trong chart, table, sources` + "\n"},
		{[]string{"--lang", "vi", "--bogus"}, "lỗi: không có tùy chọn --bogus\nxem: provdash --help\n"},
		{[]string{"--bogus", "--lang", "vi"}, "lỗi: không có tùy chọn --bogus\nxem: provdash --help\n"},
		{[]string{"init", "--lang", "vi"}, "lỗi: provdash init cần đúng một ĐƯỜNG_DẪN (có 0)\nxem: provdash init --help\n"},
		{[]string{"validate", "--lang", "vi", "a", "b"}, "lỗi: provdash validate nhận nhiều nhất một ĐƯỜNG_DẪN (có 2)\n"},
		{[]string{"--lang", "vi", "--room", "hop"}, "lỗi: --room chỉ dùng trong phiên SSH: chạy provdash serve, rồi ssh -t -p 23234 MÁY -- --room TÊN\n"},
		{[]string{"--lang", "vi", "rendr"}, `lỗi: không có lệnh "rendr": dùng một trong export, init, render, report, serve, validate; có phải ý bạn là render?` + "\n"},
		{[]string{"render", "--lang", "vi", "--width", "x"}, `lỗi: --width cần một số nguyên (đang là "x")` + "\n"},
		{[]string{"--lang", "vi", "help", "nope"}, `lỗi: không có lệnh hay chủ đề trợ giúp "nope"`},
		{[]string{"--lang", "en", "--year", "1999"}, "error: year 1999: the dataset has figures for "},
		{[]string{"--lang", "en", "--bogus"}, "error: unknown flag: --bogus\nsee: provdash --help\n"},
		{[]string{"init", "--lang", "en"}, "error: provdash init needs exactly one PATH (got 0)\n"},
	} {
		_, stderr, err := run(t, c.args...)
		if err == nil {
			t.Errorf("%v: no error", c.args)
		}
		if !strings.HasPrefix(stderr, c.want) {
			t.Errorf("%v: stderr\n%q\nwant it to start\n%q", c.args, stderr, c.want)
		}
	}
}

// helpOf is `provdash ARGS --help` in lang.
func helpOf(t *testing.T, lang string, args ...string) string {
	t.Helper()
	out, stderr, err := run(t, append(append([]string{"--lang", lang}, args...), "--help")...)
	if err != nil || stderr != "" {
		t.Fatalf("%v --help: %v %q", args, err, stderr)
	}
	return out
}

// Issue 20, items 3 and 7: every command's help is in one language, its
// headings and flag help included, and wraps at word boundaries within 80
// columns off a terminal.
func TestHelpInOneLanguageWrappedAt80(t *testing.T) {
	commands := [][]string{{}, {"render"}, {"validate"}, {"export"}, {"report"}, {"serve"}, {"init"}, {"completion"}, {"completion", "bash"}}
	for _, lang := range []string{"vi", "en"} {
		loc := i18n.New(i18n.Lang(lang))
		other := "en"
		if lang == "en" {
			other = "vi"
		}
		oloc := i18n.New(i18n.Lang(other))
		for _, args := range commands {
			out := helpOf(t, lang, args...)
			name := lang + " " + strings.Join(args, " ")
			for i, l := range strings.Split(out, "\n") {
				if w := ansi.StringWidth(l); w > 80 {
					t.Errorf("%s: line %d is %d wide: %q", name, i+1, w, l)
				}
				if strings.TrimRight(l, " ") != l {
					t.Errorf("%s: line %d ends in spaces", name, i+1)
				}
			}
			if !strings.Contains(out, "\n"+loc.T("cli.help.flags")+"\n") {
				t.Errorf("%s: no %q heading:\n%s", name, loc.T("cli.help.flags"), out)
			}
			for _, k := range []string{"cli.help.usage", "cli.help.flags", "cli.help.examples", "cli.flag.help"} {
				if strings.Contains(out, oloc.T(k)) {
					t.Errorf("%s: has the %s word %q:\n%s", name, other, oloc.T(k), out)
				}
			}
			for _, english := range []string{"USAGE", "FLAGS", "EXAMPLES", "COMMANDS", "Help for", "[--flags]"} {
				if strings.Contains(out, english) {
					t.Errorf("%s: has fang's %q", name, english)
				}
			}
		}
		// Words are whole: every word of export's description is a word
		// of the help, none cut at a line's end ("--" + "format").
		out := helpOf(t, lang, "export")
		words := strings.Fields(out)
		for _, w := range strings.Fields(loc.T("cli.cmd.export.long")) {
			if !slices.Contains(words, w) {
				t.Errorf("%s export help cuts %q:\n%s", lang, w, out)
			}
		}
	}
}

// Issue 20, item 7: the top-level help lists every key of the dashboard's
// key table, [ ] / p t L included, and no --max-* limit, which "provdash
// help limits" lists and every data command still takes.
func TestHelpKeysAndLimits(t *testing.T) {
	for _, lang := range []string{"vi", "en"} {
		loc := i18n.New(i18n.Lang(lang))
		out := strings.Join(strings.Fields(helpOf(t, lang)), " ")
		for _, k := range common.NewKeyMap(loc, content.Default().Len()).All() {
			want := k.Help().Key + " " + strings.Join(strings.Fields(k.Help().Desc), " ")
			if k.Help().Key != "N" && !strings.Contains(out, want) {
				t.Errorf("%s help lacks the key %q", lang, want)
			}
		}
		for _, s := range []string{"[/]", "/ ", " p ", " t ", " L "} {
			if !strings.Contains(out, s) {
				t.Errorf("%s help lacks %q", lang, s)
			}
		}
		for _, l := range strings.Split(helpOf(t, lang), "\n") {
			if f := strings.Fields(l); len(f) > 0 && slices.Contains([]string{"--max-file-size", "--max-rows", "--max-cell", "--max-depth"}, f[0]) {
				t.Errorf("%s top-level help lists a limit: %q", lang, l)
			}
		}
		limits, _, err := run(t, "--lang", lang, "help", "limits")
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"--max-file-size", "--max-rows", "--max-cell", "--max-depth"} {
			if !strings.Contains(limits, f) {
				t.Errorf("%s help limits lacks %s:\n%s", lang, f, limits)
			}
		}
	}
	// The limits still work where they were.
	if _, stderr, err := run(t, "render", "--lang", "en", "--max-rows", "0"); err == nil || !strings.Contains(stderr, "--max-rows must be positive") {
		t.Errorf("render --max-rows 0: %v %q", err, stderr)
	}
}

// Issue 20, item 7: completion offers the values of the flags that have
// a fixed set, and the bundled provinces.
func TestCompletionOffersValues(t *testing.T) {
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"--tab", ""}, content.Default().IDs()},
		{[]string{"--theme", ""}, []string{"auto", "dark", "light", "high-contrast", "mono"}},
		{[]string{"--lang", ""}, []string{"vi", "en"}},
		{[]string{"--face", ""}, common.FaceNames()},
		{[]string{"render", "--color", ""}, []string{"auto", "always", "never"}},
		{[]string{"export", "--format", ""}, []string{"csv", "xlsx", "json"}},
		{[]string{"--province", ""}, []string{"bac-giang", "bac-ninh", "bac-ninh-cu"}},
		{[]string{"render", "--province", ""}, []string{"bac-giang", "bac-ninh", "bac-ninh-cu"}},
	} {
		out, _, err := run(t, append([]string{"__complete"}, c.args...)...)
		if err != nil {
			t.Fatalf("%v: %v", c.args, err)
		}
		var got []string
		for _, l := range strings.Split(out, "\n") {
			if l != "" && !strings.HasPrefix(l, ":") {
				got = append(got, strings.SplitN(l, "\t", 2)[0])
			}
		}
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("completion of %v: %v lacks %q", c.args, got, w)
			}
		}
	}
}

// Issue 20, item 7: `provdash | cat` prints the tab as plain text, not the
// interactive frame (face switcher, key footer, a source line cut to 80).
func TestPipedIsPlainText(t *testing.T) {
	for _, tab := range []string{"overview", "fdi"} {
		got, _, err := run(t, "--lang", "en", "--tab", tab)
		if err != nil {
			t.Fatal(err)
		}
		want, _, err := run(t, "render", "--plain", "--lang", "en", "--tab", tab, "--width", "80")
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("piped %s is not the plain text:\n%s", tab, got)
		}
		for _, chrome := range []string{"? help", "q quit", "chart · table · sources", "…\n"} {
			if strings.Contains(got, chrome) {
				t.Errorf("piped %s has the chrome %q", tab, chrome)
			}
		}
	}
}

// Issue 20: --version is in the user's language too.
func TestVersionInTheUsersLanguage(t *testing.T) {
	out, _, err := run(t, "--lang", "vi", "--version")
	if err != nil || !strings.HasPrefix(out, "provdash ") || !strings.Contains(out, "(dữ liệu: ") {
		t.Errorf("--version in vi: %v %q", err, out)
	}
}

// Issue 20, item 6: without --format the file name decides (bg2.xlsx is a
// workbook, not a folder of that name; x.json one JSON file); --format
// takes the values help shows, in any case; a name and a --format that
// disagree are refused; report --out says what it wrote.
func TestExportFormatFollowsTheName(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "bg2.xlsx")
	out, _, err := run(t, "export", "--lang", "en", "--province", "bac-giang", "--out", book)
	if err != nil || out != "wrote bac-giang (xlsx workbook) to "+book+"\n" {
		t.Errorf("export --out bg2.xlsx: %v %q", err, out)
	}
	if st, err := os.Stat(book); err != nil || !st.Mode().IsRegular() {
		t.Errorf("bg2.xlsx is not a file: %v", err)
	}
	if _, _, err := run(t, "validate", book); err != nil {
		t.Errorf("bg2.xlsx does not validate: %v", err)
	}
	js := filepath.Join(dir, "bg.json")
	out, _, err = run(t, "export", "--lang", "vi", "--province", "bac-giang", "--out", js)
	if err != nil || out != "đã ghi bac-giang (json) vào "+js+"\n" {
		t.Errorf("export --out bg.json: %v %q", err, out)
	}
	if b, err := os.ReadFile(js); err != nil || !json.Valid(b) {
		t.Errorf("bg.json is not one JSON file: %v", err)
	}
	for _, f := range []string{"CSV", "Csv", "csv"} {
		if _, _, err := run(t, "export", "--format", f, "--out", filepath.Join(dir, "csv-"+f)); err != nil {
			t.Errorf("--format %s refused: %v", f, err)
		}
	}
	_, stderr, err := run(t, "export", "--lang", "en", "--format", "csv", "--out", filepath.Join(dir, "x.xlsx"))
	if err == nil || !strings.Contains(stderr, "names a xlsx file but --format is csv") {
		t.Errorf("--format csv --out x.xlsx: %v %q", err, stderr)
	}
	help := helpOf(t, "en", "export")
	if !strings.Contains(help, "--format csv|xlsx|json") {
		t.Errorf("export help does not show the --format values:\n%s", help)
	}
	md := filepath.Join(dir, "briefing.md")
	out, _, err = run(t, "report", "--lang", "en", "--out", md)
	if err != nil || out != "wrote the Markdown report to "+md+"\n" {
		t.Errorf("report --out: %v %q", err, out)
	}
}

// Issue 20, item 7: a busy port is said once, in the operator's language,
// with what to do about it (--listen).
func TestServeBusyPortSaidOnce(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	addr := ln.Addr().String()
	_, stderr, err := run(t, "serve", "--listen", addr, "--host-key", filepath.Join(t.TempDir(), "key"))
	if err == nil {
		t.Fatal("serve on a busy port: no error")
	}
	if n := strings.Count(stderr, addr); n != 1 || !strings.Contains(stderr, "--listen") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("busy port: %d mentions, want one line with a --listen hint:\n%s", n, stderr)
	}
}

// An error is printed in the command's --lang, as one line "lỗi: …" /
// "error: …" with nothing padded: fang's own handler printed an English
// "ERROR" banner and padded the lines with spaces.
func TestErrorsInTheUsersLanguage(t *testing.T) {
	tabs := "overview, gdp, fdi, zones, agreements, targets"
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"render", "--lang", "vi", "--tab", "nope"}, `lỗi: không có thẻ "nope": dùng một trong ` + tabs},
		{[]string{"render", "--lang", "en", "--tab", "nope"}, `error: unknown tab "nope": use one of ` + tabs},
		{[]string{"--lang", "vi", "--tab", "nope"}, `lỗi: không có thẻ "nope": dùng một trong ` + tabs},
		{[]string{"render", "--lang", "vi", "--theme", "nope"}, `lỗi: không có giao diện "nope": dùng một trong auto, dark, light, high-contrast, mono`},
		{[]string{"render", "--lang", "vi", "--province", "nope"}, `lỗi: không có --province "nope": dùng một trong bac-giang, bac-ninh, bac-ninh-cu`},
		{[]string{"render", "--lang", "vi", "--width", "-1"}, "lỗi: --width và --height không được âm (đang là -1×24)"},
		{[]string{"render", "--lang", "vi", "--color", "nope"}, `lỗi: --color "nope" không hợp lệ: dùng auto, always hoặc never`},
		{[]string{"export", "--lang", "vi"}, "lỗi: cần --out THƯ_MỤC"},
	} {
		var out, errOut bytes.Buffer
		root := newRootCmd(&out, noenv)
		root.SetOut(&out)
		root.SetErr(&errOut)
		if err := execute(context.Background(), root, c.args); err == nil {
			t.Errorf("%v: no error", c.args)
		}
		if got := errOut.String(); got != c.want+"\n" {
			t.Errorf("%v: stderr\n%q\nwant\n%q", c.args, got, c.want+"\n")
		}
		for _, l := range strings.Split(errOut.String(), "\n") {
			if strings.TrimRight(l, " ") != l {
				t.Errorf("%v: line ends in spaces: %q", c.args, l)
			}
		}
	}
}

// serve's own errors speak the operator's language (LANG), not English.
func TestServeErrorsInTheOperatorsLanguage(t *testing.T) {
	vi := func(k string) string {
		if k == "LANG" {
			return "vi_VN.UTF-8"
		}
		return ""
	}
	var out, errOut bytes.Buffer
	root := newRootCmd(&out, vi)
	root.SetArgs([]string{"serve", "--log-level", "nope"})
	root.SetOut(&out)
	root.SetErr(&errOut)
	err := root.Execute()
	if err == nil || !strings.Contains(err.Error(), `--log-level "nope" không hợp lệ`) {
		t.Errorf("serve --log-level nope under LANG=vi: %v", err)
	}
}

// Issue 20, item 7: the usage line an SSH session is shown names every
// option a session takes: the dashboard's flags (--year and --face
// included) and the session's own (--province, --plain, --room, --lead).
func TestSessionUsageNamesEveryFlag(t *testing.T) {
	fs := pflag.NewFlagSet("session", pflag.ContinueOnError)
	var f dashflags.Flags
	f.Register(fs, i18n.EN, true)
	names := []string{"province", "plain", "room", "lead"}
	fs.VisitAll(func(fl *pflag.Flag) { names = append(names, fl.Name) })
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		line := dashflags.SessionUsage(i18n.New(lang), "provdash")
		// The choices it lists are the code's, every one of them.
		for _, c := range append(theme.Choices(), common.FaceNames()...) {
			if !strings.Contains(line, c) {
				t.Errorf("%s session usage lacks %q: %s", lang, c, line)
			}
		}
		for _, n := range names {
			if !strings.Contains(line, "[--"+n+" ") && !strings.Contains(line, "[--"+n+"]") {
				t.Errorf("%s session usage lacks --%s: %s", lang, n, line)
			}
		}
	}
}
