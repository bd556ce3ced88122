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
      var facts = [
        ReportFact(field(.segments), names.list(proposition.segments.map(names.segment))),
        ReportFact(field(.integration), names.orDash(proposition.integration)),
      ]
      // The other ends: the failures it addresses, the partners contributing to it, the
      // business models earning on it.
      if let failures = links.failuresByProposition[proposition.id] {
        facts.append(
          ReportFact(strings["link.failures"], names.list(failures.compactMap(failureName))))
      }
      if let partners = links.partnersByProposition[proposition.id] {
        facts.append(
          ReportFact(strings["link.contributors"], names.list(partners.map(names.stakeholder))))
      }
      if let models = links.modelsByProposition[proposition.id] {
        facts.append(
          ReportFact(strings["link.businessModels"], names.list(models.map(names.businessModel))))
      }
      blocks.append(.facts(facts))
      blocks.append(.list(title: strings["link.answers"], items: answers(of: proposition)))
      blocks.append(
        .list(
          title: field(.solutionDirections),
          items: orNone(proposition.solutionDirections)))
      return blocks
    }
  }

  /// The pains, gains and barriers the proposition answers, each with its verb.
  private func answers(of proposition: ValueProposition) -> [String] {
    let items =
      proposition.relieves.map { (PlanLinks.Answer.relieves, $0.rawValue) }
      + proposition.creates.map { (PlanLinks.Answer.creates, $0.rawValue) }
      + proposition.removes.map { (PlanLinks.Answer.removes, $0.rawValue) }
    return orNone(items.map { "\(strings.label($0.0)): \(names.need($0.1))" })
  }

  /// A failure's description, by its reference.
  func failureName(_ ref: EntityRef) -> String? {
    switch ref {
    case .systemFailure(let id), .transformationFailure(let id): return names.failure(id)
    default: return nil
    }
  }

  /// Functions × partners: who keeps, shares or hands over each function. The partners are
  /// the MVE members and anyone with an arrangement, in the stakeholder field's order.
  var organisationBlocks: [ReportBlock] {
    var blocks: [ReportBlock] = [
      .facts([
        ReportFact(field(.isOrchestrator), orchestratorNames),
        ReportFact(field(.orchestrationMandate), names.orDash(plan.orchestrationMandate)),
        ReportFact(field(.decisionMaking), names.orDash(plan.decisionMaking)),
        ReportFact(field(.orchestrationFunding), names.orDash(plan.orchestrationFunding)),
        ReportFact(field(.jointValue), names.orDash(plan.jointValue)),
      ])
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
            .init(field(.name)), .init(strings["report.businessModel.serves"]),
            .init(field(.customer)), .init(field(.payerAfterNGF)), .init(field(.revenue)),
            .init(field(.costs)), .init(field(.description)),
          ],
          rows: plan.businessModels.map { model in
            let serves =
              model.propositions.map(names.proposition) + model.segments.map(names.segment)
            let revenue =
              model.income.map {
                strings.format(
                  "report.businessModel.income", names.orDash(model.revenue), strings.money($0))
              } ?? names.orDash(model.revenue)
            return [
              names.orUnnamed(model.name), names.list(serves), names.orDash(model.customer),
              names.orDash(model.payerAfterNGF), revenue, names.orDash(model.costs),
              names.orDash(model.description),
            ]
          }))
    ]
  }
}
