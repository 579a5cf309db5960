//go:build race

package viewtest

// RaceEnabled is true under the race detector, which makes the exhaustive
// sweeps ten times slower: they then run a sample (the same kinds of
// sizes, tabs and states, fewer of each), so `go test -race ./...` on a
// loaded 2-core machine stays well inside go test's default timeout. The
// full sweeps run in every plain `go test`.
const RaceEnabled = true
