package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/provdash/provdash/internal/dataset"
)

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"67108864": 64 << 20, "64M": 64 << 20, "64MB": 64 << 20, "64MiB": 64 << 20, "512k": 512 << 10, "1G": 1 << 30} {
		if got, ok := parseSize(in); !ok || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "0", "-1", "M", "12X", "1.5M", "99999999999G"} {
		if _, ok := parseSize(in); ok {
			t.Errorf("parseSize(%q) accepted", in)
		}
	}
}

// Every command that loads data takes the limits, and a limit hit is a
// located problem like any other.
func TestLimitFlags(t *testing.T) {
	dir := exportBundled(t)
	for _, args := range [][]string{
		{"validate", dir, "--max-rows", "3"},
		{"render", "--data", dir, "--max-rows", "3"},
		{"report", "--data", dir, "--max-rows", "3"},
		{"export", "--data", dir, "--max-rows", "3", "--out", t.TempDir()},
		{"--data", dir, "--max-rows", "3"},
	} {
		out, errOut, err := run(t, args...)
		if err == nil || !strings.Contains(out+errOut, "more than 3 rows: reading stopped here") {
			t.Errorf("%v: %v\n%s%s", args, err, out, errOut)
		}
	}
	if out, _, err := run(t, "validate", dir, "--max-file-size", "1K"); err == nil || !strings.Contains(out, "larger than the limit of 1024 bytes") {
		t.Errorf("--max-file-size 1K: %v %s", err, out)
	}
	if _, _, err := run(t, "validate", dir, "--max-rows", "1000000", "--max-cell", "100000", "--max-depth", "64", "--max-file-size", "1G"); err != nil {
		t.Errorf("raised limits: %v", err)
	}
	if _, _, err := run(t, "validate", dir, "--max-depth", "0"); err == nil || !strings.Contains(err.Error(), "--max-depth must be positive") {
		t.Errorf("--max-depth 0: %v", err)
	}
	if _, _, err := run(t, "serve", "--data", dir, "--max-cell", "-1"); err == nil || !strings.Contains(err.Error(), "--max-cell must be positive") {
		t.Errorf("serve --max-cell -1: %v", err)
	}
	if _, _, err := run(t, "validate", dir, "--lang", "vi", "--max-file-size", "lots"); err == nil || !strings.Contains(err.Error(), "không phải là kích thước") {
		t.Errorf("--max-file-size lots in Vietnamese: %v", err)
	}
}

// The command line end to end on the adversarial folder: an escape
// sequence in the province name, a named pipe and a link to a file outside.
// validate lists all three, quickly, and prints no escape itself.
func TestValidateHostileFolder(t *testing.T) {
	dir := exportBundled(t)
	meta := filepath.Join(dir, dataset.FileMeta)
	b, err := os.ReadFile(meta)
	if err != nil {
		t.Fatal(err)
	}
	b = []byte(strings.Replace(string(b), `vi = "Bắc Giang"`, "vi = \"Bắc Giang\x1b]52;c;cHduZWQ=\a\"", 1))
	if err := os.WriteFile(meta, b, 0o644); err != nil {
		t.Fatal(err)
	}
	pci := filepath.Join(dir, dataset.FilePCI)
	if err := os.Remove(pci); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(pci, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	zones := filepath.Join(dir, dataset.FileZones)
	if err := os.Remove(zones); err != nil {
		t.Fatal(err)
	}
	secret := filepath.Join(t.TempDir(), "passwd")
	if err := os.WriteFile(secret, []byte("root:x:0:0:root:/root:/bin/bash\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, zones); err != nil {
		t.Fatal(err)
	}
	type result struct {
		out string
		err error
	}
	done := make(chan result, 1)
	go func() {
		out, _, err := run(t, "validate", dir)
		done <- result{out, err}
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("validate blocked for 20 s")
	}
	if r.err == nil {
		t.Fatal("validate accepted the folder")
	}
	for _, want := range []string{
		filepath.Join(dir, dataset.FileMeta) + ":7: key name.vi: control character U+001B ESC at character 16",
		filepath.Join(dir, dataset.FilePCI) + ": not a regular file",
		filepath.Join(dir, dataset.FileZones) + ": symbolic link to",
	} {
		if !strings.Contains(r.out, want) {
			t.Errorf("missing %q in:\n%s", want, r.out)
		}
	}
	if strings.ContainsAny(r.out, "\x1b\a") || strings.Contains(r.out, "root:x") {
		t.Errorf("validate's own output carries the attack or the file:\n%q", r.out)
	}
}
