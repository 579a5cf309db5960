package i18n

// glossaryStrings explain every short form the screens use, for the help
// overlay (`?`), plain mode and the documentation. Keys start with
// "glossary.". Glossary lists their order.
var glossaryStrings = map[string]entry{
	"glossary.title": {"Thuật ngữ và chữ viết tắt", "Terms and short forms"},
	"glossary.grdp": {
		"GRDP — tổng sản phẩm trên địa bàn tỉnh; tăng trưởng tính theo giá so sánh, quy mô theo giá hiện hành.",
		"GRDP — gross regional domestic product, a province's GDP; growth at constant prices, size at current prices.",
	},
	"glossary.gdp": {"GDP — tổng sản phẩm trong nước (cả nước).", "GDP — gross domestic product of the whole country."},
	"glossary.pci": {
		"PCI — Chỉ số năng lực cạnh tranh cấp tỉnh do VCCI công bố hằng năm (điểm 0–100, thứ hạng).",
		"PCI — Provincial Competitiveness Index, published yearly by VCCI (score 0–100, rank).",
	},
	"glossary.fdi": {
		"FDI — vốn đầu tư trực tiếp nước ngoài: cấp mới (dự án mới), tăng thêm (dự án đang hoạt động), cấp mới và tăng thêm, đăng ký (cách tính của Cục Đầu tư nước ngoài: cấp mới + tăng thêm + góp vốn, mua cổ phần), quy đổi (gồm cả vốn trong nước), tổng không rõ cách tính. Các định nghĩa không bao giờ cộng gộp.",
		"FDI — foreign direct investment: new (new projects), added (capital added to existing ones), new + added, registered (the Foreign Investment Agency's count: new + added + capital contributions and share purchases), converted (includes domestic capital), total (definition not stated). Definitions are never added together.",
	},
	"glossary.kcn": {"KCN — khu công nghiệp; CCN — cụm công nghiệp (nhỏ hơn, do tỉnh lập).", "KCN — industrial park; CCN — industrial cluster (smaller, set up by the province)."},
	"glossary.sectors": {
		"NLTS — nông, lâm nghiệp và thủy sản; CN–XD — công nghiệp và xây dựng; DV — dịch vụ; Thuế SP — thuế sản phẩm trừ trợ cấp sản phẩm.",
		"AFF — agriculture, forestry and fishery; Ind.&con. — industry and construction; Services; Taxes — product taxes less subsidies.",
	},
	"glossary.bodies": {
		"UBND — Ủy ban nhân dân tỉnh; HĐND — Hội đồng nhân dân tỉnh; Sở Ngoại vụ — cơ quan đối ngoại của tỉnh; TCTK / Cục Thống kê — cơ quan thống kê.",
		"PPC — Provincial People's Committee (UBND); HĐND — People's Council; DoFA — Department of Foreign Affairs (Sở Ngoại vụ); GSO — General Statistics Office (Cục Thống kê).",
	},
	"glossary.periods": {
		"Kỳ: 2024 cả năm; Q1/2025 quý 1; 6T/2025 sáu tháng đầu năm; 6T cuối/2025 sáu tháng cuối năm; 7T/2018 bảy tháng đầu năm.",
		"Periods: 2024 the whole year; Q1 2025 the first quarter; H1 2025 the first half; H2 the second half; 7M 2018 the first seven months.",
	},
	"glossary.marks": {
		"Dấu: ~ ước tính hoặc sơ bộ; ▸ kế hoạch, mục tiêu; ? báo chí đưa tin, chưa có nguồn khác xác nhận; ƒ do chương trình tính (khoảng cách tới mục tiêu, tốc độ cần mỗi năm); — không có số liệu (không phải số 0); ◀ tỉnh đang xem; [n] số thứ tự nguồn.",
		"Marks: ~ estimate or preliminary; ▸ plan, a target; ? press report no other source confirms; ƒ worked out by this program (gap to a target, yearly rate needed); — no data (not zero); ◀ the province shown; [n] the number of a source.",
	},
}
