package dataset_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/provdash/provdash/internal/dataset"
)

// nationalFS is a national table with rows, for checking its rules.
func nationalFS(rows string) fstest.MapFS {
	return fstest.MapFS{
		"n/dataset.toml": {Data: []byte(`id = "national"
kind = "national"
as_of = "2026-01-05"
[name]
vi = "Cả nước"
en = "Vietnam"
[[source]]
id = "gso"
title = "GSO release"
`)},
		"n/provinces.csv": {Data: []byte("province_id,province_vi,province_en,year,indicator,value,rank,rank_of,source,status,date,note_vi,note_en\n" + rows)},
		"n/regions.csv":   {Data: []byte("region_vi,region_en,year,growth,source,status,date,note_vi,note_en\n")},
	}
}

// A national table's ranks are as published: a rank needs its count and
// lies within it, two provinces never share one, and a province appears
// once per year and indicator.
func TestNationalTableRules(t *testing.T) {
	ok := "bac-ninh,Bắc Ninh,Bắc Ninh,2025,grdp_growth,10.27,5,34,gso,estimate,2025,,\n" +
		",Quảng Ninh,Quảng Ninh,2025,grdp_growth,11.89,1,34,gso,estimate,2025,,\n" +
		",Huế,Huế,2025,grdp_growth,8.5,,,gso,estimate,2025,,\n"
	sets, err := dataset.LoadCollection(nationalFS(ok), "n")
	if err != nil || len(sets) != 1 || sets[0].Kind != dataset.KindNational || len(sets[0].National) != 3 {
		t.Fatalf("a good national table: %v", err)
	}
	for _, c := range []struct {
		name, rows, code, want string
	}{
		{"rank without its count", ",Huế,Huế,2025,grdp_growth,8.5,12,,gso,estimate,2025,,\n", dataset.CodeRankNoCount, "provinces.csv:2"},
		{"rank beyond its count", ",Huế,Huế,2025,grdp_growth,8.5,40,34,gso,estimate,2025,,\n", dataset.CodeBadRank, "rank 40 of 34"},
		{"a shared rank", ok + ",Hà Nội,Hanoi,2025,grdp_growth,8.16,5,34,gso,estimate,2025,,\n", dataset.CodeSharedRank, "line 2"},
		{"a province twice in a year", ok + ",Huế,Huế,2025,grdp_growth,8.4,,,gso,estimate,2025,,\n", dataset.CodeDuplicateKey, "Huế"},
		{"an unknown indicator", ",Huế,Huế,2025,gdp,8.5,,,gso,estimate,2025,,\n", dataset.CodeUnknownValue, "indicator"},
	} {
		_, err := dataset.LoadCollection(nationalFS(c.rows), "n")
		ps, _ := err.(dataset.Problems)
		found := false
		for _, p := range ps {
			if p.Code == c.code && strings.Contains(p.String(), c.want) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: want a %s problem with %q, got %v", c.name, c.code, c.want, err)
		}
	}
	// A province's folder may not hold a national table's file, nor the
	// reverse.
	fsys := nationalFS(ok)
	fsys["n/zones.csv"] = &fstest.MapFile{Data: []byte("name\n")}
	if _, err := dataset.LoadCollection(fsys, "n"); err == nil || !strings.Contains(err.Error(), "belongs to a dataset of kind") {
		t.Errorf("a province table in a national folder: %v", err)
	}
}
