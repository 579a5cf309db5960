package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
)

// newInitCmd is `provdash init PATH`: an empty dataset to fill in, as a
// folder or, for a .xlsx path, a workbook. A planner starting a province
// from nothing gets every table's header, the metadata keys and a line on
// what each sheet holds; validate then lists what is still missing.
func newInitCmd(stdout io.Writer, getenv func(string) string) *cobra.Command {
	var province, lang string
	cmd := &cobra.Command{
		Use:   "init PATH",
		Short: "Write an empty dataset to fill in: a folder, or a .xlsx workbook",
		Long: "init writes an empty dataset at PATH: for a path ending in .xlsx one workbook with a " +
			"sheet per table and per part of dataset.toml, each with its header and a short " +
			"explanation above it; otherwise a folder with dataset.toml and the ten CSV files " +
			"(header lines only). --province fills in the province's name and id. init never " +
			"overwrites: PATH must not exist. `provdash validate PATH` then names what to fill in.",
		Example: "  provdash init tinh-mau.xlsx --province \"Tỉnh Mẫu\"\n  provdash init ./tinh-mau --province \"Tỉnh Mẫu\"",
		Args:    cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			l, err := i18n.Parse(lang)
			if err != nil {
				return err
			}
			loc := i18n.New(l)
			target := args[0]
			if _, err := os.Lstat(target); err == nil {
				return errors.New(loc.Tf("cli.init.exists", target))
			} else if !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("init %s: %w", target, err)
			}
			name := dataset.Text{VI: province, EN: province}
			about := func(sheet string) string {
				key := "init.about." + sheet
				return loc.T(key)
			}
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				return fmt.Errorf("init: %w", err)
			}
			if dataset.IsWorkbookName(target) {
				b, err := dataset.SkeletonXLSX(name, about)
				if err != nil {
					return err
				}
				if err := writeNew(target, b); err != nil {
					return err
				}
			} else {
				if err := os.Mkdir(target, 0o755); err != nil {
					return fmt.Errorf("init: %w", err)
				}
				for file, b := range dataset.SkeletonFolder(name, about) {
					if err := writeNew(filepath.Join(target, file), b); err != nil {
						return err
					}
				}
			}
			_, err = fmt.Fprintln(stdout, loc.Tf("cli.init.wrote", target, target))
			return err
		},
	}
	cmd.Flags().StringVar(&province, "province", "", "the province's name, e.g. \"Bắc Giang\" (its id is made from it)")
	cmd.Flags().StringVar(&lang, "lang", string(i18n.FromEnv(getenv)), "language of the messages and explanations: vi|en (default from LC_ALL/LANG)")
	return cmd
}
