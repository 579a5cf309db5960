package dataset

import (
	"slices"
	"testing"
)

// The declaration is consistent: no column twice in a table, and every
// figure has the source/status/date/note columns that must vouch for it.
func TestTablesDeclaration(t *testing.T) {
	seenFile := map[string]bool{}
	for _, tb := range tables() {
		file := tb.fileName()
		if seenFile[file] {
			t.Errorf("%s declared twice", file)
		}
		seenFile[file] = true
		names := map[string]bool{}
		for _, c := range tb.columns() {
			if names[c.name] {
				t.Errorf("%s: column %s declared twice", file, c.name)
			}
			names[c.name] = true
		}
		for _, c := range tb.columns() {
			if !c.figure {
				continue
			}
			for _, m := range []string{"source", "status", "date", "note_vi", "note_en"} {
				if !names[c.group+m] {
					t.Errorf("%s: figure %s has no column %s%s to vouch for it", file, c.name, c.group, m)
				}
			}
		}
	}
	want := []string{FileGrowth, FileSize, FileSectors, FileStructure, FilePCI,
		FileFDIYear, FileFDICountry, FileZones, FileZoneTotals, FileAgreements, FileExports, FilePeriods, FileTargets}
	if got := FileNames()[1:]; !slices.Equal(got, want) {
		t.Errorf("tables declared for %v, want %v", got, want)
	}
}
