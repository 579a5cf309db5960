package dataset_test

import (
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/dataset/datasettest"
)

// bundledBook is the bundled dataset exported as a workbook.
func bundledBook(t *testing.T) []byte {
	t.Helper()
	b, err := datasettest.Bundled(t).ExportXLSX()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// asFS is files (name to content) as a file system, in folder dir.
func asFS(dir string, files map[string][]byte) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, b := range files {
		fsys[dir+"/"+name] = &fstest.MapFile{Data: b}
	}
	return fsys
}

// loadBook loads workbook b as file name.
func loadBook(t *testing.T, name string, b []byte) (*dataset.Dataset, error) {
	t.Helper()
	return dataset.Load(fstest.MapFS{name: &fstest.MapFile{Data: b}}, name)
}

// sameDataset fails t with msg unless got is deeply equal to want, first
// naming each of fields that differs: a whole-Dataset comparison alone
// would not say where two datasets part.
func sameDataset(t *testing.T, want, got *dataset.Dataset, msg string, fields ...string) {
	t.Helper()
	if reflect.DeepEqual(want, got) {
		return
	}
	for _, f := range fields {
		a, b := reflect.ValueOf(*want).FieldByName(f).Interface(), reflect.ValueOf(*got).FieldByName(f).Interface()
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s differs:\n got %+v\nwant %+v", f, b, a)
		}
	}
	t.Fatal(msg)
}
