import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The summary under the matrix and the influence × interest quadrant view.
extension StakeholdersPane {
  static func drawSummary(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard !rect.isEmpty else { return }
    let plan = state.plan
    let s = state.strings
    let uncovered = plan.uncoveredChainLinks.map(\.name)
    let orchestrators = plan.orchestrators.map(\.name)
    let missing = plan.missingSectors.map { s.label($0) } + plan.missingLevels.map { s.label($0) }
    var spans: [Span] = [
      Span(
        s.format("stakeholders.mve", plan.mveMembers.count, plan.stakeholders.count),
        Style(bold: true)),
      Span("  "),
      Span(s["stakeholders.openLinks"] + " ", .muted),
      plan.chainLinks.isEmpty
        ? Span(s["stakeholders.noLinks"], .colored(.warning))
        : Span(
          uncovered.isEmpty ? s["stakeholders.none"] : uncovered.joined(separator: ", "),
          uncovered.isEmpty ? .colored(.good) : .colored(.warning, bold: true)),
    ]
    // What the rows show, when they do not show everything in the plan's order.
    let view = state.views.stakeholders
    if !view.filter.isEmpty {
      spans.append(Span("  "))
      spans.append(
        Span(
          s.format(
            "stakeholders.filtered", view.filter, rows(state).count, plan.stakeholders.count),
          .colored(.accent, bold: true)))
    }
    if let sort = view.sort {
      spans.append(Span("  "))
      spans.append(
        Span(
          s.format("stakeholders.sorted", s.label(sort.field), sort.ascending ? "↑" : "↓"),
          .colored(.accent)))
    }
    var second: [Span] = [
      Span(s["stakeholders.orchestrator"] + " ", .muted),
      Span(
        orchestrators.isEmpty
          ? s["stakeholders.noOrchestrator"] : orchestrators.joined(separator: ", "),
        orchestrators.count == 1 ? Style(bold: true) : .colored(.warning, bold: true)),
      Span("  "),
      Span(s["stakeholders.missing"] + " ", .muted),
      Span(
        missing.isEmpty ? s["stakeholders.none"] : missing.joined(separator: ", "),
        missing.isEmpty ? .colored(.good) : .colored(.warning, bold: true)),
    ]
    if rect.height == 1 {
      spans += [Span("  ")] + second
      second = []
    }
    for (index, line) in [spans, second].enumerated() where index < rect.height && !line.isEmpty {
      var x = rect.x
      for span in line {
        x = grid.text(span.text, x: x, y: rect.y + index, style: span.style, clip: rect)
      }
    }
  }

  static func drawQuadrant(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard rect.height >= 4, rect.width >= 10 else { return }
    let s = state.strings
    let plan = state.plan
    let selected = selectedIndex(state).map { plan.stakeholders[$0].id }
    let (top, bottom) = rect.splitTop(rect.height / 2)
    let (topLeft, topRight) = top.splitLeft(rect.width / 2)
    let (bottomLeft, bottomRight) = bottom.splitLeft(rect.width / 2)
    let quadrants: [(Rect, String, (Stakeholder) -> Bool)] = [
      (topLeft, s["quadrant.keepSatisfied"], { $0.influence >= high && $0.interest < high }),
      (topRight, s["quadrant.manageClosely"], { $0.influence >= high && $0.interest >= high }),
      (bottomLeft, s["quadrant.monitor"], { $0.influence < high && $0.interest < high }),
      (bottomRight, s["quadrant.keepInformed"], { $0.influence < high && $0.interest >= high }),
    ]
    for (area, title, test) in quadrants {
      let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
      grid.heading(title, x: inner.x, y: inner.y, width: inner.width, glyphs: state.settings.glyphs)
      let members = plan.stakeholders.filter(test).sorted {
        ($0.influence + $0.interest, $1.name) > ($1.influence + $1.interest, $0.name)
      }
      for (index, member) in members.enumerated() {
        let y = inner.y + 1 + index
        guard y < inner.maxY else {
          break
        }
        if y == inner.maxY - 1 && index < members.count - 1 {
          grid.text(
            s.format("quadrant.more", members.count - index), x: inner.x, y: y, style: .muted,
            clip: inner)
          break
        }
        let label = "\(member.influence)/\(member.interest) \(member.name)"
        let style =
          member.id == selected ? Style(bold: true, reverse: true) : Style(bold: member.inMVE)
        grid.field(label, x: inner.x, y: y, width: inner.width, style: style, clip: inner)
      }
    }
    grid.verticalLine(
      x: rect.x + rect.width / 2, from: rect.y, to: rect.maxY, glyphs: state.settings.glyphs)
    grid.text(
      s.format("quadrant.axes", high), x: rect.x + 1, y: rect.maxY - 1, style: .muted, clip: rect)
  }
}
