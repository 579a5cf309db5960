// Package bundle is what the bundled data (package data) and the program
// that compiles it to Go (internal/cmd/gencompiled) must agree on: the
// checksum that tells whether the compiled form describes the files at
// hand, and which province of a collection the dashboard opens on. It
// needs nothing but the loader's types, so the generator still builds
// when a change of format has left data/compiled.go stale.
package bundle

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"

	"github.com/provdash/provdash/internal/dataset"
)

// Sum is a SHA-256 over the name, length and bytes of every file under
// root of fsys, in name order. The files are streamed through one buffer
// rather than read whole: a copy of every file would be garbage the moment
// it is summed.
func Sum(fsys fs.FS, root string) (string, error) {
	h := sha256.New()
	buf := make([]byte, 8<<10)
	err := fs.WalkDir(fsys, root, func(name string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		f, err := fsys.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", name, st.Size())
		n, err := io.CopyBuffer(h, f, buf)
		if err != nil {
			return fmt.Errorf("summing %s: %w", name, err)
		}
		if n != st.Size() {
			return fmt.Errorf("summing %s: read %d bytes of %d", name, n, st.Size())
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("summing the bundled files: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Current is the first dataset of sets that became no other dataset of
// sets and is not the national table: the province as it is today, which
// the dashboard opens on. (The dashboard's own rule, with the order P goes
// in, is content.LineageOrder; this package sits below it.) With no such
// dataset it is the first; sets must not be empty.
func Current(sets []*dataset.Dataset) *dataset.Dataset {
	for _, d := range sets {
		if _, ok := dataset.Find(sets, d.Lineage.Became.ID); !ok && d.Kind != dataset.KindNational {
			return d
		}
	}
	return sets[0]
}
