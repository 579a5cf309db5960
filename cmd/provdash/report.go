package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/report"
)

// reportFormat is the report's format: --format when given (md or
// html), else the --out name's extension (.html, .htm), else Markdown.
func reportFormat(format, out string) (string, bool) {
	f := strings.ToLower(strings.TrimSpace(format))
	ext := strings.ToLower(filepath.Ext(out))
	byName := "md"
	if ext == ".html" || ext == ".htm" {
		byName = "html"
	}
	switch f {
	case "":
		return byName, true
	case "md", "markdown":
		return "md", byName == "md" || out == "" || out == "-"
	case "html":
		return "html", true
	}
	return f, false
}

func newReportCmd(stdout io.Writer, getenv func(string) string) *cobra.Command {
	var (
		f      dataFlags
		out    string
		format string
	)
	cmd := &cobra.Command{Use: "report", Args: noArgs}
	runWithLang(cmd, getenv, func(cmd *cobra.Command, _ []string, loc *i18n.Locale) error {
		d, all, err := f.load(cmd.ErrOrStderr())
		if err != nil {
			return err
		}
		kind, ok := reportFormat(format, out)
		if !ok {
			return errors.New(loc.Tf("cli.report.bad_format", format, out))
		}
		sc := content.NewScope(all, d)
		text, wrote := report.Markdown(sc, loc), "cli.report.wrote"
		if kind == "html" {
			// One self-contained file to send after the meeting.
			if text, err = report.HTML(sc, loc); err != nil {
				return fmt.Errorf("report: %w", err)
			}
			wrote = "cli.report.wrote_html"
		}
		if out == "" || out == "-" {
			_, err = io.WriteString(stdout, text)
			return err
		}
		if err := writeFile(out, []byte(text)); err != nil {
			return fmt.Errorf("report: %w", err)
		}
		// Like export, say what was written and where.
		_, err = fmt.Fprintln(stdout, loc.Tf(wrote, out))
		return err
	})
	f.register(cmd)
	cmd.Flags().StringVarP(&out, "out", "o", "", "")
	cmd.Flags().StringVar(&format, "format", "", "")
	return cmd
}
