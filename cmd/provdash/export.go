package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
)

func newExportCmd(stdout io.Writer) *cobra.Command {
	var (
		f      dataFlags
		out    string
		format string
	)
	cmd := &cobra.Command{
		Use:   "export --out DIR",
		Short: "Write the current dataset as CSV files (the --data format) or JSON",
		Long: "export writes the dataset in use (bundled, or --data/--province) to DIR. " +
			"--format csv writes dataset.toml and the ten CSV files exactly as --data reads them, " +
			"so a planner can start a new year from them; --format json writes DIR/ID.json in the " +
			"shape described in data/README.md. Existing files of the same names are replaced.",
		Example: "  provdash export --out ./my-data\n  provdash export --out ./out --format json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return fmt.Errorf("--out DIR is required")
			}
			if format != "csv" && format != "json" {
				return fmt.Errorf("unknown --format %q: use csv or json", format)
			}
			d, _, err := f.load(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			files := map[string][]byte{}
			if format == "json" {
				b, err := d.ExportJSON()
				if err != nil {
					return err
				}
				files[d.ID+".json"] = b
			} else if files, err = d.ExportCSV(); err != nil {
				return err
			}
			if err := os.MkdirAll(out, 0o755); err != nil {
				return fmt.Errorf("export: %w", err)
			}
			for name, b := range files {
				if err := os.WriteFile(filepath.Join(out, name), b, 0o644); err != nil {
					return fmt.Errorf("export: %w", err)
				}
			}
			_, err = fmt.Fprintf(stdout, "wrote %s (%s, %d files) to %s\n", d.ID, format, len(files), out)
			return err
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&out, "out", "", "folder to write to (created if missing)")
	cmd.Flags().StringVar(&format, "format", "csv", "csv|json")
	return cmd
}
