package content

import (
	"testing"

	"github.com/provdash/provdash/data"
)

// BenchmarkNewScopeFor measures what a dashboard pays on start to number
// the sources of the bundled current province's screens.
func BenchmarkNewScopeFor(b *testing.B) {
	sets, err := data.Collection()
	if err != nil {
		b.Fatal(err)
	}
	d, reg := Current(sets), Default()
	b.ReportAllocs()
	for b.Loop() {
		NewScopeFor(reg, sets, d)
	}
}
