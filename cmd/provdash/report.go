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
		Use:   "report",
		Short: "Write a Markdown report of every tab, with units, statuses and numbered sources",
		Long: "report writes the key figures and tables of every tab as Markdown, with units, " +
			"status marks and the numbered source list [n] the dashboard uses: what a planner " +
			"pastes into a briefing. Gaps are printed as —.",
		Example: "  provdash report --lang en --out briefing.md\n  provdash report --data ./my-data",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			l, err := i18n.Parse(lang)
			if err != nil {
				return err
			}
			d, all, err := f.load(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			md := report.Markdown(content.NewScope(all, d), i18n.New(l))
			if out == "" || out == "-" {
				_, err = io.WriteString(stdout, md)
				return err
			}
			if err := writeFile(out, []byte(md)); err != nil {
				return fmt.Errorf("report: %w", err)
			}
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&lang, "lang", string(i18n.FromEnv(getenv)), "language: vi|en (default from LC_ALL/LANG)")
	cmd.Flags().StringVarP(&out, "out", "o", "", "file to write (default: stdout)")
	return cmd
}
