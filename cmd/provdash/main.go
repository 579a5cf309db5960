// Command provdash is a terminal dashboard of provincial economic
// indicators. This file is the only place that exits the process.
package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"charm.land/fang/v2"
	"github.com/charmbracelet/x/term"
)

func main() {
	root := newRootCmd(os.Stdout, os.Getenv)
	if err := fang.Execute(context.Background(), root,
		fang.WithVersion(versionString()),
		fang.WithErrorHandler(errorHandler),
	); err != nil {
		os.Exit(1)
	}
}

// errorHandler prints errors as fang does, but without its title-casing:
// an error names files, columns and values ("bg/pci.csv:3: column score:
// not a number") that a planner must read exactly as written.
func errorHandler(w io.Writer, styles fang.Styles, err error) {
	if f, ok := w.(term.File); ok && !term.IsTerminal(f.Fd()) {
		_, _ = fmt.Fprintln(w, err.Error())
		return
	}
	_, _ = fmt.Fprintln(w, styles.ErrorHeader.String())
	_, _ = fmt.Fprintln(w, styles.ErrorText.UnsetTransform().Render(err.Error()))
	_, _ = fmt.Fprintln(w)
}
