package main

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/vector"
)

// Braille, block elements and box drawing are drawn here rather than taken
// from a font: a font's versions rarely fill the cell exactly, so chart
// lines, bars and frames would show seams or gaps between cells.

// drawShape draws r in the cell rectangle c if it is one of the characters
// drawn as shapes, and reports whether it was.
func drawShape(dst *image.RGBA, c image.Rectangle, r rune, fg, bg color.RGBA) bool {
	switch {
	case r >= 0x2800 && r <= 0x28FF:
		braille(dst, c, int(r-0x2800), fg)
	case r >= 0x2580 && r <= 0x259F:
		block(dst, c, r, fg, bg)
	case r >= 0x256D && r <= 0x2570:
		arc(dst, c, r, fg)
	default:
		arms, dashes, ok := boxArms(r)
		if !ok {
			return false
		}
		box(dst, c, arms, dashes, fg)
	}
	return true
}

// path is a vector path in a cell's (or an image's) own coordinates,
// filled with anti-aliasing.
type path struct {
	z *vector.Rasterizer
	r image.Rectangle
}

func newPath(r image.Rectangle) path {
	return path{z: vector.NewRasterizer(r.Dx(), r.Dy()), r: r}
}

func (p path) circle(cx, cy, rad float32) {
	const k = 0.5523 // cubic Bézier handle length for a quarter circle
	h := rad * k
	p.z.MoveTo(cx+rad, cy)
	p.z.CubeTo(cx+rad, cy+h, cx+h, cy+rad, cx, cy+rad)
	p.z.CubeTo(cx-h, cy+rad, cx-rad, cy+h, cx-rad, cy)
	p.z.CubeTo(cx-rad, cy-h, cx-h, cy-rad, cx, cy-rad)
	p.z.CubeTo(cx+h, cy-rad, cx+rad, cy-h, cx+rad, cy)
	p.z.ClosePath()
}

func (p path) fill(dst *image.RGBA, col color.RGBA) {
	p.z.Draw(dst, p.r, image.NewUniform(col), image.Point{})
}

// fillRect fills pixels x0…x1, y0…y1 of the cell c, exactly, without
// anti-aliasing, so neighbouring cells' strokes meet edge to edge.
func fillRect(dst *image.RGBA, c image.Rectangle, x0, y0, x1, y1 int, col color.RGBA) {
	r := image.Rect(x0, y0, x1, y1).Add(c.Min).Intersect(c)
	draw.Draw(dst, r, image.NewUniform(col), image.Point{}, draw.Src)
}

// braille draws the raised dots of pattern (bit 0 = dot 1 … bit 7 = dot 8)
// on a 2×4 grid spread evenly over the cell, so dots of neighbouring cells
// keep the same spacing and a chart reads as one line.
func braille(dst *image.RGBA, c image.Rectangle, pattern int, fg color.RGBA) {
	if pattern == 0 {
		return
	}
	// Dot n's column and row; Unicode numbers dots 1–3 and 4–6 down the
	// columns, then 7 and 8 along the bottom.
	cols := [8]int{0, 0, 0, 1, 1, 1, 0, 1}
	rows := [8]int{0, 1, 2, 0, 1, 2, 3, 3}
	w, h := float32(c.Dx()), float32(c.Dy())
	rad := min(w/4, h/8) * 0.8
	p := newPath(c)
	for i := range 8 {
		if pattern&(1<<i) != 0 {
			p.circle(w*float32(2*cols[i]+1)/4, h*float32(2*rows[i]+1)/8, rad)
		}
	}
	p.fill(dst, fg)
}

// block draws the block elements U+2580–259F: eighths, halves, quadrants
// and the three shades (as fg mixed into bg).
func block(dst *image.RGBA, c image.Rectangle, r rune, fg, bg color.RGBA) {
	w, h := c.Dx(), c.Dy()
	eighthW := func(n int) int { return int(math.Round(float64(w*n) / 8)) }
	eighthH := func(n int) int { return int(math.Round(float64(h*n) / 8)) }
	switch {
	case r == 0x2580: // ▀ upper half
		fillRect(dst, c, 0, 0, w, h/2, fg)
	case r >= 0x2581 && r <= 0x2588: // ▁…█ lower eighths
		fillRect(dst, c, 0, h-eighthH(int(r-0x2580)), w, h, fg)
	case r >= 0x2589 && r <= 0x258F: // ▉…▏ left eighths, widest first
		fillRect(dst, c, 0, 0, eighthW(int(0x2590-r)), h, fg)
	case r == 0x2590: // ▐ right half
		fillRect(dst, c, w/2, 0, w, h, fg)
	case r >= 0x2591 && r <= 0x2593: // ░▒▓ shades
		fillRect(dst, c, 0, 0, w, h, blend(bg, fg, float64(r-0x2590)/4))
	case r == 0x2594: // ▔ upper eighth
		fillRect(dst, c, 0, 0, w, eighthH(1), fg)
	case r == 0x2595: // ▕ right eighth
		fillRect(dst, c, w-eighthW(1), 0, w, h, fg)
	default: // ▖…▟ quadrants
		// Bits: 1 upper left, 2 upper right, 4 lower left, 8 lower right.
		quads := [...]int{4, 8, 1, 13, 9, 7, 11, 2, 6, 14}[r-0x2596]
		for i := range 4 {
			if quads&(1<<i) != 0 {
				x, y := i%2, i/2
				fillRect(dst, c, x*w/2, y*h/2, (x+1)*w/2, (y+1)*h/2, fg)
			}
		}
	}
}

// Arm weights in boxArms' table.
const (
	none = iota
	light
	heavy
)

// boxArms returns, for a box-drawing character made of straight strokes
// from the cell's centre, the weight of its arms towards the left, up,
// right and down, and into how many dashes each stroke is broken (0 for
// solid). Double lines and diagonals are left to the font.
func boxArms(r rune) (arms [4]int, dashes int, ok bool) {
	// U+2500…U+254F, then U+2574…U+257F: four digits each, left up right down.
	const table = "" +
		"1010 2020 0101 0202 1010 2020 0101 0202 1010 2020 0101 0202 0011 0021 0012 0022 " +
		"1001 2001 1002 2002 0110 0120 0210 0220 1100 2100 1200 2200 0111 0121 0211 0112 " +
		"0212 0221 0122 0222 1101 2101 1201 1102 1202 2201 2102 2202 1011 2011 1021 2021 " +
		"1012 2012 1022 2022 1110 2110 1120 2120 1210 2210 1220 2220 1111 2111 1121 2121 " +
		"1211 1112 1212 2211 1221 2112 1122 2221 2122 2212 1222 2222 1010 2020 0101 0202 " +
		"1000 0100 0010 0001 2000 0200 0020 0002 1020 0102 2010 0201 "
	var i int
	switch {
	case r >= 0x2500 && r <= 0x254F:
		i = int(r - 0x2500)
	case r >= 0x2574 && r <= 0x257F:
		i = int(r-0x2574) + 0x50
	default:
		return arms, 0, false
	}
	for k := range 4 {
		arms[k] = int(table[i*5+k] - '0')
	}
	switch {
	case r >= 0x2504 && r <= 0x2507:
		dashes = 3
	case r >= 0x2508 && r <= 0x250B:
		dashes = 4
	case r >= 0x254C && r <= 0x254F:
		dashes = 2
	}
	return arms, dashes, true
}

// strokes returns the thickness of light and heavy lines for a cell of
// width w: about a tenth of the cell, as in DejaVu Sans Mono's own.
func strokes(w int) (lightPx, heavyPx int) {
	lightPx = max(1, int(math.Round(float64(w)/10)))
	return lightPx, 2 * lightPx
}

// box draws straight box-drawing strokes. Each stroke is centred on the
// same pixel column or row in every cell, and each arm reaches past the
// centre by half the thickest crossing stroke, so joins are square.
func box(dst *image.RGBA, c image.Rectangle, arms [4]int, dashes int, fg color.RGBA) {
	w, h := c.Dx(), c.Dy()
	lightPx, heavyPx := strokes(w)
	thick := func(weight int) int {
		switch weight {
		case light:
			return lightPx
		case heavy:
			return heavyPx
		}
		return 0
	}
	left, up, right, down := thick(arms[0]), thick(arms[1]), thick(arms[2]), thick(arms[3])
	vt, ht := max(up, down), max(left, right) // thickest vertical, horizontal stroke
	// Where each stroke starts; both are whole pixels, the same in every cell.
	vx := func(t int) int { return (w - t) / 2 }
	hy := func(t int) int { return (h - t) / 2 }

	if dashes > 0 { // dashed strokes are straight lines across the cell
		if ht > 0 {
			dash(dashes, w, func(a, b int) { fillRect(dst, c, a, hy(ht), b, hy(ht)+ht, fg) })
		}
		if vt > 0 {
			dash(dashes, h, func(a, b int) { fillRect(dst, c, vx(vt), a, vx(vt)+vt, b, fg) })
		}
		return
	}
	// Horizontal arms end under the vertical stroke's far edge; a lone
	// horizontal arm ends at the centre.
	hEnd, hStart, vEnd, vStart := w/2, w/2, h/2, h/2
	if vt > 0 {
		hEnd, hStart = vx(vt)+vt, vx(vt)
	}
	if ht > 0 {
		vEnd, vStart = hy(ht)+ht, hy(ht)
	}
	if left > 0 {
		fillRect(dst, c, 0, hy(left), hEnd, hy(left)+left, fg)
	}
	if right > 0 {
		fillRect(dst, c, hStart, hy(right), w, hy(right)+right, fg)
	}
	if up > 0 {
		fillRect(dst, c, vx(up), 0, vx(up)+up, vEnd, fg)
	}
	if down > 0 {
		fillRect(dst, c, vx(down), vStart, vx(down)+down, h, fg)
	}
}

// dash splits length into n equal segments and calls seg for a dash
// centred in each, leaving a gap of a third of a segment between dashes.
func dash(n, length int, seg func(a, b int)) {
	for i := range n {
		a := float64(length*i) / float64(n)
		b := float64(length*(i+1)) / float64(n)
		gap := (b - a) / 6
		seg(int(math.Round(a+gap)), int(math.Round(b-gap)))
	}
}

// arc draws the rounded corners ╭╮╯╰ as a quarter circle of radius half the
// cell width joining a light horizontal and a light vertical stroke placed
// exactly as box places them, so rounded frames meet their straight sides.
func arc(dst *image.RGBA, c image.Rectangle, r rune, fg color.RGBA) {
	w, h := float32(c.Dx()), float32(c.Dy())
	lightPx, _ := strokes(c.Dx())
	t := float32(lightPx)
	// Stroke centre lines.
	xc := float32((c.Dx()-lightPx)/2) + t/2
	yc := float32((c.Dy()-lightPx)/2) + t/2
	// hx: +1 if the corner opens to the right; vy: +1 if downwards.
	hx, vy := float32(1), float32(1)
	switch r {
	case 0x256E: // ╮
		hx = -1
	case 0x256F: // ╯
		hx, vy = -1, -1
	case 0x2570: // ╰
		vy = -1
	}
	rad := min(w, h) / 2
	cx, cy := xc+hx*rad, yc+vy*rad // centre of the arc
	// One outline: along the outer edge from the horizontal run's cell edge,
	// round the arc and down the vertical run, then back along the inner edge.
	edgeX, edgeY := float32(0), float32(0)
	if hx > 0 {
		edgeX = w
	}
	if vy > 0 {
		edgeY = h
	}
	ro, ri := rad+t/2, rad-t/2
	const steps = 24
	pt := func(i int, rr float32) (float32, float32) {
		th := float64(i) / steps * math.Pi / 2
		return cx - hx*rr*float32(math.Sin(th)), cy - vy*rr*float32(math.Cos(th))
	}
	p := newPath(c)
	p.z.MoveTo(edgeX, cy-vy*ro)
	for i := 0; i <= steps; i++ {
		p.z.LineTo(pt(i, ro))
	}
	p.z.LineTo(cx-hx*ro, edgeY)
	p.z.LineTo(cx-hx*ri, edgeY)
	for i := steps; i >= 0; i-- {
		p.z.LineTo(pt(i, ri))
	}
	p.z.LineTo(edgeX, cy-vy*ri)
	p.z.ClosePath()
	p.fill(dst, fg)
}
