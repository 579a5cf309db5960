// Package dashflags parses the dashboard options a person can choose:
// `provdash` on the command line and an SSH session's arguments (`ssh -t
// host -- --lang en --tab fdi`) take the same flags, parsed and checked by
// this one package, so the two cannot drift apart and neither parses
// through the other's package.
package dashflags

import (
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
)

// Flags are the dashboard options a person can choose, registered on a
// flag set (Register) and checked (Options).
type Flags struct {
	lang, tab, theme string
	face             string
	year             int
	ascii, present   bool
	interval         time.Duration
	slides           []string
	presenting       bool // whether --present and --interval were registered
}

// Register adds --lang (default lang), --tab, --theme and --ascii to fs,
// and --present, --interval and --slides when presenting (commands that
// draw one frame have no presentation).
func (f *Flags) Register(fs *pflag.FlagSet, lang i18n.Lang, presenting bool) {
	fs.StringVar(&f.lang, "lang", string(lang), "language: vi|en (default from LC_ALL/LANG)")
	fs.StringVar(&f.tab, "tab", "overview", "first tab: "+strings.Join(ui.TabIDs(), "|"))
	fs.StringVar(&f.theme, "theme", string(theme.Auto), "theme: "+strings.Join(theme.Choices(), "|")+" (auto follows the terminal background; NO_COLOR gives mono)")
	fs.BoolVar(&f.ascii, "ascii", false, "charts and borders without braille or box drawing, for PuTTY and old consoles")
	fs.StringVar(&f.face, "face", "chart", "face every tab starts on: "+strings.Join(common.FaceNames(), "|"))
	fs.IntVar(&f.year, "year", 0, "focus year shared by every tab (default: the latest year with a growth figure)")
	f.interval = ui.DefaultInterval
	f.presenting = presenting
	if presenting {
		fs.BoolVar(&f.present, "present", false, "presentation mode: cycle through the tabs (p toggles, space pauses)")
		fs.DurationVar(&f.interval, "interval", ui.DefaultInterval, "time per tab in presentation mode")
		fs.StringSliceVar(&f.slides, "slides", nil, "tabs presentation mode cycles through, in this order, e.g. overview,gdp,fdi (default: every tab)")
	}
}

// Options checks the parsed values and returns them as dashboard options.
// Data, Collection, NoColor and Plain are the caller's to set. The theme
// is kept as parsed: "auto" stays theme.Auto, which the dashboard resolves
// from the terminal's background, or to mono under NO_COLOR.
func (f *Flags) Options() (ui.Options, error) {
	lang, err := i18n.Parse(f.lang)
	if err != nil {
		// Not known yet which language the user reads: say it in both.
		return ui.Options{}, errors.New(i18n.New(i18n.VI).Tf("cli.err.bad_lang", f.lang) + " / " + i18n.New(i18n.EN).Tf("cli.err.bad_lang", f.lang))
	}
	// Errors from here on are in the language just chosen.
	loc := i18n.New(lang)
	if !slices.Contains(ui.TabIDs(), f.tab) {
		return ui.Options{}, errors.New(loc.Tf("cli.unknown_tab", f.tab, strings.Join(ui.TabIDs(), ", ")))
	}
	th, err := theme.ParseName(f.theme)
	if err != nil {
		return ui.Options{}, errors.New(loc.Tf("cli.unknown_theme", f.theme, strings.Join(theme.Choices(), ", ")))
	}
	if _, err := common.ParseFace(f.face); err != nil {
		return ui.Options{}, errors.New(loc.Tf("cli.err.bad_face", f.face, strings.Join(common.FaceNames(), ", ")))
	}
	if f.presenting && f.interval <= 0 {
		return ui.Options{}, errors.New(loc.Tf("cli.interval", f.interval))
	}
	slides, err := f.slideIDs(loc)
	if err != nil {
		return ui.Options{}, err
	}
	return ui.Options{Lang: lang, Tab: f.tab, Face: f.face, Year: f.year, Theme: th, ASCII: f.ascii, Present: f.present, Interval: f.interval, Slides: slides}, nil
}

// SessionUsage is the usage line an SSH session is shown after lead (an
// error, or the program's name for --help), in loc's language: the tabs,
// faces and themes it lists are the ones the code defines.
func SessionUsage(loc *i18n.Locale, lead string) string {
	return loc.Tf("server.args", lead, strings.Join(ui.TabIDs(), "|"), strings.Join(common.FaceNames(), "|"), strings.Join(theme.Choices(), "|"))
}

// slideIDs checks --slides against the tab registry: every id known, none
// twice (the countdown says which slide of how many is showing). Spaces
// around an id are dropped ("overview, gdp" from a shell); an empty list is
// every tab. Errors name the bad id and the valid ones, in loc.
func (f *Flags) slideIDs(loc *i18n.Locale) ([]string, error) {
	var out []string
	for _, id := range f.slides {
		id = strings.TrimSpace(id)
		switch {
		case id == "":
			continue
		case !slices.Contains(ui.TabIDs(), id):
			return nil, errors.New(loc.Tf("cli.unknown_slide", id, strings.Join(ui.TabIDs(), ", ")))
		case slices.Contains(out, id):
			return nil, errors.New(loc.Tf("cli.slide_twice", id))
		}
		out = append(out, id)
	}
	return out, nil
}

// ErrorText is pflag's parse error in loc's language: an unknown flag,
// a missing or bad value, bad syntax; any other error as pflag says it.
// The command line and SSH sessions both use it, so neither answers a
// Vietnamese user in English.
func ErrorText(loc *i18n.Locale, err error) string {
	var (
		ne *pflag.NotExistError
		ve *pflag.ValueRequiredError
		ie *pflag.InvalidValueError
		se *pflag.InvalidSyntaxError
	)
	switch {
	case errors.As(err, &ne):
		if s := ne.GetSpecifiedShortnames(); s != "" {
			return loc.Tf("cli.err.unknown_short", ne.GetSpecifiedName(), "-"+s)
		}
		return loc.Tf("cli.err.unknown_flag", "--"+ne.GetSpecifiedName())
	case errors.As(err, &ve):
		return loc.Tf("cli.err.needs_value", "--"+ve.GetFlag().Name)
	case errors.As(err, &ie):
		f := ie.GetFlag()
		switch f.Value.Type() {
		case "int", "int64", "uint":
			return loc.Tf("cli.err.bad_int", "--"+f.Name, ie.GetValue())
		case "duration":
			return loc.Tf("cli.err.bad_duration", "--"+f.Name, ie.GetValue())
		case "bool":
			return loc.Tf("cli.err.bad_bool", "--"+f.Name, ie.GetValue())
		}
		return loc.Tf("cli.err.bad_value", ie.GetValue(), "--"+f.Name)
	case errors.As(err, &se):
		return loc.Tf("cli.err.bad_syntax", se.GetSpecifiedFlag())
	}
	return err.Error()
}
