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
	var province string
	cmd := &cobra.Command{Use: "init PATH", Args: exactArgs("cli.arg.path")}
	runWithLang(cmd, getenv, func(_ *cobra.Command, args []string, loc *i18n.Locale) error {
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
		_, err := fmt.Fprintln(stdout, loc.Tf("cli.init.wrote", target, target))
		return err
	})
	cmd.Flags().StringVar(&province, "province", "", "")
	return cmd
}
