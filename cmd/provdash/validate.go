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
		dir    string
		limits limitFlags
	)
	cmd := &cobra.Command{Use: "validate [DIR|FILE.xlsx]", Args: maxOneArg("cli.arg.path")}
	runWithLang(cmd, getenv, func(_ *cobra.Command, args []string, loc *i18n.Locale) error {
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
	})
	cmd.Flags().StringVar(&dir, "data", "", "")
	limits.register(cmd)
	return cmd
}
