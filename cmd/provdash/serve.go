package main

import (
	"fmt"
	"github.com/provdash/provdash/internal/content"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"charm.land/log/v2"
	"github.com/spf13/cobra"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/server"
	"github.com/provdash/provdash/internal/server/room"
)

// newServeCmd is `provdash serve`: the dashboard over SSH, one independent
// session per client. Logs go to stderr (journald under systemd), never to
// a client.
func newServeCmd(_ io.Writer, getenv func(string) string) *cobra.Command {
	var (
		cfg      server.Config
		lang     string
		logLevel string
		limits   limitFlags
		busURL   string
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the dashboard over SSH",
		Long: "serve listens for SSH clients and gives each its own dashboard, in its own size, colours " +
			"and language (from the client's LANG, or `ssh -t host -- --lang en --tab fdi`).\n\n" +
			"Without --authorized-keys anyone who reaches the address may connect. SIGINT or SIGTERM " +
			"tells every session, restores each client's terminal and exits within 10 s.\n\n" +
			"Rooms: `ssh -t host -- --room briefing --lead` presents to room briefing, and " +
			"`ssh -t host -- --room briefing` follows it, each person in their own language and size. " +
			"Without --presenters any session may lead.",
		Example: "  provdash serve\n" +
			"  provdash serve --listen 0.0.0.0:23234 --authorized-keys /etc/provdash/authorized_keys\n" +
			"  provdash serve --data ./data/bac-giang --watch\n" +
			"  provdash serve --presenters /etc/provdash/presenters --max-rooms 4\n" +
			"  provdash serve --bus nats://10.0.0.5:4222\n" +
			"  ssh -t -p 23234 localhost -- --lang en --tab fdi\n" +
			"  ssh -t -p 23234 localhost -- --room briefing --lead",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lv, err := log.ParseLevel(logLevel)
			if err != nil {
				return fmt.Errorf("--log-level: %w", err)
			}
			logger := log.NewWithOptions(os.Stderr, log.Options{ReportTimestamp: true, TimeFormat: time.RFC3339, Level: lv, Prefix: "provdash"})
			cfg.Logger = logger
			l, err := i18n.Parse(lang)
			if err != nil {
				return fmt.Errorf("--lang: %w", err)
			}
			cfg.DefaultLang = l
			if cfg.HostKeyPath == "" {
				if cfg.HostKeyPath, err = server.DefaultHostKeyPath(getenv); err != nil {
					return err
				}
			}
			if cfg.Limits, err = limits.limits(i18n.New(i18n.FromEnv(getenv))); err != nil {
				return err
			}
			if cfg.DataDir != "" {
				// The same located, translated problem list as every other
				// command, before anything listens; the dataset loaded here
				// is the one served (the folder is read once).
				all, err := loadDir(cfg.DataDir, cfg.Limits)
				if err != nil {
					return reportProblems(cmd.ErrOrStderr(), i18n.New(i18n.FromEnv(getenv)), cfg.DataDir, err) // the operator's language, not the clients' default
				}
				if len(all) > 1 {
					return fmt.Errorf("serve takes one dataset folder; %s holds %d datasets: name one of its folders", cfg.DataDir, len(all))
				}
				cfg.Data = all[0]
			} else {
				if cfg.Collection, err = data.Collection(); err != nil {
					return fmt.Errorf("loading bundled data: %w", err)
				}
				cfg.Data = content.Current(cfg.Collection)
			}
			if busURL != "" {
				// Closed by the server on shutdown, or by New on failure.
				if cfg.Bus, err = room.DialNATS(busURL, logger.With("part", "bus")); err != nil {
					return err
				}
			}
			if v := getenv("GOMAXPROCS"); v != "" && cfg.IdleProcs > 0 {
				// The operator chose the processors: they stay as chosen.
				logger.Info("GOMAXPROCS is set: --idle-procs is off", "GOMAXPROCS", v)
				cfg.IdleProcs = 0
			}
			srv, err := server.New(cfg)
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			if err := srv.ListenAndServe(ctx); err != nil {
				logger.Error("server stopped", "err", err)
				return err
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.Listen, "listen", server.DefaultListen, "address to listen on (host:port)")
	f.StringVar(&cfg.HostKeyPath, "host-key", "", "ed25519 host key, created on first run (default $XDG_STATE_HOME/provdash/ssh_host_ed25519_key)")
	f.StringVar(&cfg.AuthorizedKeysPath, "authorized-keys", "", "only these public keys may connect (OpenSSH authorized_keys format)")
	f.IntVar(&cfg.MaxSessions, "max-sessions", server.DefaultMaxSessions, "most sessions at once")
	f.IntVar(&cfg.MaxPerIP, "max-per-ip", server.DefaultMaxPerIP, "most sessions at once from one IP address")
	f.IntVar(&cfg.MaxPendingPerAddr, "max-pending-per-ip", server.DefaultMaxPendingPerAddr, "most connections still logging in (no session yet) from one IP address (IPv6: one /64)")
	f.DurationVar(&cfg.IdleTimeout, "idle-timeout", server.DefaultIdleTimeout, "close a session after this long without a key press")
	f.DurationVar(&cfg.MaxDuration, "max-duration", server.DefaultMaxDuration, "close a session after this long in any case")
	f.DurationVar(&cfg.WriteTimeout, "write-timeout", server.DefaultWriteTimeout, "cut off a client that takes no output, or answers no keepalive, for this long")
	f.DurationVar(&cfg.HandshakeTimeout, "handshake-timeout", server.DefaultHandshakeTimeout, "close a connection that has not logged in and opened a session within this long")
	f.StringVar(&cfg.DataDir, "data", "", "dataset folder or .xlsx workbook to serve instead of the bundled data")
	f.DurationVar(&cfg.IdleProcs, "idle-procs", server.DefaultIdleProcs, "run on one processor once no session has had input for this long, on all at the next (0: always all; off when GOMAXPROCS is set)")
	f.BoolVar(&cfg.Watch, "watch", false, "reload --data once its files have stopped changing for 2 s (an invalid dataset is logged and ignored)")
	f.StringVar(&cfg.PresentersPath, "presenters", "", "only these public keys may lead a room (OpenSSH authorized_keys format); default: any session")
	f.IntVar(&cfg.MaxRooms, "max-rooms", room.DefaultMaxRooms, "most rooms at once on this server")
	f.IntVar(&cfg.MaxFollowers, "max-followers", room.DefaultMaxFollowers, "most followers in one room")
	f.StringVar(&busURL, "bus", "", "share rooms with other provdash servers over NATS (nats://HOST:PORT); default: rooms on this server only")
	f.StringVar(&lang, "lang", "vi", "language for clients that send no LANG: vi|en")
	f.StringVar(&logLevel, "log-level", "info", "debug|info|warn|error")
	limits.register(cmd)
	return cmd
}
