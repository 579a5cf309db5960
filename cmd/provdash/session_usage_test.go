package main

import (
	"strings"
	"testing"

	"github.com/spf13/pflag"

	"github.com/provdash/provdash/internal/dashflags"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
)

// Issue 20, item 7: the usage line an SSH session is shown names every
// option a session takes: the dashboard's flags (--year and --face
// included) and the session's own (--province, --plain, --room, --lead).
func TestSessionUsageNamesEveryFlag(t *testing.T) {
	fs := pflag.NewFlagSet("session", pflag.ContinueOnError)
	var f dashflags.Flags
	f.Register(fs, i18n.EN, true)
	names := []string{"province", "plain", "room", "lead"}
	fs.VisitAll(func(fl *pflag.Flag) { names = append(names, fl.Name) })
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		line := dashflags.SessionUsage(i18n.New(lang), "provdash")
		// The choices it lists are the code's, every one of them.
		for _, c := range append(theme.Choices(), common.FaceNames()...) {
			if !strings.Contains(line, c) {
				t.Errorf("%s session usage lacks %q: %s", lang, c, line)
			}
		}
		for _, n := range names {
			if !strings.Contains(line, "[--"+n+" ") && !strings.Contains(line, "[--"+n+"]") {
				t.Errorf("%s session usage lacks --%s: %s", lang, n, line)
			}
		}
	}
}
