package i18n

import (
	"fmt"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/textsafe"
)

// problemStrings are the dataset problems `provdash validate` and a bad
// --data list, and the command-line lines around them. A planner fixing a
// spreadsheet reads them, so they come in her language. Keys "problem.CODE"
// follow dataset.ProblemCodes; each takes the Problem's Args in the order
// of the English message (Vietnamese may reorder with %[n]). The English
// wording must stay identical to the message internal/dataset writes
// (Problem.Msg): the tests compare them.
var problemStrings = map[string]entry{
	"problem.file_missing":      {"thiếu tệp", "file is missing"},
	"problem.cannot_read":       {"không đọc được: %v", "cannot read: %v"},
	"problem.empty_file":        {"tệp rỗng", "empty file"},
	"problem.not_utf8":          {"không phải UTF-8 (hãy lưu tệp dưới dạng UTF-8)", "not UTF-8 (save the file as UTF-8)"},
	"problem.empty_column_name": {"tên cột trống ở dòng tiêu đề", "empty column name in the header"},
	"problem.unknown_column":    {"bảng này không có cột như vậy", "unknown column"},
	"problem.duplicate_column":  {"cột xuất hiện hai lần ở dòng tiêu đề", "column appears twice in the header"},
	"problem.missing_column":    {"thiếu cột bắt buộc", "missing required column"},
	"problem.field_count":       {"có %d ô, dòng tiêu đề có %d", "has %d fields, the header has %d"},
	"problem.csv_bare_quote": {
		`lỗi cú pháp CSV ở ký tự %d: có dấu " trong một ô không đặt trong ngoặc kép`,
		`CSV syntax at character %d: bare " in non-quoted-field`,
	},
	"problem.csv_quote": {
		`lỗi cú pháp CSV ở ký tự %d: thừa hoặc thiếu dấu " trong một ô đặt trong ngoặc kép`,
		`CSV syntax at character %d: extraneous or missing " in quoted-field`,
	},
	"problem.csv_syntax":         {"lỗi cú pháp CSV ở ký tự %d: %v", "CSV syntax at character %d: %v"},
	"problem.csv_error":          {"lỗi CSV: %v", "CSV: %v"},
	"problem.too_many":           {"quá nhiều lỗi; danh sách dừng ở đây", "too many problems; stopping the list here"},
	"problem.toml_syntax":        {"lỗi cú pháp TOML: %s", "TOML syntax: %s"},
	"problem.toml_error":         {"lỗi TOML: %v", "TOML: %v"},
	"problem.unknown_key":        {"khóa không được hỗ trợ", "unknown key"},
	"problem.missing_value":      {"thiếu giá trị", "missing value"},
	"problem.toml_bad_date":      {"%q: ngày không hợp lệ", "%q: bad date"},
	"problem.duplicate_source":   {"mã nguồn %q bị trùng", "duplicate source id %q"},
	"problem.not_a_number":       {"%q: không phải là số", "%q: not a number"},
	"problem.duplicate_headline": {"mã chỉ tiêu nổi bật %q bị trùng", "duplicate headline id %q"},
	"problem.unknown_unit":       {"đơn vị không hợp lệ %q (cho phép: %s)", "unknown unit %q (allowed: %s)"},
	"problem.pct_range":          {"%s nằm ngoài khoảng hợp lệ của một tỷ lệ phần trăm", "%s out of range for a percentage"},
	"problem.bad_rank":           {"thứ hạng %d/%d là không thể", "rank %d of %d is impossible"},
	"problem.toml_unknown_source": {
		"không có nguồn [[source]] nào mang mã %q", "unknown source id %q",
	},
	"problem.toml_unknown_status": {"trạng thái không hợp lệ %q", "unknown status %q"},
	"problem.num_grouping": {
		"%q: không được dùng dấu phân cách hàng nghìn trong tệp phân cách bằng dấu phẩy (viết 2720.72, không viết 2,720.72)",
		"%q: thousands separators are not allowed in a comma-separated file (write 2720.72, not 2,720.72)",
	},
	"problem.num_precision": {
		"%q: quá 15 chữ số có nghĩa, không lưu chính xác được",
		"%q: more than 15 significant digits: it cannot be kept exactly",
	},
	"problem.ambiguous_number": {
		"%q: số có thể hiểu theo hai cách: trong tệp phân cách bằng dấu chấm phẩy, ',' là dấu thập phân và '.' tách hàng nghìn theo nhóm ba chữ số (viết 13,85 hoặc 2.720,72)",
		"%q: ambiguous number: in a semicolon-separated file ',' is the decimal mark and '.' groups thousands in threes (write 13,85 or 2.720,72)",
	},
	"problem.range_count":      {"%s nằm ngoài khoảng hợp lệ của một số lượng hay diện tích (%g đến %g)", "%s out of range for a count or size (%g to %g)"},
	"problem.range_share":      {"%s nằm ngoài khoảng hợp lệ của một tỷ lệ phần trăm (%g đến %g)", "%s out of range for a percentage (%g to %g)"},
	"problem.range_growth":     {"%s nằm ngoài khoảng hợp lệ của một tốc độ tăng trưởng (%g đến %g)", "%s out of range for a growth rate (%g to %g)"},
	"problem.range_pci":        {"%s nằm ngoài khoảng hợp lệ của điểm PCI (%g đến %g)", "%s out of range for a PCI score (%g to %g)"},
	"problem.not_whole_number": {"%q: không phải là số nguyên", "%q: not a whole number"},
	"problem.int_range":        {"%d nằm ngoài khoảng cho phép (%d đến %d)", "%d out of range (%d to %d)"},
	"problem.bad_date": {
		"%q: ngày không hợp lệ (dùng 2024, 2024-03, 2024-03-19, 2024-H1, 2024-Q1 hoặc 2024-8M)",
		"%q: bad date (use 2024, 2024-03, 2024-03-19, 2024-H1, 2024-Q1 or 2024-8M)",
	},
	"problem.unknown_value":      {"giá trị không hợp lệ %q (cho phép: %s)", "unknown value %q (allowed: %s)"},
	"problem.undated_needs_note": {"số liệu không có ngày cần một ghi chú nói rõ điều đó", "an undated figure needs a note saying so"},
	"problem.gap_needs_note": {
		"dòng không có số liệu cần một ghi chú giải thích vì sao thiếu",
		"a row without figures needs a note saying why they are missing",
	},
	"problem.unknown_source": {"mã nguồn %q không có trong dataset.toml", "unknown source id %q (not in dataset.toml)"},
	"problem.unknown_status": {
		"trạng thái không hợp lệ %q (cho phép: official, estimate, preliminary, plan, reported)",
		"unknown status %q (allowed: official, estimate, preliminary, plan, reported)",
	},
	"problem.duplicate_key":        {"khóa %s bị trùng (lần đầu ở dòng %d)", "duplicate key %s (first on line %d)"},
	"problem.period_year":          {"%q không thuộc năm %d", "%q is not in year %d"},
	"problem.period_order":         {"thời kỳ kết thúc (%d) trước khi bắt đầu (%d)", "period ends (%d) before it starts (%d)"},
	"problem.cannot_read_folder":   {"không đọc được thư mục: %v", "cannot read the folder: %v"},
	"problem.load_error":           {"%v", "%v"},
	"problem.duplicate_dataset_id": {"mã bộ dữ liệu %q bị trùng (đã có ở %s)", "duplicate dataset id %q (also in %s)"},
	"problem.bad_dataset_id":       {"%q không phải là mã bộ dữ liệu hợp lệ (chỉ chữ thường a–z, chữ số và dấu gạch ngang, như bac-giang)", "%q: not a valid dataset id (lower-case a–z, digits and hyphens only, like bac-giang)"},
	"problem.not_a_dataset": {
		"không có %s ở đây hay trong thư mục con nào: đây không phải một bộ dữ liệu hay một tập hợp bộ dữ liệu",
		"no %s here or in any sub-folder: not a dataset or a collection",
	},
	"problem.path_missing": {"không mở được: không có tệp hay thư mục này", "cannot open: no such file or directory"},
	"problem.cannot_open":  {"không mở được: %s", "cannot open: %s"},
	"problem.not_a_folder": {"không phải là thư mục", "not a folder"},
	"problem.control_char": {
		"ký tự điều khiển %s ở ký tự thứ %d: terminal sẽ thực thi nó như một lệnh; hãy xóa nó",
		"control character %s at character %d: terminals act on it; remove it",
	},
	"problem.bidi_char": {
		"ký tự điều khiển chiều viết %s ở ký tự thứ %d: nó đổi thứ tự hiển thị của chữ; hãy xóa nó",
		"bidirectional control %s at character %d: it changes the order text is shown in; remove it",
	},
	"problem.invisible_char": {
		"ký tự vô hình %s ở ký tự thứ %d: hãy xóa nó (ký tự nối chỉ được đứng giữa hai chữ cái của hệ chữ cần đến nó)",
		"invisible character %s at character %d: remove it (a joiner is allowed only between letters of a script that needs it)",
	},
	"problem.not_regular_file": {
		"không phải tệp thường (là thư mục, ống có tên, thiết bị hay socket): chỉ đọc tệp thường",
		"not a regular file (a folder, named pipe, device or socket): only regular files are read",
	},
	"problem.symlink_outside": {
		"liên kết tượng trưng tới %q, nằm ngoài thư mục bộ dữ liệu: bị từ chối",
		"symbolic link to %q, outside the dataset folder: refused",
	},
	"problem.file_too_large": {"lớn hơn giới hạn %d byte (--max-file-size để nâng giới hạn)", "larger than the limit of %d bytes (--max-file-size raises it)"},
	"problem.too_many_rows": {
		"quá %d dòng: ngừng đọc ở đây (--max-rows để nâng giới hạn)",
		"more than %d rows: reading stopped here (--max-rows raises the limit)",
	},
	"problem.cell_too_long": {"dài quá %d ký tự (--max-cell để nâng giới hạn)", "more than %d characters (--max-cell raises the limit)"},
	"problem.toml_too_deep": {
		"[ và { lồng nhau sâu quá %d mức (--max-depth để nâng giới hạn)",
		"[ and { nested more than %d deep (--max-depth raises the limit)",
	},

	// The lines validate, export and a bad --data print around the list.
	"cli.bundled":           {"dữ liệu có sẵn", "bundled data"},
	"cli.problems.one":      {"1 lỗi", "1 problem"},
	"cli.problems.many":     {"%d lỗi", "%d problems"},
	"cli.datasets.one":      {"1 bộ dữ liệu", "1 dataset"},
	"cli.datasets.many":     {"%d bộ dữ liệu", "%d datasets"},
	"cli.rows.one":          {"1 dòng", "1 row"},
	"cli.rows.many":         {"%d dòng", "%d rows"},
	"cli.nothing_started":   {"%s: %s, chưa chạy gì", "%s: %s, nothing started"},
	"cli.validate.ok":       {"ổn: %s: %s (%s), %s, không có lỗi", "ok: %s: %s (%s), %s, no problems"},
	"cli.limit_positive":    {"%s phải lớn hơn 0 (đang là %d)", "%s must be positive (got %d)"},
	"cli.bad_size":          {"--max-file-size: %q không phải là kích thước (viết 64M, 512K, 1G hoặc số byte)", "--max-file-size: %q is not a size (write 64M, 512K, 1G or a number of bytes)"},
	"cli.export.wrote":      {"đã ghi %s (%s, %d tệp) vào %s", "wrote %s (%s, %d files) to %s"},
	"cli.export.need_out":   {"cần --out THƯ_MỤC", "--out DIR is required"},
	"cli.export.bad_format": {"--format %q không hợp lệ: dùng csv hoặc json", "unknown --format %q: use csv or json"},
	"cli.error":             {"lỗi", "error"},
	"cli.unknown_tab":       {"không có thẻ %q: dùng một trong %s", "unknown tab %q: use one of %s"},
	"cli.unknown_theme":     {"không có giao diện %q: dùng auto, dark, light, high-contrast hoặc mono", "unknown theme %q: use auto, dark, light, high-contrast or mono"},
	"cli.unknown_province":  {"không có --province %q: dùng một trong %s", "unknown --province %q: use one of %s"},
	"cli.unknown_color":     {"--color %q không hợp lệ: dùng auto, always hoặc never", "unknown --color %q: use auto, always or never"},
	"cli.negative_size":     {"--width và --height không được âm (đang là %d×%d)", "--width and --height must not be negative (got %d×%d)"},
	"cli.interval":          {"--interval phải lớn hơn 0 (đang là %s)", "--interval must be positive (got %s)"},
}

// Problem formats p as "FILE:LINE: column NAME: message" in this language
// ("FILE:LINE: cột NAME: thông báo"). File, line and column name are kept
// exactly, so an editor can still jump to them. English is p.String()
// itself, the loader's own words; a problem whose code has no translation
// (a code added without one, caught by the catalogue test) keeps its English
// message rather than showing nothing.
func (l *Locale) Problem(p dataset.Problem) string {
	if l.Lang != VI {
		return p.String()
	}
	msg := p.Msg
	if e, ok := catalog["problem."+p.Code]; ok && p.Code != "" {
		msg = fmt.Sprintf(e.vi, p.Args...)
	}
	s := p.Location() + ": "
	if p.Column != "" {
		s += "cột " + p.Column + ": "
	}
	return textsafe.Clean(s + msg) // as Problem.String: it quotes the dataset
}

// Plural is "1 problem" / "3 problems" ("3 lỗi"): key names a pair of
// entries key.one and key.many, the latter taking n.
func (l *Locale) Plural(n int, key string) string {
	if n == 1 {
		return l.T(key + ".one")
	}
	return l.Tf(key+".many", n)
}
