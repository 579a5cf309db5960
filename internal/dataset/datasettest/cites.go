package datasettest

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/provdash/provdash/internal/dataset"
)

// Loaded is a synthetic collection of provinces × years, loaded the way the
// dashboard loads one (not real data).
func Loaded(tb testing.TB, provinces, years int) []*dataset.Dataset {
	tb.Helper()
	fsys, err := Collection(provinces, years)
	if err != nil {
		tb.Fatal(err)
	}
	sets, err := dataset.LoadCollection(fsys, "synthetic")
	if err != nil {
		tb.Fatal(err)
	}
	return sets
}

// CitedSet is the set of source ids the [n] numbers in s name; a number
// the dataset has no source for is kept as "?n", so it shows as extra.
func CitedSet(d *dataset.Dataset, s string) map[string]bool {
	ids := map[string]bool{}
	for _, m := range regexp.MustCompile(`\[(\d+)\]`).FindAllStringSubmatch(s, -1) {
		if n, err := strconv.Atoi(m[1]); err == nil && n >= 1 && n <= len(d.Sources) {
			ids[d.Sources[n-1].ID] = true
		} else {
			ids["?"+m[1]] = true
		}
	}
	return ids
}

// KnownSet is ids as a set, those the dataset does not list left out (no
// [n] can name them).
func KnownSet(d *dataset.Dataset, ids []string) map[string]bool {
	out := map[string]bool{}
	for _, id := range ids {
		if _, _, ok := d.SourceByID(id); ok {
			out[id] = true
		}
	}
	return out
}

// SetDiff describes how got differs from want, "" when they are the same.
func SetDiff(got, want map[string]bool) string {
	var extra, missing []string
	for id := range got {
		if !want[id] {
			extra = append(extra, id)
		}
	}
	for id := range want {
		if !got[id] {
			missing = append(missing, id)
		}
	}
	if len(extra) == 0 && len(missing) == 0 {
		return ""
	}
	slices.Sort(extra)
	slices.Sort(missing)
	return fmt.Sprintf("cites %v not on the page, drops %v", extra, missing)
}
