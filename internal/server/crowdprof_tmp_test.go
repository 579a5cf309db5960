package server

import (
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"os"
	"runtime/pprof"
	"sync"
	"testing"
	"time"
)

func TestCrowdProfTmp(t *testing.T) {
	if os.Getenv("CROWDPROF") == "" {
		t.Skip()
	}
	const n = 200
	srv := startServer(t, func(c *Config) { c.MaxSessions = n + 8; c.MaxPerIP = n + 8; c.MaxPendingPerAddr = 16 })
	sessions := make([]*termSession, n)
	var wg sync.WaitGroup
	next := make(chan int)
	for range 2 {
		wg.Go(func() {
			for i := range next {
				c, err := dial(t, srv.addr, nil)
				if err != nil {
					t.Error(err)
					continue
				}
				s := openSession(t, c, sessOpts{env: en, w: 80, h: 24})
				waitFor(t, s.out, 0, "Overview", patience)
				sessions[i] = s
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	time.Sleep(2 * time.Second)
	f, _ := os.Create("/tmp/switch.prof")
	pprof.StartCPUProfile(f)
	for range 5 {
		for _, s := range sessions {
			s.press(t, "\t")
		}
		time.Sleep(time.Second)
	}
	pprof.StopCPUProfile()
	f.Close()
	time.Sleep(2 * time.Second)
	cs0 := ctxsw()
	var ru0, ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	time.Sleep(10 * time.Second)
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	t.Logf("idle 10 s: context switches %d, cpu %v", ctxsw()-cs0, time.Duration(ru1.Utime.Nano()+ru1.Stime.Nano()-ru0.Utime.Nano()-ru0.Stime.Nano()))
	for _, s := range sessions {
		s.press(t, "q")
	}
}

func ctxsw() int {
	n := 0
	ts, _ := filepath.Glob("/proc/self/task/*/status")
	for _, p := range ts {
		b, _ := os.ReadFile(p)
		for _, l := range strings.Split(string(b), "\n") {
			if f := strings.Fields(l); len(f) == 2 && strings.HasSuffix(f[0], "ctxt_switches:") {
				v, _ := strconv.Atoi(f[1])
				n += v
			}
		}
	}
	return n
}
