package main

import (
	"errors"
	"fmt"
	"github.com/provdash/provdash/internal/content"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
)

func newExportCmd(stdout io.Writer, getenv func(string) string) *cobra.Command {
	var (
		f      dataFlags
		out    string
		format string
		all    bool
	)
	cmd := &cobra.Command{Use: "export --out DIR|FILE.xlsx|FILE.json", Args: noArgs}
	runWithLang(cmd, getenv, func(cmd *cobra.Command, _ []string, loc *i18n.Locale) error {
		if out == "" {
			return errors.New(loc.T("cli.export.need_out"))
		}
		kind, err := exportFormat(loc, format, out, all)
		if err != nil {
			return err
		}
		d, sets, err := f.load(cmd.ErrOrStderr())
		if err != nil {
			return err
		}
		if !all {
			return exportOne(stdout, loc, d, kind, out)
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
			switch kind {
			case "csv":
				target = filepath.Join(out, d.ID)
			case "xlsx":
				target = filepath.Join(out, d.ID+".xlsx")
			}
			if err := exportOne(stdout, loc, d, kind, target); err != nil {
				return err
			}
		}
		return nil
	})
	f.register(cmd)
	cmd.Flags().StringVar(&out, "out", "", "")
	cmd.Flags().StringVar(&format, "format", "", "")
	cmd.Flags().BoolVar(&all, "all", false, "")
	return cmd
}

// exportFormat is the format to write: --format as given (csv, xlsx or
// json, in any case), or, without it, the one --out's name says: FILE.xlsx
// a workbook, FILE.json one JSON file, anything else a CSV folder. A name
// that says one format while --format says another is refused rather than
// written as a folder called bg2.xlsx. With --all, --out is a folder.
func exportFormat(loc *i18n.Locale, format, out string, all bool) (string, error) {
	named := ""
	switch {
	case all:
	case dataset.IsWorkbookName(out):
		named = "xlsx"
	case strings.EqualFold(filepath.Ext(out), ".json"):
		named = "json"
	}
	if format == "" {
		if named == "" {
			return "csv", nil
		}
		return named, nil
	}
	f := strings.ToLower(format)
	if !slices.Contains(choices("format"), f) {
		return "", errors.New(loc.Tf("cli.export.bad_format", format))
	}
	if f == "xlsx" && !all && named != "xlsx" {
		return "", errors.New(loc.Tf("cli.export.need_xlsx", out))
	}
	if named != "" && named != f {
		return "", errors.New(loc.Tf("cli.export.format_clash", out, named, f))
	}
	return f, nil
}

// exportOne writes d in format to out (a folder for csv and json, a
// workbook file for xlsx) and says what it wrote.
func exportOne(stdout io.Writer, loc *i18n.Locale, d *dataset.Dataset, format, out string) error {
	if format == "xlsx" || format == "json" && strings.EqualFold(filepath.Ext(out), ".json") {
		// One dataset to the file named: a workbook, or one JSON document.
		export, wrote := d.ExportXLSX, "cli.export.wrote_book"
		if format == "json" {
			export, wrote = d.ExportJSON, "cli.export.wrote_json"
		}
		b, err := export()
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := writeFile(out, b); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		_, err = fmt.Fprintln(stdout, loc.Tf(wrote, d.ID, out))
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
