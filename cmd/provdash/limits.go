package main

import (
	"errors"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
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

// They are hidden from each command's flag list (they still work): help
// points to "provdash help limits", which lists them once.
func (f *limitFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.fileSize, "max-file-size", strconv.Itoa(dataset.DefaultMaxFileSize>>20)+"M", "")
	fl.IntVar(&f.rows, "max-rows", dataset.DefaultMaxRows, "")
	fl.IntVar(&f.cell, "max-cell", dataset.DefaultMaxCell, "")
	fl.IntVar(&f.depth, "max-depth", dataset.DefaultMaxDepth, "")
	for _, n := range []string{"max-file-size", "max-rows", "max-cell", "max-depth"} {
		fl.Lookup(n).Hidden = true
	}
}

// limits returns the flags as dataset.Limits; a value that is not a
// positive number is an error naming its flag, in loc's language. Flags
// never registered (a zero limitFlags) give the defaults.
func (f *limitFlags) limits(loc *i18n.Locale) (dataset.Limits, error) {
	if *f == (limitFlags{}) {
		return dataset.DefaultLimits(), nil
	}
	size, ok := parseSize(f.fileSize)
	if !ok {
		return dataset.Limits{}, errors.New(loc.Tf("cli.bad_size", f.fileSize))
	}
	for _, c := range []struct {
		name string
		v    int
	}{{"--max-rows", f.rows}, {"--max-cell", f.cell}, {"--max-depth", f.depth}} {
		if c.v <= 0 {
			return dataset.Limits{}, errors.New(loc.Tf("cli.limit_positive", c.name, c.v))
		}
	}
	return dataset.Limits{FileSize: size, Rows: f.rows, Cell: f.cell, Depth: f.depth}, nil
}

// parseSize reads "67108864", "64M", "64MB", "64MiB", "512k" or "1G" as
// bytes; ok is false for anything else, zero or negative.
func parseSize(s string) (int64, bool) {
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
		return 0, false
	}
	return n * mult, true
}
