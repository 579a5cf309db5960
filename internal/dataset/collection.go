package dataset

import (
	"errors"
	"io/fs"
	"path"
	"strings"
)

// IsDataset reports whether dir of fsys is one dataset folder (it holds a
// dataset.toml) rather than a collection of them.
func IsDataset(fsys fs.FS, dir string) bool {
	st, err := fs.Stat(fsys, path.Join(dir, FileMeta))
	return err == nil && !st.IsDir()
}

// LoadCollection reads dir as one dataset when it holds a dataset.toml, and
// otherwise as a collection: every sub-folder holding a dataset.toml is one
// province, loaded in folder-name order. Problems in a collection name
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
	if IsDataset(fsys, dir) {
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
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") || !IsDataset(fsys, sub) {
			continue
		}
		d, err := LoadWith(fsys, sub, lim)
		var ps Problems
		switch {
		case errors.As(err, &ps):
			for _, p := range ps {
				p.File = e.Name() + "/" + p.File
				problems = append(problems, p)
			}
			continue
		case err != nil:
			problems = append(problems, NewProblem(CodeLoadError, e.Name(), 0, 0, "", "%v", err))
			continue
		}
		if first, dup := ids[d.ID]; dup {
			problems = append(problems, NewProblem(CodeDuplicateDatasetID, e.Name()+"/"+FileMeta, 0, 0, "id",
				"duplicate dataset id %q (also in %s)", d.ID, first))
			continue
		}
		ids[d.ID] = e.Name()
		sets = append(sets, d)
	}
	if len(problems) > 0 {
		return nil, problems
	}
	if len(sets) == 0 {
		return nil, Problems{NewProblem(CodeNotADataset, dir, 0, 0, "", "no %s here or in any sub-folder: not a dataset or a collection", FileMeta)}
	}
	return sets, nil
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
