package dataset

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with a dataset, located precisely enough for
// the person editing the CSV or TOML file to find it: file (relative to the
// dataset folder), 1-based line, and for CSV files the 1-based field number
// (Col) with the column's header name. For dataset.toml, Col is the column
// within the line when the TOML parser knows it. Line or Col is 0 when the
// problem concerns the whole file or the whole line.
type Problem struct {
	File   string
	Line   int
	Col    int
	Column string
	Msg    string
}

// String formats p as "FILE:LINE: column NAME: message", the form editors
// and CI logs recognise.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Column != "" {
		fmt.Fprintf(&b, "column %s: ", p.Column)
	}
	b.WriteString(p.Msg)
	return b.String()
}

// Problems is every problem Load found. A dataset is used whole or not at
// all, so Load reports all of them at once instead of stopping at the first:
// fixing a spreadsheet one error per run is slow.
type Problems []Problem

// Error lists the problems one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}
