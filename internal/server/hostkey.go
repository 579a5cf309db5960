package server

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
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
func LoadOrCreateHostKey(path string) (signer gossh.Signer, created bool, err error) {
	if path == "" {
		return nil, false, errors.New("host key: empty path")
	}
	b, err := os.ReadFile(path)
	if err == nil {
		return parseHostKey(path, b)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, false, fmt.Errorf("reading host key: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, false, fmt.Errorf("creating host key folder: %w", err)
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
			return LoadOrCreateHostKey(path)
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

// parseHostKey refuses a key file others can read, as sshd does: a host
// key anyone on the machine can copy lets them impersonate the server.
func parseHostKey(path string, b []byte) (gossh.Signer, bool, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	if st.Mode().Perm()&0o077 != 0 {
		return nil, false, fmt.Errorf("host key %s has mode %04o: others can read it; run chmod 600 %s", path, st.Mode().Perm(), path)
	}
	s, err := gossh.ParsePrivateKey(b)
	if err != nil {
		return nil, false, fmt.Errorf("host key %s: %w", path, err)
	}
	return s, false, nil
}
