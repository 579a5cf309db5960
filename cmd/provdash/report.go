package main

import (
	"fmt"
	"github.com/provdash/provdash/internal/content"
	"io"

	"github.com/spf13/cobra"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/report"
)

func newReportCmd(stdout io.Writer, getenv func(string) string) *cobra.Command {
	var (
		f    dataFlags
		lang string
		out  string
	)
	cmd := &cobra.Command{
		Use:  "report",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			l, err := i18n.Parse(lang)
			if err != nil {
				return err
			}
			d, all, err := f.load(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			loc := i18n.New(l)
			md := report.Markdown(content.NewScope(all, d), loc)
			if out == "" || out == "-" {
				_, err = io.WriteString(stdout, md)
				return err
			}
			if err := writeFile(out, []byte(md)); err != nil {
				return fmt.Errorf("report: %w", err)
			}
			// Like export, say what was written and where.
			_, err = fmt.Fprintln(stdout, loc.Tf("cli.report.wrote", out))
			return err
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&lang, "lang", string(i18n.FromEnv(getenv)), "")
	cmd.Flags().StringVarP(&out, "out", "o", "", "")
	return cmd
}
