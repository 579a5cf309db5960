package server

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
)

// DefaultHostKeyPath is where the host key lives when --host-key is not
// given: $XDG_STATE_HOME/provdash/ssh_host_ed25519_key, else
// ~/.local/state/provdash/…. A state directory, not the working directory:
// a key written next to the binary gets committed, copied or lost on the
// next deploy, and every client then sees "REMOTE HOST IDENTIFICATION HAS
// CHANGED".
func DefaultHostKeyPath(getenv func(string) string) (string, error) {
	base := getenv("XDG_STATE_HOME")
	if base == "" || !filepath.IsAbs(base) {
		home := getenv("HOME")
		if home == "" {
			h, err := os.UserHomeDir()
			if err != nil {
				return "", fmt.Errorf("no state directory for the host key (set --host-key): %w", err)
			}
			home = h
		}
		base = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(base, "provdash", "ssh_host_ed25519_key"), nil
}

// LoadOrCreateHostKey reads the ed25519 host key at path, or creates it on
// first run: the folder with mode 0700 (an existing folder's mode is left
// alone, unlike keygen, which chmods whatever parent it is given), the file
// with 0600 and O_EXCL so two servers starting together cannot overwrite
// each other's key. created says whether a new key was written.
//
// As sshd does, a key is refused unless the server's user owns it and
// nobody else can read or write it, and unless its folder is safe: owned
// by that user or root, and writable by nobody else (or sticky, as /tmp
// is, where others cannot replace a file they do not own). Otherwise
// another user could read the key and impersonate the server, or swap in
// a key of their own. Only ed25519 keys are served.
func LoadOrCreateHostKey(path string) (signer gossh.Signer, created bool, err error) {
	if path == "" {
		return nil, false, errors.New("host key: empty path")
	}
	dir := filepath.Dir(path)
	// Lstat, not Stat: a symbolic link is what is there, never followed
	// (a dangling one is not "absent", and must not be created through).
	if _, err := os.Lstat(path); err == nil {
		return existingHostKey(path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, false, fmt.Errorf("reading host key: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, false, fmt.Errorf("creating host key folder: %w", err)
	}
	if err := checkKeyFolder(dir); err != nil {
		return nil, false, err
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, false, fmt.Errorf("generating host key: %w", err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "provdash host key")
	if err != nil {
		return nil, false, fmt.Errorf("encoding host key: %w", err)
	}
	pemBytes := pem.EncodeToMemory(block)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if errors.Is(err, fs.ErrExist) { // another process won the race: use its key
			return existingHostKey(path)
		}
		return nil, false, fmt.Errorf("writing host key: %w", err)
	}
	if _, err := f.Write(pemBytes); err != nil {
		_ = f.Close()
		_ = os.Remove(path)
		return nil, false, fmt.Errorf("writing host key: %w", err)
	}
	if err := f.Close(); err != nil {
		_ = os.Remove(path)
		return nil, false, fmt.Errorf("writing host key: %w", err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	return s, true, nil
}

// existingHostKey reads the key at path, which exists: only a regular
// file in a safe folder is read. A symbolic link (dangling or not), a
// folder, a named pipe or a device is refused before anything is opened.
func existingHostKey(path string) (gossh.Signer, bool, error) {
	st, err := os.Lstat(path)
	if err != nil {
		return nil, false, fmt.Errorf("reading host key: %w", err)
	}
	if !st.Mode().IsRegular() {
		return nil, false, fmt.Errorf("host key %s is not a regular file but %s: refused, not followed; remove it to have a key created, or point --host-key at the key file itself",
			path, fileKind(st.Mode()))
	}
	if err := checkKeyFolder(filepath.Dir(path)); err != nil {
		return nil, false, err
	}
	return readHostKey(path)
}

// fileKind names what a non-regular file is, for an error message.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a plain file"
}

// readHostKey opens the key without following a symbolic link, checks
// the open file (so it cannot be swapped between check and read), and
// parses it.
func readHostKey(path string) (gossh.Signer, bool, error) {
	f, err := openNoFollow(path)
	if err != nil {
		return nil, false, fmt.Errorf("reading host key: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	if !st.Mode().IsRegular() {
		return nil, false, fmt.Errorf("host key %s is not a regular file", path)
	}
	if err := checkOwner(st); err != nil {
		return nil, false, fmt.Errorf("host key %s: %w", path, err)
	}
	if st.Mode().Perm()&0o077 != 0 {
		return nil, false, fmt.Errorf("host key %s has mode %04o: others can read it; run chmod 600 %s", path, st.Mode().Perm(), path)
	}
	b, err := io.ReadAll(io.LimitReader(f, 64<<10)) // an OpenSSH ed25519 key is about 400 bytes
	if err != nil {
		return nil, false, fmt.Errorf("reading host key: %w", err)
	}
	s, err := gossh.ParsePrivateKey(b)
	if err != nil {
		return nil, false, fmt.Errorf("host key %s: %w (provdash needs an unencrypted OpenSSH ed25519 key: ssh-keygen -t ed25519 -N '' -f %s)", path, err, path)
	}
	if t := s.PublicKey().Type(); t != gossh.KeyAlgoED25519 {
		return nil, false, fmt.Errorf("host key %s is %s: provdash serves with an ed25519 key only (ssh-keygen -t ed25519 -N '' -f FILE)", path, t)
	}
	return s, false, nil
}

// checkKeyFolder refuses a folder others could replace the key in.
func checkKeyFolder(dir string) error {
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("host key folder: %w", err)
	}
	if err := checkFolderOwner(st); err != nil {
		return fmt.Errorf("host key folder %s: %w", dir, err)
	}
	if st.Mode().Perm()&0o022 != 0 && st.Mode()&fs.ModeSticky == 0 {
		return fmt.Errorf("host key folder %s has mode %04o: others can replace the key in it; run chmod go-w %s or choose another --host-key",
			dir, st.Mode().Perm(), dir)
	}
	return nil
}
