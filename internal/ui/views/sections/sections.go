// Package sections draws any tab of the registry from its content alone:
// the table of its sections and its sources. A tab added to the registry
// without a view of its own (no chart to draw) is shown by this view, so
// adding such a tab is a content builder, a registry entry and its strings.
package sections

import (
	tea "charm.land/bubbletea/v2"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/ui/common"
)

// Model is the view of a tab that has only content.
type Model struct {
	common.FaceTab
}

// New returns the view of tab t; it draws nothing until SetContext. It
// starts on the table face: there is no chart.
func New(t content.Tab) *Model {
	m := &Model{}
	m.Tab = t
	m.Nav.Face = common.FaceTable
	m.Draw = m.rebuild
	return m
}

// Update implements common.View: the selection keys and v, which goes
// between the table and the sources (the chart face is skipped).
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	if m.Key(msg, common.Rows(m.Page), m.Nav.PageRows) {
		if m.Nav.Face == common.FaceChart {
			m.Nav.Face = common.FaceTable
		}
		m.rebuild()
	}
	return nil
}

// SetFace implements common.Faced: there is no chart, so the chart face is
// the table.
func (m *Model) SetFace(f common.Face) {
	if f == common.FaceChart {
		f = common.FaceTable
	}
	m.Nav.Face = f
}

func (m *Model) rebuild() {
	m.Render(m.table, m.table, m.sources)
}

func (m *Model) head() []string {
	return []string{m.FaceHeader(m.Ctx.Styles.Title.Render(m.Page.Title))}
}

func (m *Model) table() []string { return m.TableFace(m.head()) }

func (m *Model) sources() string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	head := append(m.head(), "", st.Heading.Render(l.T("app.sources")))
	return common.AssembleText(m.Ctx, m.W, m.H, head, common.PageSources(m.Ctx, m.Page, m.W), &m.Nav.Src)
}
