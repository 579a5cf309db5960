package server

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/ui"
)

// watch polls DataDir every WatchInterval and reloads once the files'
// names, sizes and modification times have differed from what is served
// and then stayed the same for WatchSettle: an editor or rsync saving
// several CSVs one after another, or a writer that pauses between rows, is
// not loaded half-written. Polling needs no dependency, works on every file
// system (network mounts, bind mounts in containers) and a few seconds of
// delay is nothing for data that changes a few times a year.
//
// The load runs on its own goroutine and reads through a file system that
// fails once ctx ends, so a slow or stuck load (a network mount that
// hangs) never holds up sessions, which keep the data they have, nor
// shutdown, which abandons it.
func (s *Server) watch(ctx context.Context) {
	loaded, _ := snapshot(s.cfg.DataDir) // the state being served
	seen, since := loaded, time.Now()    // the state at the last poll, and since when
	t := time.NewTicker(s.cfg.WatchInterval)
	defer t.Stop()
	s.log.Info("watching data", "dir", s.cfg.DataDir, "every", s.cfg.WatchInterval, "settle", s.cfg.WatchSettle)
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
		if s.cfg.watchPolled != nil {
			s.cfg.watchPolled(cur)
		}
		if cur != seen {
			seen, since = cur, time.Now() // still changing: the settle time starts again
			continue
		}
		if cur == loaded || time.Since(since) < s.cfg.WatchSettle {
			continue
		}
		d, ok := s.load(ctx)
		if ctx.Err() != nil {
			return
		}
		// Files that changed while they were read may have been read
		// half-written: wait for them to settle again.
		if after, err := snapshot(s.cfg.DataDir); err != nil || after != cur {
			continue
		}
		loaded = cur // a broken state is not retried until it changes
		if ok {
			s.publish(d)
		}
	}
}

// load reads DataDir whole, off the caller's goroutine, and gives up when
// ctx ends. An invalid dataset is logged with every problem; ok is false.
func (s *Server) load(ctx context.Context) (d *dataset.Dataset, ok bool) {
	// A workbook is read from its folder, by its name; a dataset folder
	// as ".".
	root, name := s.cfg.DataDir, "."
	if dataset.IsWorkbookName(root) {
		root, name = dataset.WorkbookAt(root)
	}
	fsys := dataset.DirFS(root)
	if s.cfg.dataFS != nil {
		fsys = s.cfg.dataFS(root)
	}
	type result struct {
		d   *dataset.Dataset
		err error
	}
	res := make(chan result, 1) // buffered: an abandoned load still finishes and is collected
	go func() {
		d, err := dataset.LoadWith(ctxFS{ctx: ctx, fsys: fsys}, name, s.cfg.Limits)
		res <- result{d, err}
	}()
	var r result
	select {
	case r = <-res:
	case <-ctx.Done():
		s.log.Info("reload abandoned: shutting down", "dir", s.cfg.DataDir)
		return nil, false
	}
	if r.err != nil {
		if ctx.Err() != nil {
			return nil, false
		}
		kv := []any{"dir", s.cfg.DataDir, "err", firstLine(r.err.Error())}
		var ps dataset.Problems
		if errors.As(r.err, &ps) {
			kv = []any{"dir", s.cfg.DataDir, "problems", len(ps)}
		}
		s.log.Error("reload failed: still serving the previous data", kv...)
		for _, p := range ps {
			s.log.Error("data problem", "problem", p.String())
		}
		s.broadcast(ui.ReloadFailedMsg{Problems: max(1, len(ps))})
		return nil, false
	}
	return r.d, true
}

// publish serves d to new sessions and, through ui.DataMsg, to every live
// session from its next frame. Each delivery has its own goroutine: a
// session whose program is busy or stuck delays only itself.
func (s *Server) publish(d *dataset.Dataset) {
	s.data.Store(d)
	s.mu.Lock()
	live := make([]*session, 0, len(s.sessions))
	for ss := range s.sessions {
		live = append(live, ss)
	}
	s.mu.Unlock()
	s.log.Info("data reloaded", "dir", s.cfg.DataDir, "id", d.ID, "as_of", d.AsOf, "sessions", len(live))
	// Each session words the notice itself, in the language it shows now.
	for _, ss := range live {
		go ss.send(ui.DataMsg{Data: d, Reloaded: true})
	}
}

// broadcast sends msg to every live session, each from its own goroutine.
func (s *Server) broadcast(msg tea.Msg) {
	s.mu.Lock()
	live := make([]*session, 0, len(s.sessions))
	for ss := range s.sessions {
		live = append(live, ss)
	}
	s.mu.Unlock()
	for _, ss := range live {
		go ss.send(msg)
	}
}

// ctxFS is a file system that fails every call once ctx has ended, so a
// load in progress stops at its next read.
type ctxFS struct {
	ctx  context.Context
	fsys fs.FS
}

func (c ctxFS) Open(name string) (fs.File, error) {
	if err := c.ctx.Err(); err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	f, err := c.fsys.Open(name)
	if err != nil {
		return nil, err // the loader reports it with the file's name
	}
	return ctxFile{File: f, ctx: c.ctx}, nil
}

// OpenIn passes dataset.FolderFS through, so the loader keeps opening
// files by descriptor from their folder.
func (c ctxFS) OpenIn(folder, name string) (fs.File, error) {
	if err := c.ctx.Err(); err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	var (
		f   fs.File
		err error
	)
	if ff, ok := c.fsys.(dataset.FolderFS); ok {
		f, err = ff.OpenIn(folder, name)
	} else {
		f, err = c.fsys.Open(name)
	}
	if err != nil {
		return nil, err // the loader reports it with the file's name
	}
	return ctxFile{File: f, ctx: c.ctx}, nil
}

func (c ctxFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if err := c.ctx.Err(); err != nil {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: err}
	}
	return fs.ReadDir(c.fsys, name)
}

type ctxFile struct {
	fs.File
	ctx context.Context
}

func (f ctxFile) Read(p []byte) (int, error) {
	if err := f.ctx.Err(); err != nil {
		return 0, err
	}
	return f.File.Read(p)
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

// Stat and Lstat pass through, so that a loader that refuses symbolic
// links or special files sees them through this wrapper as it would
// without it.
func (c ctxFS) Stat(name string) (fs.FileInfo, error) {
	if err := c.ctx.Err(); err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: err}
	}
	return fs.Stat(c.fsys, name)
}

func (c ctxFS) Lstat(name string) (fs.FileInfo, error) {
	if err := c.ctx.Err(); err != nil {
		return nil, &fs.PathError{Op: "lstat", Path: name, Err: err}
	}
	return fs.Lstat(c.fsys, name)
}

func (c ctxFS) ReadLink(name string) (string, error) {
	if err := c.ctx.Err(); err != nil {
		return "", &fs.PathError{Op: "readlink", Path: name, Err: err}
	}
	return fs.ReadLink(c.fsys, name)
}
