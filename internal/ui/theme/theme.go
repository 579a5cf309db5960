// Package theme builds every lipgloss style the dashboard uses, from one
// palette per theme. No other package calls lipgloss.NewStyle: a view asks
// for a role ("the province series", "a negative bar", "a selected row") and
// the theme decides what that looks like, so dark, light, high-contrast and
// mono stay consistent and colour is never the only carrier of meaning.
package theme

import (
	"fmt"
	"image/color"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
)

// Name is a theme name.
type Name string

// Themes. Auto is not a palette: the root model resolves it to Dark or
// Light from the terminal's background (Resolve) and uses Dark until the
// terminal answers.
const (
	Auto         Name = "auto"
	Dark         Name = "dark"
	Light        Name = "light"
	HighContrast Name = "high-contrast"
	Mono         Name = "mono"
)

// Names lists the themes in cycling order.
var Names = []Name{Dark, Light, HighContrast, Mono}

// Choices are the names a user may choose: "auto", then the themes in
// cycling order. Help texts and errors list them from here.
func Choices() []string {
	out := []string{string(Auto)}
	for _, n := range Names {
		out = append(out, string(n))
	}
	return out
}

// ParseName accepts a theme name, "auto" included.
func ParseName(s string) (Name, error) {
	if strings.EqualFold(s, string(Auto)) {
		return Auto, nil
	}
	for _, n := range Names {
		if strings.EqualFold(s, string(n)) {
			return n, nil
		}
	}
	return "", fmt.Errorf("unknown theme %q: use one of %s", s, strings.Join(Choices(), ", "))
}

// Resolve turns Auto (or "") into Dark or Light according to whether the
// terminal's background is dark; any other name is returned as is.
func Resolve(n Name, darkBackground bool) Name {
	if n != Auto && n != "" {
		return n
	}
	if darkBackground {
		return Dark
	}
	return Light
}

// Next is the theme after n in Names (Auto counts as the theme it resolved
// to, which the caller passes): the `t` key cycles with it.
func Next(n Name) Name {
	for i, v := range Names {
		if v == n {
			return Names[(i+1)%len(Names)]
		}
	}
	return Names[0]
}

// Palette is the handful of colours a theme is made of. Nil means "the
// terminal's default".
type Palette struct {
	Text, Muted, Faint color.Color
	Accent, AccentText color.Color // highlights; text drawn on Accent
	Province, National color.Color // the two series of the growth chart
	// Pred are the series of up to three provinces a merged province
	// was formed from, on its growth chart beside its own and the nation's.
	Pred                 [PredSeries]color.Color
	Positive, Negative   color.Color
	Warn                 color.Color
	Border               color.Color
	Bar, BarAlt, BarDim  color.Color
	Panel, PanelSelected color.Color // backgrounds, nil for none
	// Background is painted behind every cell of the frame (Screen), nil
	// for the terminal's own. Only light has one: a light theme on a dark
	// terminal, as behind many projectors, would otherwise be dark text
	// on dark.
	Background color.Color
}

func palette(n Name) Palette {
	hex := lipgloss.Color
	switch n {
	case Light:
		return Palette{
			// On white every text colour is at least 4.5:1 (WCAG AA), Faint
			// included: a projector washes light greys out. Border and
			// BarDim stay light but visible (3:1).
			Text: hex("#1F2328"), Muted: hex("#4B535C"), Faint: hex("#6E7781"),
			Accent: hex("#A34F00"), AccentText: hex("#FFFFFF"),
			Province: hex("#A34F00"), National: hex("#0550AE"),
			Pred:     [PredSeries]color.Color{hex("#8250DF"), hex("#116329"), hex("#6E4B00")},
			Positive: hex("#116329"), Negative: hex("#B31D28"), Warn: hex("#7D4E00"),
			Border: hex("#8C959F"),
			Bar:    hex("#0550AE"), BarAlt: hex("#A34F00"), BarDim: hex("#8C959F"),
			Background: hex("#FFFFFF"),
		}
	case HighContrast:
		return Palette{
			Text: hex("#FFFFFF"), Muted: hex("#E0E0E0"), Faint: hex("#BDBDBD"),
			Accent: hex("#FFFF00"), AccentText: hex("#000000"),
			Province: hex("#FFFF00"), National: hex("#00FFFF"),
			Pred:     [PredSeries]color.Color{hex("#FF80FF"), hex("#00FF00"), hex("#FFFFFF")},
			Positive: hex("#00FF00"), Negative: hex("#FF5555"), Warn: hex("#FFAA00"),
			Border: hex("#FFFFFF"),
			Bar:    hex("#00FFFF"), BarAlt: hex("#FFFF00"), BarDim: hex("#808080"),
		}
	case Mono:
		return Palette{}
	}
	return Palette{ // Dark
		// Faint is 4.5:1 on a near-black background; the older #5F6670
		// vanished on projectors.
		Text: hex("#E6E1CF"), Muted: hex("#A8AEB5"), Faint: hex("#7D8590"),
		Accent: hex("#FFB454"), AccentText: hex("#14161B"),
		Province: hex("#FFB454"), National: hex("#59C2FF"),
		Pred:     [PredSeries]color.Color{hex("#D2A6FF"), hex("#95E6CB"), hex("#F29E74")},
		Positive: hex("#95E06C"), Negative: hex("#F07178"), Warn: hex("#E6B450"),
		Border: hex("#59606B"),
		Bar:    hex("#59C2FF"), BarAlt: hex("#FFB454"), BarDim: hex("#59606B"),
	}
}

// PredSeries is how many predecessors' series a chart styles apart: a
// province formed from more than three reuses the styles and glyphs in turn
// (the legend still names each one).
const PredSeries = 3

// PredGlyph is the point glyph of the i-th predecessor's series: filled
// shapes that differ from the province's ● and the nation's ◇ in shape, not
// only in colour; under --ascii (ok for old consoles) letters that differ
// from the chart's own ASCII stand-ins.
func PredGlyph(i int, ascii bool) string {
	i = ((i % PredSeries) + PredSeries) % PredSeries
	if ascii {
		return [PredSeries]string{"o", "#", "^"}[i]
	}
	return [PredSeries]string{"◆", "■", "▲"}[i]
}

// PredStyle is the style of the i-th predecessor's series, cycling past
// PredSeries.
func (s *Styles) PredStyle(i int) lipgloss.Style {
	return s.Pred[((i%PredSeries)+PredSeries)%PredSeries]
}

// Styles is every style of the dashboard for one theme. It is a value:
// build it once per session with New and pass it down.
type Styles struct {
	Name    Name
	Palette Palette
	// Mono is true when colour must not be used at all.
	Mono bool
	// ASCII is true when borders use plain ASCII (+-|) instead of box
	// drawing (WithASCII), for terminals and fonts without it.
	ASCII bool

	Text, Muted, Faint, Bold, Italic lipgloss.Style
	Title, Subtitle, Heading         lipgloss.Style
	// FaceActive is the current face in a tab's "v chart · table · sources".
	FaceActive                 lipgloss.Style
	Accent, Positive, Negative lipgloss.Style
	Warn                       lipgloss.Style

	// Tab bar.
	TabActive, TabInactive, TabBar lipgloss.Style
	Brand                          lipgloss.Style

	// Panels and cards.
	Panel, PanelTitle          lipgloss.Style
	Card, CardLabel, CardValue lipgloss.Style
	CardNote                   lipgloss.Style

	// Tables and lists.
	TableHeader, TableCell, TableSelected lipgloss.Style
	Selected                              lipgloss.Style // any selected row: reverse + bold

	// Charts.
	Axis, AxisLabel    lipgloss.Style
	Province, National lipgloss.Style
	// Pred styles the series of a merged province's predecessors, in
	// lineage order; each also has its own glyph (PredGlyph), so the
	// lines differ in mono too.
	Pred                     [PredSeries]lipgloss.Style
	Bar, BarPos, BarNeg      lipgloss.Style
	BarAlt                   lipgloss.Style
	BarDim, Gap              lipgloss.Style
	Estimate, Plan, Reported lipgloss.Style

	// Verdicts of a target against its result, by family: met or ahead of
	// pace (good), missed or behind pace (bad), and those that judge
	// nothing (another definition, no result yet, open, superseded). The
	// verdict is always drawn as its word; the style only repeats it, and
	// in mono it differs by weight and underline, not colour.
	VerdictGood, VerdictBad, VerdictNeutral lipgloss.Style

	// Nationwide bars (the GDP tab's "Nationwide" lists). The shown
	// province's row is NationShown (bold, in mono also reversed) with its
	// bar in NationShownBar, and it always carries the ◀ marker too, so the
	// highlight reads without colour; NationBar is every other province's
	// bar, NationRef the nation's reference line and its label.
	NationBar, NationShown, NationShownBar, NationRef lipgloss.Style

	// Footer, help, notices.
	Footer, HelpKey, HelpDesc, HelpSep lipgloss.Style
	Notice, Overlay                    lipgloss.Style

	// Presentation mode: the countdown label and the two parts of its thin
	// progress bar (done, still to go). The bar also differs by glyph, so
	// it reads without colour.
	Progress, ProgressDone, ProgressTodo lipgloss.Style
	// BigDigits is the style of headline figures drawn in block glyphs.
	BigDigits lipgloss.Style
	// Screen is the whole frame's style: the palette's background and
	// text colour where it has a background (light), nothing otherwise.
	// The root model paints every line with it (PaintScreen).
	Screen lipgloss.Style
}

// New returns the styles of theme n.
func New(n Name) *Styles {
	p := palette(n)
	mono := n == Mono
	base := lipgloss.NewStyle()
	fg := func(c color.Color) lipgloss.Style {
		if c == nil {
			return base
		}
		return base.Foreground(c)
	}
	s := &Styles{Name: n, Palette: p, Mono: mono}
	s.Text = fg(p.Text)
	s.Muted = fg(p.Muted)
	s.Faint = fg(p.Faint)
	if mono {
		s.Faint = base.Faint(true)
	}
	s.Bold = fg(p.Text).Bold(true)
	s.Italic = fg(p.Muted).Italic(true)
	s.Title = fg(p.Accent).Bold(true)
	s.Subtitle = fg(p.Muted)
	s.Heading = fg(p.Text).Bold(true)
	s.FaceActive = fg(p.Accent).Bold(true)
	s.Accent = fg(p.Accent)
	s.Positive = fg(p.Positive)
	s.Negative = fg(p.Negative)
	s.Warn = fg(p.Warn)

	s.TabInactive = fg(p.Muted).Padding(0, 1)
	s.TabActive = base.Bold(true).Padding(0, 1)
	if mono {
		s.TabActive = s.TabActive.Reverse(true)
	} else {
		s.TabActive = s.TabActive.Foreground(p.AccentText).Background(p.Accent)
	}
	s.TabBar = base
	s.Brand = fg(p.Accent).Bold(true).Padding(0, 1)

	s.Panel = base.Border(lipgloss.RoundedBorder())
	if p.Border != nil {
		s.Panel = s.Panel.BorderForeground(p.Border)
	}
	s.PanelTitle = fg(p.Accent).Bold(true)
	s.Card = s.Panel.Padding(0, 1)
	s.CardLabel = fg(p.Muted)
	s.CardValue = fg(p.Accent).Bold(true)
	s.CardNote = fg(p.Faint)
	if mono {
		s.CardNote = base.Faint(true)
	}

	s.TableHeader = fg(p.Muted).Bold(true)
	s.TableCell = fg(p.Text)
	s.Selected = base.Reverse(true).Bold(true)
	s.TableSelected = s.Selected

	s.Axis = fg(p.Faint)
	s.AxisLabel = fg(p.Muted)
	s.Province = fg(p.Province).Bold(true)
	s.National = fg(p.National)
	for i, c := range p.Pred {
		s.Pred[i] = fg(c)
	}
	s.Bar = fg(p.Bar)
	s.BarPos = fg(p.Positive)
	s.BarNeg = fg(p.Negative)
	s.BarAlt = fg(p.BarAlt)
	s.BarDim = fg(p.BarDim)
	s.Gap = fg(p.Faint)
	s.Estimate = fg(p.Warn)
	s.Plan = fg(p.Muted).Italic(true)
	s.Reported = fg(p.Warn).Italic(true)
	// A badge: dark text on the family's colour where the theme has
	// colours, so met and missed read apart at a glance on a projector.
	s.VerdictGood = base.Bold(true)
	s.VerdictBad = base.Bold(true).Underline(true)
	s.VerdictNeutral = fg(p.Muted)
	if !mono {
		s.VerdictGood = s.VerdictGood.Foreground(p.AccentText).Background(p.Positive)
		s.VerdictBad = s.VerdictBad.Foreground(p.AccentText).Background(p.Negative)
	}

	// Nationwide bars: the shown province in the province's colour and
	// bold (reversed in mono, which has no colour to set it apart), the
	// others in the neutral bar colour, the nation's line in its own.
	s.NationBar = fg(p.BarDim)
	s.NationShown = fg(p.Province).Bold(true)
	s.NationShownBar = fg(p.Province)
	s.NationRef = fg(p.National)
	if mono {
		s.NationShown = base.Bold(true).Reverse(true)
		s.NationShownBar = base.Bold(true)
	}

	s.Footer = fg(p.Faint)
	s.HelpKey = fg(p.Muted).Bold(true)
	s.HelpDesc = fg(p.Faint)
	s.HelpSep = fg(p.Faint)
	if mono {
		s.Footer, s.HelpDesc, s.HelpSep = base, base, base
	}
	s.Notice = fg(p.Warn)
	s.Overlay = s.Panel.Padding(1, 2)
	if p.Accent != nil {
		s.Overlay = s.Overlay.BorderForeground(p.Accent)
	}

	s.Progress = fg(p.Accent).Bold(true)
	s.ProgressDone = fg(p.Accent)
	s.ProgressTodo = fg(p.Faint)
	if mono {
		s.ProgressTodo = base.Faint(true)
	}
	s.BigDigits = fg(p.Accent).Bold(true)
	s.Screen = base
	if p.Background != nil {
		s.Screen = fg(p.Text).Background(p.Background)
	}
	return s
}

// WithASCII returns a copy of s whose bordered styles (panels, cards, the
// help overlay) draw with ASCII characters: --ascii is for terminals and
// fonts without box drawing, so every border follows, views' included.
func (s *Styles) WithASCII() *Styles {
	c := *s
	c.ASCII = true
	b := lipgloss.ASCIIBorder()
	c.Panel = c.Panel.Border(b)
	c.Card = c.Card.Border(b)
	c.Overlay = c.Overlay.Border(b)
	return &c
}

// TextInput is the search field's styles. The cursor does not blink: a
// blinking cursor would write to the terminal twice a second, and an open
// search field over SSH should cost nothing while nobody types.
func (s *Styles) TextInput() textinput.Styles {
	ts := textinput.DefaultDarkStyles()
	ts.Focused.Prompt = s.Accent
	ts.Focused.Text = s.Text
	ts.Focused.Placeholder = s.Faint
	ts.Blurred = ts.Focused
	ts.Cursor.Blink = false
	ts.Cursor.Color = s.Palette.Accent
	return ts
}

// Help returns the styles for the bubbles help component.
func (s *Styles) Help() help.Styles {
	return help.Styles{
		Ellipsis:       s.HelpSep,
		ShortKey:       s.HelpKey,
		ShortDesc:      s.HelpDesc,
		ShortSeparator: s.HelpSep,
		FullKey:        s.HelpKey,
		FullDesc:       s.HelpDesc,
		FullSeparator:  s.HelpSep,
	}
}
