package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

// writeFiles writes each of files (name → contents) into dir: every file
// first to a temporary file in dir, and only when all are written and
// synced are they renamed into place, so a full disk or any other failure
// leaves nothing behind and every existing file as it was. An existing
// symbolic link (or anything but a regular file) at a name is an error,
// never written through: export and report must not overwrite a file
// elsewhere that a link in the output folder points to.
func writeFiles(dir string, files map[string][]byte) error {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := checkTarget(filepath.Join(dir, name)); err != nil {
			return err
		}
	}
	temps := make([]string, 0, len(names))
	cleanup := func() {
		for _, t := range temps {
			_ = os.Remove(t)
		}
	}
	for _, name := range names {
		t, err := writeTemp(dir, name, files[name])
		if t != "" {
			temps = append(temps, t)
		}
		if err != nil {
			cleanup()
			return err
		}
	}
	for i, name := range names {
		if err := os.Rename(temps[i], filepath.Join(dir, name)); err != nil {
			cleanup()
			return fmt.Errorf("write %s: %w", name, err)
		}
	}
	return nil
}

// writeFile is writeFiles for one file at path.
func writeFile(path string, b []byte) error {
	return writeFiles(filepath.Dir(path), map[string][]byte{filepath.Base(path): b})
}

// writeNew writes a file that must not exist yet, as writeFile does but
// never replacing anything: init never replaces a planner's work, even
// one created between the check and the write. The complete file is
// linked into place (link fails if the name exists, link or not).
func writeNew(name string, b []byte) error {
	t, err := writeTemp(filepath.Dir(name), filepath.Base(name), b)
	if t != "" {
		defer os.Remove(t)
	}
	if err != nil {
		return fmt.Errorf("init: %w", err)
	}
	if err := os.Link(t, name); err != nil {
		return fmt.Errorf("init: %w", err)
	}
	return nil
}

// checkTarget refuses a path that exists and is not a regular file.
func checkTarget(path string) error {
	st, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("write %s: %w", path, err)
	case st.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("write %s: it is a symbolic link: refused, not written through (remove it, or write elsewhere)", path)
	case !st.Mode().IsRegular():
		return fmt.Errorf("write %s: not a regular file: refused", path)
	}
	return nil
}

// writeTemp writes b to a new temporary file in dir named after name,
// synced and with mode 0644, and returns its path (also on failure, when
// it was created, for the caller to remove).
func writeTemp(dir, name string, b []byte) (string, error) {
	f, err := os.CreateTemp(dir, "."+name+".tmp-*")
	if err != nil {
		return "", fmt.Errorf("write %s: %w", name, err)
	}
	t := f.Name()
	_, err = f.Write(b)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return t, fmt.Errorf("write %s: %w", name, err)
	}
	return t, nil
}
