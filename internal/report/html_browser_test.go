package report

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
)

// tool finds a program on PATH; without it the browser test skips, and
// fails under CI (CI set), where .ci/run installs it.
func tool(t *testing.T, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	msg := fmt.Sprintf("%s not on PATH (Debian: apt-get install chromium poppler-utils)", strings.Join(names, " or "))
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// chromeFlags keep headless Chromium from reaching the network or its
// profile: the briefing must read alone.
var chromeFlags = []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
	"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"}

// chrome runs headless Chromium on a fresh profile with args, its output
// on stdout returned.
func chrome(ctx context.Context, bin, dir string, args ...string) ([]byte, error) {
	profile, err := os.MkdirTemp(dir, "profile-")
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, 45*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append(append(append([]string(nil), chromeFlags...), "--user-data-dir="+profile), args...)...)
	cmd.Env = append(os.Environ(), "DBUS_SESSION_BUS_ADDRESS=disabled:")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.WaitDelay = 5 * time.Second
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("chromium %s: %v\n%s", strings.Join(args, " "), err, lastLines(errb.String(), 10))
	}
	return out.Bytes(), nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// squeeze is text as compared with a PDF's: NFC, no white space at all
// (a line may break anywhere in a table cell or a title).
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, norm.NFC.String(s))
}

// overflowCheck is the test's own script, added to a copy of the briefing
// (the briefing has none, and its policy forbids one). Whenever the window
// is laid out (at load, and again when a screenshot resizes it) it works
// out the window's width, the page's width and the elements that stick
// out of the window (a table scrolling inside its box does not count),
// and writes them twice: as text in the DOM, for --dump-dom, and as the
// colours of four 10-px squares at the top left (red·256 + green = the
// number), for a screenshot. Headless Chromium lays a page out at least
// 500 px wide for --dump-dom, whatever --window-size says; only a
// screenshot is laid out at 390 px, so the squares carry the phone's
// result.
const overflowCheck = `<script>
(function(){
  function px(i, v) {
    var d = document.getElementById('probe-px' + i);
    if (!d) {
      d = document.createElement('div');
      d.id = 'probe-px' + i;
      d.style.cssText = 'position:fixed;top:0;width:10px;height:10px;z-index:2147483647;left:' + (10 * i) + 'px';
      document.documentElement.appendChild(d);
    }
    v = Math.max(0, Math.min(65535, Math.round(v)));
    d.style.background = 'rgb(' + (v >> 8) + ',' + (v & 255) + ',0)';
  }
  function check() {
    var iw = window.innerWidth, de = document.documentElement, bad = [], right = 0;
    var all = document.body.querySelectorAll('*');
    for (var i = 0; i < all.length; i++) {
      var e = all[i];
      if (e.id === 'overflow-result' || e.closest('.tw')) continue;
      var r = e.getBoundingClientRect();
      if (r.width > 0 && (r.right > iw + 0.5 || r.left < -0.5)) {
        right = Math.max(right, r.right);
        if (bad.length < 8) bad.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
      }
    }
    px(0, iw); px(1, de.scrollWidth); px(2, bad.length); px(3, right);
    var o = document.getElementById('overflow-result');
    if (!o) {
      o = document.createElement('pre');
      o.id = 'overflow-result';
      o.hidden = true;
      document.body.appendChild(o);
    }
    o.textContent = 'width=' + iw + ' scroll=' + de.scrollWidth + ' overflow=' + (de.scrollWidth > iw) + ' bad=' + bad.join(' | ') + ' end';
  }
  check();
  window.addEventListener('resize', check);
})();
</script>`

// probeResult reads the squares of overflowCheck from a screenshot: the
// window's width, the page's, how many elements stick out and the right
// edge of the furthest.
func probeResult(file string) (iw, sw, bad, right int, err error) {
	f, err := os.Open(file)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	defer f.Close()
	im, err := png.Decode(f)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	v := make([]int, 4)
	for i := range v {
		r, g, _, _ := im.At(10*i+5, 5).RGBA()
		v[i] = int(r>>8)<<8 | int(g>>8)
	}
	return v[0], v[1], v[2], v[3], nil
}

var overflowRE = regexp.MustCompile(`width=(\d+) scroll=(\d+) overflow=(true|false) bad=(.*?) end`)

// The briefing in a real browser: headless Chromium prints the Bắc Ninh
// (vi) and Bắc Giang (en) briefings to PDF, where every tab and section
// title, every headline and every figure of a table is text, and each tab
// starts a page; screenshots them at phone and desktop widths; and, on a
// copy with the test's script, finds nothing wider than a 390 px or a
// 1280 px window. PROVDASH_BRIEFING_DIR, when set, keeps the files.
func TestHTMLInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: no browser")
	}
	bin := tool(t, "chromium", "chromium-browser")
	pdftotext, pdfinfo := tool(t, "pdftotext"), tool(t, "pdfinfo")
	sets, _ := collection(t)
	keep := os.Getenv("PROVDASH_BRIEFING_DIR")
	start := time.Now()
	t.Cleanup(func() { t.Logf("browser checks took %s", time.Since(start).Round(time.Millisecond)) })
	// Every bundled province in both languages, one after another: each
	// briefing's own Chromium runs already go side by side, and six sets
	// of them at once would only wait for two cores.
	for _, c := range []struct {
		id   string
		lang i18n.Lang
	}{{"bac-ninh", i18n.VI}, {"bac-ninh", i18n.EN}, {"bac-giang", i18n.VI}, {"bac-giang", i18n.EN},
		{"bac-ninh-cu", i18n.VI}, {"bac-ninh-cu", i18n.EN}} {
		t.Run(c.id+"."+string(c.lang), func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
			defer cancel()
			d, ok := dataset.Find(sets, c.id)
			if !ok {
				t.Fatalf("no %s in the bundled collection", c.id)
			}
			sc, loc := content.NewScope(sets, d), i18n.New(c.lang)
			doc, err := HTML(sc, loc)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			name := c.id + "." + string(c.lang)
			page := filepath.Join(dir, name+".html")
			probe := filepath.Join(dir, name+".probe.html")
			withScript := strings.Replace(doc, `<meta http-equiv="Content-Security-Policy" content="`+csp+`">`, "", 1)
			withScript = strings.Replace(withScript, "</body>", overflowCheck+"\n</body>", 1)
			if withScript == doc || !strings.Contains(withScript, "overflow-result") {
				t.Fatal("could not add the test's script to a copy of the briefing")
			}
			for f, s := range map[string]string{page: doc, probe: withScript} {
				if err := os.WriteFile(f, []byte(s), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			pdf := filepath.Join(dir, name+".pdf")
			shots := map[int]string{390: filepath.Join(dir, name+".390.png"), 1280: filepath.Join(dir, name+".1280.png")}
			// Chromium mostly waits: its five runs go side by side.
			var wg sync.WaitGroup
			var mu sync.Mutex
			var errs []error
			var dump string
			run := func(f func() error) {
				wg.Add(1)
				go func() {
					defer wg.Done()
					if err := f(); err != nil {
						mu.Lock()
						errs = append(errs, err)
						mu.Unlock()
					}
				}()
			}
			url := "file://" + page
			run(func() error {
				_, err := chrome(ctx, bin, dir, "--no-pdf-header-footer", "--print-to-pdf="+pdf, url)
				return err
			})
			probes := map[int]string{}
			for wd, shot := range shots {
				probes[wd] = strings.TrimSuffix(shot, ".png") + ".probe.png"
			}
			for wd, shot := range shots {
				// The goroutines read their own copies: the map is
				// filled before any of them starts.
				shotProbe, wd := probes[wd], wd
				run(func() error {
					_, err := chrome(ctx, bin, dir, "--screenshot="+shot, fmt.Sprintf("--window-size=%d,2000", wd), url)
					return err
				})
				run(func() error {
					_, err := chrome(ctx, bin, dir, "--screenshot="+shotProbe, fmt.Sprintf("--window-size=%d,900", wd), "file://"+probe)
					return err
				})
			}
			run(func() error {
				out, err := chrome(ctx, bin, dir, "--dump-dom", "--window-size=1280,900", "file://"+probe)
				mu.Lock()
				dump = string(out)
				mu.Unlock()
				return err
			})
			wg.Wait()
			for _, err := range errs {
				t.Error(err)
			}
			if len(errs) > 0 {
				return
			}

			// (a) The printed PDF.
			txt, err := exec.CommandContext(ctx, pdftotext, "-raw", "-enc", "UTF-8", pdf, "-").Output()
			if err != nil {
				t.Fatalf("pdftotext: %v", err)
			}
			info, err := exec.CommandContext(ctx, pdfinfo, pdf).Output()
			if err != nil {
				t.Fatalf("pdfinfo: %v", err)
			}
			m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(info)
			if m == nil {
				t.Fatalf("pdfinfo gives no page count:\n%s", info)
			}
			pages, _ := strconv.Atoi(string(m[1]))
			tabs := content.Default().Tabs()
			if pages < len(tabs) {
				t.Errorf("%d pages for %d tabs", pages, len(tabs))
			}
			text := squeeze(string(txt))
			var starts []string
			for _, p := range strings.Split(string(txt), "\f") {
				starts = append(starts, squeeze(p))
			}
			missing := 0
			want := func(what, s string) {
				if s = squeeze(s); s != "" && !strings.Contains(text, s) {
					if missing++; missing <= 15 {
						t.Errorf("PDF lacks %s %q", what, s)
					}
				}
			}
			want("the province", loc.Pick(d.Name))
			printed := map[string]bool{}
			figures := 0
			for _, tab := range tabs {
				p := tab.Page(sc, loc).Long() // the briefing writes periods out
				title := squeeze(p.Title)
				starts1 := false
				for _, s := range starts {
					starts1 = starts1 || strings.HasPrefix(s, title)
				}
				if !starts1 {
					t.Errorf("tab %q does not start a page of the PDF", p.Title)
				}
				for _, s := range p.Sections {
					want("section title", s.Title)
					if printed[s.ID] {
						continue
					}
					printed[s.ID] = true
					for _, r := range s.Rows {
						for i, col := range s.Columns {
							if col.Right && i < len(r.Cells) && !r.Cells[i].Gap() {
								figures++
								want("figure of "+s.ID+"/"+r.Key, r.Cells[i].String())
							}
						}
					}
				}
			}
			for _, s := range sc.Sources() {
				want("source", s.Title)
			}
			if figures < 100 {
				t.Errorf("only %d figures checked", figures)
			}
			if missing > 15 {
				t.Errorf("… %d missing in all", missing)
			}

			// (b) The screenshots.
			for wd, f := range shots {
				fh, err := os.Open(f)
				if err != nil {
					t.Fatal(err)
				}
				cfg, err := png.DecodeConfig(fh)
				fh.Close()
				if err != nil || cfg.Width != wd || cfg.Height != 2000 {
					t.Errorf("screenshot %s: %dx%d, %v", filepath.Base(f), cfg.Width, cfg.Height, err)
				}
			}

			// (c) Nothing wider than the window, read from the squares
			// of the probe's screenshots, and at 1280 px from its text too.
			for wd, f := range probes {
				iw, sw, bad, right, err := probeResult(f)
				switch {
				case err != nil:
					t.Errorf("%d px: %v", wd, err)
				case iw != wd:
					t.Errorf("%d px: the window was %d px wide (the test's script did not run?)", wd, iw)
				case sw > wd || bad > 0:
					t.Errorf("%d px: the page is %d px wide; %d elements stick out, to %d px", wd, sw, bad, right)
				default:
					t.Logf("%d px: the page is %d px wide, nothing sticks out", wd, sw)
				}
			}
			switch m := overflowRE.FindStringSubmatch(dump); {
			case m == nil:
				t.Errorf("1280 px: the test's script wrote no result")
			case m[1] != "1280" || m[3] != "false" || strings.TrimSpace(m[4]) != "":
				t.Errorf("1280 px: %s", m[0])
			}
			t.Logf("%d pages, %d figures and %d titles found in the PDF", pages, figures, len(printed))
			if keep != "" {
				for _, f := range []string{page, pdf, shots[390], shots[1280], probes[390], probes[1280]} {
					if b, err := os.ReadFile(f); err == nil {
						_ = os.MkdirAll(keep, 0o755)
						_ = os.WriteFile(filepath.Join(keep, filepath.Base(f)), b, 0o644)
					}
				}
			}
		})
	}
}
