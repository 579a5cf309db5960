// Command provdash is a terminal dashboard of provincial economic
// indicators. This file is the only place that exits the process.
package main

import (
	"context"
	"os"
)

func main() {
	root := newRootCmd(os.Stdout, os.Getenv)
	if c, _, err := root.Find(os.Args[1:]); err == nil && c.Annotations[keepsRunning] == "" {
		// A command that prints and ends (render, report, export…).
		startHeap(os.Getenv)
	}
	if err := execute(context.Background(), root, os.Args[1:]); err != nil {
		os.Exit(1)
	}
}
