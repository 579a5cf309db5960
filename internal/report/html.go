package report

import (
	"errors"
	"fmt"
	"html"
	"net/url"
	"slices"
	"strings"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/textsafe"
)

// The HTML briefing is the report a director or an investor who was not in
// the room opens: one self-contained file (no script, no font, no image, no
// style sheet fetched; a Content-Security-Policy says so to the browser),
// readable on a phone and printable to PDF. It lays out the same content
// pages as the Markdown report — every section of every tab once, the
// sources numbered as on screen, the marks and notes of every figure — and
// adds what a document needs: a summary of the headline figures first, and
// charts drawn as inline SVG from the same cells the tables print. A chart
// takes its points from the cells' figures and its labels from their text;
// it computes nothing but positions.

// hphrase is the briefing's own wording (vi, en), beside phrase's.
func hphrase(key string) [2]string {
	switch key {
	case "kicker":
		return [2]string{"Bản tin chỉ tiêu kinh tế", "Economic briefing"}
	case "contents":
		return [2]string{"Nội dung", "Contents"}
	case "legend":
		return [2]string{"Ký hiệu sau số liệu: ~ ước tính/sơ bộ · ▸ kế hoạch, mục tiêu · ? báo chí đưa tin, chưa kiểm chứng · ƒ do chương trình tính (khoảng cách tới mục tiêu, tốc độ cần mỗi năm), kèm cách tính · — không có số liệu (không phải 0). [n] là số thứ tự nguồn ở cuối bản tin, như trên màn hình; số nhỏ phía trên dẫn tới ghi chú ngay dưới bảng.",
			"Marks after figures: ~ estimate/preliminary · ▸ plan or target · ? press report, unverified · ƒ worked out by this program (gap to a target, yearly rate needed), with its method · — no data (not zero). [n] numbers the sources listed at the end, as on screen; a small raised number leads to a note under the table."}
	case "chart.marked":
		return [2]string{"điểm rỗng, cột nhạt viền đứt: số liệu có ký hiệu (~ ▸ ?)", "hollow point, pale bar with a dashed edge: a figure with a mark (~ ▸ ?)"}
	case "chart.gap":
		return [2]string{"đường đứt quãng: năm không có số liệu (không phải 0)", "a break in a line: a year with no figure (not zero)"}
	case "chart.shown":
		return [2]string{"◀ và cột đậm: tỉnh của bản tin", "◀ and the dark bar: the province of this briefing"}
	case "chart.target":
		return [2]string{"cột viền: mục tiêu (▸) · cột đặc: kết quả · mỗi cặp theo thang riêng", "outlined bar: target (▸) · solid bar: result · each pair on its own scale"}
	case "chart.values":
		return [2]string{"Số liệu, ký hiệu và nguồn trong bảng dưới đây.", "Figures, marks and sources in the table below."}
	case "chart.growth":
		return [2]string{"Biểu đồ: %s", "Chart: %s"}
	case "chart.unranked":
		return [2]string{"Có số liệu, không có thứ hạng công bố:", "A figure but no published rank:"}
	case "method":
		return [2]string{"Cách tính các số ƒ", "How the ƒ figures were worked out"}
	case "notes":
		return [2]string{"Ghi chú", "Notes"}
	case "kind.statistics":
		return [2]string{"Cơ quan thống kê", "Statistics office"}
	case "kind.government":
		return [2]string{"Cơ quan nhà nước", "Government"}
	case "kind.press":
		return [2]string{"Báo chí", "Press"}
	case "kind.other":
		return [2]string{"Nguồn khác", "Other"}
	}
	return phrase(key)
}

// HTML returns the briefing of sc in loc's language, its tabs those of
// content.Default().
func HTML(sc *content.Scope, loc *i18n.Locale) (string, error) {
	return HTMLIn(content.Default(), sc, loc)
}

// HTMLIn is HTML for the tabs of reg, in reg's order.
func HTMLIn(reg content.Registry, sc *content.Scope, loc *i18n.Locale) (string, error) {
	if sc == nil || sc.D == nil || loc == nil {
		return "", errors.New("html report: no dataset or locale")
	}
	w := &hw{sc: sc, loc: loc}
	w.document(reg)
	return w.b.String(), nil
}

// hw accumulates the briefing.
type hw struct {
	b     strings.Builder
	sc    *content.Scope
	loc   *i18n.Locale
	notes int // footnotes numbered so far
	pages []content.Page
}

func (w *hw) t(key string) string {
	e := hphrase(key)
	if w.loc.Lang == i18n.VI {
		return e[0]
	}
	return e[1]
}

func (w *hw) p(format string, args ...any) { fmt.Fprintf(&w.b, format, args...) }

// esc makes a data string safe as HTML text or a quoted attribute: cleaned
// of anything a terminal or a bidi algorithm would act on, then escaped.
func esc(s string) string { return html.EscapeString(textsafe.Clean(s)) }

// httpURL reports whether s may become a link: an absolute http or https
// address with a host and nothing to clean. Anything else (javascript:,
// data:, a relative path) is printed as text.
func httpURL(s string) bool {
	if s == "" || textsafe.Clean(s) != s || strings.ContainsAny(s, " \t\n\r\"'<>`\\") {
		return false
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.Opaque != "" {
		return false
	}
	return u.Scheme == "http" || u.Scheme == "https"
}

// csp forbids the file to load or run anything: styles are inline, and a
// browser that honours it fetches nothing, whatever a dataset holds.
const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

func (w *hw) document(reg content.Registry) {
	d, loc := w.sc.D, w.loc
	name := loc.Pick(d.Name)
	w.p("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", esc(string(loc.Lang)))
	w.p("<meta http-equiv=\"Content-Security-Policy\" content=\"%s\">\n", csp)
	w.p("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	w.p("<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n<main>\n", esc(fmt.Sprintf(w.t("title"), name)), style)

	pages := make([]content.Page, 0, reg.Len())
	for _, tab := range reg.Tabs() {
		// Periods written out, as on a screen 120 columns wide: a page
		// has the room, and a reader has no glossary beside it.
		pages = append(pages, tab.Page(w.sc, loc).Long())
	}
	w.pages = pages

	// The cover: who, as of when, how to read it, what is inside, the
	// notices that concern the whole briefing, then the headline figures.
	w.p("<header class=\"cover\">\n<p class=\"kicker\">%s</p>\n<h1>%s</h1>\n", esc(w.t("kicker")), esc(name))
	w.p("<p class=\"asof\">%s</p>\n", esc(fmt.Sprintf(w.t("asof"), loc.Date(d.AsOf))))
	w.p("<p class=\"legend\">%s</p>\n", esc(w.t("legend")))
	w.p("<nav><h2 class=\"toc\">%s</h2><ol>", esc(w.t("contents")))
	for _, p := range pages {
		w.p("<li><a href=\"#tab-%s\">%s</a></li>", esc(p.Tab), esc(p.Title))
	}
	w.p("<li><a href=\"#sources\">%s</a></li></ol></nav>\n</header>\n", esc(w.t("sources")))

	var printed []string
	if len(pages) > 0 {
		w.notices(pages[0].Notices)
		pages[0].Notices = nil
		if s, ok := pages[0].Section("headlines"); ok {
			w.summary(s)
			printed = append(printed, s.ID)
		}
	}
	for _, p := range pages {
		w.p("<section class=\"tab\" id=\"tab-%s\">\n<h2>%s</h2>\n", esc(p.Tab), esc(p.Title))
		w.notices(p.Notices)
		for _, s := range p.Sections {
			if slices.Contains(printed, s.ID) {
				continue
			}
			printed = append(printed, s.ID)
			w.section(s)
		}
		w.p("</section>\n")
	}
	w.back()
	w.p("</main>\n</body>\n</html>\n")
}

// notices writes each notice as a box with its citation and note.
func (w *hw) notices(ns []content.Notice) {
	for _, n := range ns {
		w.p("<aside class=\"notice\"><p><strong>%s.</strong> %s%s</p>", esc(n.Title), esc(n.Text), w.cite(n.Cite...))
		if note := strings.TrimSpace(n.Note); note != "" {
			w.p("<p class=\"small\">%s</p>", esc(note))
		}
		w.p("</aside>\n")
	}
}

// cite is " [7][20]" for the known ids, "" for none.
func (w *hw) cite(ids ...string) string {
	if c := content.Cite(w.sc, ids...); c != "" {
		return " <span class=\"cite\">" + esc(c) + "</span>"
	}
	return ""
}

// fig is a cell as printed, its mark in a span of its own.
func fig(c content.Cell) string {
	if c.Mark == "" {
		return esc(c.Text)
	}
	// A no-break space keeps the mark with its figure.
	return esc(c.Text) + "&nbsp;<span class=\"mark\">" + esc(c.Mark) + "</span>"
}

// summary is the headline figures as cards: each figure big, with its
// mark, and under it its rank, date, status and source, a note as a
// footnote below the cards.
func (w *hw) summary(s content.Section) {
	w.p("<section class=\"summary\" id=\"summary\">\n<h2>%s</h2>\n", esc(s.Title))
	if len(s.Rows) == 0 {
		w.p("<p>%s</p>\n</section>\n", esc(orNone(s.Empty, w.t("none"))))
		return
	}
	var notes []string
	w.p("<div class=\"cards\">\n")
	for _, r := range s.Rows {
		cell := func(key string) content.Cell {
			c, _ := s.Cell(r, key)
			return c
		}
		ref := ""
		if n := strings.TrimSpace(r.Note); n != "" {
			notes = append(notes, n)
			ref = w.noteRef(w.notes + len(notes))
		}
		w.p("<div class=\"card\"><div class=\"label\">%s%s</div><div class=\"big\">%s</div><div class=\"meta\">",
			esc(cell("figure").Text), ref, fig(cell("value")))
		var meta []string
		for _, k := range []string{"rank", "date", "status"} {
			if c := cell(k); c.Text != "" && !c.Gap() {
				meta = append(meta, esc(c.String()))
			}
		}
		w.p("%s%s</div></div>\n", strings.Join(meta, " · "), w.cite(r.Cites()...))
	}
	w.p("</div>\n")
	w.footnotes(notes)
	w.p("</section>\n")
}

// noteRef is the raised link to footnote k.
func (w *hw) noteRef(k int) string {
	return fmt.Sprintf("<sup class=\"fn\"><a href=\"#note-%d\" id=\"ref-%d\">%d</a></sup>", k, k, k)
}

// footnotes lists notes under what they annotate, numbered on from the
// last, and counts them.
func (w *hw) footnotes(notes []string) {
	if len(notes) == 0 {
		return
	}
	w.p("<ol class=\"notes\" start=\"%d\">", w.notes+1)
	for _, n := range notes {
		w.notes++
		w.p("<li id=\"note-%d\">%s</li>", w.notes, esc(n))
	}
	w.p("</ol>\n")
}

func orNone(s, none string) string {
	if strings.TrimSpace(s) == "" {
		return none
	}
	return s
}

// section writes a section: heading, intro, its chart when it has one, the
// table (in a box that scrolls on a narrow screen), the notes of its rows
// and, for targets, how each ƒ figure was worked out.
func (w *hw) section(s content.Section) {
	// The heading, intro and chart are one block that a printed page
	// does not split, with room kept after it for the table's first rows.
	w.p("<section class=\"sec\" id=\"sec-%s\">\n<div class=\"sh\"><h3>%s</h3>\n", esc(s.ID), esc(s.Title))
	if intro := strings.TrimSpace(s.Intro); intro != "" {
		w.p("<p class=\"intro\">%s</p>\n", esc(sentence(capitalize(intro))))
	}
	w.sectionChart(s)
	w.p("</div>\n")
	if len(s.Rows) == 0 {
		w.p("<p class=\"empty\">%s</p>\n</section>\n", esc(orNone(s.Empty, w.t("none"))))
		return
	}
	w.p("<div class=\"tw\"><table>\n<thead><tr>")
	for _, c := range s.Columns {
		w.p("<th%s>%s</th>", colClass(c), esc(c.Head))
	}
	w.p("</tr></thead>\n<tbody>\n")
	var notes []string
	var methods [][2]string
	for _, r := range s.Rows {
		note, method := splitMethod(w.loc, r.Note)
		if len(method) > 0 {
			methods = append(methods, [2]string{r.Label, strings.Join(method, " ")})
		}
		cls := ""
		if content.IsShown(r) {
			cls = " class=\"shown\""
		}
		w.p("<tr%s>", cls)
		for i, col := range s.Columns {
			c := content.Cell{Text: i18n.Gap}
			if i < len(r.Cells) {
				c = r.Cells[i]
			}
			ref := ""
			if i == 0 && note != "" {
				notes = append(notes, note)
				ref = w.noteRef(w.notes + len(notes))
			}
			w.p("<td%s>%s%s</td>", colClass(col), fig(c), ref)
		}
		w.p("</tr>\n")
	}
	w.p("</tbody></table></div>\n")
	w.footnotes(notes)
	if len(methods) > 0 {
		w.p("<div class=\"method\"><h4>%s</h4><ul>", esc(w.t("method")))
		for _, m := range methods {
			w.p("<li><strong>%s:</strong> %s</li>", esc(m[0]), esc(m[1]))
		}
		w.p("</ul></div>\n")
	}
	w.p("</section>\n")
}

// colClass classes a table cell: "r" for a figure (right-aligned, not
// wrapped on a screen), "src" for a short column never wrapped (sources,
// statuses, years, ranks).
func colClass(c content.Column) string {
	switch {
	case c.Right:
		return " class=\"r\""
	case slices.Contains([]string{"source", "status", "year", "period", "rank"}, c.Key):
		return " class=\"src\""
	}
	return ""
}

// splitMethod parts a row's note into what it discloses (a footnote) and
// the method lines of its computed figures: the parts that start with the
// computed mark, and the line saying a rate is nominal.
func splitMethod(loc *i18n.Locale, note string) (rest string, method []string) {
	if strings.TrimSpace(note) == "" {
		return "", nil
	}
	computed := i18n.Mark(dataset.Computed)
	nominal := loc.T("targets.method.nominal")
	var keep []string
	for _, part := range strings.Split(note, " · ") {
		if strings.HasPrefix(part, computed+" ") || (len(method) > 0 && part == nominal) {
			method = append(method, part)
			continue
		}
		keep = append(keep, part)
	}
	return strings.Join(keep, " · "), method
}

// back ends the briefing: the dataset's own notes, the numbered sources
// (grouped by kind where the sources say theirs) and what made the file.
func (w *hw) back() {
	d, loc := w.sc.D, w.loc
	if len(d.Notes) > 0 {
		w.p("<section class=\"back\" id=\"about\">\n<h2>%s</h2>\n<ul>", esc(w.t("dataset_note")))
		for _, n := range d.Notes {
			w.p("<li>%s</li>", esc(loc.Pick(n)))
		}
		w.p("</ul>\n</section>\n")
	}
	w.p("<section class=\"back\" id=\"sources\">\n<h2>%s</h2>\n", esc(w.t("sources")))
	list := w.sc.Sources()
	for _, g := range groupSources(list) {
		if g.kind != "" {
			w.p("<h3>%s</h3>\n", esc(w.kindName(g.kind)))
		}
		w.p("<ul class=\"sources\">")
		for _, i := range g.idx {
			s := list[i]
			w.p("<li id=\"src-%d\"><span class=\"cite\">[%d]</span> %s", i+1, i+1, esc(s.Title))
			if pub := s.PublisherIn(string(loc.Lang)); pub != "" {
				w.p(" — %s", esc(pub))
			}
			if s.Date != "" {
				w.p(" — %s", esc(loc.Date(s.Date)))
			}
			if u := strings.TrimSpace(s.URL); u != "" {
				if httpURL(u) {
					w.p(" — <a class=\"url\" href=\"%s\" rel=\"noreferrer noopener\">%s</a>", esc(u), esc(u))
				} else {
					w.p(" — <span class=\"url\">%s</span>", esc(u))
				}
			}
			w.p("</li>")
		}
		w.p("</ul>\n")
	}
	w.p("</section>\n<footer><p>%s</p></footer>\n", esc(fmt.Sprintf(w.t("generated"), d.ID)))
}

// sourceKind is a source's kind ("statistics", "government", "press",
// "other"), "" when the source does not say one.
func sourceKind(s dataset.Source) string { return strings.TrimSpace(s.Kind) }

// kindOrder is the order of the groups of the source list.
var kindOrder = [...]string{"statistics", "government", "press", "other"}

// sourceGroup is the indexes (into the scope's list) of the sources of
// one kind, in list order.
type sourceGroup struct {
	kind string
	idx  []int
}

// groupSources groups the scope's list by the kind each source says.
func groupSources(list []content.ScopeSource) []sourceGroup {
	kinds := make([]string, len(list))
	for i, s := range list {
		kinds[i] = sourceKind(s.Source)
	}
	return groupKinds(kinds)
}

// groupKinds groups positions by their kind: one group with no kind when
// none says one; otherwise the known kinds in kindOrder, any other kind
// after them in the order first met, and the positions without a kind
// with "other". Every position is in exactly one group, in list order.
func groupKinds(kinds []string) []sourceGroup {
	if !slices.ContainsFunc(kinds, func(k string) bool { return k != "" }) {
		g := sourceGroup{}
		for i := range kinds {
			g.idx = append(g.idx, i)
		}
		if len(g.idx) == 0 {
			return nil
		}
		return []sourceGroup{g}
	}
	kinds = slices.Clone(kinds)
	order := slices.Clone(kindOrder[:])
	for i, k := range kinds {
		if k == "" {
			kinds[i] = "other"
		} else if !slices.Contains(order, k) {
			order = append(order, k)
		}
	}
	var out []sourceGroup
	for _, k := range order {
		g := sourceGroup{kind: k}
		for i := range kinds {
			if kinds[i] == k {
				g.idx = append(g.idx, i)
			}
		}
		if len(g.idx) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// kindName names a kind of source in the locale, the kind itself for one
// the briefing does not know.
func (w *hw) kindName(kind string) string {
	if e := hphrase("kind." + kind); !strings.HasPrefix(e[0], "!") {
		return w.t("kind." + kind)
	}
	return kind
}
