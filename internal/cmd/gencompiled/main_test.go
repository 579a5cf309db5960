package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// dataDir is the bundled data folder, from this package's folder.
const dataDir = "../../../data"

// Run on a copy of the data folder, the generator writes exactly
// data/compiled.go: `go generate ./data` would change nothing, and leaves
// no temporary file behind. (package data's own tests check that the
// compiled form equals Load's result and was made from the embedded bytes.)
func TestCompiledIsCurrent(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	if err := os.CopyFS(dir, os.DirFS(dataDir)); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(dir, "compiled.go"))
	if err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadDir(dir)
	if err := generate(dir, "compiled.go"); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "compiled.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("data/compiled.go is not what the generator writes: run go generate ./data")
	}
	if after, _ := os.ReadDir(dir); len(after) != len(before) {
		t.Fatalf("the data folder held %d entries before and %d after", len(before), len(after))
	}
}

// A folder that does not load writes nothing.
func TestGenerateFails(t *testing.T) {
	dir := t.TempDir()
	if err := generate(dir, "compiled.go"); err == nil {
		t.Fatal("an empty folder generated a compiled form")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("a failed run left %d files", len(entries))
	}
}
