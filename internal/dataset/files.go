package dataset

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"
)

// maxLinks is how many symbolic links in a row resolve before the chain
// is refused as a loop.
const maxLinks = 8

// errOutside is why resolve refuses a link.
var errOutside = errors.New("symbolic link leaves the dataset folder")

// linkError is a refused symbolic link and where it pointed.
type linkError struct{ target string }

func (e *linkError) Error() string {
	return fmt.Sprintf("symbolic link to %q leaves the folder", e.target)
}
func (e *linkError) Unwrap() error { return errOutside }

// resolve follows the symbolic links of name (a path in fsys inside root)
// and returns the path they lead to and its FileInfo, without opening
// anything: opening a named pipe blocks until someone writes to it, and a
// device may never end. A link may point only inside root, by a relative
// path whose folders are real folders, never links: otherwise a dataset
// could read any file of the machine that loads it (an error message would
// then quote it). A file system without symbolic links (embed.FS) simply
// has none to follow.
func resolve(fsys fs.FS, root, name string) (string, fs.FileInfo, error) {
	p := name
	for range maxLinks {
		info, err := fs.Lstat(fsys, p)
		if err != nil {
			return p, nil, err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			return p, info, nil
		}
		target, err := fs.ReadLink(fsys, p)
		if err != nil {
			return p, nil, err
		}
		next := path.Join(path.Dir(p), target)
		if path.IsAbs(target) || !inside(root, next) || !realFolders(fsys, root, path.Dir(next)) {
			return p, nil, &linkError{target: target}
		}
		p = next
	}
	return p, nil, fmt.Errorf("more than %d symbolic links in a row", maxLinks)
}

// inside reports whether the cleaned path p lies in folder root (or is it).
func inside(root, p string) bool {
	if root == "." {
		return p != ".." && !strings.HasPrefix(p, "../")
	}
	return p == root || strings.HasPrefix(p, root+"/")
}

// realFolders reports whether every folder from root down to dir (a
// cleaned path inside root) is a folder and not a symbolic link, so the
// system resolving dir cannot be led outside root.
func realFolders(fsys fs.FS, root, dir string) bool {
	rel := strings.TrimPrefix(strings.TrimPrefix(dir, root), "/")
	if root == "." {
		rel = dir
	}
	if rel == "" || rel == "." {
		return true
	}
	p := root
	for _, part := range strings.Split(rel, "/") {
		p = path.Join(p, part)
		info, err := fs.Lstat(fsys, p)
		if err != nil || !info.IsDir() || info.Mode()&fs.ModeSymlink != 0 {
			return false
		}
	}
	return true
}

// readFile reads name of the dataset folder within the limits, or records
// why it cannot: missing, not a regular file (a named pipe, device, socket
// or folder), a link out of the folder, or too large. It returns the text
// as read, not yet checked to be UTF-8: read into a strings.Builder, a
// large table is not copied again to become a string.
func (l *loader) readFile(name string) (string, bool) {
	p, info, err := resolve(l.fsys, l.dir, path.Join(l.dir, name))
	var le *linkError
	switch {
	case errors.As(err, &le):
		l.addf(CodeSymlinkOutside, name, 0, 0, "", "symbolic link to %q, outside the dataset folder: refused", le.target)
		return "", false
	case errors.Is(err, fs.ErrNotExist):
		l.addf(CodeFileMissing, name, 0, 0, "", "file is missing")
		return "", false
	case err != nil:
		l.addf(CodeCannotRead, name, 0, 0, "", "cannot read: %v", unwrapPath(err))
		return "", false
	case !info.Mode().IsRegular():
		l.addf(CodeNotRegularFile, name, 0, 0, "", "not a regular file (a folder, named pipe, device or socket): only regular files are read")
		return "", false
	case info.Size() > l.lim.FileSize:
		l.tooLarge(name)
		return "", false
	}
	f, err := openChecked(l.fsys, l.dir, p, info)
	if err != nil {
		l.addf(CodeCannotRead, name, 0, 0, "", "cannot read: %v", unwrapPath(err))
		return "", false
	}
	defer f.Close()
	// The file may have grown since Lstat: read one byte past the limit
	// to notice, never more. The buffer starts at the size Lstat gave, so
	// a large file is read into one allocation instead of a doubling
	// series of copies.
	var text strings.Builder
	text.Grow(int(min(info.Size(), l.lim.FileSize)) + 1)
	_, err = io.Copy(&text, io.LimitReader(f, l.lim.FileSize+1))
	switch {
	case err != nil:
		l.addf(CodeCannotRead, name, 0, 0, "", "cannot read: %v", unwrapPath(err))
		return "", false
	case int64(text.Len()) > l.lim.FileSize:
		l.tooLarge(name)
		return "", false
	}
	return text.String(), true
}

// errChanged is why openChecked refuses a file: what it opened is not the
// file it checked (a link or another file put in its place meanwhile).
var errChanged = errors.New("the file changed while it was opened: try again")

// DirFS is os.DirFS(dir) for loading datasets: Load opens its files
// without following a symbolic link left at the checked name, and without
// waiting on a named pipe, by descriptor from the opened folder (os.Root),
// so the file checked is the file read.
func DirFS(dir string) fs.FS { return dirFS{FS: os.DirFS(dir), dir: dir} }

// FolderFS is a file system that opens a file by descriptor from its
// opened folder (DirFS). A wrapper of one passes OpenIn through, so Load
// keeps opening that way.
type FolderFS interface {
	fs.FS
	// OpenIn opens name, a slash-separated path inside folder, from
	// folder opened as an os.Root, without waiting on a named pipe.
	OpenIn(folder, name string) (fs.File, error)
}

type dirFS struct {
	fs.FS
	dir string
}

// ReadLink and Lstat pass through to os.DirFS, which has them, so that
// resolve sees links.
func (d dirFS) ReadLink(name string) (string, error)   { return fs.ReadLink(d.FS, name) }
func (d dirFS) Lstat(name string) (fs.FileInfo, error) { return fs.Lstat(d.FS, name) }

// OpenIn opens name (a path inside folder, both slash-separated and
// relative to d) for reading from folder opened as an os.Root: nothing
// reached through it leaves the folder, and a named pipe put at name
// returns at once instead of waiting for a writer.
func (d dirFS) OpenIn(folder, name string) (fs.File, error) {
	root, err := os.OpenRoot(filepath.Join(d.dir, filepath.FromSlash(folder)))
	if err != nil {
		return nil, fmt.Errorf("open folder: %w", err)
	}
	defer root.Close()
	rel := strings.TrimPrefix(strings.TrimPrefix(name, folder), "/")
	if folder == "." {
		rel = name
	}
	return root.OpenFile(filepath.FromSlash(rel), os.O_RDONLY|syscall.O_NONBLOCK, 0)
}

// openChecked opens p, a path inside folder that resolve found to be the
// regular file info, and makes sure by the open descriptor that it is that
// file: a symbolic link or another file swapped in since resolve looked is
// refused, never read.
func openChecked(fsys fs.FS, folder, p string, info fs.FileInfo) (fs.File, error) {
	var (
		f   fs.File
		err error
	)
	if d, ok := fsys.(FolderFS); ok {
		f, err = d.OpenIn(folder, p)
	} else {
		f, err = fsys.Open(p)
	}
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		_ = f.Close()
		return nil, err
	}
	if !st.Mode().IsRegular() || !sameFile(st, info) {
		_ = f.Close()
		return nil, errChanged
	}
	return f, nil
}

// sameFile reports whether a and b describe the same file, where the file
// system can tell (os file information); a file system without links or
// renames (embed.FS, fstest.MapFS) cannot swap one.
func sameFile(a, b fs.FileInfo) bool {
	if a.Sys() == nil || b.Sys() == nil {
		return true
	}
	return os.SameFile(a, b)
}

func (l *loader) tooLarge(name string) {
	l.addf(CodeFileTooLarge, name, 0, 0, "", "larger than the limit of %d bytes (--max-file-size raises it)", l.lim.FileSize)
}

// has reports whether the dataset holds the table file name at all (for
// a workbook, its sheet), so a table that may be absent is skipped
// without a problem. Anything there that is not plainly absent (a link,
// a folder, an unreadable entry) counts as present, and reading it then
// reports what is wrong with it.
func (l *loader) has(name string) bool {
	if l.book != nil {
		_, ok := l.book.sheetName(strings.TrimSuffix(name, ".csv"))
		return ok
	}
	_, err := fs.Lstat(l.fsys, path.Join(l.dir, name))
	return !errors.Is(err, fs.ErrNotExist)
}
