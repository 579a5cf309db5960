package dataset

import (
	"errors"
	"strings"
	"testing"
)

// FuzzLoadTOML feeds arbitrary dataset.toml text beside valid tables: Load
// must never panic and must return either a dataset or a non-empty list of
// located problems.
func FuzzLoadTOML(f *testing.F) {
	fx := fixture()
	f.Add(fx[FileMeta])
	f.Add(strings.ReplaceAll(fx[FileMeta], "\n", "\r\n"))
	f.Add("id = \"t\"\n[[headline]]\nvalue = \">\"\n[[headline]]\n")
	f.Add("[name\n")
	f.Add("id = 1\nas_of = 2024\n[[source]]\nid = \"\"\n")
	f.Add("\xEF\xBB\xBF[fdi_countries]\nvalue = \"≈1.2.3\"\n")
	f.Add("x = [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]\n")
	f.Add(`a = "\e]52;c;eA==\u0007"` + "\nb = '\\e'\nc = \"\"\"\n\\\n  x\\U0000202E\"\"\"\"\nd = '''\n\x1b'''''\n")
	f.Fuzz(func(t *testing.T, text string) {
		files := fixture()
		files[FileMeta] = text
		d, err := load(files)
		checkLoadResult(t, d, err, "")
	})
}

// checkLoadResult is what every fuzz target of the loaders asks of a
// load: a dataset or an error, never both or neither, and an error a
// non-empty Problems whose every problem says what is wrong and names its
// file (file itself when it is not "", the workbook a whole load read).
func checkLoadResult(t *testing.T, d *Dataset, err error, file string) {
	t.Helper()
	if (d == nil) == (err == nil) {
		t.Fatalf("Load must return a dataset or an error, got %v, %v", d, err)
	}
	if err == nil {
		return
	}
	var ps Problems
	if !errors.As(err, &ps) || len(ps) == 0 {
		t.Fatalf("error is not a non-empty Problems: %v", err)
	}
	for _, p := range ps {
		if file == "" && (p.File == "" || p.Msg == "") {
			t.Fatalf("problem without file or message: %+v", p)
		}
		if file != "" && (p.File != file || p.Msg == "") {
			t.Fatalf("problem without the workbook or a message: %+v", p)
		}
	}
}

// FuzzNumReadings feeds the number reader both readers' forms (',' files,
// text cells and dataset.toml with '.' decimals; ';' files with ','
// decimals and '.' grouping) and their slips. No text is taken as a figure
// in a reading the rule calls ambiguous; every refusal that offers readings
// offers spellings that are read back as exactly those figures; and a
// figure read from a ';' file is written for a ',' file as the same value.
func FuzzNumReadings(f *testing.F) {
	for _, s := range numSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if dot, comma, bad := ambiguousTaken(s); bad {
			t.Fatalf("%q is %v in a ',' file and %v in a ';' file", s, dot.V, comma.V)
		}
		_, err := ParseNum(s, DotDecimal)
		th, dec, three := ThreeDecimalReadings(s)
		if three != errors.Is(err, ErrNumThreeDecimals) {
			t.Fatalf("%q: refused with %v, readings offered: %v", s, err, three)
		}
		if three {
			// The decimal reading is the text itself, three decimals kept.
			typed, err := ParseNum(s, numberCell)
			if n, e := ParseNum(dec, DotDecimal); err != nil || e != nil || n != typed || n.Dec != 3 {
				t.Fatalf("%q: decimal reading %q is %+v, %v; want %+v", s, dec, n, e, typed)
			}
			// The thousands reading is its digits without the '.'.
			digits := strings.Replace(strings.TrimSpace(s), ".", "", 1)
			want, _ := ParseNum(digits, DotDecimal)
			if n, e := ParseNum(th, DotDecimal); e != nil || !n.OK || n.V != want.V || n.Dec != 0 {
				t.Fatalf("%q: thousands reading %q is %+v, %v", s, th, n, e)
			}
		}
		if err != nil {
			if p, ok := dotReading(s); ok {
				for _, a := range p.args[1:] {
					fix := a.(string)
					if n, e := ParseNum(fix, DotDecimal); e != nil || !n.OK {
						t.Fatalf("%q (%s): the fix %q is itself refused: %v", s, p.code, fix, e)
					}
				}
			}
		}
		if n, err := ParseNum(s, CommaDecimal); err == nil && n.OK {
			out := FormatNum(n, DotDecimal)
			back, err := ParseNum(out, DotDecimal)
			fourth := n.Dec == 4 && strings.HasSuffix(out, "0")
			if err != nil || back.V != n.V || back.Qual != n.Qual || (back.Dec != n.Dec && !fourth) {
				t.Fatalf("%q from a ';' file (%+v) written %q reads %+v, %v", s, n, out, back, err)
			}
		}
	})
}
