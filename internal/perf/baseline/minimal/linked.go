//go:build linked

package main

// Built with -tags linked, the minimal program also links the libraries
// provdash links whose package initialisation runs in every process that
// links them, whether it uses them or not: the workbook library (excelize)
// and the NATS client. The start-up budget (README, Performance) is a
// ratio against this build; TestStartup reports the bare one too.
import (
	_ "github.com/nats-io/nats.go"
	_ "github.com/xuri/excelize/v2"
)
