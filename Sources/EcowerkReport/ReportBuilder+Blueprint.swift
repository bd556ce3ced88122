import EcowerkModel
import EcowerkStrings

/// Step 2, the first parts of the blueprint: value propositions, the joint execution
/// organisation, and the business models.
extension ReportBuilder {
  var propositionBlocks: [ReportBlock] {
    guard !plan.propositions.isEmpty else { return nothingYet }
    return plan.propositions.flatMap { proposition -> [ReportBlock] in
      var blocks: [ReportBlock] = [.heading(names.orUnnamed(proposition.name))]
      if !proposition.description.allSatisfy(\.isWhitespace) {
        blocks.append(.paragraph(proposition.description))
      }
      blocks.append(
        .facts([
          ReportFact(
            field(.segments), names.list(proposition.segments.map(names.segment)))
        ]))
      blocks.append(
        .list(
          title: field(.solutionDirections),
          items: orNone(proposition.solutionDirections)))
      return blocks
    }
  }

  /// Functions × partners: who keeps, shares or hands over each function. The partners are
  /// the MVE members and anyone with an arrangement, in the stakeholder field's order.
  var organisationBlocks: [ReportBlock] {
    var blocks: [ReportBlock] = [
      .facts([ReportFact(field(.isOrchestrator), orchestratorNames)])
    ]
    guard !plan.jointOrganisation.isEmpty else { return blocks + nothingYet }
    let arranged = Set(plan.jointOrganisation.flatMap(\.arrangements.keys))
    let partners = plan.stakeholders.filter { $0.inMVE || arranged.contains($0.id) }
    blocks.append(.table(arrangements(partners)))
    let described = plan.jointOrganisation.filter { !$0.description.allSatisfy(\.isWhitespace) }
    if !described.isEmpty {
      blocks.append(
        .facts(described.map { ReportFact(names.orUnnamed($0.name), $0.description) }))
    }
    return blocks
  }

  /// Functions × partners. A partnership usually has more partners than functions, so the
  /// partners go down the rows and the functions across, which keeps the table narrow enough
  /// for a page; with more functions than partners it is turned the other way.
  private func arrangements(_ partners: [Stakeholder]) -> ReportTable {
    let functions = plan.jointOrganisation
    let title = strings["report.arrangements"]
    guard partners.count > functions.count else {
      return ReportTable(
        title: title,
        columns: [ReportTable.Column(strings["report.function"])]
          + partners.map { ReportTable.Column(names.orUnnamed($0.name)) },
        rows: functions.map { function in
          [names.orUnnamed(function.name)]
            + partners.map { strings.label(function.arrangement(of: $0.id)) }
        })
    }
    return ReportTable(
      title: title,
      columns: [ReportTable.Column(strings["report.partner"])]
        + functions.map { ReportTable.Column(names.orUnnamed($0.name)) },
      rows: partners.map { partner in
        [names.orUnnamed(partner.name)]
          + functions.map { strings.label($0.arrangement(of: partner.id)) }
      })
  }

  var businessModelBlocks: [ReportBlock] {
    guard !plan.businessModels.isEmpty else { return nothingYet }
    return [
      .table(
        ReportTable(
          columns: [
            .init(field(.name)), .init(field(.customer)),
            .init(field(.revenue)), .init(field(.description)),
          ],
          rows: plan.businessModels.map { model in
            [
              names.orUnnamed(model.name), names.orDash(model.customer),
              names.orDash(model.revenue), names.orDash(model.description),
            ]
          }))
    ]
  }
}
