package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
)

func newValidateCmd(stdout io.Writer, getenv func(string) string) *cobra.Command {
	var (
		dir, lang string
		limits    limitFlags
	)
	cmd := &cobra.Command{
		Use:   "validate [DIR|FILE.xlsx]",
		Short: "Check a dataset folder or workbook (or a folder of them) and list every problem",
		Long: "validate loads DIR exactly as --data would and prints every problem as " +
			"FILE:LINE: column NAME: message, one per line, then exits 1. With no problem it prints " +
			"a one-line summary and exits 0. DIR may be one dataset folder, one .xlsx workbook " +
			"(problems read FILE: SHEET!CELL: column NAME: message) or a collection (every " +
			"sub-folder holding a dataset.toml and every workbook is checked). Without DIR it checks --data, " +
			"or the bundled dataset. With --lang vi the messages are in Vietnamese " +
			"(FILE:LINE: cột NAME: thông báo); file, line and column stay as written.",
		Example: "  provdash validate ./my-data\n  provdash validate ./provinces\n  provdash validate --lang vi ./my-data",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			l, err := i18n.Parse(lang)
			if err != nil {
				return err
			}
			loc := i18n.New(l)
			if len(args) == 1 {
				dir = args[0]
			}
			lim, err := limits.limits(loc)
			if err != nil {
				return err
			}
			var (
				all   []*dataset.Dataset
				where = dir
			)
			if dir == "" {
				where = loc.T("cli.bundled")
				all, err = dataset.LoadCollectionWith(data.FS(), data.Root, lim)
			} else {
				all, err = loadDir(dir, lim)
			}
			if err != nil {
				ps, ok := printProblems(stdout, loc, err)
				if !ok {
					return fmt.Errorf("%s: %w", where, err)
				}
				return errors.New(where + ": " + loc.Plural(len(ps), "cli.problems"))
			}
			ids := make([]string, len(all))
			rows := 0
			for i, d := range all {
				ids[i] = d.ID
				rows += d.RowCount()
			}
			_, err = fmt.Fprintln(stdout, loc.Tf("cli.validate.ok", where,
				loc.Plural(len(all), "cli.datasets"), strings.Join(ids, ", "), loc.Plural(rows, "cli.rows")))
			return err
		},
	}
	cmd.Flags().StringVar(&dir, "data", "", "dataset folder, workbook or collection to check (same as DIR)")
	cmd.Flags().StringVar(&lang, "lang", string(i18n.FromEnv(getenv)), "language of the messages: vi|en (default from LC_ALL/LANG)")
	limits.register(cmd)
	return cmd
}
