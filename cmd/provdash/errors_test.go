package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

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
