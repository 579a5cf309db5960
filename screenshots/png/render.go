package main

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"
	"unicode/utf8"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"
)

// lineHeight is the cell height in ems: a little more than DejaVu's glyph
// height, like a terminal's, so text breathes but charts stay compact.
const lineHeight = 1.25

// options are the rendering settings, in output pixels.
type options struct {
	fg, bg color.RGBA // defaults for cells that set none
	size   float64    // font size
	pad    int        // padding around the grid
	scale  int        // output pixels per 1× pixel, for the frame's radius and border
}

// canvas is the output image and the grid laid over it.
type canvas struct {
	img    *image.RGBA
	fonts  *fontSet
	opt    options
	origin image.Point // top-left pixel of cell (0, 0)
	cw, ch int         // cell size
	base   int         // baseline, from the cell's top
}

// parse reads ANSI text into a screen as wide as its widest line and as tall
// as its line count, measuring widths the way lipgloss does (by grapheme).
func parse(text string) (uv.ScreenBuffer, error) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.TrimSuffix(text, "\n")
	ss := uv.NewStyledString(text)
	b := ss.Bounds()
	if b.Dx() == 0 {
		return uv.ScreenBuffer{}, fmt.Errorf("no text on stdin")
	}
	scr := uv.NewScreenBuffer(b.Dx(), b.Dy())
	scr.Method = ansi.GraphemeWidth
	ss.Draw(scr, scr.Bounds())
	return scr, nil
}

// render draws text onto a new image, returned in the canvas with the grid
// laid over it: backgrounds first, then glyphs, so a glyph that overhangs
// its cell is not cut by its neighbour's background.
func render(text string, fonts *fontSet, opt options) (*canvas, error) {
	scr, err := parse(text)
	if err != nil {
		return nil, err
	}
	face, err := fonts.face(fonts.mono(), opt.size)
	if err != nil {
		return nil, err
	}
	adv, _ := face.GlyphAdvance('0')
	m := face.Metrics()
	c := &canvas{
		fonts:  fonts,
		opt:    opt,
		origin: image.Pt(opt.pad, opt.pad),
		cw:     adv.Ceil(),
		ch:     int(math.Round(opt.size * lineHeight)),
	}
	// Centre DejaVu's ascent+descent in the cell.
	c.base = (c.ch-(m.Ascent+m.Descent).Round())/2 + m.Ascent.Round()
	w, h := scr.Width(), scr.Height()
	c.img = image.NewRGBA(image.Rect(0, 0, w*c.cw+2*opt.pad, h*c.ch+2*opt.pad))
	c.frame()

	for pass := range 2 {
		for y := range h {
			for x := range w {
				cell := scr.CellAt(x, y)
				if cell == nil || cell.Width == 0 { // right half of a wide cell
					continue
				}
				r := c.cellRect(x, y, cell.Width)
				fg, bg, ownBg := c.colours(cell.Style)
				if pass == 0 {
					if ownBg {
						draw.Draw(c.img, r, image.NewUniform(bg), image.Point{}, draw.Src)
					}
					continue
				}
				if err := c.glyph(r, cell, fg, bg); err != nil {
					return nil, err
				}
			}
		}
	}
	return c, nil
}

// frame paints the window: a rounded rectangle in the default background
// with a hairline border, transparent outside its corners.
func (c *canvas) frame() {
	b := c.img.Bounds()
	radius := float32(10 * c.opt.scale)
	border := float32(c.opt.scale)
	fillRounded(c.img, b, 0, radius, blend(c.opt.bg, c.opt.fg, 0.18))
	fillRounded(c.img, b, border, radius-border, c.opt.bg)
}

// fillRounded fills r, inset by inset on every side, with corners of the
// given radius.
func fillRounded(dst *image.RGBA, r image.Rectangle, inset, radius float32, col color.RGBA) {
	p := newPath(r)
	x0, y0 := inset, inset
	x1, y1 := float32(r.Dx())-inset, float32(r.Dy())-inset
	const k = 0.5523 // cubic Bézier handle length for a quarter circle
	p.z.MoveTo(x0+radius, y0)
	p.z.LineTo(x1-radius, y0)
	p.z.CubeTo(x1-radius*(1-k), y0, x1, y0+radius*(1-k), x1, y0+radius)
	p.z.LineTo(x1, y1-radius)
	p.z.CubeTo(x1, y1-radius*(1-k), x1-radius*(1-k), y1, x1-radius, y1)
	p.z.LineTo(x0+radius, y1)
	p.z.CubeTo(x0+radius*(1-k), y1, x0, y1-radius*(1-k), x0, y1-radius)
	p.z.LineTo(x0, y0+radius)
	p.z.CubeTo(x0, y0+radius*(1-k), x0+radius*(1-k), y0, x0+radius, y0)
	p.z.ClosePath()
	p.fill(dst, col)
}

// cellRect is the pixel rectangle of cells wide cells from column x, row y.
func (c *canvas) cellRect(x, y, cells int) image.Rectangle {
	p := c.origin.Add(image.Pt(x*c.cw, y*c.ch))
	return image.Rectangle{Min: p, Max: p.Add(image.Pt(cells*c.cw, c.ch))}
}

// colours resolves a cell's style to the colours it is drawn in, and reports
// whether it has a background of its own to paint.
func (c *canvas) colours(st uv.Style) (fg, bg color.RGBA, ownBg bool) {
	fg, bg = c.opt.fg, c.opt.bg
	if st.Fg != nil {
		fg = toRGBA(st.Fg)
	}
	if st.Bg != nil {
		bg, ownBg = toRGBA(st.Bg), true
	}
	if st.Attrs&uv.AttrReverse != 0 {
		fg, bg, ownBg = bg, fg, true
	}
	if st.Attrs&uv.AttrFaint != 0 {
		fg = blend(fg, bg, 0.45)
	}
	if st.Attrs&uv.AttrConceal != 0 {
		fg = bg
	}
	return fg, bg, ownBg
}

// glyph draws a cell's content, its underline and its strike-through.
func (c *canvas) glyph(r image.Rectangle, cell *uv.Cell, fg, bg color.RGBA) error {
	text := norm.NFC.String(cell.Content)
	st := cell.Style
	if ru, n := utf8.DecodeRuneInString(text); n == len(text) && drawShape(c.img, r, ru, fg, bg) {
		// drawn as a shape on the grid
	} else if strings.TrimSpace(text) != "" {
		if err := c.text(r, text, st, fg); err != nil {
			return err
		}
	}
	t := max(1, c.cw/10)
	if st.Underline != uv.UnderlineNone {
		y := r.Min.Y + c.base + 2*t
		draw.Draw(c.img, image.Rect(r.Min.X, y, r.Max.X, y+t), image.NewUniform(fg), image.Point{}, draw.Src)
	}
	if st.Attrs&uv.AttrStrikethrough != 0 {
		y := r.Min.Y + c.ch/2
		draw.Draw(c.img, image.Rect(r.Min.X, y, r.Max.X, y+t), image.NewUniform(fg), image.Point{}, draw.Src)
	}
	return nil
}

// text draws a grapheme from the first font that has it, centred in its
// cells on the common baseline; a glyph wider than its cells is shrunk.
func (c *canvas) text(r image.Rectangle, text string, st uv.Style, fg color.RGBA) error {
	style := stylePlain
	if st.Attrs&uv.AttrBold != 0 {
		style |= styleBold
	}
	if st.Attrs&uv.AttrItalic != 0 {
		style |= styleItalic
	}
	path := c.fonts.pick(style, text)
	face, err := c.fonts.face(path, c.opt.size)
	if err != nil {
		return err
	}
	avail := fixed.I(r.Dx())
	adv := font.MeasureString(face, text)
	if adv > avail {
		if face, err = c.fonts.face(path, c.opt.size*float64(avail)/float64(adv)); err != nil {
			return err
		}
		adv = font.MeasureString(face, text)
	}
	d := font.Drawer{
		Dst:  c.img,
		Src:  image.NewUniform(fg),
		Face: face,
		Dot:  fixed.P(r.Min.X+((avail-adv)/2).Round(), r.Min.Y+c.base),
	}
	d.DrawString(text)
	return nil
}

// toRGBA flattens any colour (true colour, or an ANSI palette index, which
// ansi resolves to xterm's palette) to opaque 8-bit RGB.
func toRGBA(c color.Color) color.RGBA {
	r, g, b, _ := c.RGBA()
	return color.RGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0xFF}
}

// blend mixes t of b into a.
func blend(a, b color.RGBA, t float64) color.RGBA {
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*(1-t) + float64(y)*t)) }
	return color.RGBA{R: mix(a.R, b.R), G: mix(a.G, b.G), B: mix(a.B, b.B), A: 0xFF}
}
