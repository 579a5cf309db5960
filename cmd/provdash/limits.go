package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/provdash/provdash/internal/dataset"
)

// limitFlags raise (or lower) the limits the loader reads a dataset
// within: every command that loads data has them, so a dataset too large
// for the defaults can still be checked, shown, served and exported
// (data/README.md, "Limits").
type limitFlags struct {
	fileSize string
	rows     int
	cell     int
	depth    int
}

func (f *limitFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.fileSize, "max-file-size", strconv.Itoa(dataset.DefaultMaxFileSize>>20)+"M", "largest data file read, in bytes (K, M, G suffixes: 1024-based)")
	fl.IntVar(&f.rows, "max-rows", dataset.DefaultMaxRows, "most rows in one CSV table")
	fl.IntVar(&f.cell, "max-cell", dataset.DefaultMaxCell, "most characters in one CSV cell or dataset.toml string")
	fl.IntVar(&f.depth, "max-depth", dataset.DefaultMaxDepth, "deepest nesting of [ and { in dataset.toml")
}

// limits returns the flags as dataset.Limits; a value that is not a
// positive number is an error naming its flag. Flags never registered
// (a zero limitFlags) give the defaults.
func (f *limitFlags) limits() (dataset.Limits, error) {
	if *f == (limitFlags{}) {
		return dataset.DefaultLimits(), nil
	}
	size, err := parseSize(f.fileSize)
	if err != nil {
		return dataset.Limits{}, fmt.Errorf("--max-file-size: %w", err)
	}
	for _, c := range []struct {
		name string
		v    int
	}{{"--max-rows", f.rows}, {"--max-cell", f.cell}, {"--max-depth", f.depth}} {
		if c.v <= 0 {
			return dataset.Limits{}, fmt.Errorf("%s must be positive (got %d)", c.name, c.v)
		}
	}
	return dataset.Limits{FileSize: size, Rows: f.rows, Cell: f.cell, Depth: f.depth}, nil
}

// parseSize reads "67108864", "64M", "64MB", "512k" or "1G" as bytes.
func parseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "IB"), "B")
	mult := int64(1)
	if n := len(t); n > 0 {
		switch t[n-1] {
		case 'K':
			mult = 1 << 10
		case 'M':
			mult = 1 << 20
		case 'G':
			mult = 1 << 30
		}
		if mult > 1 {
			t = t[:n-1]
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("%q is not a size (write 64M, 512K, 1G or a number of bytes)", s)
	}
	return n * mult, nil
}
