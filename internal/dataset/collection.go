package dataset

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// LoadPath loads the one dataset at p on disk: a dataset folder, or a
// .xlsx workbook (whose problems then name the workbook by its file name).
// It is the entry point for a server that is given a path and reloads it.
func LoadPath(p string) (*Dataset, error) { return LoadPathWith(p, DefaultLimits()) }

// LoadPathWith is LoadPath within lim.
func LoadPathWith(p string, lim Limits) (*Dataset, error) {
	if IsWorkbookName(p) {
		root, name := WorkbookAt(p)
		return LoadWith(DirFS(root), name, lim)
	}
	return LoadWith(DirFS(p), ".", lim)
}

// WorkbookAt is the folder and name a workbook named on the command line
// at p is loaded by: p's own, or when p is a symbolic link, which the
// operator made, its target's. Inside a folder Load follows a link only
// to a file in that folder.
func WorkbookAt(p string) (root, name string) {
	if st, err := os.Lstat(p); err == nil && st.Mode()&fs.ModeSymlink != 0 {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real
		}
	}
	return filepath.Dir(p), filepath.Base(p)
}

// IsDataset reports whether dir of fsys is one dataset folder (it holds a
// dataset.toml) rather than a collection of them.
func IsDataset(fsys fs.FS, dir string) bool {
	st, err := fs.Stat(fsys, path.Join(dir, FileMeta))
	return err == nil && !st.IsDir()
}

// LoadCollection reads dir as one dataset when it holds a dataset.toml or
// is a .xlsx workbook, and otherwise as a collection: every sub-folder
// holding a dataset.toml and every workbook is one province, loaded in
// name order. Problems in a collection name
// their file relative to dir ("bac-giang/pci.csv"). Like Load it is all or
// nothing: one broken province fails the collection, because a planner who
// switches provinces must not find one silently missing.
//
// Each province folder is read as Load reads one: only regular files, and
// symbolic links only to files inside that province's own folder. A
// sub-folder that is itself a symbolic link is not a province.
func LoadCollection(fsys fs.FS, dir string) ([]*Dataset, error) {
	return LoadCollectionWith(fsys, dir, DefaultLimits())
}

// LoadCollectionWith is LoadCollection with every dataset read within lim.
func LoadCollectionWith(fsys fs.FS, dir string, lim Limits) ([]*Dataset, error) {
	if IsDataset(fsys, dir) || IsWorkbook(fsys, dir) {
		d, err := LoadWith(fsys, dir, lim)
		if err != nil {
			return nil, err
		}
		return []*Dataset{d}, nil
	}
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, Problems{NewProblem(CodeCannotReadFolder, dir, 0, 0, "", "cannot read the folder: %v", unwrapPath(err))}
	}
	var (
		sets     []*Dataset
		problems Problems
		ids      = map[string]string{}
	)
	for _, e := range entries {
		sub := path.Join(dir, e.Name())
		// "~$name.xlsx" is the lock file Excel keeps beside an open workbook.
		if strings.HasPrefix(e.Name(), ".") || strings.HasPrefix(e.Name(), "~$") {
			continue
		}
		book := !e.IsDir() && IsWorkbook(fsys, sub)
		if !book && (!e.IsDir() || !IsDataset(fsys, sub)) {
			continue
		}
		where := e.Name() + "/" + FileMeta
		if book {
			where = e.Name()
		}
		d, err := LoadWith(fsys, sub, lim)
		var ps Problems
		switch {
		case errors.As(err, &ps):
			for _, p := range ps {
				if !book { // a workbook's problems already name it
					p.File = e.Name() + "/" + p.File
				}
				problems = append(problems, p)
			}
			continue
		case err != nil:
			problems = append(problems, NewProblem(CodeLoadError, e.Name(), 0, 0, "", "%v", err))
			continue
		}
		if first, dup := ids[d.ID]; dup {
			problems = append(problems, NewProblem(CodeDuplicateDatasetID, where, 0, 0, "id",
				"duplicate dataset id %q (also in %s)", d.ID, first))
			continue
		}
		ids[d.ID] = e.Name()
		sets = append(sets, d)
	}
	if len(problems) > 0 {
		return nil, problems
	}
	where := func(id string) string {
		name := ids[id]
		if IsWorkbookName(name) {
			return name
		}
		return name + "/" + FileMeta
	}
	if ps := CheckLineage(sets, where); len(ps) > 0 {
		return nil, ps
	}
	if len(sets) == 0 {
		return nil, Problems{NewProblem(CodeNotADataset, dir, 0, 0, "", "no %s or .xlsx workbook here or in any sub-folder: not a dataset or a collection", FileMeta)}
	}
	return sets, nil
}

// CheckLineage checks that the datasets of a collection agree on their
// lineage where both ends are present: a province formed from another is
// what that other says it became, on the same date, and no chain of
// mergers goes round in a circle. A province whose other end is not in
// the collection is fine (it is then named without a link). where names
// the file a dataset came from, so a disagreement names both files.
func CheckLineage(sets []*Dataset, where func(id string) string) Problems {
	var ps Problems
	byID := make(map[string]*Dataset, len(sets))
	for _, d := range sets {
		byID[d.ID] = d
	}
	for _, d := range sets {
		for _, f := range d.Lineage.FormedFrom {
			p, ok := byID[f.ID]
			if !ok {
				continue
			}
			if p.Lineage.Became.ID != d.ID {
				became := p.Lineage.Became.ID
				if became == "" {
					became = "—"
				}
				ps = append(ps, NewProblem(CodeLineageBecameOther, where(d.ID), 0, 0, "lineage.formed_from",
					"says it was formed from %q, but %s says that province became %q: both ends must agree", f.ID, where(p.ID), became))
				continue
			}
			if p.Lineage.Date != d.Lineage.Date {
				ps = append(ps, NewProblem(CodeLineageDate, where(d.ID), 0, 0, "lineage.date",
					"gives the date %s, but %s gives %s: both ends must agree", d.Lineage.Date, where(p.ID), p.Lineage.Date))
			}
		}
		if b := d.Lineage.Became.ID; b != "" {
			s, ok := byID[b]
			if ok && !slices.ContainsFunc(s.Lineage.FormedFrom, func(l Link) bool { return l.ID == d.ID }) {
				ps = append(ps, NewProblem(CodeLineageNotListed, where(d.ID), 0, 0, "lineage.became",
					"says it became %q, but %s does not list %q in lineage.formed_from: both ends must agree", b, where(s.ID), d.ID))
			}
		}
	}
	// A cycle can only run through "became" links that both ends confirm
	// or that point into the collection; follow them from each dataset.
	reported := map[string]bool{}
	for _, d := range sets {
		path := []string{d.ID}
		for cur := d; cur.Lineage.Became.ID != ""; {
			next, ok := byID[cur.Lineage.Became.ID]
			if !ok {
				break
			}
			path = append(path, next.ID)
			if next.ID == d.ID {
				if !reported[d.ID] {
					for _, id := range path {
						reported[id] = true
					}
					ps = append(ps, NewProblem(CodeLineageCycle, where(d.ID), 0, 0, "lineage.became",
						"the lineage goes round in a circle: %s", strings.Join(path, " → ")))
				}
				break
			}
			if len(path) > len(sets) {
				break
			}
			cur = next
		}
	}
	return ps
}

// Find returns the dataset of sets whose id is id.
func Find(sets []*Dataset, id string) (*Dataset, bool) {
	for _, d := range sets {
		if d.ID == id {
			return d, true
		}
	}
	return nil, false
}

// unwrapPath drops the *fs.PathError wrapper, whose path repeats what the
// problem's File already says.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
