package dataset

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// swapFS is a dataset folder on disk where, just after the loader has
// looked at one file (Lstat), someone puts something else in its place:
// the race of a planner's folder that another user can write to.
type swapFS struct {
	fs.FS
	name string
	swap func()
	done bool
}

func (s *swapFS) Lstat(name string) (fs.FileInfo, error) {
	info, err := fs.Lstat(s.FS, name)
	if name == s.name && !s.done {
		s.done = true
		s.swap()
	}
	return info, err
}

func (s *swapFS) ReadLink(name string) (string, error)  { return fs.ReadLink(s.FS, name) }
func (s *swapFS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(s.FS, name) }
func (s *swapFS) OpenIn(folder, name string) (fs.File, error) {
	return s.FS.(FolderFS).OpenIn(folder, name)
}

// The file read is the file checked: a table swapped for a link to a
// secret, or for a named pipe, between the check and the open is refused
// (never read, never waited on), not followed.
func TestLoadReadsTheFileItChecked(t *testing.T) {
	secret := filepath.Join(t.TempDir(), "secret")
	if err := os.WriteFile(secret, []byte("root:$6$secret-hash:19000\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		put  func(string) error
	}{
		{"link to a secret", func(p string) error { return os.Symlink(secret, p) }},
		{"named pipe", func(p string) error { return syscall.Mkfifo(p, 0o644) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := writeDir(t)
			p := filepath.Join(dir, FilePCI)
			fsys := &swapFS{FS: DirFS(dir), name: FilePCI, swap: func() {
				if err := os.Remove(p); err != nil {
					t.Error(err)
				}
				if err := c.put(p); err != nil {
					t.Error(err)
				}
			}}
			_, err := loadSoon(t, fsys, ".")
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("want problems, got %v", err)
			}
			if strings.Contains(err.Error(), "secret-hash") {
				t.Fatalf("the secret was read:\n%v", err)
			}
			// Refused by the folder opened as a root (a link out of it) or
			// by the descriptor's check (a pipe, a link inside).
			if p := findProblem(t, ps, CodeCannotRead); p.File != FilePCI {
				t.Errorf("got %s", p)
			}
		})
	}
}

// A workbook in a collection that is a symbolic link to a file outside
// the collection's folder is refused, as a table's link out of its
// dataset folder is.
func TestCollectionRefusesWorkbookLinkOutside(t *testing.T) {
	d, err := LoadWith(mapFS(fixture()), "ds", DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	book, err := d.ExportXLSX()
	if err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(t.TempDir(), "elsewhere.xlsx")
	if err := os.WriteFile(outside, book, 0o600); err != nil {
		t.Fatal(err)
	}
	col := t.TempDir()
	if err := os.Symlink(outside, filepath.Join(col, "a.xlsx")); err != nil {
		t.Skipf("symlink: %v", err)
	}
	sets, err := loadSoon(t, DirFS(col), ".")
	if sets != nil {
		t.Fatal("a workbook linked from outside the collection loaded")
	}
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("want problems, got %v", err)
	}
	if p := findProblem(t, ps, CodeSymlinkOutside); p.File != "a.xlsx" {
		t.Errorf("got %s", p)
	}
}
