// Command provdash is a terminal dashboard of provincial economic
// indicators. This file is the only place that exits the process.
package main

import (
	"context"
	"os"

	"charm.land/fang/v2"
)

func main() {
	root := newRootCmd(os.Stdout, os.Getenv)
	if err := fang.Execute(context.Background(), root, fang.WithVersion(versionString())); err != nil {
		os.Exit(1)
	}
}
