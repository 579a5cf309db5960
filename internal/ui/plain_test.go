package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestPlainMode runs the real program in plain mode: the overview is
// printed as text, keys move to another tab and print it, q quits, and
// nothing is drawn with box drawing, braille or an alternate screen.
func TestPlainMode(t *testing.T) {
	d := viewtest.Data(t)
	m, err := New(Options{Data: d, Lang: i18n.VI, Plain: true, Present: true})
	if err != nil {
		t.Fatal(err)
	}
	if m.present {
		t.Fatal("presentation mode (a timer) must be off in plain mode")
	}
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return strings.Contains(string(b), "Tăng trưởng GRDP 2024: 13,85 %")
	}, teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: '5', Text: "5"})
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return strings.Contains(string(b), "có nguồn độc lập")
	}, teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	if fm.Active() != "agreements" {
		t.Fatalf("active %s, want agreements", fm.Active())
	}
	v := fm.View()
	if v.AltScreen {
		t.Fatal("plain mode uses the alternate screen")
	}
	if strings.ContainsAny(v.Content, "─│╭╮╰╯█⣿") || strings.Contains(v.Content, "\x1b[") {
		t.Fatalf("plain prompt has drawing or escapes: %q", v.Content)
	}
}

// TestPlainPromptWidth: the prompt line never exceeds the terminal width.
func TestPlainPromptWidth(t *testing.T) {
	m := newModel(t, i18n.VI, "")
	m.opts.Plain = true
	for _, w := range []int{1, 10, 40, 80, 200} {
		m.Update(tea.WindowSizeMsg{Width: w, Height: 10})
		if got := len([]rune(m.View().Content)); got > w {
			t.Fatalf("prompt %d runes at width %d", got, w)
		}
	}
}
