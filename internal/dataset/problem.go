package dataset

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/provdash/provdash/internal/textsafe"
)

// Problem is one thing wrong with a dataset, located precisely enough for
// the person editing the CSV or TOML file to find it: file (relative to the
// dataset folder), 1-based line, and for CSV files the 1-based field number
// (Col) with the column's header name. For dataset.toml, Col is the column
// within the line when the TOML parser knows it. Line or Col is 0 when the
// problem concerns the whole file or the whole line.
//
// In a workbook, File is the .xlsx file, Sheet the sheet, Line the row and
// Col the column as Excel numbers them, so Location reads "book.xlsx:
// grdp_growth!B17", the reference a planner types into Excel's name box.
//
// Msg is the message in English. Code and Args let a caller say the same
// thing in another language without this package knowing any: Code names
// the kind of problem (one of ProblemCodes) and Args are the values the
// message quotes, in the order Msg's English wording uses them, so
// fmt.Sprintf(englishFormat(Code), Args...) == Msg.
type Problem struct {
	File   string
	Sheet  string
	Line   int
	Col    int
	Column string
	Msg    string
	Code   string
	Args   []any
}

// Problem codes. They are stable identifiers (translations are keyed by
// them), so rename none; add new ones to ProblemCodes too.
const (
	CodeFileMissing        = "file_missing"
	CodeCannotRead         = "cannot_read"
	CodeEmptyFile          = "empty_file"
	CodeNotUTF8            = "not_utf8"
	CodeEmptyColumnName    = "empty_column_name"
	CodeUnknownColumn      = "unknown_column"
	CodeDuplicateColumn    = "duplicate_column"
	CodeMissingColumn      = "missing_column"
	CodeFieldCount         = "field_count"
	CodeCSVBareQuote       = "csv_bare_quote"
	CodeCSVQuote           = "csv_quote"
	CodeCSVSyntax          = "csv_syntax"
	CodeCSVError           = "csv_error"
	CodeTooMany            = "too_many"
	CodeTOMLSyntax         = "toml_syntax"
	CodeTOMLError          = "toml_error"
	CodeUnknownKey         = "unknown_key"
	CodeMissingValue       = "missing_value"
	CodeTOMLBadDate        = "toml_bad_date"
	CodeDuplicateSource    = "duplicate_source"
	CodeNotANumber         = "not_a_number"
	CodeDuplicateHeadline  = "duplicate_headline"
	CodeUnknownUnit        = "unknown_unit"
	CodePctRange           = "pct_range"
	CodeBadRank            = "bad_rank"
	CodeBadURL             = "bad_url"
	CodeLineageSelf        = "lineage_self"
	CodeLineageRepeat      = "lineage_repeat"
	CodeLineageNotListed   = "lineage_not_listed"
	CodeLineageBecameOther = "lineage_became_other"
	CodeLineageDate        = "lineage_date"
	CodeLineageCycle       = "lineage_cycle"
	CodeWrongKind          = "wrong_kind"
	CodeSourceKind         = "source_kind"
	CodeRangeFigure        = "range_figure"
	CodeBadKind            = "bad_kind"
	CodeSharedRank         = "shared_rank"
	CodeRankNoCount        = "rank_no_count"
	CodeTargetStatus       = "target_status"
	CodeTargetRange        = "target_range"
	CodeTargetHigh         = "target_high"
	CodeTargetDefinition   = "target_definition"
	CodeTOMLUnknownSource  = "toml_unknown_source"
	CodeTOMLUnknownStatus  = "toml_unknown_status"
	CodeNumGrouping        = "num_grouping"
	CodeAmbiguousNumber    = "ambiguous_number"
	CodeNumPrecision       = "num_precision"
	CodeRangeCount         = "range_count"
	CodeRangeShare         = "range_share"
	CodeRangeGrowth        = "range_growth"
	CodeRangePCI           = "range_pci"
	CodeNotWholeNumber     = "not_whole_number"
	CodeIntRange           = "int_range"
	CodeBadDate            = "bad_date"
	CodeUnknownValue       = "unknown_value"
	CodeUndatedNeedsNote   = "undated_needs_note"
	CodeGapNeedsNote       = "gap_needs_note"
	CodeUnknownSource      = "unknown_source"
	CodeUnknownStatus      = "unknown_status"
	CodeDuplicateKey       = "duplicate_key"
	CodePeriodYear         = "period_year"
	CodePeriodOrder        = "period_order"
	CodeCannotReadFolder   = "cannot_read_folder"
	CodeLoadError          = "load_error"
	CodeDuplicateDatasetID = "duplicate_dataset_id"
	CodeNotADataset        = "not_a_dataset"
	CodeBadDatasetID       = "bad_dataset_id"
	// The three below are reported by callers that open a folder on disk
	// before LoadCollection can look at it.
	CodePathMissing = "path_missing"
	CodeCannotOpen  = "cannot_open"
	CodeNotAFolder  = "not_a_folder"
	// Text a terminal would act on, or that hides what it says
	// (textsafe.Find decides).
	CodeControlChar   = "control_char"
	CodeBidiChar      = "bidi_char"
	CodeInvisibleChar = "invisible_char"
	// Files the loader refuses to open, and the limits of Limits.
	CodeNotRegularFile = "not_regular_file"
	CodeSymlinkOutside = "symlink_outside"
	CodeFileTooLarge   = "file_too_large"
	CodeTooManyRows    = "too_many_rows"
	CodeCellTooLong    = "cell_too_long"
	CodeTOMLTooDeep    = "toml_too_deep"
	// Workbooks (.xlsx).
	CodeNotAWorkbook   = "not_a_workbook"
	CodeSheetMissing   = "sheet_missing"
	CodeNoHeaderRow    = "no_header_row"
	CodeFormulaNoValue = "formula_no_value"
	CodePctFormat      = "pct_format"
	CodeNotYesNo       = "not_true_false"
	CodeSheetXML       = "sheet_xml"
	CodeBeyondHeader   = "beyond_header"
	CodePartTooLarge   = "part_too_large"
	// Hints: a mistake people make often, named with its fix.
	CodeSplitNumber       = "split_number"
	CodeNumPercent        = "num_percent"
	CodeWholeWithDecimals = "whole_with_decimals"
	CodeDidYouMean        = "did_you_mean"
	CodeStatusDidYouMean  = "status_did_you_mean"
	CodeSlashDate         = "slash_date"
	CodeSlashDateOne      = "slash_date_one"
	CodeTextNumComma      = "text_num_comma"
	CodeNoSources         = "no_sources"
	CodeNoRows            = "no_rows"
	// Figures written the Vietnamese way, or two ways at once, where '.'
	// is the decimal mark (see dotReading).
	CodeNumDotTwoWays     = "num_dot_two_ways"
	CodeNumCommaTwoWays   = "num_comma_two_ways"
	CodeNumDecimalComma   = "num_decimal_comma"
	CodeNumThousandsComma = "num_thousands_comma"
	CodeNumThousandsDot   = "num_thousands_dot"
	CodeSplitDecimal      = "split_decimal"
	CodeSplitThousands    = "split_thousands"
	CodeSplitWhich        = "split_which"
)

// ProblemCodes returns every code a Problem from this package (or from a
// caller opening a dataset folder) can carry, so a test can check that each
// has a translation.
func ProblemCodes() []string {
	return []string{
		CodeFileMissing, CodeCannotRead, CodeEmptyFile, CodeNotUTF8, CodeEmptyColumnName,
		CodeUnknownColumn, CodeDuplicateColumn, CodeMissingColumn, CodeFieldCount,
		CodeCSVBareQuote, CodeCSVQuote, CodeCSVSyntax, CodeCSVError, CodeTooMany,
		CodeTOMLSyntax, CodeTOMLError, CodeUnknownKey, CodeMissingValue, CodeTOMLBadDate,
		CodeDuplicateSource, CodeNotANumber, CodeDuplicateHeadline, CodeUnknownUnit,
		CodePctRange, CodeBadRank, CodeBadURL, CodeTOMLUnknownSource, CodeTOMLUnknownStatus,
		CodeNumGrouping, CodeAmbiguousNumber, CodeNumPrecision, CodeRangeCount, CodeRangeShare,
		CodeRangeGrowth, CodeRangePCI, CodeNotWholeNumber, CodeIntRange, CodeBadDate,
		CodeUnknownValue, CodeUndatedNeedsNote, CodeGapNeedsNote, CodeUnknownSource,
		CodeUnknownStatus, CodeDuplicateKey, CodePeriodYear, CodePeriodOrder,
		CodeCannotReadFolder, CodeLoadError, CodeDuplicateDatasetID, CodeNotADataset, CodeBadDatasetID,
		CodePathMissing, CodeCannotOpen, CodeNotAFolder,
		CodeControlChar, CodeBidiChar, CodeInvisibleChar,
		CodeNotRegularFile, CodeSymlinkOutside, CodeFileTooLarge, CodeTooManyRows, CodeCellTooLong, CodeTOMLTooDeep,
		CodeNotAWorkbook, CodeSheetMissing, CodeNoHeaderRow, CodeFormulaNoValue, CodePctFormat, CodeNotYesNo,
		CodeSheetXML, CodeBeyondHeader, CodePartTooLarge,
		CodeSplitNumber, CodeNumPercent, CodeWholeWithDecimals, CodeDidYouMean, CodeStatusDidYouMean,
		CodeSlashDate, CodeSlashDateOne, CodeTextNumComma, CodeNoSources, CodeNoRows,
		CodeNumDotTwoWays, CodeNumCommaTwoWays, CodeNumDecimalComma, CodeNumThousandsComma, CodeNumThousandsDot,
		CodeSplitDecimal, CodeSplitThousands, CodeSplitWhich,
		CodeLineageSelf, CodeLineageRepeat, CodeLineageNotListed, CodeLineageBecameOther, CodeLineageDate, CodeLineageCycle,
		CodeWrongKind, CodeSourceKind, CodeRangeFigure, CodeBadKind, CodeSharedRank, CodeRankNoCount, CodeTargetStatus, CodeTargetRange, CodeTargetHigh, CodeTargetDefinition,
	}
}

// NewProblem builds a Problem whose English message is format applied to
// args, keeping code and args for translation.
func NewProblem(code, file string, line, col int, column, format string, args ...any) Problem {
	return Problem{File: file, Line: line, Col: col, Column: column,
		Msg: fmt.Sprintf(format, args...), Code: code, Args: args}
}

// Location formats where p is: "FILE:LINE", or "FILE" when the problem
// concerns the whole file; in a workbook "FILE: SHEET!B17" (a cell),
// "FILE: SHEET!17:17" (a row) or "FILE: SHEET" (the sheet), as Excel
// writes references. Translations keep it as is.
func (p Problem) Location() string {
	if p.Sheet != "" {
		return p.File + ": " + SheetRef(p.Sheet) + cellRef(p.Col, p.Line)
	}
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return p.File
}

// String formats p as "FILE:LINE: column NAME: message", the form editors
// and CI logs recognise. The line is cleaned of anything a terminal would
// act on: it quotes file names, column names and values from the dataset,
// and is printed to the terminal of whoever runs validate.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.Location())
	b.WriteString(": ")
	if p.Column != "" && p.IsKey() {
		fmt.Fprintf(&b, "key %s: ", p.Column)
	} else if p.Column != "" {
		fmt.Fprintf(&b, "column %s: ", p.Column)
	}
	b.WriteString(p.Msg)
	return textsafe.Clean(b.String())
}

// IsKey says whether p's Column names a key of a dataset.toml file (a
// TOML key, "source.date") rather than a table's column: Problem.String
// then writes "dataset.toml:3: key as_of: …".
func (p Problem) IsKey() bool {
	return p.Sheet == "" && filepath.Base(p.File) == FileMeta
}

// Problems is every problem Load found. A dataset is used whole or not at
// all, so Load reports all of them at once instead of stopping at the first:
// fixing a spreadsheet one error per run is slow.
type Problems []Problem

// Error lists the problems one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}
