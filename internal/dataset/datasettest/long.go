package datasettest

import (
	"fmt"

	"github.com/provdash/provdash/internal/dataset"
)

// Long is synthetic province 1 with n industrial parks, n FDI countries
// and n agreements, for measuring how a list tab's cost grows with its
// list. Every name says it is not real. It is built in Go, not loaded:
// the loader caps a table at its row limit (--max-rows).
func Long(n int) *dataset.Dataset {
	d := Province(1, 10)
	d.Zones, d.FDICountry, d.Agreements = nil, nil, nil
	for i := range n {
		v := func(x float64, dec int) dataset.Num {
			p, _ := dataset.ParseNum(fmt.Sprintf("%.*f", dec, x), dataset.DotDecimal)
			return p
		}
		meta := dataset.Meta{Source: fmt.Sprintf("s%d", i%5+1), Status: dataset.Statuses[i%len(dataset.Statuses)], Date: "2024"}
		d.Zones = append(d.Zones, dataset.Zone{Name: fmt.Sprintf("KCN thử %05d (giả)", i+1), District: fmt.Sprintf("Huyện thử %d", i%9),
			AreaHa: v(float64(50+i%750), 2), Occupancy: v(float64(i%1000)/10, 1), OccDate: fmt.Sprintf("%d-06", 2015+i%10),
			Developer: "Công ty thử (giả)", Tenants: "A, B; C", Stage: dataset.ZoneStages[i%len(dataset.ZoneStages)], Meta: meta})
		code := fmt.Sprintf("X%05d", i)
		d.FDICountry = append(d.FDICountry, dataset.FDICountryRow{Country: dataset.Text{VI: "Nước thử " + code + " (giả)", EN: "Testland " + code + " (not real)"},
			Code: code, Projects: v(float64(1+i%400), 0), CapitalUSDm: v(float64(1+(i*37)%5000), 1), RankCapital: i + 1, RankProj: n - i,
			AsOf: fmt.Sprintf("%d-12", 2015+i%10), Meta: meta})
		from := 1990 + i%35
		d.Agreements = append(d.Agreements, dataset.Agreement{Partner: dataset.Text{VI: fmt.Sprintf("Đối tác thử %05d (giả)", i), EN: fmt.Sprintf("Test partner %05d (not real)", i)},
			Country: dataset.Text{VI: "Nước thử", EN: "Testland"}, Level: "province", Kind: dataset.Text{VI: "Thỏa thuận", EN: "Agreement"},
			Signed: fmt.Sprintf("%d-03-01", from), From: from, To: from + i%8, Verified: i%3 != 0, Meta: meta})
	}
	d.BuildIndex()
	return d
}
