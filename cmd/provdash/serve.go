package main

import (
	"errors"
	"fmt"
	"github.com/provdash/provdash/internal/content"
	"io"
	"net"
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
		Use:         "serve",
		Args:        noArgs,
		Annotations: map[string]string{keepsRunning: "server"},
		RunE: func(cmd *cobra.Command, _ []string) error {
			// The operator's language (serve's --lang is the clients'
			// default, checked below).
			op := i18n.New(i18n.FromEnv(getenv))
			lv, err := log.ParseLevel(logLevel)
			if err != nil {
				return errors.New(op.Tf("cli.err.bad_log_level", logLevel))
			}
			logger := log.NewWithOptions(os.Stderr, log.Options{ReportTimestamp: true, TimeFormat: time.RFC3339, Level: lv, Prefix: "provdash"})
			cfg.Logger = logger
			l, err := i18n.Parse(lang)
			if err != nil {
				return errors.New(op.Tf("cli.err.bad_lang", lang))
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
					return errors.New(op.Tf("cli.err.serve_one", cfg.DataDir, len(all)))
				}
				cfg.Data = all[0]
			} else {
				if cfg.Collection, err = data.Collection(); err != nil {
					return fmt.Errorf("%s: %w", op.T("cli.bundled"), err)
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
			// Listen before anything else starts: a busy port is the
			// operator's to fix with --listen, said once, in their language
			// (not logged and then printed again).
			ln, err := net.Listen("tcp", cfg.Listen)
			if err != nil {
				loc := i18n.New(i18n.FromEnv(getenv))
				if errors.Is(err, syscall.EADDRINUSE) {
					return errors.New(loc.Tf("cli.err.port_busy", cfg.Listen))
				}
				return errors.New(loc.Tf("cli.err.listen", cfg.Listen, errText(err)))
			}
			srv, err := server.New(cfg)
			if err != nil {
				_ = ln.Close()
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			// Serve closes ln; its error is returned, and execute prints it.
			return srv.Serve(ctx, ln)
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.Listen, "listen", server.DefaultListen, "")
	f.StringVar(&cfg.HostKeyPath, "host-key", "", "")
	f.StringVar(&cfg.AuthorizedKeysPath, "authorized-keys", "", "")
	f.IntVar(&cfg.MaxSessions, "max-sessions", server.DefaultMaxSessions, "")
	f.IntVar(&cfg.MaxPerIP, "max-per-ip", server.DefaultMaxPerIP, "")
	f.IntVar(&cfg.MaxPendingPerAddr, "max-pending-per-ip", server.DefaultMaxPendingPerAddr, "")
	f.DurationVar(&cfg.IdleTimeout, "idle-timeout", server.DefaultIdleTimeout, "")
	f.DurationVar(&cfg.MaxDuration, "max-duration", server.DefaultMaxDuration, "")
	f.DurationVar(&cfg.WriteTimeout, "write-timeout", server.DefaultWriteTimeout, "")
	f.DurationVar(&cfg.HandshakeTimeout, "handshake-timeout", server.DefaultHandshakeTimeout, "")
	f.StringVar(&cfg.DataDir, "data", "", "")
	f.DurationVar(&cfg.IdleProcs, "idle-procs", server.DefaultIdleProcs, "")
	f.BoolVar(&cfg.Watch, "watch", false, "")
	f.StringVar(&cfg.PresentersPath, "presenters", "", "")
	f.IntVar(&cfg.MaxRooms, "max-rooms", room.DefaultMaxRooms, "")
	f.IntVar(&cfg.MaxFollowers, "max-followers", room.DefaultMaxFollowers, "")
	f.StringVar(&busURL, "bus", "", "")
	f.StringVar(&lang, "lang", "vi", "")
	f.StringVar(&logLevel, "log-level", "info", "")
	limits.register(cmd)
	return cmd
}
