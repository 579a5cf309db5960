//go:build unix

package server

import (
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// checkOwner refuses a key file not owned by the user the server runs as.
func checkOwner(st fs.FileInfo) error {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	if uid := os.Geteuid(); int(sys.Uid) != uid {
		return fmt.Errorf("owned by uid %d, not by the server's user (uid %d): only the server's user may hold its key", sys.Uid, uid)
	}
	return nil
}

// checkFolderOwner refuses a folder owned by anyone but the server's user
// or root: its owner could swap the key.
func checkFolderOwner(st fs.FileInfo) error {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	if uid := os.Geteuid(); int(sys.Uid) != uid && sys.Uid != 0 {
		return fmt.Errorf("owned by uid %d, neither the server's user (uid %d) nor root", sys.Uid, uid)
	}
	return nil
}

// openNoFollow opens path for reading, refusing a symbolic link, and
// without waiting on a named pipe put there since it was checked (the
// caller checks the open file is a regular one).
func openNoFollow(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0) // wrapped by the caller
}
