package agreements

import "github.com/provdash/provdash/internal/dataset"

// testData is the dataset the tests render.
func testData() *dataset.Dataset { return fixture() }
