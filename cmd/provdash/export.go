package main

import (
	"errors"
	"fmt"
	"github.com/provdash/provdash/internal/content"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
)

func newExportCmd(stdout io.Writer, getenv func(string) string) *cobra.Command {
	var (
		f      dataFlags
		out    string
		format string
		lang   string
		all    bool
	)
	cmd := &cobra.Command{
		Use:   "export --out DIR|FILE.xlsx",
		Short: "Write the current dataset as CSV files (the --data format), an Excel workbook or JSON",
		Long: "export writes the dataset in use (bundled, or --data/--province) to DIR. " +
			"--format csv writes dataset.toml and the ten CSV files exactly as --data reads them, " +
			"so a planner can start a new year from them; --format xlsx writes the same as one " +
			"workbook FILE.xlsx (a sheet per table, figures as numbers), which --data reads too; " +
			"--format json writes DIR/ID.json in the shape described in data/README.md. Existing " +
			"files of the same names are replaced.",
		Example: "  provdash export --out ./my-data\n  provdash export --format xlsx --out bac-ninh.xlsx\n  provdash export --out ./out --format json\n  provdash export --all --out ./provinces",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			l, err := i18n.Parse(lang)
			if err != nil {
				return err
			}
			loc := i18n.New(l)
			if out == "" {
				return errors.New(loc.T("cli.export.need_out"))
			}
			if format != "csv" && format != "json" && format != "xlsx" {
				return errors.New(loc.Tf("cli.export.bad_format", format))
			}
			if format == "xlsx" && !all && !dataset.IsWorkbookName(out) {
				return errors.New(loc.Tf("cli.export.need_xlsx", out))
			}
			d, sets, err := f.load(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			if !all {
				return exportOne(stdout, loc, d, format, out)
			}
			// The whole collection, with its lineage: a folder per
			// province (csv), or a workbook or JSON file per province, in
			// out, which a planner can load back as a collection.
			every := content.LineageOrder(sets)
			if n := content.National(sets); n != nil {
				every = append(every, n)
			}
			for _, d := range every {
				target := out
				switch format {
				case "csv":
					target = filepath.Join(out, d.ID)
				case "xlsx":
					target = filepath.Join(out, d.ID+".xlsx")
				}
				if err := exportOne(stdout, loc, d, format, target); err != nil {
					return err
				}
			}
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&out, "out", "", "folder to write to (created if missing), or the .xlsx file for --format xlsx")
	cmd.Flags().StringVar(&format, "format", "csv", "csv|xlsx|json")
	cmd.Flags().BoolVar(&all, "all", false, "write every dataset of the collection (the bundled one: the new Bắc Ninh and the two provinces it was formed from) into --out: a folder per province (csv) or ID.xlsx / ID.json files, with their lineage")
	cmd.Flags().StringVar(&lang, "lang", string(i18n.FromEnv(getenv)), "language of the messages: vi|en (default from LC_ALL/LANG)")
	return cmd
}

// exportOne writes d in format to out (a folder for csv and json, a
// workbook file for xlsx) and says what it wrote.
func exportOne(stdout io.Writer, loc *i18n.Locale, d *dataset.Dataset, format, out string) error {
	if format == "xlsx" {
		b, err := d.ExportXLSX()
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := writeFile(out, b); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		_, err = fmt.Fprintln(stdout, loc.Tf("cli.export.wrote_book", d.ID, out))
		return err
	}
	files := map[string][]byte{}
	var err error
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
	if err := writeFiles(out, files); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	_, err = fmt.Fprintln(stdout, loc.Tf("cli.export.wrote", d.ID, format, len(files), out))
	return err
}
