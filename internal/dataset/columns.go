package dataset

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
)

// tables declares the ten CSV tables of a dataset folder, in the order of
// the File constants. Each column is declared here once, in header order,
// with its presence (required, optional, may be left out), its type and
// range, and the field of the row type it fills. That one declaration
// drives Load (header check, per-cell problems), ExportCSV and ExportJSON,
// and a test holds the column tables of data/README.md to it. Adding a
// column is one line in its table below, a field in its row type, and a
// row in data/README.md.
//
// It is a function rather than a package variable so that no state is
// shared between the datasets an SSH server loads.
func tables() []table {
	return []table{
		&tableOf[GrowthRow]{
			file: FileGrowth,
			rows: func(d *Dataset) *[]GrowthRow { return &d.Growth },
			fields: []field[GrowthRow]{
				yearField(func(g *GrowthRow) *int { return &g.Year }),
				numField("growth", pctGrowth, func(g *GrowthRow) *Num { return &g.Province }),
				rankField("rank", func(g *GrowthRow) *int { return &g.Rank }),
				rankOfField(func(g *GrowthRow) *int { return &g.RankOf }),
				sourceField("rank_source", func(g *GrowthRow) *string { return &g.RankSource }),
				metaField("", dated, optional, func(g *GrowthRow) *Meta { return &g.Meta }),
				numField("national", pctGrowth, func(g *GrowthRow) *Num { return &g.National }).of("national_"),
				metaField("national_", dated, mayBeLeftOut, func(g *GrowthRow) *Meta { return &g.NatMeta }),
			},
			key:   func(_ *row, g *GrowthRow) (string, string) { return "year", strconv.Itoa(g.Year) },
			order: func(a, b GrowthRow) int { return cmp.Compare(a.Year, b.Year) },
		},
		&tableOf[SizeRow]{
			file: FileSize,
			rows: func(d *Dataset) *[]SizeRow { return &d.Size },
			fields: []field[SizeRow]{
				yearField(func(s *SizeRow) *int { return &s.Year }),
				numField("grdp_vnd_bn", nonNeg, func(s *SizeRow) *Num { return &s.GRDPVNDbn }),
				numField("grdp_usd_bn", nonNeg, func(s *SizeRow) *Num { return &s.GRDPUSDbn }),
				numField("per_capita_usd", nonNeg, func(s *SizeRow) *Num { return &s.PerCapUSD }),
				rankField("rank", func(s *SizeRow) *int { return &s.Rank }),
				rankOfField(func(s *SizeRow) *int { return &s.RankOf }),
				sourceField("rank_source", func(s *SizeRow) *string { return &s.RankSource }),
				metaField("", dated, optional, func(s *SizeRow) *Meta { return &s.Meta }),
			},
			key:   func(_ *row, s *SizeRow) (string, string) { return "year", strconv.Itoa(s.Year) },
			check: func(r *row, s *SizeRow) { checkRankOf(r, s.Rank, s.RankOf) },
			order: func(a, b SizeRow) int { return cmp.Compare(a.Year, b.Year) },
		},
		&tableOf[SectorRow]{
			file: FileSectors,
			rows: func(d *Dataset) *[]SectorRow { return &d.Sectors },
			fields: []field[SectorRow]{
				yearField(func(s *SectorRow) *int { return &s.Year }),
				enumField("sector", required, sectorIDs(), func(s *SectorRow) *string { return &s.Sector }),
				numField("growth", pctGrowth, func(s *SectorRow) *Num { return &s.Growth }),
				metaField("", dated, optional, func(s *SectorRow) *Meta { return &s.Meta }),
			},
			key: func(r *row, s *SectorRow) (string, string) {
				return "sector", strconv.Itoa(s.Year) + "/" + r.get("sector")
			},
		},
		&tableOf[StructureRow]{
			file: FileStructure,
			rows: func(d *Dataset) *[]StructureRow { return &d.Structure },
			fields: []field[StructureRow]{
				yearField(func(s *StructureRow) *int { return &s.Year }),
				enumField("sector", required, sectorIDs(), func(s *StructureRow) *string { return &s.Sector }),
				numField("share", pctShare, func(s *StructureRow) *Num { return &s.Share }),
				metaField("", dated, optional, func(s *StructureRow) *Meta { return &s.Meta }),
			},
			key: func(r *row, s *StructureRow) (string, string) {
				return "sector", strconv.Itoa(s.Year) + "/" + r.get("sector")
			},
		},
		&tableOf[PCIRow]{
			file: FilePCI,
			rows: func(d *Dataset) *[]PCIRow { return &d.PCI },
			fields: []field[PCIRow]{
				yearField(func(p *PCIRow) *int { return &p.Year }),
				numField("score", pciScore, func(p *PCIRow) *Num { return &p.Score }),
				rankField("rank", func(p *PCIRow) *int { return &p.Rank }),
				sourceField("rank_source", func(p *PCIRow) *string { return &p.RankSource }),
				metaField("", dated, optional, func(p *PCIRow) *Meta { return &p.Meta }),
			},
			key:   func(_ *row, p *PCIRow) (string, string) { return "year", strconv.Itoa(p.Year) },
			order: func(a, b PCIRow) int { return cmp.Compare(a.Year, b.Year) },
		},
		&tableOf[FDIYearRow]{
			file: FileFDIYear,
			rows: func(d *Dataset) *[]FDIYearRow { return &d.FDIYear },
			fields: []field[FDIYearRow]{
				yearField(func(f *FDIYearRow) *int { return &f.Year }),
				dateField("period", required, func(f *FDIYearRow) *string { return &f.Period }),
				enumField("definition", required, FDIDefinitions, func(f *FDIYearRow) *string { return &f.Definition }),
				numField("projects", nonNeg, func(f *FDIYearRow) *Num { return &f.Projects }),
				numField("capital_usd_m", nonNeg, func(f *FDIYearRow) *Num { return &f.CapitalUSDm }),
				rankField("rank", func(f *FDIYearRow) *int { return &f.Rank }),
				metaField("", dated, optional, func(f *FDIYearRow) *Meta { return &f.Meta }),
			},
			key: func(r *row, _ *FDIYearRow) (string, string) {
				return "period", r.get("period") + "/" + r.get("definition")
			},
			check: func(r *row, f *FDIYearRow) {
				if f.Period != "" && f.Year != 0 && DateYear(f.Period) != f.Year {
					r.bad(CodePeriodYear, "period", "%q is not in year %d", f.Period, f.Year)
				}
			},
		},
		&tableOf[FDICountryRow]{
			file: FileFDICountry,
			rows: func(d *Dataset) *[]FDICountryRow { return &d.FDICountry },
			fields: []field[FDICountryRow]{
				textField("code", required, func(c *FDICountryRow) *string { return &c.Code }),
				textPair("country", required, func(c *FDICountryRow) *Text { return &c.Country }),
				numField("projects", nonNeg, func(c *FDICountryRow) *Num { return &c.Projects }),
				numField("capital_usd_m", nonNeg, func(c *FDICountryRow) *Num { return &c.CapitalUSDm }),
				rankField("rank_capital", func(c *FDICountryRow) *int { return &c.RankCapital }),
				rankField("rank_projects", func(c *FDICountryRow) *int { return &c.RankProj }),
				dateField("as_of", optional, func(c *FDICountryRow) *string { return &c.AsOf }),
				// Some country totals come from undated pages: kept, with a note.
				metaField("", mayBeUndated, optional, func(c *FDICountryRow) *Meta { return &c.Meta }),
			},
			key: func(_ *row, c *FDICountryRow) (string, string) { return "code", c.Code },
		},
		&tableOf[Zone]{
			file: FileZones,
			rows: func(d *Dataset) *[]Zone { return &d.Zones },
			fields: []field[Zone]{
				textField("name", required, func(z *Zone) *string { return &z.Name }),
				textField("district", optional, func(z *Zone) *string { return &z.District }),
				numField("area_ha", nonNeg, func(z *Zone) *Num { return &z.AreaHa }),
				numField("occupancy_pct", pctShare, func(z *Zone) *Num { return &z.Occupancy }),
				dateField("occupancy_date", optional, func(z *Zone) *string { return &z.OccDate }),
				textField("developer", optional, func(z *Zone) *string { return &z.Developer }),
				textField("tenants", optional, func(z *Zone) *string { return &z.Tenants }),
				enumField("stage", required, ZoneStages, func(z *Zone) *string { return &z.Stage }),
				metaField("", dated, optional, func(z *Zone) *Meta { return &z.Meta }),
			},
			key: func(_ *row, z *Zone) (string, string) { return "name", z.Name },
			check: func(r *row, z *Zone) {
				if z.Occupancy.OK && r.get("occupancy_date") == "" {
					r.bad(CodeMissingValue, "occupancy_date", "missing value")
				}
			},
		},
		&tableOf[ZoneTotal]{
			file: FileZoneTotals,
			rows: func(d *Dataset) *[]ZoneTotal { return &d.ZoneTotals },
			fields: []field[ZoneTotal]{
				enumField("kind", required, []string{"parks", "clusters"}, func(z *ZoneTotal) *string { return &z.Kind }),
				numField("count", nonNeg, func(z *ZoneTotal) *Num { return &z.Count }),
				numField("area_ha", nonNeg, func(z *ZoneTotal) *Num { return &z.AreaHa }),
				numField("leased_ha", nonNeg, func(z *ZoneTotal) *Num { return &z.Leased }),
				metaField("", dated, optional, func(z *ZoneTotal) *Meta { return &z.Meta }),
			},
			key: func(r *row, _ *ZoneTotal) (string, string) { return "kind", r.get("kind") + "/" + r.get("date") },
		},
		&tableOf[Agreement]{
			file: FileAgreements,
			rows: func(d *Dataset) *[]Agreement { return &d.Agreements },
			fields: []field[Agreement]{
				textPair("partner", required, func(a *Agreement) *Text { return &a.Partner }),
				textPair("country", optional, func(a *Agreement) *Text { return &a.Country }),
				enumField("level", required, []string{"province", "district", "city"}, func(a *Agreement) *string { return &a.Level }),
				textPair("type", optional, func(a *Agreement) *Text { return &a.Kind }),
				dateField("signed", optional, func(a *Agreement) *string { return &a.Signed }),
				intField("period_from", optional, 1900, 2100, func(a *Agreement) *int { return &a.From }),
				intField("period_to", optional, 1900, 2100, func(a *Agreement) *int { return &a.To }),
				yesNoField("verified", func(a *Agreement) *bool { return &a.Verified }),
				metaField("", rowIsFact, optional, func(a *Agreement) *Meta { return &a.Meta }),
			},
			key: func(r *row, _ *Agreement) (string, string) {
				return "partner_en", r.get("partner_en") + "/" + r.get("type_en")
			},
			check: func(r *row, a *Agreement) {
				if a.From != 0 && a.To != 0 && a.To < a.From {
					r.bad(CodePeriodOrder, "period_to", "period ends (%d) before it starts (%d)", a.To, a.From)
				}
			},
		},
		&tableOf[ExportRow]{
			file:        FileExports,
			mayBeAbsent: true,
			rows:        func(d *Dataset) *[]ExportRow { return &d.Exports },
			fields: []field[ExportRow]{
				yearField(func(e *ExportRow) *int { return &e.Year }),
				dateField("period", required, func(e *ExportRow) *string { return &e.Period }),
				numField("exports_usd_bn", nonNeg, func(e *ExportRow) *Num { return &e.Exports }),
				numField("imports_usd_bn", nonNeg, func(e *ExportRow) *Num { return &e.Imports }),
				rankField("rank", func(e *ExportRow) *int { return &e.Rank }),
				rankOfField(func(e *ExportRow) *int { return &e.RankOf }),
				sourceField("rank_source", func(e *ExportRow) *string { return &e.RankSource }),
				metaField("", dated, optional, func(e *ExportRow) *Meta { return &e.Meta }),
			},
			key: func(r *row, _ *ExportRow) (string, string) { return "period", r.get("period") },
			check: func(r *row, e *ExportRow) {
				if e.Period != "" && e.Year != 0 && DateYear(e.Period) != e.Year {
					r.bad(CodePeriodYear, "period", "%q is not in year %d", e.Period, e.Year)
				}
				checkRankOf(r, e.Rank, e.RankOf)
			},
			order: func(a, b ExportRow) int { return cmp.Compare(a.Year, b.Year) },
		},
		&tableOf[PeriodRow]{
			file:        FilePeriods,
			mayBeAbsent: true,
			rows:        func(d *Dataset) *[]PeriodRow { return &d.Periods },
			fields: []field[PeriodRow]{
				yearField(func(p *PeriodRow) *int { return &p.Year }),
				dateField("period", required, func(p *PeriodRow) *string { return &p.Period }),
				numField("growth", pctGrowth, func(p *PeriodRow) *Num { return &p.Growth }),
				rankField("rank", func(p *PeriodRow) *int { return &p.Rank }),
				rankOfField(func(p *PeriodRow) *int { return &p.RankOf }),
				sourceField("rank_source", func(p *PeriodRow) *string { return &p.RankSource }),
				metaField("", dated, optional, func(p *PeriodRow) *Meta { return &p.Meta }),
			},
			key: func(r *row, _ *PeriodRow) (string, string) { return "period", r.get("period") },
			check: func(r *row, p *PeriodRow) {
				if p.Period != "" && p.Year != 0 && DateYear(p.Period) != p.Year {
					r.bad(CodePeriodYear, "period", "%q is not in year %d", p.Period, p.Year)
				}
				checkRankOf(r, p.Rank, p.RankOf)
			},
			order: func(a, b PeriodRow) int { return cmp.Compare(a.Period, b.Period) },
		},
		&tableOf[TargetRow]{
			file:        FileTargets,
			mayBeAbsent: true,
			rows:        func(d *Dataset) *[]TargetRow { return &d.Targets },
			fields: []field[TargetRow]{
				enumField("indicator", required, slices.Sorted(maps.Keys(TargetIndicators)), func(t *TargetRow) *string { return &t.Indicator }),
				intField("year_from", required, 1900, 2100, func(t *TargetRow) *int { return &t.From }),
				intField("year_to", required, 1900, 2100, func(t *TargetRow) *int { return &t.To }),
				numField("low", anyFigure, func(t *TargetRow) *Num { return &t.Low }),
				numField("high", anyFigure, func(t *TargetRow) *Num { return &t.High }),
				enumField("bound", required, TargetBounds, func(t *TargetRow) *string { return &t.Bound }),
				enumField("definition", optional, FDIDefinitions, func(t *TargetRow) *string { return &t.Definition }),
				enumField("set_by", required, TargetSetters, func(t *TargetRow) *string { return &t.SetBy }),
				textPair("act", optional, func(t *TargetRow) *Text { return &t.Act }),
				metaField("", dated, optional, func(t *TargetRow) *Meta { return &t.Meta }),
			},
			key: func(r *row, _ *TargetRow) (string, string) {
				return "low", r.get("indicator") + "/" + r.get("year_from") + "/" + r.get("year_to") + "/" + r.get("set_by") + "/" + r.get("low") + "/" + r.get("high")
			},
			check: func(r *row, t *TargetRow) {
				switch {
				case t.To != 0 && t.From != 0 && t.To < t.From:
					r.bad(CodePeriodOrder, "year_to", "period ends (%d) before it starts (%d)", t.To, t.From)
				case !t.Low.OK && r.get("low") == "":
					r.bad(CodeMissingValue, "low", "missing value")
				case t.Bound == "range" && (!t.High.OK || t.High.V < t.Low.V):
					r.bad(CodeTargetRange, "high", "a range needs a high end at or above its low end")
				case t.Bound != "range" && t.Bound != "" && r.get("high") != "":
					r.bad(CodeTargetHigh, "high", "only a range has a high end (bound %s)", t.Bound)
				case t.Definition != "" && t.Indicator != "fdi_usd_m":
					r.bad(CodeTargetDefinition, "definition", "a definition belongs to an FDI target only")
				}
				if t.Status != "" && t.Status != Plan {
					r.bad(CodeTargetStatus, "status", "a target's status is plan, not %s", t.Status)
				}
			},
		},
		nationalTable(),
		&tableOf[RegionRow]{
			file:     FileRegions,
			national: true,
			rows:     func(d *Dataset) *[]RegionRow { return &d.Regions },
			fields: []field[RegionRow]{
				textPair("region", required, func(g *RegionRow) *Text { return &g.Region }),
				yearField(func(g *RegionRow) *int { return &g.Year }),
				numField("growth", pctGrowth, func(g *RegionRow) *Num { return &g.Growth }),
				metaField("", dated, optional, func(g *RegionRow) *Meta { return &g.Meta }),
			},
			key: func(r *row, g *RegionRow) (string, string) {
				return "region_en", r.get("region_en") + "/" + strconv.Itoa(g.Year)
			},
		},
	}
}

// nationalTable declares provinces.csv. Ranks are as the source states
// them: a rank needs the count it is among, lies within it, and no two
// provinces may share one for the same year and indicator (a list that
// says so is a transcription slip, not a tie a source published).
func nationalTable() table {
	held := map[string]int{} // year/indicator/rank_of/rank → line
	return &tableOf[NationalRow]{
		file:     FileNational,
		national: true,
		rows:     func(d *Dataset) *[]NationalRow { return &d.National },
		fields: []field[NationalRow]{
			textField("province_id", optional, func(n *NationalRow) *string { return &n.ProvinceID }),
			textPair("province", required, func(n *NationalRow) *Text { return &n.Province }),
			yearField(func(n *NationalRow) *int { return &n.Year }),
			enumField("indicator", required, slices.Sorted(maps.Keys(NationalIndicators)), func(n *NationalRow) *string { return &n.Indicator }),
			numField("value", anyFigure, func(n *NationalRow) *Num { return &n.Value }),
			rankField("rank", func(n *NationalRow) *int { return &n.Rank }),
			intField("rank_of", optional, 1, 1000, func(n *NationalRow) *int { return &n.RankOf }),
			metaField("", dated, optional, func(n *NationalRow) *Meta { return &n.Meta }),
		},
		key: func(r *row, n *NationalRow) (string, string) {
			return "province_en", r.get("province_en") + "/" + strconv.Itoa(n.Year) + "/" + r.get("indicator")
		},
		check: func(r *row, n *NationalRow) {
			if n.ProvinceID != "" && !validID(n.ProvinceID) {
				r.bad(CodeBadDatasetID, "province_id", "%q: not a valid dataset id (lower-case a–z, digits and hyphens only, like bac-giang)", n.ProvinceID)
			}
			if n.Rank > 0 && n.RankOf == 0 {
				r.bad(CodeRankNoCount, "rank_of", "a rank needs the count it is among (63 before the 2025 merger, 34 after), as the source states it")
				return
			}
			checkRankOf(r, n.Rank, n.RankOf)
			if n.Rank > 0 {
				k := strconv.Itoa(n.Year) + "/" + n.Indicator + "/" + strconv.Itoa(n.RankOf) + "/" + strconv.Itoa(n.Rank)
				if first, ok := held[k]; ok {
					r.bad(CodeSharedRank, "rank", "rank %d of %d in %d is already another province's (line %d)", n.Rank, n.RankOf, n.Year, first)
				} else {
					held[k] = r.line
				}
			}
		},
		order: func(a, b NationalRow) int { return cmp.Compare(a.Year, b.Year) },
	}
}

// checkRankOf refuses a rank below the count it is among ("70th of 63").
func checkRankOf(r *row, rank, of int) {
	if rank > 0 && of > 0 && rank > of {
		r.bad(CodeBadRank, "rank", "rank %d of %d is impossible", rank, of)
	}
}

// sectorIDs lists the keys of SectorNames in a stable order, for the
// "allowed" list of a problem and of data/README.md.
func sectorIDs() []string {
	return slices.Sorted(maps.Keys(SectorNames))
}
