package fdi

import (
	"testing"

	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestASCII: --ascii draws no box drawing, blocks or braille (viewtest.TestASCIITab).
func TestASCII(t *testing.T) { viewtest.TestASCIITab(t, func() common.View { return New() }) }
