package dataset

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// fixture is a small valid dataset: every file, one or two rows each. Tests
// break one thing and check that exactly that is reported, where it is.
func fixture() map[string]string {
	return map[string]string{
		FileMeta: `id = "t"
as_of = "2025-07-01"

[name]
vi = "Bắc Giang"
en = "Bac Giang"

[merger]
vi = "Hợp nhất"
en = "Merged"
source = "s1"
status = "official"
date = "2025-07-01"

[fdi_countries]
value = ">30"
source = "s1"
status = "reported"
date = "2025"

[[source]]
id = "s1"
title = "One"

[[source]]
id = "s2"
title = "Two"
date = "2024-12-06"

[[headline]]
id = "growth_2024"
label = { vi = "Tăng trưởng", en = "Growth" }
value = "13.85"
unit = "%"
rank = 1
rank_of = 63
source = "s1"
status = "official"
date = "2024"
`,
		FileGrowth: "year,growth,rank,rank_source,source,status,date,note_vi,note_en,national,national_source,national_status,national_date\n" +
			"2023,13.45,1,,s1,official,2023,,,5.05,s2,official,2023\n" +
			"2024,13.85,1,s2,s1,official,2024,Cổng TTĐT tỉnh ghi 13.87,Portal gives 13.87,7.09,s2,official,2024\n",
		FileSize:      "year,grdp_vnd_bn,grdp_usd_bn,per_capita_usd,rank,rank_source,source,status,date,note_vi,note_en\n2024,207000,8.65,4370,12,,s1,estimate,2024,,\n",
		FileSectors:   "year,sector,growth,source,status,date,note_vi,note_en\n2024,aff,-3.32,s1,official,2024,,\n2024,ic,17.94,s1,official,2024,,\n",
		FileStructure: "year,sector,share,source,status,date,note_vi,note_en\n2022,aff,14.9,s1,official,2022,,\n",
		FilePCI:       "year,score,rank,rank_source,source,status,date,note_vi,note_en\n2024,71.24,4,,s1,official,2024,,\n",
		FileFDIYear:   "year,period,definition,projects,capital_usd_m,rank,source,status,date,note_vi,note_en\n2024,2024,new,66,459.38,,s1,reported,2024,,\n2024,2024-8M,new,54,364.31,,s1,reported,2024-8M,,\n",
		FileFDICountry: "code,country_vi,country_en,projects,capital_usd_m,rank_capital,rank_projects,as_of,source,status,date,note_vi,note_en\n" +
			"KR,Hàn Quốc,South Korea,321,≈1400,2,1,2022-04,s1,official,2022-04,,\n" +
			"SG,Singapore,Singapore,,,,,,,,,Không tìm thấy,Not found\n",
		FileZones:      "name,district,area_ha,occupancy_pct,occupancy_date,developer,tenants,stage,source,status,date,note_vi,note_en\nVân Trung,Việt Yên,350.3,100,2022-01,,,operating,s1,official,2022-01,,\n",
		FileZoneTotals: "kind,count,area_ha,leased_ha,source,status,date,note_vi,note_en\nparks,11,2720.72,,s1,reported,2025,,\nclusters,55,2327,612,s2,official,2025-03-19,,\n",
		FileAgreements: "partner_vi,partner_en,country_vi,country_en,level,type_vi,type_en,signed,period_from,period_to,verified,source,status,date,note_vi,note_en\n" +
			"Chungcheongnam,Chungcheongnam,Hàn Quốc,South Korea,province,Thỏa thuận,Agreement,2023-12-05,2023,2030,yes,s1,official,2023-12-05,,\n",
	}
}

func load(files map[string]string) (*Dataset, error) {
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys["ds/"+name] = &fstest.MapFile{Data: []byte(text)}
	}
	return Load(fsys, "ds")
}

func TestLoadFixture(t *testing.T) {
	d, err := load(fixture())
	if err != nil {
		t.Fatalf("valid fixture: %v", err)
	}
	if len(d.Growth) != 2 || d.Growth[1].Year != 2024 || d.Growth[1].Province.V != 13.85 || d.Growth[1].Province.Dec != 2 {
		t.Errorf("growth = %+v", d.Growth)
	}
	g := d.Growth[1]
	if g.Source != "s1" || g.RankSource != "s2" || g.NatMeta.Source != "s2" || g.National.V != 7.09 || g.Note.EN != "Portal gives 13.87" {
		t.Errorf("growth 2024 meta = %+v", g)
	}
	if d.Sectors[0].Growth.V != -3.32 {
		t.Errorf("negative sector growth = %+v", d.Sectors[0].Growth)
	}
	sg := d.FDICountry[1]
	if sg.Code != "SG" || sg.Projects.OK || sg.CapitalUSDm.OK {
		t.Errorf("a gap must stay a gap (OK false), got %+v", sg)
	}
	if kr := d.FDICountry[0]; kr.CapitalUSDm.Qual != QualApprox || kr.CapitalUSDm.V != 1400 {
		t.Errorf("qualifier lost: %+v", kr.CapitalUSDm)
	}
	if d.FDICountries.Qual != ">" || d.FDICountries.V != 30 || d.FDIMeta.Status != Reported {
		t.Errorf("fdi countries = %+v %+v", d.FDICountries, d.FDIMeta)
	}
	if h, ok := d.HeadlineByID("growth_2024"); !ok || h.Value.V != 13.85 || h.Source != "s1" || h.Rank != 1 {
		t.Errorf("headline = %+v", h)
	}
	if _, n, ok := d.SourceByID("s2"); !ok || n != 2 {
		t.Errorf("source index: n=%d ok=%v", n, ok)
	}
	if a := d.Agreements[0]; !a.Verified || a.From != 2023 || a.To != 2030 {
		t.Errorf("agreement = %+v", a)
	}
	if d.Zones[0].Name != "Vân Trung" || d.Zones[0].Occupancy.V != 100 {
		t.Errorf("zone = %+v", d.Zones[0])
	}
}

// want is a problem a broken fixture must produce.
type want struct {
	file   string
	line   int
	col    int
	column string
	msg    string // substring
}

func TestLoadProblems(t *testing.T) {
	growthHead := "year,growth,rank,rank_source,source,status,date,note_vi,note_en,national,national_source,national_status,national_date\n"
	tests := []struct {
		name string
		file string
		text string
		want want
	}{
		{"unknown column", FilePCI,
			"year,score,rank,rank_source,source,status,date,note_vi,note_en,colour\n2024,71.24,4,,s1,official,2024,,,red\n",
			want{FilePCI, 1, 10, "colour", "unknown column"}},
		{"missing required column", FilePCI,
			"year,rank,rank_source,source,status,date,note_vi,note_en\n2024,4,,s1,official,2024,,\n",
			want{FilePCI, 1, 0, "score", "missing required column"}},
		{"not a number", FilePCI,
			"year,score,rank,rank_source,source,status,date,note_vi,note_en\n2023,69.75,4,,s1,official,2023,,\n2024,71.2x,4,,s1,official,2024,,\n",
			want{FilePCI, 3, 2, "score", "not a number"}},
		{"grouping separator", FileZoneTotals,
			"kind,count,area_ha,leased_ha,source,status,date,note_vi,note_en\nparks,11,\"2,720.72\",,s1,reported,2025,,\n",
			want{FileZoneTotals, 2, 3, "area_ha", "thousands separators"}},
		{"unknown source id", FileSectors,
			"year,sector,growth,source,status,date,note_vi,note_en\n2024,aff,-3.32,nope,official,2024,,\n",
			want{FileSectors, 2, 4, "source", "unknown source id"}},
		{"unknown rank source", FileGrowth,
			growthHead + "2024,13.85,1,zz,s1,official,2024,,,7.09,s2,official,2024\n",
			want{FileGrowth, 2, 4, "rank_source", "unknown source id"}},
		{"unknown status", FileSectors,
			"year,sector,growth,source,status,date,note_vi,note_en\n2024,aff,-3.32,s1,final,2024,,\n",
			want{FileSectors, 2, 5, "status", "unknown status"}},
		{"unknown national status", FileGrowth,
			growthHead + "2024,13.85,1,,s1,official,2024,,,7.09,s2,guess,2024\n",
			want{FileGrowth, 2, 12, "national_status", "unknown status"}},
		{"duplicate key year", FileGrowth,
			growthHead + "2024,13.85,1,,s1,official,2024,,,7.09,s2,official,2024\n2024,13.87,1,,s1,official,2024,,,7.09,s2,official,2024\n",
			want{FileGrowth, 3, 1, "year", "duplicate key 2024 (first on line 2)"}},
		{"duplicate key year+name", FileSectors,
			"year,sector,growth,source,status,date,note_vi,note_en\n2024,ic,17.94,s1,official,2024,,\n2024,ic,17.75,s1,estimate,2024,,\n",
			want{FileSectors, 3, 2, "sector", "duplicate key 2024/ic"}},
		{"slash date in a comma file names both readings", FileSize,
			"year,grdp_vnd_bn,grdp_usd_bn,per_capita_usd,rank,rank_source,source,status,date,note_vi,note_en\n2024,207000,8.65,4370,12,,s1,estimate,06/12/2024,,\n",
			want{FileSize, 2, 9, "date", "read day first it is 2024-12-06, month first 2024-06-12"}},
		{"bad period month count", FileFDIYear,
			"year,period,definition,projects,capital_usd_m,rank,source,status,date,note_vi,note_en\n2024,2024-13M,new,54,364.31,,s1,reported,2024,,\n",
			want{FileFDIYear, 2, 2, "period", "bad date"}},
		{"period outside year", FileFDIYear,
			"year,period,definition,projects,capital_usd_m,rank,source,status,date,note_vi,note_en\n2024,2023-8M,new,54,364.31,,s1,reported,2023-8M,,\n",
			want{FileFDIYear, 2, 2, "period", "not in year 2024"}},
		{"unknown FDI definition", FileFDIYear,
			"year,period,definition,projects,capital_usd_m,rank,source,status,date,note_vi,note_en\n2024,2024,disbursed,54,364.31,,s1,reported,2024,,\n",
			want{FileFDIYear, 2, 3, "definition", "unknown value"}},
		{"percentage out of range", FileZones,
			"name,district,area_ha,occupancy_pct,occupancy_date,developer,tenants,stage,source,status,date,note_vi,note_en\nVân Trung,Việt Yên,350.3,110,2022-01,,,operating,s1,official,2022-01,,\n",
			want{FileZones, 2, 4, "occupancy_pct", "out of range for a percentage"}},
		{"share out of range", FileStructure,
			"year,sector,share,source,status,date,note_vi,note_en\n2022,aff,-14.9,s1,official,2022,,\n",
			want{FileStructure, 2, 3, "share", "out of range"}},
		{"growth out of range", FileGrowth,
			growthHead + "2024,1385,1,,s1,official,2024,,,7.09,s2,official,2024\n",
			want{FileGrowth, 2, 2, "growth", "out of range for a growth rate"}},
		{"figure without source", FileSectors,
			"year,sector,growth,source,status,date,note_vi,note_en\n2024,aff,-3.32,,official,2024,,\n",
			want{FileSectors, 2, 4, "source", "missing value"}},
		{"gap without note", FileFDICountry,
			"code,country_vi,country_en,projects,capital_usd_m,rank_capital,rank_projects,as_of,source,status,date,note_vi,note_en\nSG,Singapore,Singapore,,,,,,,,,,\n",
			want{FileFDICountry, 2, 0, "note_vi", "needs a note"}},
		{"unknown sector", FileSectors,
			"year,sector,growth,source,status,date,note_vi,note_en\n2024,mining,1,s1,official,2024,,\n",
			want{FileSectors, 2, 2, "sector", "unknown value"}},
		{"wrong field count", FilePCI,
			"year,score,rank,rank_source,source,status,date,note_vi,note_en\n2024,71.24,4,,s1,official,2024\n",
			want{FilePCI, 2, 0, "", "has 7 fields, the header has 9"}},
		{"bad quoting", FilePCI,
			"year,score,rank,rank_source,source,status,date,note_vi,note_en\n2024,71.24,4,,s1,official,2024,\"unterminated,\n",
			want{FilePCI, 2, 0, "", "CSV syntax"}},
		{"empty file", FileAgreements, "", want{FileAgreements, 0, 0, "", "empty file"}},
		{"BOM only is empty", FileAgreements, "\xEF\xBB\xBF\r\n", want{FileAgreements, 0, 0, "", "empty file"}},
		{"not UTF-8", FileZones,
			"name,district,area_ha,occupancy_pct,occupancy_date,developer,tenants,stage,source,status,date,note_vi,note_en\nV\xe2n Trung,Vi\xeat Y\xean,350.3,100,2022-01,,,operating,s1,official,2022-01,,\n",
			want{FileZones, 2, 0, "", "not UTF-8"}},
		{"bad verified", FileAgreements,
			"partner_vi,partner_en,country_vi,country_en,level,type_vi,type_en,signed,period_from,period_to,verified,source,status,date,note_vi,note_en\nA,A,,,province,,,2024,,,maybe,s1,reported,2024,,\n",
			want{FileAgreements, 2, 11, "verified", "unknown value"}},
		{"period backwards", FileAgreements,
			"partner_vi,partner_en,country_vi,country_en,level,type_vi,type_en,signed,period_from,period_to,verified,source,status,date,note_vi,note_en\nA,A,,,province,,,2024,2028,2024,no,s1,reported,2024,,\n",
			want{FileAgreements, 2, 10, "period_to", "ends (2024) before it starts (2028)"}},
		{"TOML syntax", FileMeta, "id = \"t\"\nas_of = 2025-07-01x\n[name\n", want{FileMeta, 2, 19, "", "TOML syntax"}},
		{"TOML unknown key", FileMeta, strings.Replace(fixture()[FileMeta], `as_of = "2025-07-01"`, "as_of = \"2025-07-01\"\ncolour = \"red\"", 1),
			want{FileMeta, 3, 0, "colour", "unknown key"}},
		{"TOML headline unknown source", FileMeta, strings.Replace(fixture()[FileMeta], "source = \"s1\"\nstatus = \"official\"\ndate = \"2024\"", "source = \"s9\"\nstatus = \"official\"\ndate = \"2024\"", 1),
			want{FileMeta, 37, 0, "headline.source", "unknown source id"}},
		{"TOML headline not a number", FileMeta, strings.Replace(fixture()[FileMeta], `value = "13.85"`, `value = "13,85"`, 1),
			want{FileMeta, 33, 0, "headline.value", "a decimal comma: the decimal mark here is '.': write 13.85"}},
		{"TOML source bad date", FileMeta, strings.Replace(fixture()[FileMeta], `date = "2024-12-06"`, `date = "6/12/2024"`, 1),
			want{FileMeta, 28, 0, "source.date", "bad date"}},
		{"TOML headline negative amount", FileMeta, strings.Replace(strings.Replace(fixture()[FileMeta], `value = "13.85"`, `value = "-8.6"`, 1), `unit = "%"`, `unit = "usd_bn"`, 1),
			want{FileMeta, 33, 0, "headline.value", "out of range for a count or size"}},
		{"TOML id with a path", FileMeta, strings.Replace(fixture()[FileMeta], `id = "t"`, `id = "../../t"`, 1),
			want{FileMeta, 1, 0, "id", "not a valid dataset id"}},
		{"TOML duplicate source", FileMeta, strings.Replace(fixture()[FileMeta], `id = "s2"`, `id = "s1"`, 1),
			want{FileMeta, 26, 0, "source.id", "duplicate source id"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := fixture()
			files[tt.file] = tt.text
			d, err := load(files)
			if d != nil {
				t.Fatal("Load returned a dataset despite problems")
			}
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("error %T %v is not Problems", err, err)
			}
			for _, p := range ps {
				if p.File == tt.want.file && p.Line == tt.want.line && p.Col == tt.want.col &&
					p.Column == tt.want.column && strings.Contains(p.Msg, tt.want.msg) {
					return
				}
			}
			t.Errorf("want %+v, got:\n%v", tt.want, err)
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	files := fixture()
	delete(files, FileZones)
	_, err := load(files)
	if err == nil || !strings.Contains(err.Error(), FileZones+": file is missing") {
		t.Fatalf("err = %v", err)
	}
}

// Every problem is collected, across files, and formatted one per line as
// FILE:LINE: column NAME: message.
func TestLoadCollectsAll(t *testing.T) {
	files := fixture()
	files[FilePCI] = "year,score,rank,rank_source,source,status,date,note_vi,note_en\n2024,x,4,,s1,official,2024,,\n"
	files[FileSectors] = "year,sector,growth,source,status,date,note_vi,note_en\n2024,aff,-3.32,s1,final,2024,,\n"
	_, err := load(files)
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != 2 {
		t.Fatalf("want 2 problems, got %v", err)
	}
	lines := strings.Split(err.Error(), "\n")
	wantLines := []string{
		`sector_growth.csv:2: column status: unknown status "final" (allowed: official, estimate, preliminary, plan, reported)`,
		`pci.csv:2: column score: "x": not a number`,
	}
	if len(lines) != 2 || lines[0] != wantLines[0] || lines[1] != wantLines[1] {
		t.Fatalf("Error() =\n%s\nwant\n%s", err.Error(), strings.Join(wantLines, "\n"))
	}
}

// Spreadsheets on Windows save a BOM and CRLF; text is NFC-normalised so
// "Việt" typed with combining marks equals the precomposed form.
func TestLoadBOMCRLFAndNFC(t *testing.T) {
	files := fixture()
	decomposed := "Vie\u0302\u0323t Yên" // e + circumflex + dot below
	files[FileZones] = "\xEF\xBB\xBFname,district,area_ha,occupancy_pct,occupancy_date,developer,tenants,stage,source,status,date,note_vi,note_en\r\n" +
		"Vân Trung," + decomposed + ",350.3,100,2022-01,,,operating,s1,official,2022-01,,\r\n"
	files[FileMeta] = "\xEF\xBB\xBF" + strings.ReplaceAll(fixture()[FileMeta], "\n", "\r\n")
	d, err := load(files)
	if err != nil {
		t.Fatalf("BOM/CRLF dataset: %v", err)
	}
	if got := d.Zones[0].District; got != "Việt Yên" {
		t.Errorf("district = %q (% x), want NFC \"Việt Yên\"", got, got)
	}
	if d.Zones[0].Stage != "operating" {
		t.Errorf("stage = %q: CR leaked into the last-but-two field?", d.Zones[0].Stage)
	}
	if d.ID != "t" {
		t.Errorf("id = %q", d.ID)
	}
}

func FuzzLoadCSV(f *testing.F) {
	fx := fixture()
	for _, name := range []string{FileGrowth, FileFDIYear, FileFDICountry, FileZones, FileAgreements} {
		f.Add(name, fx[name])
	}
	f.Add(FilePCI, "year,score\n\"2024,1\n")
	f.Add(FileSectors, "\xEF\xBB\xBF\xff\xfe")
	f.Add(FileZoneTotals, "kind,count,area_ha,leased_ha,source,status,date,note_vi,note_en\r\nparks,>11,≈2720.72,,s1,reported,2025-H3,,\r\n")
	f.Fuzz(func(t *testing.T, name, text string) {
		files := fixture()
		if _, ok := files[name]; !ok || name == FileMeta {
			name = FilePCI
		}
		files[name] = text
		d, err := load(files)
		checkLoadResult(t, d, err, "")
	})
}

// data/README.md asks a note of a row whose figures are all empty, not of
// each empty figure: a province figure without the national one (not yet
// published) loads without a note, and so does the national figure alone.
func TestLoadGrowthWithoutNational(t *testing.T) {
	head := "year,growth,rank,rank_source,source,status,date,note_vi,note_en,national,national_source,national_status,national_date\n"
	files := fixture()
	files[FileGrowth] = head +
		"2024,13.85,1,,s1,official,2024,,,,,,\n" +
		"2023,,,,,,,,,5.05,s2,official,2023\n"
	d, err := load(files)
	if err != nil {
		t.Fatalf("a row with one of its figures: %v", err)
	}
	if g := d.Growth[1]; g.National.OK || g.NatMeta != (Meta{}) || g.Source != "s1" {
		t.Errorf("2024 = %+v, want no national figure and an empty NatMeta", g)
	}
	if g := d.Growth[0]; g.Province.OK || !g.National.OK || g.Meta != (Meta{}) {
		t.Errorf("2023 = %+v, want only the national figure", g)
	}

	// A row with no figure at all still needs its own note, even when
	// the national columns have one.
	files[FileGrowth] = "year,growth,rank,rank_source,source,status,date,note_vi,note_en,national,national_source,national_status,national_date,national_note_vi,national_note_en\n" +
		"2025,,,,,,,,,,,,,Chưa có số cả nước,National figure not yet published\n"
	_, err = load(files)
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Code != CodeGapNeedsNote || ps[0].Column != "note_vi" || ps[0].Line != 2 {
		t.Fatalf("a row without figures: want one gap_needs_note at note_vi, got %v", err)
	}
}

// A table's problems read as the file does: first its structure and
// cells (field counts, characters), line by line, then what its rows say
// (figures, duplicate keys), line by line; at most maxProblems of them.
func TestLoadProblemOrder(t *testing.T) {
	files := fixture()
	head := "name,district,area_ha,occupancy_pct,occupancy_date,developer,tenants,stage,source,status,date,note_vi,note_en\n"
	good := ",D,350,100,2022-01,,,operating,s1,official,2022-01,,\n"
	files[FileZones] = head +
		"A,D,abc,100,2022-01,,,operating,s1,official,2022-01,,\n" +
		"B,D,1,2,3\n" +
		"C\x1b" + good +
		"A" + good
	_, err := load(files)
	want := []string{
		`zones.csv:3: has 5 fields, the header has 13`,
		`zones.csv:4: column name: control character U+001B ESC at character 2: terminals act on it; remove it`,
		`zones.csv:2: column area_ha: "abc": not a number`,
		`zones.csv:5: column name: duplicate key A (first on line 2)`,
	}
	if err == nil || err.Error() != strings.Join(want, "\n") {
		t.Fatalf("Error() =\n%v\nwant\n%s", err, strings.Join(want, "\n"))
	}

	var b strings.Builder
	b.WriteString(head)
	for i := range maxProblems {
		fmt.Fprintf(&b, "P%d,D,x,100,2022-01,,,operating,s1,official,2022-01,,\n", i)
	}
	b.WriteString("Q,D\n")
	files[FileZones] = b.String()
	_, err = load(files)
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != maxProblems+1 {
		t.Fatalf("want %d problems, got %d: %v", maxProblems+1, len(ps), err)
	}
	if first, last := ps[0], ps[maxProblems]; first.Line != maxProblems+2 || first.Code != CodeFieldCount || last.Code != CodeTooMany {
		t.Fatalf("first %+v, last %+v: want the field count first and the list cut at %d", first, last, maxProblems)
	}
}
