package server

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/pem"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// TestHostKeyMustBeTheServersOwn (issue 9, finding 12b): a host key
// another user owns, or one in a folder others can write to, was accepted:
// whoever owns or can replace the key can impersonate the server. Refused
// now, as sshd refuses them; so are a symbolic link and a key that is not
// ed25519, the one type the documentation promises.
func TestHostKeyMustBeTheServersOwn(t *testing.T) {
	fresh := func(t *testing.T, dirMode os.FileMode) string {
		t.Helper()
		dir := filepath.Join(t.TempDir(), "state")
		if err := os.Mkdir(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "host_key")
		if _, _, err := LoadOrCreateHostKey(path); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(dir, dirMode); err != nil {
			t.Fatal(err)
		}
		return path
	}

	t.Run("world-writable folder", func(t *testing.T) {
		path := fresh(t, 0o777)
		if _, _, err := LoadOrCreateHostKey(path); err == nil || !strings.Contains(err.Error(), "others can replace the key") {
			t.Fatalf("accepted: %v", err)
		}
		// A new key is not written into such a folder either.
		if _, _, err := LoadOrCreateHostKey(filepath.Join(filepath.Dir(path), "new_key")); err == nil {
			t.Fatal("created a key in a world-writable folder")
		}
	})
	t.Run("sticky folder", func(t *testing.T) {
		path := fresh(t, 0o777|os.ModeSticky) // as /tmp: others cannot replace our file
		if _, _, err := LoadOrCreateHostKey(path); err != nil {
			t.Fatalf("refused in a sticky folder: %v", err)
		}
	})
	t.Run("owned by another user", func(t *testing.T) {
		if os.Geteuid() != 0 {
			t.Skip("changing a file's owner needs root")
		}
		path := fresh(t, 0o755)
		if err := os.Chown(path, 65534, 65534); err != nil {
			t.Fatal(err)
		}
		if _, _, err := LoadOrCreateHostKey(path); err == nil || !strings.Contains(err.Error(), "owned by uid 65534") {
			t.Fatalf("accepted: %v", err)
		}
		if err := os.Chown(path, 0, 0); err != nil {
			t.Fatal(err)
		}
		if err := os.Chown(filepath.Dir(path), 65534, 65534); err != nil {
			t.Fatal(err)
		}
		if _, _, err := LoadOrCreateHostKey(path); err == nil || !strings.Contains(err.Error(), "folder") {
			t.Fatalf("accepted in a folder another user owns: %v", err)
		}
	})
	t.Run("symbolic link", func(t *testing.T) {
		path := fresh(t, 0o700)
		link := filepath.Join(filepath.Dir(path), "link")
		if err := os.Symlink(path, link); err != nil {
			t.Fatal(err)
		}
		if _, _, err := LoadOrCreateHostKey(link); err == nil {
			t.Fatal("followed a symbolic link")
		}
	})
	t.Run("not ed25519", func(t *testing.T) {
		k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		block, err := gossh.MarshalPrivateKey(k, "")
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "ecdsa_key")
		if err := os.WriteFile(path, pem.EncodeToMemory(block), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, _, err := LoadOrCreateHostKey(path); err == nil || !strings.Contains(err.Error(), "ed25519") {
			t.Fatalf("accepted: %v", err)
		}
	})
}
