package report

import (
	"fmt"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
)

// Period is an agreement's period as written in the report and in plain
// mode: "2021–2025", "2024–" when open-ended, "—" when there is none. It
// is exported so every text output says a period the same way.
func Period(a dataset.Agreement) string {
	switch {
	case a.From != 0 && a.To != 0:
		return fmt.Sprintf("%d–%d", a.From, a.To)
	case a.From != 0:
		return fmt.Sprintf("%d–", a.From)
	}
	return i18n.Gap
}
