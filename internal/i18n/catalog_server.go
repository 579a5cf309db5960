package i18n

// serverStrings are what `provdash serve` tells an SSH client outside the
// dashboard itself: why a session was refused or ended, and the footer
// notice after a data reload. Keys start with "server.". They are in the
// catalogue so a planner whose LANG is Vietnamese is told in Vietnamese.
var serverStrings = map[string]entry{
	"server.no_pty": {
		"provdash là bảng điều khiển tương tác và cần một terminal: hãy thêm -t vào lệnh ssh (ssh -t -p %s MÁY).",
		"provdash is an interactive dashboard and needs a terminal: add -t to your ssh command (ssh -t -p %s HOST).",
	},
	"server.busy": {
		"Máy chủ đang bận: đã mở %d phiên, mức tối đa; hãy thử lại sau ít phút.",
		"The server is busy: %d sessions are open, the most it serves; try again in a few minutes.",
	},
	"server.busy_ip": {
		"Quá nhiều phiên từ địa chỉ của bạn (%s): tối đa %d; hãy đóng bớt một phiên rồi thử lại.",
		"Too many sessions from your address (%s): at most %d; close one and try again.",
	},
	"server.idle": {
		"Phiên đã đóng sau %s không có phím nào được nhấn.",
		"Session closed after %s without a key press.",
	},
	"server.max": {
		"Phiên đã đóng: đã đạt thời lượng tối đa %s.",
		"Session closed: it reached the maximum length of %s.",
	},
	"server.shutdown": {
		"Máy chủ đang dừng; hãy kết nối lại sau giây lát.",
		"The server is shutting down; reconnect in a moment.",
	},
	"server.panic": {
		"Phiên gặp lỗi nội bộ và đã đóng; lỗi đã được ghi lại. Hãy kết nối lại để mở phiên mới.",
		"This session hit an internal error and was closed; the error has been logged. Reconnect for a fresh session.",
	},
	"server.args": {
		"%s. Cách dùng: ssh -t MÁY -- [--lang vi|en] [--tab %s] [--year NĂM] [--face %s] [--province MÃ] [--theme %s] [--ascii] [--present] [--interval 15s] [--slides overview,gdp,fdi] [--plain] [--room TÊN [--lead]]",
		"%s. Usage: ssh -t HOST -- [--lang vi|en] [--tab %s] [--year YEAR] [--face %s] [--province ID] [--theme %s] [--ascii] [--present] [--interval 15s] [--slides overview,gdp,fdi] [--plain] [--room NAME [--lead]]",
	},
	"server.reload_failed": {
		"Dữ liệu mới có %s nên chưa được dùng; vẫn hiển thị số liệu đến %s.",
		"The new data has %s, so it is not used; still showing data as of %s.",
	},
	"server.clamped": {
		"Cửa sổ lớn hơn cỡ máy chủ vẽ: bảng điều khiển dùng %d×%d ô của nó.",
		"Your window is larger than the server draws: the dashboard uses %d×%d of it.",
	},
	"server.arg.unexpected": {"đối số không mong đợi %q", "unexpected argument %q"},
	"server.arg.lead_room":  {"--lead cần --room TÊN", "--lead needs --room NAME"},
	"server.reloaded": {
		"Dữ liệu đã được cập nhật (số liệu đến %s).",
		"Data reloaded (as of %s).",
	},
}
