package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// export and report never write through a symbolic link at a target: the
// file it points to is left alone and the command fails, for every
// format. Nothing is written when any target is refused.
func TestWritesRefuseLinks(t *testing.T) {
	for _, c := range []struct {
		name, target string
		args         func(out string) []string
	}{
		{"csv", "pci.csv", func(o string) []string { return []string{"export", "--out", o} }},
		{"json", "bac-ninh.json", func(o string) []string { return []string{"export", "--format", "json", "--out", o} }},
		{"xlsx", "b.xlsx", func(o string) []string {
			return []string{"export", "--format", "xlsx", "--out", filepath.Join(o, "b.xlsx")}
		}},
		{"report", "r.md", func(o string) []string { return []string{"report", "--out", filepath.Join(o, "r.md")} }},
	} {
		t.Run(c.name, func(t *testing.T) {
			victim := filepath.Join(t.TempDir(), "victim")
			if err := os.WriteFile(victim, []byte("precious\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), "o")
			if err := os.Mkdir(out, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(victim, filepath.Join(out, c.target)); err != nil {
				t.Skipf("symlink: %v", err)
			}
			_, _, err := run(t, c.args(out)...)
			if err == nil || !strings.Contains(err.Error(), "symbolic link") {
				t.Errorf("want a refusal of the link, got %v", err)
			}
			if b, _ := os.ReadFile(victim); string(b) != "precious\n" {
				t.Fatalf("wrote through the link: victim now %.60q", b)
			}
			if names := dirNames(out); len(names) != 1 {
				t.Errorf("left behind: %v", names)
			}
		})
	}
}

// A write that fails part way (here: one target is a folder) leaves no
// file of the export behind, no temporary file either, and what was there
// unchanged.
func TestExportFailsWhole(t *testing.T) {
	out := filepath.Join(t.TempDir(), "o")
	if err := os.MkdirAll(filepath.Join(out, "zones.csv"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "pci.csv"), []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := run(t, "export", "--out", out); err == nil {
		t.Fatal("export into a folder where a file should be succeeded")
	}
	if names := dirNames(out); len(names) != 2 {
		t.Errorf("want only zones.csv/ and pci.csv, got %v", names)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "pci.csv")); string(b) != "old\n" {
		t.Errorf("pci.csv changed to %q", b)
	}
}

// dirNames is the names of what folder dir holds, none when it cannot be
// read: what a refused write may have left behind.
func dirNames(dir string) []string {
	entries, _ := os.ReadDir(dir)
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}
