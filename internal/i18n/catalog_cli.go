package i18n

// cliStrings are the command line's own words: help headings, every
// command's description and examples, every flag's help, and the usage
// errors a flag parser or argument check would otherwise print in English.
// Keys start with "cli.help.", "cli.cmd.", "cli.flag.", "cli.arg." and
// "cli.err."; a flag's help is "cli.flag.NAME", or "cli.flag.COMMAND.NAME"
// where one command's flag means something of its own.
var cliStrings = map[string]entry{
	// Help headings and lines.
	"cli.help.usage":       {"Cách dùng", "Usage"},
	"cli.help.examples":    {"Ví dụ", "Examples"},
	"cli.help.commands":    {"Lệnh", "Commands"},
	"cli.help.flags":       {"Tùy chọn", "Flags"},
	"cli.help.topics":      {"Trợ giúp thêm", "More help"},
	"cli.help.keys":        {"Phím trong bảng điều khiển", "Keys in the dashboard"},
	"cli.help.default":     {"mặc định: %s", "default: %s"},
	"cli.help.default_env": {"mặc định theo LC_ALL/LANG, lúc này: %s", "default from LC_ALL/LANG, now: %s"},
	"cli.help.command":     {"[lệnh]", "[command]"},
	"cli.help.options":     {"[tùy chọn]", "[flags]"},
	"cli.help.more":        {"Xem \"provdash LỆNH --help\" để biết thêm về một lệnh.", "Run \"provdash COMMAND --help\" for more about a command."},
	"cli.help.limits": {
		"Giới hạn khi đọc dữ liệu (--max-file-size, --max-rows, --max-cell, --max-depth): xem \"provdash help limits\".",
		"Limits on reading data (--max-file-size, --max-rows, --max-cell, --max-depth): see \"provdash help limits\".",
	},
	"cli.help.see": {"xem: %s --help", "see: %s --help"},

	// Placeholders for a flag's value in help.
	"cli.arg.path":     {"ĐƯỜNG_DẪN", "PATH"},
	"cli.arg.file":     {"TỆP", "FILE"},
	"cli.arg.year":     {"NĂM", "YEAR"},
	"cli.arg.size":     {"CỠ", "SIZE"},
	"cli.arg.duration": {"THỜI_GIAN", "DURATION"},
	"cli.arg.address":  {"MÁY:CỔNG", "HOST:PORT"},
	"cli.arg.name":     {"TÊN", "NAME"},
	"cli.arg.tabs":     {"THẺ,THẺ…", "TAB,TAB…"},

	// Usage errors.
	"cli.err.unknown_flag":  {"không có tùy chọn %s", "unknown flag: %s"},
	"cli.err.unknown_short": {"không có tùy chọn -%s (trong %s)", "unknown shorthand flag: -%s (in %s)"},
	"cli.err.needs_value":   {"%s cần một giá trị", "%s needs a value"},
	"cli.err.bad_syntax":    {"viết tùy chọn sai: %s", "bad flag syntax: %s"},
	"cli.err.bad_int":       {"%s cần một số nguyên (đang là %q)", "%s needs a whole number (got %q)"},
	"cli.err.bad_duration":  {"%s cần một khoảng thời gian như 15s, 2m hoặc 1h (đang là %q)", "%s needs a duration such as 15s, 2m or 1h (got %q)"},
	"cli.err.bad_bool":      {"%s chỉ nhận true hoặc false (đang là %q)", "%s takes true or false only (got %q)"},
	"cli.err.bad_value":     {"giá trị %q không hợp lệ cho %s", "invalid value %q for %s"},
	"cli.err.ssh_only": {
		"%s chỉ dùng trong phiên SSH: chạy provdash serve, rồi ssh -t -p 23234 MÁY -- --room TÊN",
		"%s works in an SSH session only: run provdash serve, then ssh -t -p 23234 HOST -- --room NAME",
	},
	"cli.err.no_args":         {"%s không nhận đối số (có %q)", "%s takes no arguments (got %q)"},
	"cli.err.unknown_command": {"không có lệnh %q: dùng một trong %s", "unknown command %q: use one of %s"},
	"cli.err.did_you_mean":    {"%s; có phải ý bạn là %s?", "%s; did you mean %s?"},
	"cli.err.one_arg":         {"%s cần đúng một %s (có %d)", "%s needs exactly one %s (got %d)"},
	"cli.err.at_most_one":     {"%s nhận nhiều nhất một %s (có %d)", "%s takes at most one %s (got %d)"},
	"cli.err.unknown_topic":   {"không có lệnh hay chủ đề trợ giúp %q: dùng một trong %s", "no command or help topic %q: use one of %s"},
	"cli.err.bad_lang":        {"--lang %q không hợp lệ: dùng vi hoặc en", "unknown --lang %q: use vi or en"},
	"cli.err.bad_log_level":   {"--log-level %q không hợp lệ: dùng debug, info, warn hoặc error", "unknown --log-level %q: use debug, info, warn or error"},
	"cli.err.serve_one":       {"serve phục vụ một bộ dữ liệu; %s có %d bộ: hãy chỉ một thư mục con", "serve takes one dataset folder; %s holds %d datasets: name one of its folders"},
	"cli.err.bad_face":        {"--face %q không hợp lệ: dùng một trong %s", "unknown --face %q: use one of %s"},
	"cli.err.year_range":      {"không có số liệu năm %d: bộ dữ liệu có số liệu từ %d đến %d", "year %d: the dataset has figures for %d–%d only"},
	"cli.err.port_busy": {
		"không nghe được ở %s: địa chỉ đang được dùng (có thể một provdash serve khác đang chạy); chọn cổng khác bằng --listen, ví dụ --listen 127.0.0.1:23235",
		"cannot listen on %s: the address is in use (perhaps another provdash serve is running); choose another port with --listen, e.g. --listen 127.0.0.1:23235",
	},
	"cli.err.listen": {"không nghe được ở %s: %v; kiểm tra --listen", "cannot listen on %s: %v; check --listen"},

	"cli.version":        {"provdash %s (dữ liệu: %s, số liệu đến %s)", "provdash %s (data: %s, as of %s)"},
	"cli.version.nodata": {"provdash %s", "provdash %s"},

	"cli.export.format_clash": {
		"--out %s là tệp %s nhưng --format %s: bỏ --format (định dạng theo tên tệp) hoặc đặt tên khác",
		"--out %s names a %s file but --format is %s: drop --format (the name decides) or choose another name",
	},
	"cli.export.wrote_json": {"đã ghi %s (json) vào %s", "wrote %s (json) to %s"},
	"cli.report.wrote":      {"đã ghi báo cáo Markdown vào %s", "wrote the Markdown report to %s"},
	"cli.report.wrote_html": {"đã ghi bản tóm tắt HTML (một tệp, mở bằng trình duyệt, in ra PDF được) vào %s", "wrote the HTML briefing (one file: open it in a browser, print it to PDF) to %s"},
	"cli.report.bad_format": {"--format %q không dùng được với --out %q: dùng md hoặc html (hoặc bỏ --format để theo tên tệp)", "--format %q does not fit --out %q: use md or html (or leave --format out to follow the file name)"},

	// Commands: short line, description, examples; use where the
	// command takes arguments.
	"cli.cmd.provdash.short": {"Bảng điều khiển chỉ số kinh tế tỉnh trong cửa sổ dòng lệnh", "A terminal dashboard of provincial economic indicators"},
	"cli.cmd.provdash.long": {
		"provdash cho thấy kinh tế của tỉnh — tăng trưởng, FDI, khu công nghiệp và các thỏa thuận quốc tế — từ dữ liệu có sẵn kèm nguồn, bằng tiếng Việt hoặc tiếng Anh. Dữ liệu có sẵn là tỉnh Bắc Ninh mới và hai tỉnh hợp thành: Bắc Giang và Bắc Ninh (cũ).",
		"provdash shows a province's economy — growth, FDI, industrial parks and international agreements — from bundled, sourced data, in Vietnamese or English. The bundled data is the new Bắc Ninh province and the two it was formed from: Bắc Giang and the former Bắc Ninh.",
	},
	"cli.cmd.provdash.example": {
		"provdash\nprovdash --tab fdi --lang en\nprovdash --data ./tinh --province bac-giang\nprovdash render --tab gdp --width 120 --height 40\nprovdash validate ./du-lieu\nprovdash export --out bac-ninh.xlsx\nprovdash report --lang vi --out bao-cao.md",
		"provdash\nprovdash --tab fdi --lang en\nprovdash --data ./provinces --province bac-giang\nprovdash render --tab gdp --width 120 --height 40\nprovdash validate ./my-data\nprovdash export --out bac-ninh.xlsx\nprovdash report --lang en --out briefing.md",
	},
	"cli.cmd.render.short": {"In một khung hình của một thẻ ra stdout, như bảng điều khiển vẽ", "Print one frame of a tab to stdout, as the dashboard would draw it"},
	"cli.cmd.render.long": {
		"render in đúng một khung hình của một thẻ ở cỡ đã cho rồi thoát. Kiểm thử, ảnh chụp màn hình và kịch bản dùng lệnh này.",
		"render prints exactly one frame of a tab at the given size and exits. Tests, screenshots and scripts use it.",
	},
	"cli.cmd.render.example": {
		"provdash render --tab fdi --width 120 --height 40 --color always --lang vi",
		"provdash render --tab fdi --width 120 --height 40 --color always --lang en",
	},
	"cli.cmd.validate.use":   {"validate [THƯ_MỤC|TỆP.xlsx]", "validate [DIR|FILE.xlsx]"},
	"cli.cmd.validate.short": {"Kiểm tra một thư mục dữ liệu hay sổ tính (hoặc một thư mục chứa chúng) và liệt kê mọi lỗi", "Check a dataset folder or workbook (or a folder of them) and list every problem"},
	"cli.cmd.validate.long": {
		"validate nạp THƯ_MỤC đúng như --data và in mỗi lỗi một dòng, dạng TỆP:DÒNG: cột TÊN: thông báo (với dataset.toml: TỆP:DÒNG: khóa TÊN: thông báo), rồi thoát với mã 1. Không có lỗi thì in một dòng tóm tắt và thoát với mã 0. THƯ_MỤC có thể là một thư mục dữ liệu, một sổ tính .xlsx (lỗi dạng TỆP: TRANG!Ô: cột TÊN: thông báo) hoặc một bộ sưu tập (mọi thư mục con có dataset.toml và mọi sổ tính đều được kiểm tra). Không có THƯ_MỤC thì kiểm tra --data, hoặc dữ liệu có sẵn. Tệp, dòng và tên cột giữ nguyên như đã viết.",
		"validate loads DIR exactly as --data would and prints every problem, one per line, as FILE:LINE: column NAME: message (for dataset.toml: FILE:LINE: key NAME: message), then exits 1. With no problem it prints a one-line summary and exits 0. DIR may be one dataset folder, one .xlsx workbook (problems read FILE: SHEET!CELL: column NAME: message) or a collection (every sub-folder holding a dataset.toml and every workbook is checked). Without DIR it checks --data, or the bundled data. File, line and column names stay as written.",
	},
	"cli.cmd.validate.example": {
		"provdash validate ./du-lieu\nprovdash validate ./cac-tinh\nprovdash validate --lang en ./du-lieu",
		"provdash validate ./my-data\nprovdash validate ./provinces\nprovdash validate --lang vi ./my-data",
	},
	"cli.cmd.export.use":   {"export --out THƯ_MỤC|TỆP.xlsx|TỆP.json", "export --out DIR|FILE.xlsx|FILE.json"},
	"cli.cmd.export.short": {"Ghi bộ dữ liệu đang dùng ra các tệp CSV, một sổ tính Excel hoặc JSON", "Write the dataset in use as CSV files, an Excel workbook or JSON"},
	"cli.cmd.export.long": {
		"export ghi bộ dữ liệu đang dùng (có sẵn, hoặc theo --data/--province). Không có --format thì định dạng theo tên --out: TỆP.xlsx là một sổ tính (mỗi bảng một trang, số ghi dạng số), TỆP.json là một tệp JSON (cho các chương trình khác đọc, theo mô tả trong data/README.md; --data không đọc JSON), còn lại là một thư mục gồm dataset.toml và các tệp CSV đúng như --data đọc, để bắt đầu một năm mới từ đó. --data đọc được cả thư mục CSV lẫn sổ tính. Tệp cùng tên đã có sẽ bị thay.",
		"export writes the dataset in use (bundled, or --data/--province). Without --format the name given to --out decides: FILE.xlsx is one workbook (a sheet per table, figures as numbers), FILE.json one JSON file (for other programs, in the shape data/README.md describes; --data does not read JSON), anything else a folder with dataset.toml and the CSV files exactly as --data reads them, to start a new year from. --data reads both the CSV folder and the workbook. Existing files of the same names are replaced.",
	},
	"cli.cmd.export.example": {
		"provdash export --out ./du-lieu\nprovdash export --out bac-ninh.xlsx\nprovdash export --out bac-ninh.json\nprovdash export --all --out ./cac-tinh",
		"provdash export --out ./my-data\nprovdash export --out bac-ninh.xlsx\nprovdash export --out bac-ninh.json\nprovdash export --all --out ./provinces",
	},
	"cli.cmd.report.short": {"Ghi báo cáo Markdown, hoặc bản tóm tắt HTML để gửi, của mọi thẻ, có đơn vị, trạng thái và nguồn đánh số", "Write a Markdown report, or an HTML briefing to send, of every tab, with units, statuses and numbered sources"},
	"cli.cmd.report.long": {
		"report ghi các số liệu chính và bảng của mọi thẻ dưới dạng Markdown, có đơn vị, dấu trạng thái và danh sách nguồn đánh số [n] như bảng điều khiển: thứ người lập kế hoạch dán vào một bản báo cáo. Chỗ không có số liệu in là —.",
		"report writes the key figures and tables of every tab as Markdown, with units, status marks and the numbered source list [n] the dashboard uses: what a planner pastes into a briefing. Gaps are printed as —.",
	},
	"cli.cmd.report.example": {
		"provdash report --out bao-cao.md\nprovdash report --out tom-tat.html\nprovdash report --data ./du-lieu",
		"provdash report --lang en --out briefing.md\nprovdash report --lang en --out briefing.html\nprovdash report --data ./my-data",
	},
	"cli.cmd.serve.short": {"Phục vụ bảng điều khiển qua SSH", "Serve the dashboard over SSH"},
	"cli.cmd.serve.long": {
		"serve chờ các máy khách SSH và cho mỗi người một bảng điều khiển riêng, theo cỡ cửa sổ, màu và ngôn ngữ của họ (theo LANG của máy khách, hoặc `ssh -t máy -- --lang en --tab fdi`).\n\nKhông có --authorized-keys thì ai tới được địa chỉ cũng kết nối được. SIGINT hoặc SIGTERM báo cho mọi phiên, trả lại cửa sổ dòng lệnh của từng người và thoát trong 10 giây.\n\nPhòng: `ssh -t máy -- --room hop --lead` trình bày cho phòng hop, và `ssh -t máy -- --room hop` theo dõi, mỗi người theo ngôn ngữ và cỡ cửa sổ của mình. Không có --presenters thì phiên nào cũng có thể dẫn.",
		"serve listens for SSH clients and gives each its own dashboard, in its own size, colours and language (from the client's LANG, or `ssh -t host -- --lang en --tab fdi`).\n\nWithout --authorized-keys anyone who reaches the address may connect. SIGINT or SIGTERM tells every session, restores each client's terminal and exits within 10 s.\n\nRooms: `ssh -t host -- --room briefing --lead` presents to room briefing, and `ssh -t host -- --room briefing` follows it, each person in their own language and size. Without --presenters any session may lead.",
	},
	"cli.cmd.serve.example": {
		"provdash serve\nprovdash serve --listen 0.0.0.0:23234 --authorized-keys /etc/provdash/authorized_keys\nprovdash serve --data ./data/bac-giang --watch\nprovdash serve --presenters /etc/provdash/presenters --max-rooms 4\nprovdash serve --bus nats://10.0.0.5:4222\nssh -t -p 23234 localhost -- --lang vi --tab fdi --year 2023 --face table\nssh -t -p 23234 localhost -- --room hop --lead",
		"provdash serve\nprovdash serve --listen 0.0.0.0:23234 --authorized-keys /etc/provdash/authorized_keys\nprovdash serve --data ./data/bac-giang --watch\nprovdash serve --presenters /etc/provdash/presenters --max-rooms 4\nprovdash serve --bus nats://10.0.0.5:4222\nssh -t -p 23234 localhost -- --lang en --tab fdi --year 2023 --face table\nssh -t -p 23234 localhost -- --room briefing --lead",
	},
	"cli.cmd.init.use":   {"init ĐƯỜNG_DẪN", "init PATH"},
	"cli.cmd.init.short": {"Ghi một bộ dữ liệu trống để điền: một thư mục, hoặc một sổ tính .xlsx", "Write an empty dataset to fill in: a folder, or a .xlsx workbook"},
	"cli.cmd.init.long": {
		"init ghi một bộ dữ liệu trống tại ĐƯỜNG_DẪN: với đường dẫn kết thúc bằng .xlsx là một sổ tính, mỗi bảng và mỗi phần của dataset.toml một trang, có dòng tiêu đề và một lời giải thích ngắn ở trên; còn lại là một thư mục gồm dataset.toml và các tệp CSV (chỉ có dòng tiêu đề). --province điền tên và mã của tỉnh. init không bao giờ ghi đè: ĐƯỜNG_DẪN phải chưa có. Sau đó `provdash validate ĐƯỜNG_DẪN` cho biết còn thiếu gì.",
		"init writes an empty dataset at PATH: for a path ending in .xlsx one workbook with a sheet per table and per part of dataset.toml, each with its header and a short explanation above it; otherwise a folder with dataset.toml and the CSV files (header lines only). --province fills in the province's name and id. init never overwrites: PATH must not exist. `provdash validate PATH` then names what to fill in.",
	},
	"cli.cmd.init.example": {
		"provdash init tinh-mau.xlsx --province \"Tỉnh Mẫu\"\nprovdash init ./tinh-mau --province \"Tỉnh Mẫu\"",
		"provdash init sample.xlsx --province \"Tỉnh Mẫu\"\nprovdash init ./sample --province \"Tỉnh Mẫu\"",
	},
	"cli.cmd.limits.short": {"Giới hạn khi đọc dữ liệu (--max-*) và cách nâng lên", "Limits on reading data (--max-*) and how to raise them"},
	"cli.cmd.limits.long": {
		"Mọi lệnh đọc dữ liệu (provdash, render, validate, export, report, serve) đọc trong các giới hạn dưới đây, để một tệp hỏng hay quá lớn không làm treo máy. Một bộ dữ liệu lớn hơn vẫn dùng được: nâng giới hạn trên chính lệnh đó, ví dụ `provdash validate --max-rows 50000 ./du-lieu`. Xem data/README.md, mục giới hạn.",
		"Every command that reads data (provdash, render, validate, export, report, serve) reads within the limits below, so a broken or oversized file cannot stall the machine. A larger dataset still works: raise the limit on that command, e.g. `provdash validate --max-rows 50000 ./my-data`. See data/README.md, \"Limits\".",
	},
	"cli.cmd.help.use":         {"help [lệnh]", "help [command]"},
	"cli.cmd.help.short":       {"Trợ giúp về một lệnh hay chủ đề", "Help about a command or topic"},
	"cli.cmd.completion.short": {"Tạo kịch bản tự hoàn thành cho shell", "Generate the shell completion script"},
	"cli.cmd.completion.long": {
		"Tạo kịch bản tự hoàn thành cho bash, zsh, fish hoặc powershell: tên lệnh, tùy chọn và giá trị của --tab, --theme, --lang, --face, --format, --color, --province. Xem trợ giúp của từng shell để biết cách nạp.",
		"Generate the completion script for bash, zsh, fish or powershell: commands, flags and the values of --tab, --theme, --lang, --face, --format, --color and --province. See each shell's help for how to load it.",
	},
	"cli.cmd.bash.short": {"Tạo kịch bản tự hoàn thành cho bash", "Generate the completion script for bash"},
	"cli.cmd.bash.long": {
		"Cần gói bash-completion. Nạp trong phiên hiện tại:\n\n  source <(provdash completion bash)\n\nNạp cho mọi phiên (Linux):\n\n  provdash completion bash > /etc/bash_completion.d/provdash",
		"Needs the bash-completion package. For this session:\n\n  source <(provdash completion bash)\n\nFor every session (Linux):\n\n  provdash completion bash > /etc/bash_completion.d/provdash",
	},
	"cli.cmd.zsh.short": {"Tạo kịch bản tự hoàn thành cho zsh", "Generate the completion script for zsh"},
	"cli.cmd.zsh.long": {
		"Nạp trong phiên hiện tại:\n\n  source <(provdash completion zsh)\n\nNạp cho mọi phiên:\n\n  provdash completion zsh > \"${fpath[1]}/_provdash\"\n\n(cần `autoload -U compinit; compinit` trong ~/.zshrc)",
		"For this session:\n\n  source <(provdash completion zsh)\n\nFor every session:\n\n  provdash completion zsh > \"${fpath[1]}/_provdash\"\n\n(needs `autoload -U compinit; compinit` in ~/.zshrc)",
	},
	"cli.cmd.fish.short": {"Tạo kịch bản tự hoàn thành cho fish", "Generate the completion script for fish"},
	"cli.cmd.fish.long": {
		"Nạp trong phiên hiện tại:\n\n  provdash completion fish | source\n\nNạp cho mọi phiên:\n\n  provdash completion fish > ~/.config/fish/completions/provdash.fish",
		"For this session:\n\n  provdash completion fish | source\n\nFor every session:\n\n  provdash completion fish > ~/.config/fish/completions/provdash.fish",
	},
	"cli.cmd.powershell.short": {"Tạo kịch bản tự hoàn thành cho powershell", "Generate the completion script for powershell"},
	"cli.cmd.powershell.long": {
		"Nạp trong phiên hiện tại:\n\n  provdash completion powershell | Out-String | Invoke-Expression\n\nNạp cho mọi phiên: thêm dòng trên vào hồ sơ PowerShell của bạn.",
		"For this session:\n\n  provdash completion powershell | Out-String | Invoke-Expression\n\nFor every session: add the line above to your PowerShell profile.",
	},

	// Flags shared by several commands.
	"cli.flag.help":     {"trợ giúp cho lệnh này", "help for this command"},
	"cli.flag.version":  {"in phiên bản và ngày của dữ liệu có sẵn", "print the version and the bundled data's date"},
	"cli.flag.lang":     {"ngôn ngữ", "language"},
	"cli.flag.tab":      {"thẻ mở đầu", "first tab"},
	"cli.flag.theme":    {"giao diện (auto theo nền cửa sổ; NO_COLOR cho mono)", "theme (auto follows the terminal background; NO_COLOR gives mono)"},
	"cli.flag.ascii":    {"biểu đồ và khung không dùng braille hay nét kẻ, cho PuTTY và cửa sổ cũ", "charts and borders without braille or box drawing, for PuTTY and old consoles"},
	"cli.flag.face":     {"mặt mọi thẻ mở đầu", "face every tab starts on"},
	"cli.flag.year":     {"năm tập trung chung cho mọi thẻ (mặc định: năm gần nhất có số liệu tăng trưởng)", "focus year shared by every tab (default: the latest year with a growth figure)"},
	"cli.flag.present":  {"chế độ trình chiếu: lần lượt qua các thẻ (p bật/tắt, space tạm dừng)", "presentation mode: cycle through the tabs (p toggles, space pauses)"},
	"cli.flag.interval": {"thời gian mỗi thẻ khi trình chiếu", "time per tab in presentation mode"},
	"cli.flag.slides":   {"các thẻ trình chiếu, theo thứ tự này, ví dụ overview,gdp,fdi (mặc định: mọi thẻ)", "tabs presentation mode cycles through, in this order, e.g. overview,gdp,fdi (default: every tab)"},
	"cli.flag.plain":    {"chữ thuần cho trình đọc màn hình và cửa sổ đơn giản: không màu, không hình vẽ, không màn hình phụ (tự động khi TERM=dumb hoặc stdout không phải cửa sổ dòng lệnh)", "plain text for screen readers and dumb terminals: no colour, drawing or alternate screen (automatic when TERM=dumb or stdout is not a terminal)"},
	"cli.flag.data":     {"thư mục dữ liệu hay sổ tính .xlsx, hoặc một thư mục chứa chúng, dùng thay dữ liệu có sẵn", "dataset folder or .xlsx workbook, or a folder of them, to use instead of the bundled data"},
	"cli.flag.province": {"tỉnh mở đầu, theo mã bộ dữ liệu (mặc định: tỉnh như hiện nay)", "province to show first, by dataset id (default: the province as it is today)"},

	"cli.flag.max-file-size": {"tệp dữ liệu lớn nhất được đọc, tính bằng byte (hậu tố K, M, G: cơ số 1024)", "largest data file read, in bytes (K, M, G suffixes: 1024-based)"},
	"cli.flag.max-rows":      {"số dòng nhiều nhất trong một bảng", "most rows in one table"},
	"cli.flag.max-cell":      {"số ký tự nhiều nhất trong một ô CSV hay một chuỗi của dataset.toml", "most characters in one CSV cell or dataset.toml string"},
	"cli.flag.max-depth":     {"độ lồng sâu nhất của [ và { trong dataset.toml", "deepest nesting of [ and { in dataset.toml"},

	// Flags of one command.
	"cli.flag.render.plain":  {"in thẻ dưới dạng chữ thuần (tiêu đề, câu, bảng) ngắt dòng theo --width", "print the tab as plain-mode text (headings, sentences, tables) wrapped at --width"},
	"cli.flag.width":         {"chiều rộng khung hình, tính bằng ô", "frame width in cells"},
	"cli.flag.height":        {"chiều cao khung hình, tính bằng dòng", "frame height in lines"},
	"cli.flag.color":         {"màu (auto theo cửa sổ và NO_COLOR)", "colour (auto asks the terminal and honours NO_COLOR)"},
	"cli.flag.validate.data": {"thư mục dữ liệu, sổ tính hay bộ sưu tập cần kiểm tra (như THƯ_MỤC)", "dataset folder, workbook or collection to check (same as DIR)"},
	"cli.flag.validate.lang": {"ngôn ngữ của thông báo", "language of the messages"},
	"cli.flag.export.lang":   {"ngôn ngữ của thông báo", "language of the messages"},
	"cli.flag.export.out":    {"nơi ghi: một thư mục (tạo nếu chưa có), TỆP.xlsx hoặc TỆP.json; với --all là một thư mục", "where to write: a folder (created if missing), FILE.xlsx or FILE.json; with --all a folder"},
	"cli.flag.format":        {"định dạng (mặc định: theo tên --out: .xlsx, .json, còn lại csv)", "format (default: from the --out name: .xlsx, .json, else csv)"},
	"cli.flag.all":           {"ghi mọi bộ dữ liệu của bộ sưu tập vào --out (mỗi tỉnh một thư mục, hoặc tệp MÃ.xlsx / MÃ.json), kèm quan hệ hợp nhất", "write every dataset of the collection into --out (a folder per province, or ID.xlsx / ID.json files), with their lineage"},
	"cli.flag.report.out":    {"tệp cần ghi (mặc định: stdout)", "file to write (default: stdout)"},
	"cli.flag.report.format": {"md hoặc html (mặc định: theo tên --out: .html là HTML, còn lại Markdown)", "md or html (default: from the --out name: .html is HTML, else Markdown)"},
	"cli.flag.init.province": {"tên tỉnh, ví dụ \"Bắc Giang\" (mã được tạo từ tên)", "the province's name, e.g. \"Bắc Giang\" (its id is made from it)"},
	"cli.flag.init.lang":     {"ngôn ngữ của thông báo và lời giải thích", "language of the messages and explanations"},

	"cli.flag.serve.lang":         {"ngôn ngữ cho máy khách không gửi LANG", "language for clients that send no LANG"},
	"cli.flag.serve.data":         {"thư mục dữ liệu hay sổ tính .xlsx dùng thay dữ liệu có sẵn", "dataset folder or .xlsx workbook to serve instead of the bundled data"},
	"cli.flag.listen":             {"địa chỉ nghe", "address to listen on"},
	"cli.flag.host-key":           {"khóa máy chủ ed25519, tạo ở lần chạy đầu (mặc định $XDG_STATE_HOME/provdash/ssh_host_ed25519_key)", "ed25519 host key, created on first run (default $XDG_STATE_HOME/provdash/ssh_host_ed25519_key)"},
	"cli.flag.authorized-keys":    {"chỉ các khóa công khai này được kết nối (dạng authorized_keys của OpenSSH)", "only these public keys may connect (OpenSSH authorized_keys format)"},
	"cli.flag.max-sessions":       {"số phiên nhiều nhất cùng lúc", "most sessions at once"},
	"cli.flag.max-per-ip":         {"số phiên nhiều nhất cùng lúc từ một địa chỉ IP", "most sessions at once from one IP address"},
	"cli.flag.max-pending-per-ip": {"số kết nối đang đăng nhập (chưa có phiên) nhiều nhất từ một địa chỉ IP (IPv6: một /64)", "most connections still logging in (no session yet) from one IP address (IPv6: one /64)"},
	"cli.flag.idle-timeout":       {"đóng phiên sau chừng này thời gian không có phím nào", "close a session after this long without a key press"},
	"cli.flag.max-duration":       {"đóng phiên sau chừng này thời gian trong mọi trường hợp", "close a session after this long in any case"},
	"cli.flag.write-timeout":      {"ngắt máy khách không nhận dữ liệu, hay không trả lời keepalive, trong chừng này thời gian", "cut off a client that takes no output, or answers no keepalive, for this long"},
	"cli.flag.handshake-timeout":  {"đóng kết nối chưa đăng nhập và mở phiên trong chừng này thời gian", "close a connection that has not logged in and opened a session within this long"},
	"cli.flag.idle-procs":         {"chạy trên một bộ xử lý khi không phiên nào có phím bấm trong chừng này thời gian, trên tất cả ở phím kế (0: luôn tất cả; tắt khi có GOMAXPROCS)", "run on one processor once no session has had input for this long, on all at the next (0: always all; off when GOMAXPROCS is set)"},
	"cli.flag.watch":              {"nạp lại --data khi các tệp thôi thay đổi được 2 giây (bộ dữ liệu có lỗi được ghi nhật ký và bỏ qua)", "reload --data once its files have stopped changing for 2 s (an invalid dataset is logged and ignored)"},
	"cli.flag.presenters":         {"chỉ các khóa công khai này được dẫn một phòng (dạng authorized_keys của OpenSSH); mặc định: mọi phiên", "only these public keys may lead a room (OpenSSH authorized_keys format); default: any session"},
	"cli.flag.max-rooms":          {"số phòng nhiều nhất cùng lúc trên máy chủ này", "most rooms at once on this server"},
	"cli.flag.max-followers":      {"số người theo dõi nhiều nhất trong một phòng", "most followers in one room"},
	"cli.flag.bus":                {"dùng chung phòng với các máy chủ provdash khác qua NATS; mặc định: phòng chỉ trên máy chủ này", "share rooms with other provdash servers over NATS; default: rooms on this server only"},
	"cli.flag.log-level":          {"mức nhật ký", "log level"},
	"cli.flag.no-descriptions":    {"không kèm lời mô tả trong gợi ý", "leave the descriptions out of the suggestions"},
}
