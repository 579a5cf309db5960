package data

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/dataset"
)

// TestEnglishNotesSpelledOut: the English notes we wrote (every Text in a
// field named for a note) say "provincial People's Committee", "industrial
// park", "first quarter of 2024", not PPC, IP, Q1 2024, H1, 7M, AFF, MPI,
// Dept. or MoU, which a reader of a detail view trips on; so do the acts
// a target was set by (TargetRow.Act). Source titles are not notes: a
// real publication's title stays as it was published.
func TestEnglishNotesSpelledOut(t *testing.T) {
	short := regexp.MustCompile(`\bPPC\b|\bIPs?\b|\bQ[1-4]\b|\bH[12]\b|\b\d{1,2}M\b|\bAFF\b|\bMPI\b|\bDept\.|\bMoU\b|/yr\b`)
	sets, err := Collection()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range sets {
		notes(reflect.ValueOf(d).Elem(), d.ID, false, func(path, en string) {
			n++
			if s := short.FindString(en); s != "" {
				t.Errorf("%s: %q in the English note %q", path, s, en)
			}
		})
	}
	if n == 0 {
		t.Fatal("no English note found: the walk misses the notes")
	}
}

// notes calls f with every non-empty English Text under v that is in a
// field whose name has "Note" in it (Note, NoteText, Notes, NationalNote…).
func notes(v reflect.Value, path string, inNote bool, f func(path, en string)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			notes(v.Elem(), path, inNote, f)
		}
	case reflect.Struct:
		if t, ok := v.Interface().(dataset.Text); ok {
			if inNote && t.EN != "" {
				f(path, t.EN)
			}
			return
		}
		for i := range v.NumField() {
			sf := v.Type().Field(i)
			if !sf.IsExported() {
				continue
			}
			notes(v.Field(i), path+"."+sf.Name, inNote || strings.Contains(sf.Name, "Note") || sf.Name == "Act", f)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			notes(v.Index(i), path, inNote, f)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			notes(v.MapIndex(k), path, inNote, f)
		}
	}
}
