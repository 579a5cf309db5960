package main

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
)

// dejavu is where Debian's fonts-dejavu-core puts DejaVu; it is installed by
// default there, and DejaVu Sans Mono covers Vietnamese.
const dejavu = "/usr/share/fonts/truetype/dejavu/"

// unifontPaths are the places Unifont's packages use. Unifont is the last
// resort: it has nearly every glyph, but looks rougher than DejaVu.
func unifontPaths() []string {
	return []string{
		"/usr/share/fonts/opentype/unifont/unifont.otf",
		"/usr/share/fonts/truetype/unifont/unifont.ttf",
		"/usr/share/fonts/unifont/unifont.otf",
	}
}

// Style indexes a fallback chain: plain, bold, italic or both.
const (
	stylePlain = iota
	styleBold
	styleItalic
	styleBoldItalic
	styleCount
)

// fontSet finds, for a grapheme and a style, the first font in the style's
// fallback chain that has all of its glyphs, and hands out faces for it.
type fontSet struct {
	fonts  map[string]*sfnt.Font
	chains [styleCount][]string
	faces  map[faceKey]font.Face
	buf    sfnt.Buffer
}

type faceKey struct {
	path string
	size float64
}

// loadFonts reads DejaVu Sans Mono (required: it sets the cell size and
// draws almost all text) and whichever fallbacks are installed.
func loadFonts() (*fontSet, error) {
	s := &fontSet{fonts: map[string]*sfnt.Font{}, faces: map[faceKey]font.Face{}}
	for _, name := range []string{"DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"} {
		if err := s.load(dejavu + name); err != nil {
			return nil, fmt.Errorf("%w (on Debian/Ubuntu: apt-get install fonts-dejavu-core)", err)
		}
	}
	var optional []string
	for _, name := range []string{"DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-BoldOblique.ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"} {
		optional = append(optional, dejavu+name)
	}
	optional = append(optional, unifontPaths()...)
	for _, path := range optional {
		if err := s.load(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}

	unifont := ""
	for _, path := range unifontPaths() {
		if s.fonts[path] != nil {
			unifont = path
			break
		}
	}
	plain := s.existing(dejavu+"DejaVuSansMono.ttf", dejavu+"DejaVuSans.ttf", unifont)
	bold := append(s.existing(dejavu+"DejaVuSansMono-Bold.ttf", dejavu+"DejaVuSans-Bold.ttf"), plain...)
	s.chains[stylePlain] = plain
	s.chains[styleBold] = bold
	s.chains[styleItalic] = append(s.existing(dejavu+"DejaVuSansMono-Oblique.ttf"), plain...)
	s.chains[styleBoldItalic] = append(s.existing(dejavu+"DejaVuSansMono-BoldOblique.ttf"), bold...)
	return s, nil
}

// load parses the font at path into the set.
func (s *fontSet) load(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading font: %w", err)
	}
	f, err := sfnt.Parse(data)
	if err != nil {
		return fmt.Errorf("parsing font %s: %w", path, err)
	}
	s.fonts[path] = f
	return nil
}

// existing keeps the paths whose fonts were loaded.
func (s *fontSet) existing(paths ...string) []string {
	var out []string
	for _, p := range paths {
		if s.fonts[p] != nil {
			out = append(out, p)
		}
	}
	return out
}

// pick returns the first font of style's chain with a glyph for every rune
// of text, or the chain's first font (which shows .notdef) if none has.
func (s *fontSet) pick(style int, text string) string {
	chain := s.chains[style]
	for _, path := range chain {
		if s.hasAll(s.fonts[path], text) {
			return path
		}
	}
	return chain[0]
}

func (s *fontSet) hasAll(f *sfnt.Font, text string) bool {
	for _, r := range text {
		if g, err := f.GlyphIndex(&s.buf, r); err != nil || g == 0 {
			return false
		}
	}
	return true
}

// face returns the font at path at size pixels, hinted so stems sit on
// whole pixels.
func (s *fontSet) face(path string, size float64) (font.Face, error) {
	size = math.Round(size*4) / 4 // a few sizes, so the cache stays small
	k := faceKey{path, size}
	if f, ok := s.faces[k]; ok {
		return f, nil
	}
	f, err := opentype.NewFace(s.fonts[path], &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return nil, fmt.Errorf("opening %s at %gpx: %w", path, size, err)
	}
	s.faces[k] = f
	return f, nil
}

// mono is the font that sets the grid.
func (s *fontSet) mono() string { return s.chains[stylePlain][0] }
