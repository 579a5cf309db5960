package i18n

// plainStrings are the plain-text mode's strings (--plain, TERM=dumb). Keys
// start with "plain.". Plain mode is read aloud by screen readers, so its
// wording says in words what the dashboard says with marks and colour.
var plainStrings = map[string]entry{
	"plain.asof":            {"Số liệu đến %s.", "Data as of %s."},
	"plain.gap_rule":        {"Trong các bảng, dấu — nghĩa là không có số liệu, không phải số 0.", "In the tables, — means no data, not zero."},
	"plain.merger":          {"Thay đổi địa giới hành chính", "Administrative change"},
	"plain.note":            {"Ghi chú: %s", "Note: %s"},
	"plain.notes":           {"Ghi chú", "Notes"},
	"plain.rank":            {"đứng %s", "ranked %s"},
	"plain.asof_at":         {"thời điểm %s", "as of %s"},
	"plain.qual.more":       {"hơn %s", "over %s"},
	"plain.qual.about":      {"khoảng %s", "about %s"},
	"plain.status.reported": {"báo chí đưa tin, chưa kiểm chứng", "press report, unverified"},
	"plain.sources":         {"Nguồn số liệu", "Sources"},
	"plain.sources.none":    {"Tab này không trích dẫn nguồn nào.", "This tab cites no source."},
	"plain.none":            {"Không có số liệu.", "No figures."},

	"plain.gdp.status_nat":   {"cả nước: %s", "Vietnam: %s"},
	"plain.gdp.sectors":      {"Tăng trưởng theo khu vực kinh tế năm %d", "Growth by sector in %d"},
	"plain.gdp.up":           {"%s tăng %s", "%s grew %s"},
	"plain.gdp.down":         {"%s giảm %s", "%s shrank %s"},
	"plain.gdp.flat":         {"%s: %s", "%s: %s"},
	"plain.gdp.col.percap":   {"USD/người", "USD/capita"},
	"plain.gdp.latest":       {"Năm %d, GRDP của %s tăng %s", "In %d, %s's GRDP grew %s"},
	"plain.gdp.latest_nat":   {"cả nước tăng %s", "Vietnam's GDP grew %s"},
	"plain.fdi.countries":    {"Số quốc gia và vùng lãnh thổ có dự án đầu tư: %s", "Countries and territories with investment projects: %s"},
	"plain.fdi.new":          {"Vốn FDI cấp mới năm %d: %s, %s", "New FDI in %d: %s, %s"},
	"plain.fdi.added":        {"Vốn FDI tăng thêm năm %d: %s, %s", "FDI capital added in %d: %s, %s"},
	"plain.fdi.projects":     {"%s dự án", "%s projects"},
	"plain.fdi.capital_col":  {"Vốn, triệu USD", "Capital, USD m"},
	"plain.fdi.projects_col": {"Dự án", "Projects"},
	"plain.zones.total":      {"%s: %s, diện tích %s, đã cho thuê %s, %s", "%s: %s, area %s, leased %s, %s"},
	"plain.zones.occ":        {"%s (tại %s)", "%s (as of %s)"},
	"plain.zones.area_col":   {"Diện tích, ha", "Area, ha"},
	"plain.agr.count":        {"Có %d thỏa thuận; %d thỏa thuận có nguồn độc lập.", "There are %d agreements; %d have an independent source."},
	"plain.agr.yes":          {"có", "yes"},
	"plain.agr.no":           {"chưa tìm thấy", "none found"},
}
