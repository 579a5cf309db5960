package main

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestREADMEShape: the README stays a page its readers finish: at most
// 350 lines, none wider than 200 characters (method, history and
// profiles live beside the code that measures them, internal/perf).
func TestREADMEShape(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > 350 {
		t.Errorf("README.md has %d lines; keep it to 350", len(lines))
	}
	for i, l := range lines {
		if n := utf8.RuneCountInString(l); n > 200 {
			t.Errorf("README.md:%d is %d characters wide; keep lines to 200", i+1, n)
		}
	}
}
