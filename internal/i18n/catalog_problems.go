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
	"problem.toml_bad_date":      {"%q: ngày không hợp lệ: hãy viết 2025-07-01 (hoặc 2025-07, hoặc 2025)", "%q: bad date: write it as 2025-07-01 (or 2025-07, or 2025)"},
	"problem.duplicate_source":   {"mã nguồn %q bị trùng", "duplicate source id %q"},
	"problem.not_a_number":       {"%q: không phải là số", "%q: not a number"},
	"problem.duplicate_headline": {"mã chỉ tiêu nổi bật %q bị trùng", "duplicate headline id %q"},
	"problem.unknown_unit":       {"đơn vị không hợp lệ %q (cho phép: %s)", "unknown unit %q (allowed: %s)"},
	"problem.pct_range":          {"%s nằm ngoài khoảng hợp lệ của một tỷ lệ phần trăm", "%s out of range for a percentage"},
	"problem.bad_rank":           {"thứ hạng %d/%d là không thể", "rank %d of %d is impossible"},
	"problem.bad_url":            {"%q: không phải địa chỉ http hay https", "%q: not an http or https address"},
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
		"không có %s hay sổ tính .xlsx ở đây hay trong thư mục con nào: đây không phải một bộ dữ liệu hay một tập hợp bộ dữ liệu",
		"no %s or .xlsx workbook here or in any sub-folder: not a dataset or a collection",
	},
	"problem.path_missing": {"không mở được: không có tệp hay thư mục này", "cannot open: no such file or directory"},
	"problem.cannot_open":  {"không mở được: %s", "cannot open: %s"},
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
	"problem.not_a_folder": {"không phải là thư mục hay sổ tính .xlsx", "not a folder or a .xlsx workbook"},

	// Workbooks.
	"problem.not_a_workbook": {
		"không phải sổ tính Excel (.xlsx): hãy lưu nó từ Excel hoặc LibreOffice dưới dạng .xlsx",
		"not an Excel workbook (.xlsx): save it from Excel or LibreOffice as .xlsx",
	},
	"problem.sheet_missing": {"thiếu trang tính", "sheet is missing"},
	"problem.no_header_row": {
		"không có dòng tiêu đề: không dòng nào ghi tên các cột của trang tính này (%s)",
		"no header row: no row names the columns of this sheet (%s)",
	},
	"problem.formula_no_value": {
		"công thức =%s chưa có kết quả được lưu: hãy mở sổ tính bằng Excel hoặc LibreOffice rồi lưu lại",
		"formula =%s has no saved result: open the workbook in Excel or LibreOffice and save it",
	},
	"problem.pct_format": {
		"%s%%: ô được định dạng phần trăm nhưng cột này không phải tỷ lệ phần trăm: hãy định dạng ô là số",
		"%s%%: the cell is formatted as a percentage but the column is not one: format it as a number",
	},
	"problem.not_true_false": {"%q: hãy ghi TRUE hoặc FALSE", "%q: write TRUE or FALSE"},
	"problem.sheet_xml": {
		"trang tính bị hỏng (%v): hãy lưu lại từ Excel hoặc LibreOffice",
		"damaged sheet (%v): save it again from Excel or LibreOffice",
	},
	"problem.part_too_large": {
		"%s giải nén ra hơn %d byte: không bộ dữ liệu nào lớn đến thế",
		"%s unpacks to more than %d bytes: no dataset is that large",
	},
	"problem.beyond_header": {
		"một ô nằm bên phải cột cuối của dòng tiêu đề %s: hãy đặt tên cho cột của nó hoặc xóa ô",
		"a cell right of the header's last column %s: name its column or clear it",
	},

	// Common mistakes, with their fix.
	"problem.split_number": {
		"có %d ô, dòng tiêu đề có %d: %q, không đặt trong ngoặc kép, trông như một số bị tách thành hai ô: có thể là %s (dấu ',' tách hàng nghìn) hoặc %s (dấu ',' là dấu thập phân: số có ba chữ số thập phân được viết thêm một chữ số 0 thứ tư): hãy viết cách bạn muốn",
		"has %d fields, the header has %d: %q, unquoted, looks like one number split in two cells: it could be %s (the ',' groups thousands) or %s (the ',' is a decimal comma: a figure with three decimals takes a fourth zero): write the one you mean",
	},
	"problem.split_decimal": {
		"có %d ô, dòng tiêu đề có %d: %q, không đặt trong ngoặc kép, trông như một số bị tách thành hai ô ở dấu phẩy thập phân: hãy viết %s",
		"has %d fields, the header has %d: %q, unquoted, looks like one number split in two cells at its decimal comma: write %s",
	},
	"problem.split_thousands": {
		"có %d ô, dòng tiêu đề có %d: %q, không đặt trong ngoặc kép, trông như một số bị tách thành hai ô ở dấu phân cách hàng nghìn: hãy viết %s",
		"has %d fields, the header has %d: %q, unquoted, looks like one number split in two cells by its thousands separator: write %s",
	},
	"problem.split_which": {
		"có %d ô, dòng tiêu đề có %d: một trong các ô sau trông như một số bị dấu ',' không đặt trong ngoặc kép tách thành hai ô: %s: hãy viết số đó với '.' làm dấu thập phân và không có dấu phân cách hàng nghìn",
		"has %d fields, the header has %d: one of these looks like a number split in two cells by an unquoted ',': %s: write it with '.' for decimals and no thousands separator",
	},
	"problem.num_dot_two_ways": {
		"%q có thể hiểu theo hai cách: %s (dấu '.' tách hàng nghìn, như cách viết tiếng Việt) hoặc %s (dấu '.' là dấu thập phân: số có ba chữ số thập phân được viết thêm một chữ số 0 thứ tư): hãy viết cách bạn muốn",
		"%q could be read two ways: %s (the '.' groups thousands, as Vietnamese writes) or %s (the '.' is the decimal point: a figure with three decimals takes a fourth zero): write the one you mean",
	},
	"problem.num_comma_two_ways": {
		"%q có thể hiểu theo hai cách: %s (dấu ',' tách hàng nghìn) hoặc %s (dấu ',' là dấu thập phân: số có ba chữ số thập phân được viết thêm một chữ số 0 thứ tư): hãy viết cách bạn muốn",
		"%q could be read two ways: %s (the ',' groups thousands) or %s (the ',' is a decimal comma: a figure with three decimals takes a fourth zero): write the one you mean",
	},
	"problem.num_decimal_comma": {
		"%q: dấu phẩy thập phân: ở đây dấu thập phân là '.': hãy viết %s",
		"%q: a decimal comma: the decimal mark here is '.': write %s",
	},
	"problem.num_thousands_comma": {
		"%q: dấu ',' tách hàng nghìn: hãy viết %s, không có dấu phân cách hàng nghìn",
		"%q: a ',' grouping thousands: write %s, without thousands separators",
	},
	"problem.num_thousands_dot": {
		"%q: dấu '.' tách hàng nghìn theo cách viết tiếng Việt: hãy viết %s, không có dấu phân cách hàng nghìn",
		"%q: a '.' grouping thousands, as Vietnamese writes: write %s, without thousands separators",
	},
	"problem.num_percent": {
		"%q: bỏ dấu %%: cột này đã tính bằng phần trăm (viết %s)",
		"%q: drop the %%: the column is in percent already (write %s)",
	},
	"problem.whole_with_decimals": {
		"%q: số nguyên được viết không có phần thập phân: viết %d",
		"%q: a whole number is written without decimals: write %d",
	},
	"problem.did_you_mean": {
		"giá trị không hợp lệ %q: có phải ý bạn là `%s`? (cho phép: %s)",
		"unknown value %q: did you mean `%s`? (allowed: %s)",
	},
	"problem.status_did_you_mean": {
		"trạng thái không hợp lệ %q: có phải ý bạn là `%s`? (cho phép: official, estimate, preliminary, plan, reported)",
		"unknown status %q: did you mean `%s`? (allowed: official, estimate, preliminary, plan, reported)",
	},
	"problem.slash_date": {
		"%q: không phải ngày ISO: đọc ngày trước thì là %s, tháng trước thì là %s: hãy viết ngày bạn muốn theo dạng YYYY-MM-DD",
		"%q: not an ISO date: read day first it is %s, month first %s: write the one you mean as YYYY-MM-DD",
	},
	"problem.slash_date_one": {"%q: không phải ngày ISO: viết %s (YYYY-MM-DD)", "%q: not an ISO date: write %s (YYYY-MM-DD)"},
	"problem.text_num_comma": {
		"%q: văn bản có dấu phẩy: hãy nhập số liệu dưới dạng số, hoặc dạng văn bản với '.' làm dấu thập phân và không có dấu phân cách hàng nghìn",
		"%q: text with a comma: type the figure as a number, or as text with '.' for decimals and no thousands separator",
	},
	"problem.no_sources": {
		"chưa có nguồn nào: hãy thêm ít nhất một nguồn (mỗi số liệu đều ghi nguồn của nó)",
		"no sources yet: add at least one (every figure names its source)",
	},
	"problem.no_rows":        {"chưa bảng nào có dòng dữ liệu: hãy điền ít nhất một bảng", "no table has a row yet: fill in at least one"},
	"problem.lineage_self":   {"%q là chính bộ dữ liệu này", "%q is this dataset itself"},
	"problem.lineage_repeat": {"%q được nêu hai lần trong quan hệ hình thành", "%q is named twice in the lineage"},
	"problem.lineage_not_listed": {
		"ghi đã hợp nhất vào %q, nhưng %s không nêu %q trong lineage.formed_from: hai bên phải khớp",
		"says it became %q, but %s does not list %q in lineage.formed_from: both ends must agree",
	},
	"problem.lineage_became_other": {
		"ghi được hình thành từ %q, nhưng %s ghi tỉnh đó trở thành %q: hai bên phải khớp",
		"says it was formed from %q, but %s says that province became %q: both ends must agree",
	},
	"problem.lineage_date": {
		"ghi ngày %s, nhưng %s ghi ngày %s: hai bên phải khớp",
		"gives the date %s, but %s gives %s: both ends must agree",
	},
	"problem.wrong_kind": {
		"thuộc về bộ dữ liệu loại %q, còn bộ này thuộc loại %q",
		"belongs to a dataset of kind %q, and this one is of kind %q",
	},
	"problem.range_figure":      {"%s nằm ngoài khoảng hợp lệ của một số liệu (%g đến %g)", "%s out of range for a figure (%g to %g)"},
	"problem.source_kind":       {"loại nguồn %q không hợp lệ (cho phép: %s)", "unknown kind %q (allowed: %s)"},
	"problem.bad_kind":          {"loại %q không hợp lệ (cho phép: province, national)", "unknown kind %q (allowed: province, national)"},
	"problem.shared_rank":       {"thứ hạng %d/%d năm %d đã thuộc về tỉnh khác (dòng %d)", "rank %d of %d in %d is already another province's (line %d)"},
	"problem.rank_no_count":     {"thứ hạng cần kèm số tỉnh được xếp hạng (63 trước khi sáp nhập năm 2025, 34 sau đó), như nguồn ghi", "a rank needs the count it is among (63 before the 2025 merger, 34 after), as the source states it"},
	"problem.target_status":     {"trạng thái của một mục tiêu là plan, không phải %s", "a target's status is plan, not %s"},
	"problem.target_range":      {"một khoảng cần đầu trên không nhỏ hơn đầu dưới", "a range needs a high end at or above its low end"},
	"problem.target_high":       {"chỉ một khoảng (range) mới có đầu trên (bound %s)", "only a range has a high end (bound %s)"},
	"problem.target_definition": {"định nghĩa chỉ dùng cho mục tiêu FDI", "a definition belongs to an FDI target only"},
	"problem.lineage_cycle":     {"quan hệ hình thành đi thành vòng: %s", "the lineage goes round in a circle: %s"},

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
	"cli.export.bad_format": {"--format %q không hợp lệ: dùng csv, xlsx hoặc json", "unknown --format %q: use csv, xlsx or json"},
	"cli.export.need_xlsx":  {"với --format xlsx, --out phải là tệp .xlsx (đang là %q)", "with --format xlsx, --out must name a .xlsx file (got %q)"},
	"cli.export.wrote_book": {"đã ghi %s (sổ tính xlsx) vào %s", "wrote %s (xlsx workbook) to %s"},
	"cli.error":             {"lỗi", "error"},
	"cli.init.exists":       {"%s đã có: init không ghi đè; hãy chọn một đường dẫn mới", "%s already exists: init never overwrites; choose a new path"},
	"cli.init.wrote": {
		"đã ghi một bộ dữ liệu trống vào %s: hãy điền vào, rồi chạy provdash validate %s để xem còn thiếu gì",
		"wrote an empty dataset to %s: fill it in, then run provdash validate %s to see what is still missing",
	},

	// The explanation init writes above each sheet of an empty dataset
	// (as comments in a folder's dataset.toml).
	"init.about.dataset": {
		"Bộ dữ liệu: mỗi dòng một khóa. id là mã ngắn (chữ thường, chữ số, gạch ngang, như bac-giang); as_of là ngày số liệu đầy đủ đến (YYYY-MM-DD); tên tỉnh và tên nước bằng tiếng Việt (.vi) và tiếng Anh (.en).",
		"The dataset: one key per row. id is a short code (lower case, digits, hyphens, like bac-giang); as_of is the date the data is complete to (YYYY-MM-DD); the province's and country's names in Vietnamese (.vi) and English (.en).",
	},
	"init.about.sources": {
		"Nguồn: mỗi dòng một nguồn, đánh số [1], [2]… theo thứ tự. Mỗi số liệu ghi id của nguồn ở cột source. Cần title; publisher, url, date (YYYY-MM-DD) nếu có.",
		"Sources: one per row, numbered [1], [2]… in this order. Every figure names a source's id in its source column. title is required; publisher, url and date (YYYY-MM-DD) when known.",
	},
	"init.about.headlines": {
		"Chỉ tiêu nổi bật trên thẻ Tổng quan, theo thứ tự. value là số như nguồn viết (có thể có > hoặc ≈); unit: %, usd_bn, usd_m, usd, vnd_bn, ha, count hoặc score; rank/rank_of nếu có; source, status, date như mọi số liệu.",
		"Headline figures on the Overview cards, in order. value is the figure as the source wrote it (> or ≈ allowed); unit: %, usd_bn, usd_m, usd, vnd_bn, ha, count or score; rank/rank_of when known; source, status and date as for every figure.",
	},
	"init.about.notes": {
		"Ghi chú về cả bộ dữ liệu, hiện cùng danh sách nguồn: mỗi dòng một ghi chú, tiếng Việt (vi) và tiếng Anh (en).",
		"Notes about the whole dataset, shown with the sources: one per row, in Vietnamese (vi) and English (en).",
	},
	"init.about.lineage": {
		"Nếu tỉnh được hình thành từ tỉnh khác hoặc đã hợp nhất vào tỉnh khác: ngày có hiệu lực, nguồn, trạng thái, ghi chú, và became.id/became.name.* là tỉnh mà tỉnh này đã hợp nhất vào. Có thể bỏ trang này.",
		"If the province was formed from others or merged into another: the date it took effect, source, status, note, and became.id/became.name.* for the province this one merged into. This sheet may be left out.",
	},
	"init.about.formed_from": {
		"Mỗi dòng một tỉnh mà tỉnh này được hình thành từ đó: mã bộ dữ liệu (id) và tên hai thứ tiếng. Có thể bỏ trang này.",
		"One row per province this one was formed from: its dataset id and its name in both languages. This sheet may be left out.",
	},
	"init.about.exports": {
		"Xuất khẩu, nhập khẩu hàng hóa theo năm hoặc kỳ (tỷ USD), thứ hạng cả nước và số tỉnh được xếp hạng. Có thể bỏ trang này.",
		"Exports and imports of goods by year or period (bn USD), the national rank and how many provinces it is among. This sheet may be left out.",
	},
	"init.about.targets": {
		"Mỗi dòng một mục tiêu: chỉ tiêu, năm hoặc giai đoạn, giá trị (hoặc khoảng), cơ quan đặt ra và văn bản, nguồn; trạng thái luôn là plan. Có thể bỏ trang này.",
		"One row per target: indicator, year or span, value (or range), the body that set it and the act, source; the status is always plan. This sheet may be left out.",
	},
	"init.about.growth_periods": {
		"Tăng trưởng GRDP của một phần năm (quý 1, 6 tháng, 9 tháng), thứ hạng nếu nguồn có. Có thể bỏ trang này.",
		"GRDP growth over part of a year (Q1, H1, 9 months), with a rank where the source gives one. This sheet may be left out.",
	},
	"init.about.merger": {
		"Thay đổi hành chính người dùng cần biết (như sáp nhập tỉnh), nếu có: nội dung (vi, en) và nguồn, trạng thái, ngày.",
		"An administrative change users must be told about (such as a merger of provinces), if any: the text (vi, en) with its source, status and date.",
	},
	"init.about.fdi_countries": {
		"Số quốc gia và vùng lãnh thổ có dự án FDI, nếu có: value, với nguồn, trạng thái, ngày.",
		"The number of countries and territories investing (FDI), if known: value, with its source, status and date.",
	},
	"init.about.grdp_growth": {
		"Tăng trưởng GRDP: mỗi năm một dòng; growth là % so với năm trước theo giá so sánh; national là tăng trưởng GDP cả nước để so sánh. Ô trống là thiếu số liệu. Mỗi số liệu cần source, status và date.",
		"GRDP growth: one row per year; growth is % y/y at constant prices; national is Vietnam's GDP growth for comparison. An empty cell is missing data. Every figure needs a source, status and date.",
	},
	"init.about.grdp_size": {
		"Quy mô GRDP: mỗi năm một dòng, theo giá hiện hành: tỷ đồng, tỷ USD, USD/người, thứ hạng cả nước.",
		"GRDP size: one row per year, at current prices: billion VND, billion USD, USD per person, national rank.",
	},
	"init.about.sector_growth": {
		"Tăng trưởng theo khu vực: mỗi năm và khu vực một dòng; sector là aff, ic, services hoặc taxes.",
		"Growth by sector: one row per year and sector; sector is aff, ic, services or taxes.",
	},
	"init.about.structure": {
		"Cơ cấu kinh tế: tỷ trọng (%) của mỗi khu vực trong GRDP, mỗi năm và khu vực một dòng.",
		"Economic structure: each sector's share of GRDP (%), one row per year and sector.",
	},
	"init.about.pci": {
		"Chỉ số năng lực cạnh tranh cấp tỉnh (PCI): mỗi năm một dòng: điểm (0–100) và thứ hạng.",
		"Provincial Competitiveness Index (PCI): one row per year: score (0–100) and rank.",
	},
	"init.about.fdi_year": {
		"FDI theo năm hoặc kỳ (2024, 2024-H1, 2024-8M) và cách tính (definition: new, added, new_added, converted, total): số dự án, vốn (triệu USD).",
		"FDI per year or period (2024, 2024-H1, 2024-8M) and definition (new, added, new_added, converted, total): projects and capital (million USD).",
	},
	"init.about.fdi_country": {
		"FDI theo quốc gia đầu tư: mỗi quốc gia một dòng (mã ISO 2 chữ, tên vi/en), số dự án, vốn, thứ hạng.",
		"FDI by investing country: one row per country (ISO two-letter code, name in vi/en), projects, capital, ranks.",
	},
	"init.about.zones": {
		"Khu công nghiệp: mỗi khu một dòng: tên, huyện, diện tích (ha), tỷ lệ lấp đầy (%) và ngày của nó, chủ đầu tư, giai đoạn (stage).",
		"Industrial parks: one row per park: name, district, area (ha), occupancy (%) with its date, developer, stage.",
	},
	"init.about.zone_totals": {
		"Tổng số khu và cụm công nghiệp: kind là parks hoặc clusters; số lượng, diện tích, diện tích đã cho thuê (ha).",
		"Totals of industrial parks and clusters: kind is parks or clusters; count, area and area leased (ha).",
	},
	"init.about.agreements": {
		"Thỏa thuận quốc tế: mỗi đối tác và loại một dòng; level là province, district hoặc city; verified là yes nếu có nguồn độc lập xác nhận, nếu không là no.",
		"International agreements: one row per partner and type; level is province, district or city; verified is yes when an independent source confirms it, otherwise no.",
	},
	"cli.unknown_tab":      {"không có thẻ %q: dùng một trong %s", "unknown tab %q: use one of %s"},
	"cli.unknown_theme":    {"không có giao diện %q: dùng một trong %s", "unknown theme %q: use one of %s"},
	"cli.unknown_province": {"không có --province %q: dùng một trong %s", "unknown --province %q: use one of %s"},
	"cli.unknown_color":    {"--color %q không hợp lệ: dùng auto, always hoặc never", "unknown --color %q: use auto, always or never"},
	"cli.negative_size":    {"--width và --height không được âm (đang là %d×%d)", "--width and --height must not be negative (got %d×%d)"},
	"cli.interval":         {"--interval phải lớn hơn 0 (đang là %s)", "--interval must be positive (got %s)"},
	"cli.unknown_slide":    {"--slides: không có thẻ %q: dùng các thẻ trong số %s", "--slides: unknown tab %q: use tabs from %s"},
	"cli.slide_twice":      {"--slides: thẻ %q có mặt hai lần", "--slides: tab %q is listed twice"},
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
	if p.Column != "" && p.IsKey() {
		s += "khóa " + p.Column + ": "
	} else if p.Column != "" {
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
