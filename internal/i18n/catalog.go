package i18n

// entry is one string in both languages.
type entry struct{ vi, en string }

// catalog is every chrome string of the dashboard, keyed by a dotted id. It
// is assembled once from the per-area tables below and only read afterwards.
var catalog = merge(uiStrings, contentStrings, overviewStrings, gdpStrings, fdiStrings, zonesStrings, agreementsStrings, targetsStrings, glossaryStrings, serverStrings, roomStrings, plainStrings, problemStrings, cliStrings)

func merge(tables ...map[string]entry) map[string]entry {
	out := make(map[string]entry)
	for _, t := range tables {
		for k, v := range t {
			if _, dup := out[k]; dup {
				panic("i18n: duplicate key " + k) // a programming error caught by any test
			}
			out[k] = v
		}
	}
	return out
}

// Keys returns every key in the catalogue (for tests).
func Keys() []string {
	ks := make([]string, 0, len(catalog))
	for k := range catalog {
		ks = append(ks, k)
	}
	return ks
}

// uiStrings are the root model's and shared strings.
var uiStrings = map[string]entry{
	"status.official":    {"chính thức", "official"},
	"status.estimate":    {"ước tính", "estimate"},
	"status.preliminary": {"sơ bộ", "preliminary"},
	"status.plan":        {"kế hoạch", "plan"},
	"status.reported":    {"báo chí đưa tin", "reported"},

	"app.too_small":       {"cửa sổ quá nhỏ: hiện %d×%d, cần %d×%d", "terminal too small: have %d×%d, need %d×%d"},
	"app.source":          {"Nguồn", "Source"},
	"app.sources":         {"Nguồn số liệu", "Sources"},
	"app.status":          {"Trạng thái", "Status"},
	"app.date":            {"Ngày", "Date"},
	"app.note":            {"Ghi chú", "Note"},
	"app.asof":            {"số liệu đến", "data as of"},
	"app.province":        {"%s (%d/%d)", "%s (%d/%d)"},
	"app.province.formed": {"%s (%d/%d) · tỉnh hiện nay, hình thành từ %s", "%s (%d/%d) · the province today, formed from %s"},
	"app.province.former": {"%s (%d/%d) · tỉnh cũ, hợp nhất vào %s từ %s", "%s (%d/%d) · former province, merged into %s on %s"},
	"app.province.none":   {"P: chỉ có một tỉnh trong dữ liệu này (--data một thư mục nhiều tỉnh để chuyển tỉnh).", "P: this data has one province (give --data a folder of several to switch)."},
	"app.legend":          {"~ ước tính/sơ bộ · ▸ kế hoạch · ? báo chí, chưa kiểm chứng · — không có số liệu", "~ estimate/preliminary · ▸ plan · ? press report, unverified · — no data"},
	"app.gap":             {"không có số liệu", "no data"},
	"app.face.chart":      {"biểu đồ", "chart"},
	"app.face.table":      {"bảng", "table"},
	"app.face.sources":    {"nguồn", "sources"},

	"key.next":           {"tab kế", "next tab"},
	"key.prev":           {"tab trước", "prev tab"},
	"key.jump":           {"tới tab", "go to tab"},
	"key.up":             {"lên", "up"},
	"key.down":           {"xuống", "down"},
	"key.pgup":           {"trang trước", "page up"},
	"key.pgdn":           {"trang sau", "page down"},
	"key.top":            {"đầu", "top"},
	"key.bottom":         {"cuối", "bottom"},
	"key.open":           {"chi tiết", "details"},
	"key.close":          {"đóng", "close"},
	"key.face":           {"biểu đồ/bảng/nguồn", "chart/table/sources"},
	"key.help":           {"trợ giúp", "help"},
	"key.quit":           {"thoát", "quit"},
	"key.province":       {"đổi tỉnh", "next province"},
	"key.present":        {"trình chiếu", "present"},
	"key.pause":          {"dừng/chạy tiếp", "pause/resume"},
	"key.theme":          {"đổi giao diện", "theme"},
	"key.lang":           {"đổi ngôn ngữ (English)", "language (tiếng Việt)"},
	"key.search":         {"tìm", "search"},
	"key.match":          {"kết quả sau/trước", "next/prev match"},
	"key.year":           {"năm trước/sau", "year earlier/later"},
	"key.follow":         {"theo người trình bày lại", "follow the presenter again"},
	"search.placeholder": {"quốc gia, KCN, huyện, chủ đầu tư, đối tác, nguồn…", "country, park, district, developer, partner, source…"},
	"search.hint":        {"gõ để tìm (không cần dấu) · ↑/↓ chọn · enter tới · esc hủy", "type to search (accents optional) · ↑/↓ choose · enter go · esc cancel"},
	"search.none":        {"không tìm thấy %q", "nothing matches %q"},
	"search.more":        {"↓ còn %d", "↓ %d more"},
	"search.at":          {"kết quả %d/%d: %s", "match %d/%d: %s"},
	"search.nothing":     {"chưa tìm gì: nhấn / để tìm", "no search yet: press / to search"},
	"app.more":           {"  ↓ còn %d", "  ↓ %d more"},
	"detail.hint":        {"↑/↓ cuộn · esc đóng", "↑/↓ scroll · esc close"},
	"help.more":          {"↑/↓ cuộn · ? hoặc esc đóng · phím khác đóng rồi thực hiện", "↑/↓ scroll · ? or esc closes · any other key closes, then acts"},

	"present.paused":      {"tạm dừng", "paused"},
	"present.held":        {"Trình chiếu tạm dừng khi bạn di chuyển trong trang; space hoặc thẻ kế tiếp để chạy tiếp.", "The show waits while you move in the slide; space or the next tab runs it again."},
	"present.title":       {"trang tiêu đề", "title slide"},
	"theme.notice":        {"giao diện: %s", "theme: %s"},
	"theme.auto":          {"tự động", "auto"},
	"theme.dark":          {"tối", "dark"},
	"theme.light":         {"sáng", "light"},
	"theme.high-contrast": {"tương phản cao", "high contrast"},
	"theme.mono":          {"đơn sắc", "monochrome"},
	"help.title":          {"Phím tắt", "Keys"},
	"help.close":          {"? hoặc esc để đóng; phím khác đóng trợ giúp rồi thực hiện", "? or esc closes; any other key closes the help, then acts"},
}
