//go:build !race

package crowd

// raceEnabled: see race_on_test.go.
const raceEnabled = false
