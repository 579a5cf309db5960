package dataset

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
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
	f, err := l.fsys.Open(p)
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
