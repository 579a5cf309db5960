// Command png draws ANSI terminal output, as printed by
// `provdash render --color always`, into a PNG where every terminal cell
// sits on a fixed grid. screenshots/make.sh uses it for the README images.
//
// It replaces freeze, which could not do this: freeze's own rasteriser only
// has JetBrains Mono, so braille charts came out as boxes, and through
// rsvg-convert glyphs from fallback fonts kept their own advances, so
// columns drifted away from freeze's background rectangles. Here a cell's
// position depends only on its column and row, whatever font its glyph
// comes from, and braille, block elements and box drawing are drawn as
// shapes so that charts and frames join up across cells.
//
// Usage:
//
//	provdash render --color always | go run ./screenshots/png -o out.png [-bg '#14161B'] [-fg '#E6E1CF'] [-size 16]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"image/color"
	"image/png"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	if err := run(os.Args[1:], os.Stdin); err != nil {
		fmt.Fprintln(os.Stderr, "png:", err)
		os.Exit(1)
	}
}

// run parses the flags, renders stdin and writes the PNG.
func run(args []string, stdin io.Reader) error {
	fs := flag.NewFlagSet("png", flag.ContinueOnError)
	out := fs.String("o", "", "output PNG `file` (required)")
	bg := fs.String("bg", "#14161B", "default background `colour`, for cells that set none")
	fg := fs.String("fg", "#E6E1CF", "default foreground `colour`, for cells that set none")
	size := fs.Float64("size", 16, "font size in `pixels` at 1× scale")
	scale := fs.Int("scale", 2, "pixels per 1× pixel; 2 keeps text crisp on high-density screens")
	pad := fs.Int("pad", 24, "padding around the terminal in `pixels` at 1× scale")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("-o is required")
	}
	if *size < 4 || *size > 200 || *scale < 1 || *scale > 8 || *pad < 0 {
		return fmt.Errorf("-size must be 4…200, -scale 1…8 and -pad at least 0")
	}
	opt := options{size: *size * float64(*scale), pad: *pad * *scale, scale: *scale}
	var err error
	if opt.bg, err = parseHex(*bg); err != nil {
		return fmt.Errorf("-bg: %w", err)
	}
	if opt.fg, err = parseHex(*fg); err != nil {
		return fmt.Errorf("-fg: %w", err)
	}

	text, err := io.ReadAll(stdin)
	if err != nil {
		return fmt.Errorf("reading stdin: %w", err)
	}
	fonts, err := loadFonts()
	if err != nil {
		return err
	}
	c, err := render(string(text), fonts, opt)
	if err != nil {
		return err
	}

	f, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("creating output: %w", err)
	}
	w := bufio.NewWriter(f)
	enc := png.Encoder{CompressionLevel: png.BestCompression} // the PNGs are committed
	if err := enc.Encode(w, c.img); err != nil {
		_ = f.Close()
		return fmt.Errorf("encoding %s: %w", *out, err)
	}
	if err := w.Flush(); err != nil {
		_ = f.Close()
		return fmt.Errorf("writing %s: %w", *out, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", *out, err)
	}
	return nil
}

// parseHex reads a colour written as #RRGGBB.
func parseHex(s string) (color.RGBA, error) {
	h := strings.TrimPrefix(s, "#")
	if len(h) != 6 {
		return color.RGBA{}, fmt.Errorf("%q is not a #RRGGBB colour", s)
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return color.RGBA{}, fmt.Errorf("%q is not a #RRGGBB colour", s)
	}
	return color.RGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xFF}, nil
}
