package i18n

// plainStrings are the plain-text mode's strings (--plain, TERM=dumb). Keys
// start with "plain.". Plain mode is read aloud by screen readers, so its
// wording says in words what the dashboard says with marks and colour.
var plainStrings = map[string]entry{
	"plain.asof":         {"Số liệu đến %s.", "Data as of %s."},
	"plain.gap_rule":     {"Trong các bảng, dấu — nghĩa là không có số liệu, không phải số 0.", "In the tables, — means no data, not zero."},
	"plain.note":         {"Ghi chú: %s", "Note: %s"},
	"plain.notes":        {"Ghi chú", "Notes"},
	"plain.rank":         {"đứng %s", "ranked %s"},
	"plain.asof_at":      {"thời điểm %s", "as of %s"},
	"plain.sources":      {"Nguồn số liệu", "Sources"},
	"plain.sources.none": {"Tab này không trích dẫn nguồn nào.", "This tab cites no source."},
	"plain.none":         {"Không có số liệu.", "No figures."},

	"plain.zones.occ": {"%s (tại %s)", "%s (as of %s)"},
	"plain.agr.count": {"Có %d thỏa thuận; %d thỏa thuận có nguồn độc lập.", "There are %d agreements; %d have an independent source."},
	"plain.agr.yes":   {"có", "yes"},
	"plain.agr.no":    {"chưa tìm thấy", "none found"},
}
