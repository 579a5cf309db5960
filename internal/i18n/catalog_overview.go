package i18n

// overviewStrings are the overview tab's strings. Keys start with "overview.".
var overviewStrings = map[string]entry{
	"overview.title":       {"Tổng quan", "Overview"},
	"overview.province":    {"Tỉnh %s", "%s province"},
	"overview.growth":      {"Tăng trưởng GRDP theo năm", "GRDP growth by year"},
	"overview.growth.unit": {"% so với năm trước, giá so sánh", "% y/y, constant prices"},
	"overview.gaps":        {"năm thiếu số liệu bị bỏ qua", "years without data skipped"},
	"overview.pci":         {"Năng lực cạnh tranh cấp tỉnh (PCI)", "Provincial Competitiveness Index (PCI)"},
	"overview.pci.short":   {"PCI", "PCI"},
	"overview.pci.rank":    {"Hạng PCI", "PCI rank"},
	"overview.card.growth": {"Tăng trưởng GRDP %d", "GRDP growth %d"},
	"overview.card.pci":    {"Chỉ số PCI %d", "PCI %d"},
	"overview.none":        {"Chưa có số liệu tổng quan.", "No overview figures yet."},
}
