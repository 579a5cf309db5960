package i18n

// gdpStrings are the gdp tab's strings. Keys start with "gdp.".
var gdpStrings = map[string]entry{
	"gdp.title":           {"Tăng trưởng", "GDP growth"},
	"gdp.heading":         {"Tăng trưởng GRDP, % so với năm trước (giá so sánh)", "GRDP growth, % y/y (constant prices)"},
	"gdp.heading.short":   {"Tăng trưởng GRDP, %/năm", "GRDP growth, % y/y"},
	"gdp.vietnam":         {"Việt Nam", "Vietnam"},
	"gdp.sectors":         {"Tăng trưởng theo khu vực, %d", "Growth by sector, %d"},
	"gdp.sectors.short":   {"Khu vực %d", "Sectors %d"},
	"gdp.sectors.none":    {"Chưa có số liệu theo khu vực.", "No sector figures."},
	"gdp.size":            {"Quy mô GRDP (giá hiện hành)", "GRDP size (current prices)"},
	"gdp.size.none":       {"Chưa có số liệu quy mô.", "No size figures."},
	"gdp.size.line":       {"Quy mô %d", "Size %d"},
	"gdp.percap":          {"/người", "/cap."},
	"gdp.col.year":        {"Năm", "Year"},
	"gdp.col.rank":        {"Hạng", "Rank"},
	"gdp.col.vnd":         {"Tỷ đồng", "VND bn"},
	"gdp.col.usd":         {"Tỷ USD", "USD bn"},
	"gdp.col.percap":      {"USD/người", "USD/cap."},
	"gdp.none":            {"Chưa có số liệu tăng trưởng.", "No growth figures yet."},
	"gdp.sector.aff":      {"NLTS", "AFF"},
	"gdp.sector.ic":       {"CN–XD", "Ind.&con."},
	"gdp.sector.services": {"Dịch vụ", "Services"},
	"gdp.sector.taxes":    {"Thuế SP", "Taxes"},
	"gdp.sector.legend":   {"NLTS nông, lâm, thủy sản · CN–XD công nghiệp – xây dựng · Thuế SP thuế sản phẩm", "AFF agriculture, forestry, fishery · Ind.&con. industry & construction · Taxes product taxes"},
}
