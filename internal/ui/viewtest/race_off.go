//go:build !race

package viewtest

// RaceEnabled: see race_on.go.
const RaceEnabled = false
