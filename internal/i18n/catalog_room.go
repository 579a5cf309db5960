package i18n

// roomStrings are what a dashboard in a room says about it: the footer's
// badge and notices, and why a session was refused a room or its lead.
// Keys start with "room.".
var roomStrings = map[string]entry{
	"room.following_n":     {"%d người theo dõi", "%d following"},
	"room.followers_short": {"theo dõi", "following"},
	"room.follows":         {"theo %s", "following %s"},
	"room.browsing":        {"đang tự xem · f để theo lại", "browsing on your own · f to follow"},
	"room.browsing_short":  {"tự xem · f", "on your own · f"},
	"room.waiting":         {"chờ người trình bày", "waiting for the presenter"},
	"room.leader_gone":     {"người trình bày đã rời (trạng thái cuối)", "presenter left (last state)"},
	"room.leader_left":     {"Người trình bày đã rời; giữ trạng thái cuối.", "The presenter left; the last state stays."},
	"room.follow.none":     {"f: bạn không ở trong phòng nào (ssh … -- --room TÊN để theo dõi).", "f: you are in no room (ssh … -- --room NAME to follow one)."},
	"room.new_leader":      {"%s trình bày; bạn đang theo dõi.", "%s presents now; you follow."},
	"room.not_presenter": {
		"Khóa SSH của bạn không có trong danh sách người trình bày của máy chủ: bạn theo dõi phòng %s.",
		"Your SSH key is not among the server's presenters: you follow room %s.",
	},
	"room.taken": {
		"Phòng %s đã có người trình bày: bạn theo dõi. Khi người đó rời, hãy vào lại với --lead.",
		"Room %s already has a presenter: you follow. When they leave, join again with --lead.",
	},
	"room.bad_name": {
		"Tên phòng %q không hợp lệ: 1–32 ký tự a-z, 0-9 và -.",
		"Room name %q is not valid: 1–32 characters of a-z, 0-9 and -.",
	},
	"room.too_many": {
		"Máy chủ đã có %d phòng, mức tối đa; hãy vào một phòng đang có hoặc thử lại sau.",
		"The server already holds %d rooms, the most it may; join an existing room or try later.",
	},
	"room.full": {
		"Phòng %s đã đủ %d người theo dõi; hãy thử lại sau.",
		"Room %s is full: %d follow it already; try again later.",
	},
}
