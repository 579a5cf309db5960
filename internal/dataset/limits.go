package dataset

// Limits bound what Load reads, so that a dataset folder, which may come
// from anyone, cannot exhaust the memory, time or stack of the process that
// loads it: a server loads it for every SSH session it serves. The defaults
// are far above any real provincial dataset (data/README.md, "Limits");
// every command that loads data can raise them.
//
// A zero field means the default.
type Limits struct {
	// FileSize is the largest file read, in bytes. It is checked before
	// the file is opened and again while it is read.
	FileSize int64
	// Rows is the most data rows one CSV table may have; reading stops at
	// the first row over it, with one problem.
	Rows int
	// Cell is the most characters (runes) in one CSV cell or one
	// dataset.toml string.
	Cell int
	// Depth is how deeply [ and { may nest in dataset.toml. It is checked
	// on the raw text before the TOML parser runs, because the parser
	// recurses once per level: millions of levels exhaust its stack, which
	// no recover can catch.
	Depth int
}

// Default limits (data/README.md, "Limits"). The row limit is what the
// dashboard is built to draw without delay (a selectable list of 20,000
// rows); a province's real tables have tens to hundreds of rows.
const (
	DefaultMaxFileSize = 64 << 20 // 64 MiB
	DefaultMaxRows     = 20_000
	DefaultMaxCell     = 4096
	DefaultMaxDepth    = 16
)

// DefaultLimits returns the limits Load uses.
func DefaultLimits() Limits {
	return Limits{FileSize: DefaultMaxFileSize, Rows: DefaultMaxRows, Cell: DefaultMaxCell, Depth: DefaultMaxDepth}
}

// orDefault fills the zero (or negative) fields of lim with the defaults.
func (lim Limits) orDefault() Limits {
	d := DefaultLimits()
	if lim.FileSize <= 0 {
		lim.FileSize = d.FileSize
	}
	if lim.Rows <= 0 {
		lim.Rows = d.Rows
	}
	if lim.Cell <= 0 {
		lim.Cell = d.Cell
	}
	if lim.Depth <= 0 {
		lim.Depth = d.Depth
	}
	return lim
}

// Covers reports whether lim allows everything other allows: every limit,
// with zero meaning the default, is at least other's. A dataset Load
// accepted within other it accepts within lim, with the same result,
// because a limit only ever rejects.
func (lim Limits) Covers(other Limits) bool {
	a, b := lim.orDefault(), other.orDefault()
	return a.FileSize >= b.FileSize && a.Rows >= b.Rows && a.Cell >= b.Cell && a.Depth >= b.Depth
}
