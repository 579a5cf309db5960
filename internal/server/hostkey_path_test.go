//go:build unix

package server

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A --host-key path that is not a regular file is refused with a message
// saying what is there, never followed, opened or created through: a
// dangling symbolic link recursed until the stack overflowed, and a named
// pipe hung start-up for ever. An absent path is created.
func TestHostKeyPathMustBeARegularFile(t *testing.T) {
	for _, c := range []struct {
		name, kind string
		put        func(path string) error
	}{
		{"dangling symbolic link", "a symbolic link", func(p string) error { return os.Symlink(filepath.Join(filepath.Dir(p), "nowhere"), p) }},
		{"named pipe", "a named pipe", func(p string) error { return syscall.Mkfifo(p, 0o600) }},
		{"folder", "a folder", func(p string) error { return os.Mkdir(p, 0o700) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "state")
			if err := os.Mkdir(dir, 0o700); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, "host_key")
			if err := c.put(path); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() {
				_, _, err := LoadOrCreateHostKey(path)
				done <- err
			}()
			var err error
			select {
			case err = <-done:
			case <-time.After(30 * time.Second): // only reached when broken
				t.Fatal("LoadOrCreateHostKey blocked")
			}
			if err == nil || !strings.Contains(err.Error(), "is not a regular file but "+c.kind) {
				t.Fatalf("want a refusal naming %s, got %v", c.kind, err)
			}
			if _, err := os.Stat(filepath.Join(dir, "nowhere")); err == nil {
				t.Error("a key was created through the link")
			}
		})
	}
	t.Run("absent", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "state", "host_key")
		if _, created, err := LoadOrCreateHostKey(path); err != nil || !created {
			t.Fatalf("created %v, %v", created, err)
		}
		if _, created, err := LoadOrCreateHostKey(path); err != nil || created {
			t.Fatalf("second start: created %v, %v", created, err)
		}
	})
}
