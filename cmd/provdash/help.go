package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dashflags"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
)

// The command line speaks one language at a time. cobra and pflag word
// their own errors and help in English, and fang (which this program used
// to run under) adds English headings and capitalises every flag's help,
// with no way to say either otherwise: so the help, the usage errors and
// the error line are this file's, on cobra's hooks (SetHelpFunc,
// SetUsageFunc, SetFlagErrorFunc, Args validators), in the language of
// --lang, else LC_ALL/LANG.

// argsKey holds the raw arguments in the context execute runs with, so
// that the help and the usage errors find --lang even where cobra stopped
// parsing before it (`provdash --bogus --lang vi`).
type argsKey struct{}

// execute runs root with args (os.Args[1:] from main) in the language the
// arguments ask for, and prints an error, if any, as one "lỗi: …" /
// "error: …" line (and, for a usage mistake, where to read the help).
func execute(ctx context.Context, root *cobra.Command, args []string) error {
	args = append([]string{}, args...)
	loc := argsLocale(root, args)
	localize(root, loc)
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(context.WithValue(ctx, argsKey{}, args))
	if err != nil {
		if cmd == nil {
			cmd = root
		}
		printError(root.ErrOrStderr(), loc, cmd, err)
	}
	return err
}

// argsLocale is the language of --lang in args (the last valid one before
// a "--"), else the root's --lang default (LC_ALL/LANG).
func argsLocale(root *cobra.Command, args []string) *i18n.Locale {
	lang := i18n.EN
	if fl := root.Flags().Lookup("lang"); fl != nil {
		if l, err := i18n.Parse(fl.DefValue); err == nil {
			lang = l
		}
	}
	for i, a := range args {
		if a == "--" {
			break
		}
		v, ok := strings.CutPrefix(a, "--lang=")
		if !ok && a == "--lang" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if l, err := i18n.Parse(v); ok && err == nil {
			lang = l
		}
	}
	return i18n.New(lang)
}

// cmdLocale is the language of a command cobra is running: its raw
// arguments' --lang, else the root's default.
func cmdLocale(c *cobra.Command) *i18n.Locale {
	var args []string
	// The command that ran has the context; one whose help is asked for
	// (`provdash help export`) has not, but the root has.
	for _, cc := range []*cobra.Command{c, c.Root()} {
		if ctx := cc.Context(); ctx != nil && args == nil {
			args, _ = ctx.Value(argsKey{}).([]string)
		}
	}
	return argsLocale(c.Root(), args)
}

// usageError is a mistake in how a command was called: its message, and
// the command whose help explains the call.
type usageError struct {
	msg string
	cmd *cobra.Command
}

func (e *usageError) Error() string { return e.msg }

// printError writes err as "lỗi: …" / "error: …", the label a red badge on
// a colour terminal; a usage mistake adds "xem: provdash … --help". The
// message is kept exactly as written: it names files, columns and values a
// planner must read exactly. Nothing is padded.
func printError(w io.Writer, loc *i18n.Locale, _ *cobra.Command, err error) {
	cw := colorprofile.NewWriter(w, os.Environ())
	label := loc.T("cli.error") + ":"
	if cw.Profile > colorprofile.ASCII {
		label = theme.NewCLI().ErrorLabel.Render(label)
	}
	_, _ = fmt.Fprintf(cw, "%s %s\n", label, err)
	var ue *usageError
	if errors.As(err, &ue) && ue.cmd != nil {
		_, _ = fmt.Fprintln(cw, loc.Tf("cli.help.see", ue.cmd.CommandPath()))
	}
}

// flagError translates pflag's parse errors (dashflags.ErrorText, which
// SSH sessions share); --room and --lead are said to belong to sessions.
func flagError(c *cobra.Command, err error) error {
	loc := cmdLocale(c)
	var ne *pflag.NotExistError
	if errors.As(err, &ne) && (ne.GetSpecifiedName() == "room" || ne.GetSpecifiedName() == "lead") {
		return &usageError{msg: loc.Tf("cli.err.ssh_only", "--"+ne.GetSpecifiedName()), cmd: c}
	}
	return &usageError{msg: dashflags.ErrorText(loc, err), cmd: c}
}

// noArgs refuses arguments; on a command with subcommands an argument is a
// mistyped command, named with the nearest real ones.
func noArgs(c *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	loc := cmdLocale(c)
	if c.HasAvailableSubCommands() {
		var names []string
		for _, s := range c.Commands() {
			if s.IsAvailableCommand() && s.Name() != "help" && s.Name() != "completion" {
				names = append(names, s.Name())
			}
		}
		msg := loc.Tf("cli.err.unknown_command", args[0], strings.Join(names, ", "))
		c.SuggestionsMinimumDistance = 2
		if s := c.SuggestionsFor(args[0]); len(s) > 0 {
			msg = loc.Tf("cli.err.did_you_mean", msg, strings.Join(s, ", "))
		}
		return &usageError{msg: msg, cmd: c}
	}
	return &usageError{msg: loc.Tf("cli.err.no_args", c.CommandPath(), args[0]), cmd: c}
}

// exactArgs wants exactly one argument, called what argKey says.
func exactArgs(argKey string) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) == 1 {
			return nil
		}
		loc := cmdLocale(c)
		return &usageError{msg: loc.Tf("cli.err.one_arg", c.CommandPath(), loc.T(argKey), len(args)), cmd: c}
	}
}

// maxOneArg takes at most one argument, called what argKey says.
func maxOneArg(argKey string) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) <= 1 {
			return nil
		}
		loc := cmdLocale(c)
		return &usageError{msg: loc.Tf("cli.err.at_most_one", c.CommandPath(), loc.T(argKey), len(args)), cmd: c}
	}
}

// commandNames are c's visible subcommands (help topics included).
func commandNames(c *cobra.Command) []string {
	var out []string
	for _, s := range c.Commands() {
		if s.IsAvailableCommand() || s.IsAdditionalHelpTopicCommand() {
			out = append(out, s.Name())
		}
	}
	return out
}

// checkChoices is every command's PersistentPreRunE: --lang and --face,
// which the commands would otherwise refuse in English.
func checkChoices(c *cobra.Command, _ []string) error {
	loc := cmdLocale(c)
	if fl := c.Flags().Lookup("lang"); fl != nil && fl.Value.String() != "" {
		if _, err := i18n.Parse(fl.Value.String()); err != nil {
			return errors.New(loc.Tf("cli.err.bad_lang", fl.Value.String()))
		}
	}
	if fl := c.Flags().Lookup("face"); fl != nil {
		if _, err := common.ParseFace(fl.Value.String()); err != nil {
			return errors.New(loc.Tf("cli.err.bad_face", fl.Value.String(), strings.Join(common.FaceNames(), ", ")))
		}
	}
	return nil
}

// choices are the values a flag takes, by flag name: help shows them as
// the flag's value, completion offers them, and the command accepts
// exactly these.
func choices(name string) []string {
	switch name {
	case "tab", "slides":
		return content.Default().IDs()
	case "theme":
		return theme.Choices()
	case "lang":
		return []string{string(i18n.VI), string(i18n.EN)}
	case "face":
		return common.FaceNames()
	case "format":
		return []string{"csv", "xlsx", "json"}
	case "color":
		return []string{"auto", "always", "never"}
	case "log-level":
		return []string{"debug", "info", "warn", "error"}
	}
	return nil
}

// bundledProvinces are the province ids of the bundled collection, for
// completing --province.
func bundledProvinces() []string {
	all, err := data.Collection()
	if err != nil {
		return nil
	}
	var ids []string
	for _, d := range content.Provinces(all) {
		ids = append(ids, d.ID)
	}
	sort.Strings(ids)
	return ids
}

// registerCompletions offers the values of every flag with choices, and
// the bundled provinces for --province, on every command that has them.
func registerCompletions(c *cobra.Command) {
	c.Flags().VisitAll(func(f *pflag.Flag) {
		var fn cobra.CompletionFunc
		switch {
		case f.Name == "format" && c.Name() == "report":
			fn = cobra.FixedCompletions([]string{"md", "html"}, cobra.ShellCompDirectiveNoFileComp)
		case f.Name == "province" && c.Name() != "init":
			fn = func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
				return bundledProvinces(), cobra.ShellCompDirectiveNoFileComp
			}
		case choices(f.Name) != nil:
			vals := choices(f.Name)
			fn = cobra.FixedCompletions(vals, cobra.ShellCompDirectiveNoFileComp)
		}
		if fn != nil {
			_ = c.RegisterFlagCompletionFunc(f.Name, fn)
		}
	})
	for _, s := range c.Commands() {
		registerCompletions(s)
	}
}

// metavar is how help writes a flag's value: its choices, or a word for
// what it is, in loc's language.
func metavar(loc *i18n.Locale, f *pflag.Flag) string {
	switch f.Name {
	case "province":
		return "ID"
	case "slides":
		return loc.T("cli.arg.tabs")
	case "data", "out":
		return loc.T("cli.arg.path")
	case "host-key", "authorized-keys", "presenters":
		return loc.T("cli.arg.file")
	case "year":
		return loc.T("cli.arg.year")
	case "max-file-size":
		return loc.T("cli.arg.size")
	case "listen":
		return loc.T("cli.arg.address")
	case "bus":
		return "nats://" + loc.T("cli.arg.address")
	}
	if c := choices(f.Name); c != nil {
		return strings.Join(c, "|")
	}
	switch f.Value.Type() {
	case "bool":
		return ""
	case "int", "int64", "uint":
		return "N"
	case "duration":
		return loc.T("cli.arg.duration")
	}
	return loc.T("cli.arg.name")
}

// text looks up the catalogue entry of a command's part ("short", "long",
// "example", "use"); ok is false when there is none.
func text(loc *i18n.Locale, c *cobra.Command, part string) (string, bool) {
	name := c.Name()
	if !c.HasParent() {
		name = "provdash"
	}
	return loc.Lookup("cli.cmd." + name + "." + part)
}

// flagText is the help of flag f on command c: the command's own entry,
// else the shared one, else what the flag was registered with.
func flagText(loc *i18n.Locale, c *cobra.Command, f *pflag.Flag) string {
	if s, ok := loc.Lookup("cli.flag." + c.Name() + "." + f.Name); ok {
		return s
	}
	if s, ok := loc.Lookup("cli.flag." + f.Name); ok {
		return s
	}
	return f.Usage
}

// localize puts every command's description, examples and flag help in
// loc's language (completion descriptions use them too), and gives the
// commands cobra adds itself (help, completion) translated texts and
// checks.
func localize(root *cobra.Command, loc *i18n.Locale) {
	if !slices.Contains(commandNames(root), "help") {
		root.SetHelpCommand(newHelpCmd())
	}
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" && c.PersistentFlags().Lookup("lang") == nil {
			// Taken (and hidden) so that `completion --lang vi --help`
			// speaks Vietnamese like every other command.
			c.PersistentFlags().String("lang", "", "")
			_ = c.PersistentFlags().MarkHidden("lang")
		}
	}
	root.Version = versionString(loc)
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		for _, part := range []string{"short", "long", "example", "use"} {
			s, ok := text(loc, c, part)
			if !ok {
				continue
			}
			switch part {
			case "short":
				c.Short = s
			case "long":
				c.Long = s
			case "example":
				c.Example = "  " + strings.ReplaceAll(s, "\n", "\n  ")
			case "use":
				c.Use = s
			}
		}
		if c.Args == nil || c.Name() == "completion" || c.Parent() != nil && c.Parent().Name() == "completion" {
			c.Args = noArgs
		}
		c.Flags().VisitAll(func(f *pflag.Flag) { f.Usage = flagText(loc, c, f) })
		for _, s := range c.Commands() {
			walk(s)
		}
	}
	walk(root)
}

// newHelpCmd is `provdash help [command]`, cobra's help command with its
// own error in the user's language.
func newHelpCmd() *cobra.Command {
	return &cobra.Command{
		Use:  "help [command]",
		Args: cobra.ArbitraryArgs,
		// `provdash --lang vi help export`: the flags are the root's, and
		// the help is found by the words alone.
		DisableFlagParsing: true,
		ValidArgsFunction: func(c *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			return commandNames(c.Root()), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, raw []string) error {
			var args []string
			for i := 0; i < len(raw); i++ {
				switch a := raw[i]; {
				case a == "--lang":
					i++
				case strings.HasPrefix(a, "-"):
				default:
					args = append(args, a)
				}
			}
			target, _, err := c.Root().Find(args)
			if err != nil || target == nil || (len(args) > 0 && target == c.Root()) {
				loc := cmdLocale(c)
				return &usageError{msg: loc.Tf("cli.err.unknown_topic", strings.Join(args, " "), strings.Join(commandNames(c.Root()), ", ")), cmd: c.Root()}
			}
			target.InitDefaultHelpFlag()
			return target.Help()
		},
	}
}

// helpWidth is the terminal's width, or 80 when out is not a terminal.
func helpWidth(out io.Writer) int {
	if f, ok := out.(*os.File); ok && term.IsTerminal(f.Fd()) {
		if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
			return max(w, 20)
		}
	}
	return 80
}

// helpFunc writes a command's help in the user's language, wrapped at word
// boundaries to the terminal's width (80 off a terminal).
func helpFunc(c *cobra.Command, _ []string) {
	out := c.OutOrStdout()
	loc := cmdLocale(c)
	localize(c.Root(), loc)
	w := colorprofile.NewWriter(out, os.Environ())
	_, _ = io.WriteString(w, helpText(loc, c, helpWidth(out), w.Profile > colorprofile.ASCII))
}

// usageFunc is cobra's usage, for whoever asks for it: the same as help.
func usageFunc(c *cobra.Command) error {
	helpFunc(c, nil)
	return nil
}

// wrap wraps s at spaces to width, breaking a word only when it is wider
// than the line. ansi.Wrap also breaks after every hyphen, which would cut
// "--format" into "--" and "format": hyphens are kept as non-breaking ones
// (U+2011, as wide) while it wraps.
func wrap(s string, width int) string {
	const nbh = "\u2011"
	return strings.ReplaceAll(ansi.Wrap(strings.ReplaceAll(s, "-", nbh), width, ""), nbh, "-")
}

// helpText is the help of c at width.
func helpText(loc *i18n.Locale, c *cobra.Command, width int, colour bool) string {
	var b strings.Builder
	heading := func(key string) {
		h := loc.T(key)
		if colour {
			h = theme.NewCLI().Heading.Render(h)
		}
		b.WriteString("\n" + h + "\n")
	}
	para := func(s, indent string) {
		for _, p := range strings.Split(s, "\n") {
			if p == "" {
				b.WriteString("\n")
				continue
			}
			lead := indent + p[:len(p)-len(strings.TrimLeft(p, " "))]
			body := strings.TrimLeft(p, " ")
			wrapped := wrap(body, max(width-ansi.StringWidth(lead), 10))
			for _, l := range strings.Split(wrapped, "\n") {
				b.WriteString(strings.TrimRight(lead+l, " ") + "\n")
			}
		}
	}
	// table writes rows of (left, right): right wrapped beside left, or
	// under it, indented, when the left column would leave it too little.
	table := func(rows [][2]string) {
		col := 0
		for _, r := range rows {
			col = max(col, ansi.StringWidth(r[0]))
		}
		col = min(col, 24)
		for _, r := range rows {
			left := "  " + r[0]
			rest := width - col - 6
			if rest < 24 {
				b.WriteString(left + "\n")
				para(r[1], "      ")
				continue
			}
			lines := strings.Split(wrap(r[1], rest), "\n")
			if ansi.StringWidth(r[0]) > col {
				b.WriteString(left + "\n")
				left = "  " + strings.Repeat(" ", col)
			} else {
				left += strings.Repeat(" ", col-ansi.StringWidth(r[0]))
			}
			for i, l := range lines {
				if i > 0 {
					left = strings.Repeat(" ", col+2)
				}
				b.WriteString(strings.TrimRight(left+"    "+l, " ") + "\n")
			}
		}
	}

	title := c.Short
	if !c.HasParent() {
		title = "provdash — " + title
	}
	para(title, "")
	if c.Long != "" {
		b.WriteString("\n")
		para(c.Long, "")
	}

	if c.Runnable() || c.HasAvailableSubCommands() {
		heading("cli.help.usage")
		var uses []string
		if c.Runnable() {
			u := c.CommandPath()
			if c.HasParent() {
				u = c.Parent().CommandPath() + " " + c.Use
			}
			if c.HasAvailableFlags() {
				u += " " + loc.T("cli.help.options")
			}
			uses = append(uses, u)
		}
		if c.HasAvailableSubCommands() {
			uses = append(uses, c.CommandPath()+" "+loc.T("cli.help.command")+" "+loc.T("cli.help.options"))
		}
		para(strings.Join(uses, "\n"), "  ")
	}

	if c.Example != "" {
		heading("cli.help.examples")
		para(c.Example, "")
	}

	var cmds, topics [][2]string
	for _, s := range c.Commands() {
		switch {
		case s.IsAvailableCommand():
			cmds = append(cmds, [2]string{s.Name(), s.Short})
		case s.IsAdditionalHelpTopicCommand():
			topics = append(topics, [2]string{c.CommandPath() + " help " + s.Name(), s.Short})
		}
	}
	if len(cmds) > 0 {
		heading("cli.help.commands")
		table(cmds)
	}

	var flags [][2]string
	hiddenLimits := false
	c.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			hiddenLimits = hiddenLimits || isLimit(f.Name)
			return
		}
		left := "--" + f.Name
		if f.Shorthand != "" {
			left = "-" + f.Shorthand + ", " + left
		}
		if m := metavar(loc, f); m != "" {
			left += " " + m
		}
		right := flagText(loc, c, f)
		switch d := f.DefValue; {
		case f.Name == "lang" && c.Name() != "serve":
			right += " (" + loc.Tf("cli.help.default_env", d) + ")"
		case d != "" && d != "0" && d != "0s" && d != "false" && d != "[]":
			right += " (" + loc.Tf("cli.help.default", d) + ")"
		}
		flags = append(flags, [2]string{left, right})
	})
	if len(flags) > 0 {
		heading("cli.help.flags")
		table(flags)
	}
	if hiddenLimits {
		b.WriteString("\n")
		para(loc.T("cli.help.limits"), "")
	}

	if !c.HasParent() {
		heading("cli.help.keys")
		km := common.NewKeyMap(loc, content.Default().Len())
		var keys []string
		for _, k := range km.All() {
			if k.Help().Key == "N" { // n/N already says both
				continue
			}
			keys = append(keys, k.Help().Key+" "+k.Help().Desc)
		}
		para(strings.Join(keys, " · "), "  ")
	}

	if len(topics) > 0 {
		heading("cli.help.topics")
		table(topics)
	}
	if !c.HasParent() {
		b.WriteString("\n")
		para(loc.T("cli.help.more"), "")
	}
	return b.String()
}

// isLimit says whether a flag is one of the --max-* reading limits, which
// help lists under "provdash help limits" rather than on every command.
func isLimit(name string) bool {
	return slices.Contains([]string{"max-file-size", "max-rows", "max-cell", "max-depth"}, name)
}

// newLimitsTopic is `provdash help limits`: the reading limits every data
// command takes, listed once.
func newLimitsTopic() *cobra.Command {
	var l limitFlags
	c := &cobra.Command{Use: "limits"}
	l.register(c)
	for _, n := range []string{"max-file-size", "max-rows", "max-cell", "max-depth"} {
		c.Flags().Lookup(n).Hidden = false
	}
	return c
}
