package server

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui"
)

// watch polls DataDir every WatchInterval and reloads when any file's name,
// size or modification time has changed and then stayed the same for one
// more poll: an editor or rsync saving several CSVs one after another is
// not loaded half-written. Polling needs no dependency, works on every file
// system (network mounts, bind mounts in containers) and a second or two of
// delay is nothing for data that changes a few times a year.
func (s *Server) watch(ctx context.Context) {
	last, _ := snapshot(s.cfg.DataDir)
	seen := last // the state at the previous poll
	t := time.NewTicker(s.cfg.WatchInterval)
	defer t.Stop()
	s.log.Info("watching data", "dir", s.cfg.DataDir, "every", s.cfg.WatchInterval)
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		cur, err := snapshot(s.cfg.DataDir)
		if err != nil {
			s.log.Warn("watching data", "dir", s.cfg.DataDir, "err", err)
			continue
		}
		var changed bool
		if changed, last, seen = settled(last, seen, cur); changed {
			s.reload()
		}
	}
}

// settled decides one poll of watch: last is the state last loaded, seen
// the state at the previous poll, cur the state now. It reports a change
// only when cur differs from last and equals seen, i.e. the files have
// stopped changing for a whole poll.
func settled(last, seen, cur string) (changed bool, newLast, newSeen string) {
	switch {
	case cur == last:
		return false, last, cur
	case cur != seen:
		return false, last, cur // still changing
	}
	return true, cur, cur
}

// reload loads DataDir whole. A valid dataset replaces the old one for new
// sessions and, through ui.DataMsg, for every live session from its next
// frame; an invalid one is logged with every problem and changes nothing.
func (s *Server) reload() bool {
	d, err := dataset.LoadPathWith(s.cfg.DataDir, s.cfg.Limits)
	if err != nil {
		kv := []any{"dir", s.cfg.DataDir, "err", firstLine(err.Error())}
		if ps, ok := err.(dataset.Problems); ok {
			kv = []any{"dir", s.cfg.DataDir, "problems", len(ps)}
		}
		s.log.Error("reload failed: still serving the previous data", kv...)
		if ps, ok := err.(dataset.Problems); ok {
			for _, p := range ps {
				s.log.Error("data problem", "problem", p.String())
			}
		}
		return false
	}
	s.data.Store(d)
	s.mu.Lock()
	live := make([]*session, 0, len(s.sessions))
	for ss := range s.sessions {
		live = append(live, ss)
	}
	s.mu.Unlock()
	s.log.Info("data reloaded", "dir", s.cfg.DataDir, "id", d.ID, "as_of", d.AsOf, "sessions", len(live))
	for _, ss := range live {
		loc := i18n.New(ss.lang)
		msg := ui.DataMsg{Data: d, Notice: loc.Tf("server.reloaded", loc.Date(d.AsOf))}
		go ss.send(msg) // returns when delivered or when the program has ended
	}
	return true
}

// snapshot is a fingerprint of every file under dir: path, size, mtime.
func snapshot(dir string) (string, error) {
	var lines []string
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			return nil
		}
		info, err := e.Info()
		if err != nil {
			return err
		}
		lines = append(lines, fmt.Sprintf("%s\x00%d\x00%d", p, info.Size(), info.ModTime().UnixNano()))
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("scanning %s: %w", dir, err)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n"), nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
