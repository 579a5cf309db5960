package dataset

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
	"time"
)

// problemsOf loads files and returns its problems, failing when it loads.
func problemsOf(t *testing.T, files map[string]string, lim Limits) Problems {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys["ds/"+name] = &fstest.MapFile{Data: []byte(text)}
	}
	d, err := LoadWith(fsys, "ds", lim)
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("want problems, got %v, %v", d, err)
	}
	return ps
}

// findProblem returns the first problem with code, failing when none.
func findProblem(t *testing.T, ps Problems, code string) Problem {
	t.Helper()
	for _, p := range ps {
		if p.Code == code {
			return p
		}
	}
	t.Fatalf("no %s problem in:\n%v", code, ps)
	return Problem{}
}

// injections are the sequences an adversarial dataset carried: a
// clipboard write (OSC 52), a hyperlink (OSC 8), DCS, CSI as a C1
// character, a full reset, leaving the alternate screen, a bidi override.
var injections = []struct {
	name, text string
	code       string
}{
	{"osc52", "Bắc\x1b]52;c;aGVsbG8=\aGiang", CodeControlChar},
	{"osc8", "B\x1b]8;;https://x.example\x1b\\G", CodeControlChar},
	{"dcs", "B\x1bP1$r\x1b\\G", CodeControlChar},
	{"c1 csi", "B\u009b2JG", CodeControlChar},
	{"reset", "B\x1bcG", CodeControlChar},
	{"alt screen", "B\x1b[?1049lG", CodeControlChar},
	{"bidi override", "B\u202eG", CodeBidiChar},
	{"isolate", "B\u2066G", CodeBidiChar},
	{"zero width space", "B\u200bG", CodeInvisibleChar},
	{"word joiner", "B\u2060G", CodeInvisibleChar},
	{"zwj in latin", "B\u200dG", CodeInvisibleChar},
}

// Finding 7: escape sequences, bidi controls and invisible characters in
// a CSV cell are refused with file, line, field number and column name,
// and the character's position in the cell.
func TestLoadRejectsControlCharsInCSV(t *testing.T) {
	for _, c := range injections {
		t.Run(c.name, func(t *testing.T) {
			files := fixture()
			files[FileZones] = "name,district,area_ha,occupancy_pct,occupancy_date,developer,tenants,stage,source,status,date,note_vi,note_en\n" +
				"Vân Trung,Việt Yên,350.3,100,2022-01,,,operating,s1,official,2022-01,,\n" +
				"\"" + c.text + "\",Việt Yên,350.3,100,2022-01,,,operating,s1,official,2022-01,,\n"
			p := findProblem(t, problemsOf(t, files, Limits{}), c.code)
			if p.File != FileZones || p.Line != 3 || p.Col != 1 || p.Column != "name" {
				t.Errorf("located at %s:%d field %d column %q, want zones.csv:3 field 1 column name", p.File, p.Line, p.Col, p.Column)
			}
			at := strings.IndexFunc(c.text, func(r rune) bool { return r != 'B' && r != 'ắ' && r != 'c' && r != 'G' }) // first odd byte
			wantChar := len([]rune(c.text[:at])) + 1
			if want := fmt.Sprintf("at character %d:", wantChar); !strings.Contains(p.Msg, want) {
				t.Errorf("message %q does not say %q", p.Msg, want)
			}
			if strings.ContainsAny(p.String(), "\x1b\a\u009b\u202e") {
				t.Errorf("the problem line carries the sequence: %q", p.String())
			}
		})
	}
}

// Tab is allowed in notes and nowhere else; a line break is refused in
// any cell, with the line it is on.
func TestLoadTabAndLineBreaks(t *testing.T) {
	head := "year,score,rank,rank_source,source,status,date,note_vi,note_en\n"
	files := fixture()
	files[FilePCI] = head + "2024,71.24,4,,s1,official,2024,a\tb,a\tb\n"
	if _, err := load(files); err != nil {
		t.Fatalf("tab in a note: %v", err)
	}
	files[FilePCI] = head + "2024,71.24,4,,s1,offi\tcial,2024,,\n"
	p := findProblem(t, problemsOf(t, files, Limits{}), CodeControlChar)
	if p.Line != 2 || p.Column != "status" || !strings.Contains(p.Msg, "U+0009 TAB at character 5") {
		t.Errorf("got %s", p)
	}
	files[FilePCI] = head + "2024,71.24,4,,s1,official,2024,\"one\ntwo\",\n"
	p = findProblem(t, problemsOf(t, files, Limits{}), CodeControlChar)
	if p.Line != 2 || p.Column != "note_vi" || !strings.Contains(p.Msg, "LINE FEED at character 4") {
		t.Errorf("got %s", p)
	}
	files[FilePCI] = head + "2024,71.24,4,,s1,official,2024,\"one\ntwo\x1b\",\n"
	if p = findProblem(t, problemsOf(t, files, Limits{}), CodeControlChar); p.Line != 2 {
		t.Errorf("got %s", p)
	}
	// The header is checked too.
	files[FilePCI] = "year,sc\x1bore,rank,rank_source,source,status,date,note_vi,note_en\n2024,71.24,4,,s1,official,2024,,\n"
	if p = findProblem(t, problemsOf(t, files, Limits{}), CodeControlChar); p.Line != 1 || p.Col != 2 {
		t.Errorf("got %s", p)
	}
}

// Finding 7 in dataset.toml: raw and escaped (\e, \u001B, \x9B, \u202E)
// sequences in any string, with the line and column where they are
// written and the key they belong to.
func TestLoadRejectsControlCharsInTOML(t *testing.T) {
	cases := []struct {
		name, from, to string
		line, col      int
		key, code      string
	}{
		{"raw osc52 in name", `vi = "Bắc Giang"`, "vi = \"Bắc\x1b]52;c;aGVsbG8=\aGiang\"", 5, 10, "name.vi", CodeControlChar},
		{"escaped ESC", `vi = "Bắc Giang"`, `vi = "Bắc\e]52;c;aGVsbG8=\u0007Giang"`, 5, 10, "name.vi", CodeControlChar},
		{"\\u001B", `en = "Bac Giang"`, `en = "B\u001B]8;;https://x.example\u001B\\G"`, 6, 8, "name.en", CodeControlChar},
		{"\\x9b C1 CSI", `title = "One"`, `title = "O\x9b2Jne"`, 23, 11, "source.title", CodeControlChar},
		{"\\U bidi", `title = "Two"`, `title = "T\U0000202Ewo"`, 27, 11, "source.title", CodeBidiChar},
		{"inline table", `label = { vi = "Tăng trưởng", en = "Growth" }`, `label = { vi = "Tăng trưởng", en = "Gro` + "\u200b" + `wth" }`, 32, 40, "headline.label.en", CodeInvisibleChar},
		{"multi-line string", `title = "One"`, "title = \"\"\"\nO\x1bcne\"\"\"", 24, 2, "source.title", CodeControlChar},
		{"literal string", `title = "One"`, "title = 'O\x1b[?1049lne'", 23, 11, "source.title", CodeControlChar},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			files := fixture()
			if !strings.Contains(files[FileMeta], c.from) {
				t.Fatalf("fixture has no %q", c.from)
			}
			files[FileMeta] = strings.Replace(files[FileMeta], c.from, c.to, 1)
			p := findProblem(t, problemsOf(t, files, Limits{}), c.code)
			if p.File != FileMeta || p.Line != c.line || p.Col != c.col || p.Column != c.key {
				t.Errorf("got %s:%d:%d key %q, want line %d col %d key %q (%s)", p.File, p.Line, p.Col, p.Column, c.line, c.col, c.key, p)
			}
		})
	}
	// Escapes in a literal string are text, and so is a tab in a note.
	files := fixture()
	files[FileMeta] = strings.Replace(files[FileMeta], `title = "One"`, `title = 'C:\e\u001B'`, 1) +
		"\n[[note]]\nvi = \"a\\tb\"\nen = \"a\tb\"\n"
	if _, err := load(files); err != nil {
		t.Fatalf("literal escapes or a tab in a note refused: %v", err)
	}
}

// Finding 8: a deeply nested dataset.toml is refused before the TOML
// parser sees it. 100,000 levels already take the parser seconds and a
// large stack; millions overflow it (fatal). The check is linear.
func TestLoadDeepTOML(t *testing.T) {
	for _, c := range []struct {
		deep string
		col  int // of the first bracket too many
	}{
		{"x = " + strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000) + "\n", 4 + DefaultMaxDepth + 1},
		{"x = " + strings.Repeat("{a=", 100_000) + "1" + strings.Repeat("}", 100_000) + "\n", 4 + 3*DefaultMaxDepth + 1},
	} {
		files := fixture()
		files[FileMeta] = c.deep + files[FileMeta]
		start := time.Now()
		ps := problemsOf(t, files, Limits{})
		if p := findProblem(t, ps, CodeTOMLTooDeep); p.Line != 1 || p.Col != c.col {
			t.Errorf("got %s:%d:%d, want column %d", p.Location(), p.Line, p.Col, c.col)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("took %s", d)
		}
		for _, q := range ps {
			if q.Code == CodeTOMLSyntax || q.Code == CodeTOMLError {
				t.Errorf("the parser ran: %s", q)
			}
		}
	}
	// Depth 16 (the default) is fine, and the limit can be raised.
	files := fixture()
	files[FileMeta] = "b = " + strings.Repeat("[", DefaultMaxDepth) + strings.Repeat("]", DefaultMaxDepth) + "\n" + fixture()[FileMeta]
	for _, p := range problemsOf(t, files, Limits{}) {
		if p.Code == CodeTOMLTooDeep {
			t.Errorf("depth 16 refused: %s", p)
		}
	}
	files[FileMeta] = "x = " + strings.Repeat("[", 20) + strings.Repeat("]", 20) + "\n" + fixture()[FileMeta]
	for _, p := range problemsOf(t, files, Limits{Depth: 32}) {
		if p.Code == CodeTOMLTooDeep {
			t.Errorf("depth 20 refused with a limit of 32: %s", p)
		}
	}
	// Brackets in strings and comments do not count.
	files[FileMeta] = "# " + strings.Repeat("[", 100) + "\n" + strings.Replace(fixture()[FileMeta], `title = "One"`, `title = "`+strings.Repeat("{", 100)+`"`, 1)
	if _, err := load(files); err != nil {
		t.Errorf("brackets in a comment or string: %v", err)
	}
}

// Finding 11: limits on file size, rows per table and cell length, each
// reported once with where it was hit.
func TestLoadLimits(t *testing.T) {
	files := fixture()
	head := "year,score,rank,rank_source,source,status,date,note_vi,note_en\n"
	var b strings.Builder
	b.WriteString(head)
	for y := range 50 {
		fmt.Fprintf(&b, "%d,71.24,4,,s1,official,%d,,\n", 1950+y, 1950+y)
	}
	files[FilePCI] = b.String()
	ps := problemsOf(t, files, Limits{Rows: 10})
	n := 0
	for _, p := range ps {
		if p.Code == CodeTooManyRows {
			n++
			if p.File != FilePCI || p.Line != 12 {
				t.Errorf("got %s", p)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d too-many-rows problems, want 1:\n%v", n, ps)
	}
	if _, err := LoadWith(mapFS(files), "ds", Limits{Rows: 50}); err != nil {
		t.Errorf("50 rows with a limit of 50: %v", err)
	}

	files = fixture()
	p := findProblem(t, problemsOf(t, files, Limits{FileSize: 100}), CodeFileTooLarge)
	if !strings.Contains(p.Msg, "limit of 100 bytes") {
		t.Errorf("got %s", p)
	}

	files[FilePCI] = head + "2024,71.24,4,,s1,official,2024," + strings.Repeat("ă", 41) + ",\n"
	p = findProblem(t, problemsOf(t, files, Limits{Cell: 40}), CodeCellTooLong)
	if p.File != FilePCI || p.Line != 2 || p.Column != "note_vi" {
		t.Errorf("got %s", p)
	}
	files[FilePCI] = head + "2024,71.24,4,,s1,official,2024," + strings.Repeat("ă", 40) + ",\n"
	if _, err := LoadWith(mapFS(files), "ds", Limits{Cell: 40}); err != nil {
		t.Errorf("40 characters with a limit of 40: %v", err)
	}
	files = fixture()
	files[FileMeta] = strings.Replace(files[FileMeta], `title = "One"`, `title = "`+strings.Repeat("x", 41)+`"`, 1)
	if p = findProblem(t, problemsOf(t, files, Limits{Cell: 40}), CodeCellTooLong); p.Line != 23 || p.Column != "source.title" {
		t.Errorf("got %s", p)
	}
}

func mapFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys["ds/"+name] = &fstest.MapFile{Data: []byte(text)}
	}
	return fsys
}

// writeDir writes the fixture to a new folder on disk.
func writeDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range fixture() {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// loadSoon loads fsys in a goroutine and fails, instead of hanging the
// suite, when it has not returned within 20 s.
func loadSoon(t *testing.T, fsys fs.FS, dir string) ([]*Dataset, error) {
	t.Helper()
	type result struct {
		sets []*Dataset
		err  error
	}
	done := make(chan result, 1)
	go func() {
		sets, err := LoadCollection(fsys, dir)
		done <- result{sets, err}
	}()
	select {
	case r := <-done:
		return r.sets, r.err
	case <-time.After(20 * time.Second):
		t.Fatal("Load blocked for 20 s")
		return nil, nil
	}
}

// Finding 9: a named pipe in the data folder is refused without being
// opened (opening it would block until someone writes to it).
func TestLoadRefusesFIFO(t *testing.T) {
	dir := writeDir(t)
	fifo := filepath.Join(dir, FilePCI)
	if err := os.Remove(fifo); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	_, err := loadSoon(t, os.DirFS(dir), ".")
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("want problems, got %v", err)
	}
	if p := findProblem(t, ps, CodeNotRegularFile); p.File != FilePCI {
		t.Errorf("got %s", p)
	}
	// So is a folder where a file should be.
	if err := os.Remove(fifo); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(fifo, 0o755); err != nil {
		t.Fatal(err)
	}
	_, err = loadSoon(t, os.DirFS(dir), ".")
	if !errors.As(err, &ps) {
		t.Fatalf("want problems, got %v", err)
	}
	findProblem(t, ps, CodeNotRegularFile)
}

// Finding 12a: a symbolic link out of the dataset folder is refused, and
// nothing of its target is read or quoted; a link to a file inside the
// folder is followed.
func TestLoadSymlinks(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret")
	if err := os.WriteFile(outside, []byte("root:$6$secret-hash:19000:0:99999:7:::\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{outside, "../" + filepath.Base(filepath.Dir(outside)) + "/secret", "sub/../../x"} {
		dir := writeDir(t)
		link := filepath.Join(dir, FilePCI)
		if err := os.Remove(link); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, link); err != nil {
			t.Skipf("symlink: %v", err)
		}
		_, err := loadSoon(t, os.DirFS(dir), ".")
		var ps Problems
		if !errors.As(err, &ps) {
			t.Fatalf("%s: want problems, got %v", target, err)
		}
		findProblem(t, ps, CodeSymlinkOutside)
		if strings.Contains(ps.Error(), "secret-hash") {
			t.Errorf("the target's content leaked: %v", ps)
		}
	}

	// Inside the folder: followed, also through a chain.
	dir := writeDir(t)
	if err := os.Rename(filepath.Join(dir, FilePCI), filepath.Join(dir, "pci-2024.csv")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("pci-2024.csv", filepath.Join(dir, "pci-latest.csv")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("pci-latest.csv", filepath.Join(dir, FilePCI)); err != nil {
		t.Fatal(err)
	}
	if _, err := loadSoon(t, os.DirFS(dir), "."); err != nil {
		t.Errorf("link inside the folder: %v", err)
	}
	// …and into a real sub-folder.
	if err := os.Mkdir(filepath.Join(dir, "archive"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(dir, "pci-2024.csv"), filepath.Join(dir, "archive", "pci-2024.csv")); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, FilePCI)); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("archive/pci-2024.csv", filepath.Join(dir, FilePCI)); err != nil {
		t.Fatal(err)
	}
	if _, err := loadSoon(t, os.DirFS(dir), "."); err != nil {
		t.Errorf("link into a sub-folder: %v", err)
	}

	// A link through a linked folder that leads out is refused.
	if err := os.Symlink(filepath.Dir(outside), filepath.Join(dir, "etc")); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, FilePCI)); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("etc/secret", filepath.Join(dir, FilePCI)); err != nil {
		t.Fatal(err)
	}
	_, err := loadSoon(t, os.DirFS(dir), ".")
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("want problems, got %v", err)
	}
	findProblem(t, ps, CodeSymlinkOutside)

	// A collection: a province's link to a sibling province's file leaves
	// its own folder, so it is refused too.
	col := t.TempDir()
	for _, p := range []string{"a", "b"} {
		if err := os.CopyFS(filepath.Join(col, p), os.DirFS(writeDir(t))); err != nil {
			t.Fatal(err)
		}
	}
	meta := filepath.Join(col, "b", FileMeta)
	if err := os.WriteFile(meta, []byte(strings.Replace(fixture()[FileMeta], `id = "t"`, `id = "u"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(col, "b", FilePCI)); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../a/"+FilePCI, filepath.Join(col, "b", FilePCI)); err != nil {
		t.Fatal(err)
	}
	_, err = loadSoon(t, os.DirFS(col), ".")
	if !errors.As(err, &ps) {
		t.Fatalf("want problems, got %v", err)
	}
	if p := findProblem(t, ps, CodeSymlinkOutside); p.File != "b/"+FilePCI {
		t.Errorf("got %s", p)
	}
}

// Finding 11: a 237 MB table is refused from its size alone, before a byte
// of it is read, and a table of a million rows stops at the row limit with
// one problem, in little time and memory.
func TestLoadHugeFiles(t *testing.T) {
	dir := writeDir(t)
	if err := os.Truncate(filepath.Join(dir, FileZones), 237<<20); err != nil { // sparse: takes no disk
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := loadSoon(t, os.DirFS(dir), ".")
	runtime.ReadMemStats(&after)
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("want problems, got %v", err)
	}
	if p := findProblem(t, ps, CodeFileTooLarge); p.File != FileZones {
		t.Errorf("got %s", p)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 32<<20 {
		t.Errorf("refusing a 237 MB file allocated %d MB", alloc>>20)
	}

	var b strings.Builder
	b.WriteString("year,score,rank,rank_source,source,status,date,note_vi,note_en\n")
	for i := range 1_000_000 {
		fmt.Fprintf(&b, "%d,71.24,4,,s1,official,2024,,\n", 1900+i%200)
	}
	files := fixture()
	files[FilePCI] = b.String()
	start := time.Now()
	ps = problemsOf(t, files, Limits{})
	n := 0
	for _, p := range ps {
		if p.Code == CodeTooManyRows {
			n++
			if p.Line != DefaultMaxRows+2 {
				t.Errorf("got %s", p)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d row-limit problems, want 1", n)
	}
	t.Logf("a million rows refused in %s", time.Since(start))
}

// Finding 8 at its real size: five million [. Without the depth check the
// TOML parser overflows the stack, a fatal error no recover catches, so the
// load runs in a child process: a regression fails this test instead of
// killing the test binary. (A million nested inline tables, the finding's
// other file, ran for minutes and took 13 GB before the check; the
// 100,000-level case of TestLoadDeepTOML covers that path in process.)
func TestLoadVeryDeepTOMLInChild(t *testing.T) {
	if os.Getenv("PROVDASH_DEEP_TOML_CHILD") != "" {
		files := fixture()
		files[FileMeta] = "x = " + strings.Repeat("[", 5_000_000) + "\n" + files[FileMeta]
		findProblem(t, problemsOf(t, files, Limits{}), CodeTOMLTooDeep)
		return
	}
	if testing.Short() {
		t.Skip("starts a child process")
	}
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestLoadVeryDeepTOMLInChild$", "-test.v")
	cmd.Env = append(os.Environ(), "PROVDASH_DEEP_TOML_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS") {
		t.Errorf("child failed (%v):\n%.2000s", err, out)
	}
}

// The backstop behind the scanner: a decoded string the scanner missed is
// still refused, at its key's line.
func TestCheckDecodedBackstop(t *testing.T) {
	l := &loader{lim: DefaultLimits()}
	m := tomlMeta{Sources: []Source{{ID: "s1", Title: "One\x1b]52;c;eA==\a"}}, Notes: []Text{{VI: "a\tb"}}}
	l.checkDecoded(&m, strings.Split("[[source]]\nid = \"s1\"\ntitle = \"…\"\n", "\n"))
	if len(l.problems) != 1 {
		t.Fatalf("got %v", l.problems)
	}
	if p := l.problems[0]; p.Code != CodeControlChar || p.Line != 3 || p.Column != "source.title" || !strings.Contains(p.Msg, "at character 4") {
		t.Errorf("got %s (%s)", p, p.Column)
	}
}
