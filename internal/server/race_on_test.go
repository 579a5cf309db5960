//go:build race

package server

// raceEnabled is true under the race detector, where each session costs
// ten times the CPU: the crowd tests then open fewer sessions (the same
// paths, a smaller crowd), so `go test -race ./...` on a loaded 2-core
// machine stays well inside go test's default timeout. Their figures are
// reported from plain `go test`.
const raceEnabled = true
