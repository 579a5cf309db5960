// Command provdash is a terminal dashboard of provincial economic
// indicators. This file is the only place that exits the process.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/fang/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"github.com/provdash/provdash/internal/i18n"
)

func main() {
	root := newRootCmd(os.Stdout, os.Getenv)
	if err := execute(context.Background(), root); err != nil {
		os.Exit(1)
	}
}

// execute runs root under fang (styled help, --version, completions) with
// errors printed by errorHandler.
func execute(ctx context.Context, root *cobra.Command) error {
	return fang.Execute(ctx, root,
		fang.WithVersion(versionString()),
		fang.WithErrorHandler(errorHandler(root)),
	)
}

// errorHandler prints an error in the language of the command that ran: a
// "lỗi"/"error" label, then the message exactly as written. fang's own
// handler writes an English "ERROR" banner, title-cases the message (an
// error names files, columns and values a planner must read exactly) and
// pads every line to the terminal width; this one pads nothing, so no line
// ends in spaces. In colour the label is a "LỖI"/"ERROR" badge; without,
// plain "lỗi: "/"error: ".
func errorHandler(root *cobra.Command) fang.ErrorHandler {
	return func(w io.Writer, styles fang.Styles, err error) {
		label := commandLocale(root).T("cli.error")
		if cw, ok := w.(*colorprofile.Writer); !ok || cw.Profile <= colorprofile.ASCII {
			_, _ = fmt.Fprintf(w, "%s: %s\n", label, err)
			return
		}
		badge := styles.ErrorHeader.UnsetMargins().UnsetString().Render(strings.ToUpper(label))
		_, _ = fmt.Fprintf(w, "%s %s\n", badge, err)
	}
}

// commandLocale is the language of the command cobra ran (the deepest one
// whose flags were parsed): its --lang, or the flag's default from
// LC_ALL/LANG when the value is not a language. A command without --lang
// (completion, man) speaks the root's default.
func commandLocale(root *cobra.Command) *i18n.Locale {
	ran := root
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if sub.Flags().Parsed() {
				ran = sub
			}
			walk(sub)
		}
	}
	walk(root)
	for _, c := range []*cobra.Command{ran, root} {
		if fl := c.Flags().Lookup("lang"); fl != nil {
			for _, v := range []string{fl.Value.String(), fl.DefValue} {
				if l, err := i18n.Parse(v); err == nil {
					return i18n.New(l)
				}
			}
		}
	}
	return i18n.New(i18n.EN)
}
