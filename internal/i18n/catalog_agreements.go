package i18n

// agreementsStrings are the agreements tab's strings. Keys start with "agreements.".
var agreementsStrings = map[string]entry{
	"agreements.title":          {"Hợp tác quốc tế", "Agreements"},
	"agreements.heading":        {"Thỏa thuận và quan hệ hợp tác quốc tế", "International agreements and partnerships"},
	"agreements.timeline":       {"Thời hạn các thỏa thuận", "Agreement periods"},
	"agreements.timeline_nb":    {"● ngày ký, khi không có thời hạn", "● signing date where there is no period"},
	"agreements.list":           {"Danh sách", "List"},
	"agreements.partner":        {"Đối tác", "Partner"},
	"agreements.country":        {"Quốc gia", "Country"},
	"agreements.level":          {"Cấp ký", "Signing level"},
	"agreements.kind":           {"Loại", "Type"},
	"agreements.signed":         {"Ngày ký", "Signed"},
	"agreements.period":         {"Thời hạn", "Period"},
	"agreements.verified":       {"Nguồn độc lập", "Independent source"},
	"agreements.yes":            {"✓ có", "✓ yes"},
	"agreements.no":             {"✗ chưa tìm thấy", "✗ none found"},
	"agreements.level.province": {"tỉnh", "province"},
	"agreements.level.district": {"huyện/thị xã", "district"},
	"agreements.level.city":     {"thành phố", "city"},
	"agreements.count":          {"%d thỏa thuận · %d có nguồn độc lập", "%d agreements · %d with an independent source"},
	"agreements.hint":           {"esc: đóng", "esc: close"},
	"agreements.empty":          {"Không có thỏa thuận quốc tế nào trong bộ dữ liệu này.", "No international agreements in this dataset."},
}
