package main

import (
	"errors"
	"fmt"
	"github.com/provdash/provdash/internal/content"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/dashflags"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/plain"
	"github.com/provdash/provdash/internal/render"
	"github.com/provdash/provdash/internal/ui"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3".
var version = ""

// versionString is the program version and the bundled dataset's as-of
// date, in loc's language: a planner quoting a figure needs both. It is
// made on every start, --version or not: it asks data.Identity for the
// two strings rather than building the bundled dataset for them.
func versionString(loc *i18n.Locale) string {
	v := version
	if v == "" {
		v = "dev"
		if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
			v = info.Main.Version
		}
	}
	if id, asOf, err := data.Identity(); err == nil {
		return loc.Tf("cli.version", v, id, asOf)
	}
	return loc.Tf("cli.version.nodata", v)
}

// globalFlags are shared by the dashboard and render. The dashboard's own
// options (--lang --tab --theme --ascii, and --present --interval where
// there is a live dashboard) are dashflags.Flags, the same flag set
// an SSH session's arguments are parsed with.
type globalFlags struct {
	dash    dashflags.Flags
	noColor bool
	dataFlags
}

func (g *globalFlags) register(cmd *cobra.Command, getenv func(string) string, presenting bool) {
	g.dash.Register(cmd.Flags(), i18n.FromEnv(getenv), presenting)
	g.noColor = getenv("NO_COLOR") != ""
	g.dataFlags.register(cmd)
}

// options builds the dashboard options. A bad --data writes its problem
// list to errOut and fails before anything starts.
func (g *globalFlags) options(errOut io.Writer) (ui.Options, error) {
	opts, _, err := g.model(errOut)
	return opts, err
}

// model is options and the dashboard built from them: building it is how
// the options are checked, and render draws this one rather than building
// a second.
func (g *globalFlags) model(errOut io.Writer) (ui.Options, *ui.Model, error) {
	fail := func(err error) (ui.Options, *ui.Model, error) { return ui.Options{}, nil, err }
	opts, err := g.dash.Options()
	if err != nil {
		return fail(err)
	}
	d, all, err := g.load(errOut)
	if err != nil {
		return fail(err)
	}
	opts.Data, opts.NoColor = d, g.noColor
	if len(all) > 1 {
		opts.Collection = all
	}
	m, err := ui.New(opts) // validates the tab before anything starts
	if err != nil {
		return fail(err)
	}
	return opts, m, nil
}

func newRootCmd(stdout io.Writer, getenv func(string) string) *cobra.Command {
	var (
		g         globalFlags
		plainMode bool
	)
	// Descriptions, examples and flag help are the catalogue's
	// (cli.cmd.*, cli.flag.*), put in the user's language by localize.
	root := &cobra.Command{
		Use:               "provdash",
		Args:              noArgs,
		Annotations:       map[string]string{keepsRunning: "dashboard"},
		PersistentPreRunE: checkChoices,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts, err := g.options(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			opts.Plain = plainMode || getenv("TERM") == "dumb"
			if f, ok := stdout.(*os.File); !ok || !term.IsTerminal(f.Fd()) {
				// Not a terminal (a pipe, a file, cron): the chosen tab as
				// plain text, without the interactive chrome (face
				// switcher, key footer, a source line cut to the width)
				// that only a screen one can press keys on needs.
				return writePlain(stdout, opts, 80)
			}
			m, err := ui.New(opts)
			if err != nil {
				return err
			}
			popts := []tea.ProgramOption{tea.WithContext(cmd.Context())}
			if opts.Plain {
				popts = append(popts, tea.WithColorProfile(colorprofile.NoTTY))
			}
			_, err = tea.NewProgram(m, popts...).Run()
			if err != nil {
				return fmt.Errorf("running dashboard: %w", err)
			}
			return nil
		},
	}
	g.register(root, getenv, true)
	root.Flags().BoolVar(&plainMode, "plain", false, "")
	root.Flags().BoolP("version", "v", false, "")
	root.SetVersionTemplate("{{.Version}}\n")
	// A data problem is not a usage mistake: print the problem list, not
	// the flags; execute prints errors in the user's language.
	root.SilenceUsage, root.SilenceErrors = true, true
	root.SetHelpFunc(helpFunc)
	root.SetUsageFunc(usageFunc)
	root.SetFlagErrorFunc(flagError)
	root.AddCommand(newRenderCmd(stdout, getenv))
	root.AddCommand(newValidateCmd(stdout, getenv))
	root.AddCommand(newExportCmd(stdout, getenv))
	root.AddCommand(newReportCmd(stdout, getenv))
	root.AddCommand(newServeCmd(stdout, getenv))
	root.AddCommand(newInitCmd(stdout, getenv))
	root.AddCommand(newLimitsTopic())
	registerCompletions(root)
	localize(root, i18n.New(i18n.FromEnv(getenv)))
	return root
}

func newRenderCmd(stdout io.Writer, getenv func(string) string) *cobra.Command {
	var (
		g             globalFlags
		width, height int
		color         string
		plainMode     bool
	)
	cmd := &cobra.Command{
		Use:  "render",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts, m, err := g.model(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			if width < 0 || height < 0 {
				return errors.New(i18n.New(opts.Lang).Tf("cli.negative_size", width, height))
			}
			if plainMode {
				return writePlain(stdout, opts, width)
			}
			p, err := profileFor(color, stdout, getenv)
			if err != nil {
				return errors.New(i18n.New(opts.Lang).Tf("cli.unknown_color", color))
			}
			return render.WriteModel(stdout, m, width, height, p)
		},
	}
	g.register(cmd, getenv, false)
	cmd.Flags().IntVar(&width, "width", 80, "")
	cmd.Flags().IntVar(&height, "height", 24, "")
	cmd.Flags().StringVar(&color, "color", "auto", "")
	cmd.Flags().BoolVar(&plainMode, "plain", false, "")
	return cmd
}

// profileFor maps --color to a colour profile: always is true colour (for
// screenshots), never is plain text, auto asks the terminal and honours
// NO_COLOR.
func profileFor(color string, out io.Writer, getenv func(string) string) (colorprofile.Profile, error) {
	switch strings.ToLower(color) {
	case "always":
		return colorprofile.TrueColor, nil
	case "never":
		return colorprofile.NoTTY, nil
	case "auto":
		env := []string{}
		for _, k := range []string{"TERM", "COLORTERM", "NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "TERM_PROGRAM"} {
			if v := getenv(k); v != "" {
				env = append(env, k+"="+v)
			}
		}
		return colorprofile.Detect(out, env), nil
	}
	return 0, fmt.Errorf("unknown --color %q: use auto, always or never", color)
}

// dataFlags choose the dataset: --data names a dataset folder or a
// collection of them (one folder per province), --province picks one of a
// collection. Without --data the bundled collection is used: the new Bắc
// Ninh and the two provinces it was formed from.
type dataFlags struct {
	data     string
	province string
	limits   limitFlags
	// cmd is the command the flags belong to; its --lang, when it has one,
	// is the language a bad --data's problem list is printed in.
	cmd *cobra.Command
}

func (f *dataFlags) register(cmd *cobra.Command) {
	f.cmd = cmd
	cmd.Flags().StringVar(&f.data, "data", "", "")
	cmd.Flags().StringVar(&f.province, "province", "", "")
	f.limits.register(cmd)
}

// load returns the chosen dataset and the whole collection it belongs to.
// A dataset with problems is never used: the list goes to errOut, one
// problem per line, and the error says how many there were.
func (f *dataFlags) load(errOut io.Writer) (*dataset.Dataset, []*dataset.Dataset, error) {
	var (
		all []*dataset.Dataset
		err error
	)
	lim, err := f.limits.limits(f.locale())
	if err != nil {
		return nil, nil, err
	}
	if f.data == "" {
		all, err = data.CollectionWith(lim)
	} else {
		all, err = loadDir(f.data, lim)
	}
	if err != nil {
		loc := f.locale()
		where := f.data
		if where == "" {
			where = loc.T("cli.bundled")
		}
		return nil, nil, reportProblems(errOut, loc, where, err)
	}
	if f.province == "" {
		// The province as it is today: the one no other province of the
		// collection was merged into (for the bundled data, the new Bắc Ninh).
		return content.Current(all), all, nil
	}
	d, ok := dataset.Find(content.Provinces(all), f.province)
	if !ok {
		provinces := content.Provinces(all)
		ids := make([]string, len(provinces))
		for i, d := range provinces {
			ids[i] = d.ID
		}
		return nil, nil, errors.New(f.locale().Tf("cli.unknown_province", f.province, strings.Join(ids, ", ")))
	}
	return d, all, nil
}

// locale is the language of the command's --lang flag, looked up by name
// so that every command with data flags (dashboard, render, report,
// export) speaks its own --lang without passing it in. A command without
// the flag, or with a value the command itself will reject, gets English.
func (f *dataFlags) locale() *i18n.Locale {
	if f.cmd != nil {
		if fl := f.cmd.Flags().Lookup("lang"); fl != nil {
			if l, err := i18n.Parse(fl.Value.String()); err == nil {
				return i18n.New(l)
			}
		}
	}
	return i18n.New(i18n.EN)
}

// loadDir loads a dataset folder, a workbook or a collection from disk. Problems name
// their files by the path the user typed (data/x/pci.csv:3: ...), so an
// editor or terminal can jump to them. Files are read within lim.
func loadDir(dir string, lim dataset.Limits) ([]*dataset.Dataset, error) {
	st, err := os.Stat(dir)
	if err != nil {
		code := dataset.CodeCannotOpen
		if errors.Is(err, fs.ErrNotExist) {
			code = dataset.CodePathMissing // translated whole: the usual typo
		}
		// Built by hand, not with NewProblem: the OS's wording (Msg) is kept
		// in English, and path_missing's translation needs no argument.
		p := dataset.Problem{File: dir, Msg: "cannot open: " + errText(err), Code: code}
		if code == dataset.CodeCannotOpen {
			p.Args = []any{errText(err)}
		}
		return nil, dataset.Problems{p}
	}
	root, name := dir, "."
	if !st.IsDir() {
		if !st.Mode().IsRegular() || !dataset.IsWorkbookName(dir) {
			return nil, dataset.Problems{dataset.NewProblem(dataset.CodeNotAFolder, dir, 0, 0, "", "not a folder or a .xlsx workbook")}
		}
		// A workbook is opened from its folder, so its problems name it
		// as the user typed it.
		root, name = dataset.WorkbookAt(dir)
	}
	all, err := dataset.LoadCollectionWith(dataset.DirFS(root), name, lim)
	var ps dataset.Problems
	if errors.As(err, &ps) {
		for i := range ps {
			ps[i].File = filepath.Join(root, ps[i].File)
		}
		return nil, ps
	}
	return all, err
}

func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// reportProblems prints a load error's problems one per line in loc's
// language and returns a short error for the exit status.
func reportProblems(out io.Writer, loc *i18n.Locale, where string, err error) error {
	ps, ok := printProblems(out, loc, err)
	if !ok {
		return fmt.Errorf("%s: %w", where, err)
	}
	return errors.New(loc.Tf("cli.nothing_started", where, loc.Plural(len(ps), "cli.problems")))
}

// printProblems prints err's problems, one per line, in loc's language:
// "FILE:LINE: column NAME: message" in English exactly as the loader
// words it, "FILE:LINE: cột NAME: thông báo" in Vietnamese. ok is false,
// and nothing printed, when err is not a problem list.
func printProblems(out io.Writer, loc *i18n.Locale, err error) (dataset.Problems, bool) {
	var ps dataset.Problems
	if !errors.As(err, &ps) {
		return nil, false
	}
	for _, p := range ps {
		fmt.Fprintln(out, loc.Problem(p))
	}
	return ps, true
}

// writePlain prints the chosen tab as plain text (headings, sentences,
// aligned tables): what plain mode shows, for pipes and scripts.
func writePlain(out io.Writer, opts ui.Options, width int) error {
	loc := i18n.New(opts.Lang)
	tab := opts.Tab
	if tab == "" {
		tab = "overview"
	}
	text, err := plain.Tab(content.NewScope(opts.Collection, opts.Data), loc, tab, width)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(out, text+"\n"); err != nil {
		return fmt.Errorf("writing plain text: %w", err)
	}
	return nil
}

// runWithLang adds cmd's --lang flag, the environment's language by
// default, and makes run its RunE with the locale the flag names: export,
// report, validate and init speak the user's --lang alike, and a bad one
// fails before any of them reads a file.
func runWithLang(cmd *cobra.Command, getenv func(string) string, run func(cmd *cobra.Command, args []string, loc *i18n.Locale) error) {
	lang := cmd.Flags().String("lang", string(i18n.FromEnv(getenv)), "")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		l, err := i18n.Parse(*lang)
		if err != nil {
			return err
		}
		return run(cmd, args, i18n.New(l))
	}
}
