// Package data embeds the bundled province datasets so the binary works
// with no files beside it (an SSH server, a projector laptop).
package data

import (
	"embed"
	"fmt"
	"io/fs"

	"github.com/provdash/provdash/internal/dataset"
)

// Dir is the folder of the bundled Bắc Giang dataset inside FS().
const Dir = "bac-giang"

//go:embed bac-giang
var files embed.FS

// FS returns the embedded datasets, one folder per province. Other tools
// (validate, export) read it through dataset.Load like any folder.
func FS() fs.FS { return files }

// Bundled loads the embedded Bắc Giang dataset through the same Load and
// validation as a dataset on disk, so the bundled data gets no shortcut.
func Bundled() (*dataset.Dataset, error) {
	d, err := dataset.Load(files, Dir)
	if err != nil {
		return nil, fmt.Errorf("bundled dataset %s: %w", Dir, err)
	}
	return d, nil
}
