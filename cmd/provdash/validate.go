package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/dataset"
)

func newValidateCmd(stdout io.Writer) *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "validate [DIR]",
		Short: "Check a dataset folder (or a folder of them) and list every problem",
		Long: "validate loads DIR exactly as --data would and prints every problem as " +
			"FILE:LINE: column NAME: message, one per line, then exits 1. With no problem it prints " +
			"a one-line summary and exits 0. DIR may be one dataset folder or a collection " +
			"(every sub-folder holding a dataset.toml is checked). Without DIR it checks --data, " +
			"or the bundled dataset.",
		Example: "  provdash validate ./my-data\n  provdash validate ./provinces",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 1 {
				dir = args[0]
			}
			var (
				all   []*dataset.Dataset
				err   error
				where = dir
			)
			if dir == "" {
				where = "bundled data"
				all, err = dataset.LoadCollection(data.FS(), data.Dir)
			} else {
				all, err = loadDir(dir)
			}
			if err != nil {
				var ps dataset.Problems
				if !errors.As(err, &ps) {
					return fmt.Errorf("%s: %w", where, err)
				}
				for _, p := range ps {
					fmt.Fprintln(stdout, p.String())
				}
				return fmt.Errorf("%s: %s", where, plural(len(ps), "problem"))
			}
			ids := make([]string, len(all))
			rows := 0
			for i, d := range all {
				ids[i] = d.ID
				rows += len(d.Growth) + len(d.Size) + len(d.Sectors) + len(d.Structure) + len(d.PCI) +
					len(d.FDIYear) + len(d.FDICountry) + len(d.Zones) + len(d.ZoneTotals) + len(d.Agreements)
			}
			_, err = fmt.Fprintf(stdout, "ok: %s: %s (%s), %s, no problems\n", where,
				plural(len(all), "dataset"), strings.Join(ids, ", "), plural(rows, "row"))
			return err
		},
	}
	cmd.Flags().StringVar(&dir, "data", "", "dataset folder or collection to check (same as DIR)")
	return cmd
}
