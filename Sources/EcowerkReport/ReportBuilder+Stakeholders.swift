import EcowerkModel
import EcowerkStrings

/// Step 2, the stakeholder field: the matrix, the minimum viable ecosystem, the influence ×
/// interest quadrants, and what each party brings and gets.
extension ReportBuilder {
  /// Influence and interest from this value up count as high: the model's one threshold,
  /// which the workbench's quadrant and legend use too.
  static let highStake = Stakeholder.highStake

  var stakeholderBlocks: [ReportBlock] {
    guard !plan.stakeholders.isEmpty else { return nothingYet + [mveFacts] }
    return [
      .table(matrix),
      .heading(strings["report.mve"]),
      mveFacts,
      .heading(strings["report.quadrants"]),
      .figure(gridFigure),
    ] + quadrants + [.table(interests)]
  }

  /// Every party in the influence × interest grid, MVE members and the orchestrator marked.
  private var gridFigure: ReportFigure {
    let parties = plan.stakeholders.map { party in
      StakeholderGrid.Party(
        name: names.orUnnamed(party.name), influence: party.influence, interest: party.interest,
        mark: party.isOrchestrator ? .orchestrator : party.inMVE ? .member : .other)
    }
    let described = parties.prefix(Self.describedParties).map {
      strings.format("report.quadrant.item", $0.name, $0.influence, $0.interest)
    }
    var description =
      strings.format("report.grid.description", strings.number(parties.count))
      + described.joined(separator: "; ")
    if parties.count > Self.describedParties {
      description +=
        "; " + strings.format("report.summary.more", parties.count - Self.describedParties)
    }
    return ReportFigure(
      title: strings["report.grid.title"], description: description,
      picture: .stakeholderGrid(
        StakeholderGrid(
          parties: parties, highFrom: Self.highStake,
          influenceTitle: field(.influence), interestTitle: field(.interest),
          quadrants: ["manageClosely", "keepSatisfied", "keepInformed", "monitor"].map {
            Self.shortQuadrant(strings["report.quadrant.\($0)"])
          },
          markNames: ["orchestrator", "member", "other"].map { strings["report.grid.\($0)"] },
          moreTemplate: strings["report.grid.more"],
          numberedLegend: strings["report.grid.numbered"],
          countedLegend: strings["report.grid.counted"])))
  }

  /// Parties named one by one in the grid's text alternative; the rest are counted.
  static let describedParties = 300

  /// "Manage closely" from "Manage closely (high influence, high interest)": the grid's axes
  /// already say which quadrant is which.
  static func shortQuadrant(_ title: String) -> String {
    title.firstIndex(of: "(").map { String(title[..<$0]).trimmingTrailingSpaces() } ?? title
  }

  private var matrix: ReportTable {
    ReportTable(
      title: strings["report.matrix"],
      columns: [
        .init(field(.name)), .init(field(.kind)), .init(field(.sector)),
        .init(field(.discipline)), .init(field(.level)),
        .init(field(.role)), .init(field(.influence), .right),
        .init(field(.interest), .right), .init(field(.inMVE)),
        .init(field(.isOrchestrator)), .init(field(.chainLinks)),
      ],
      rows: plan.stakeholders.map { party in
        [
          names.orUnnamed(party.name), strings.label(party.kind), names.orDash(party.sector),
          names.orDash(party.discipline), strings.label(party.level), names.orDash(party.role),
          String(party.influence), String(party.interest), strings.label(party.inMVE),
          strings.label(party.isOrchestrator), names.list(party.chainLinks.map(names.chainLink)),
        ]
      })
  }

  private var mveFacts: ReportBlock {
    let members = plan.mveMembers.map { names.orUnnamed($0.name) }
    return .facts([
      ReportFact(
        strings.format("report.mve.members", strings.number(members.count)), names.list(members)),
      ReportFact(strings["report.mve.chain"], mveVerdict),
      ReportFact(
        strings["report.mve.missingSectors"],
        plan.missingSectors.isEmpty
          ? strings["report.none"] : names.list(plan.missingSectors.map(strings.label))),
      ReportFact(strings["report.mve.disciplines"], names.list(disciplines)),
      ReportFact(
        strings["report.mve.missingLevels"],
        plan.missingLevels.isEmpty
          ? strings["report.none"] : names.list(plan.missingLevels.map(strings.label))),
      ReportFact(field(.isOrchestrator), orchestratorNames),
    ])
  }

  /// The disciplines the MVE members bring, each once, in the order they first appear: the
  /// method asks for multi-disciplinary work, and there is no fixed list to check against.
  private var disciplines: [String] {
    var seen = Set<String>()
    return plan.mveMembers.map(\.discipline)
      .filter { !$0.allSatisfy(\.isWhitespace) && seen.insert($0).inserted }
  }

  /// The four quadrants of influence × interest, each listing its parties with their scores.
  private var quadrants: [ReportBlock] {
    let cases: [(key: String, influence: Bool, interest: Bool)] = [
      ("manageClosely", true, true), ("keepSatisfied", true, false),
      ("keepInformed", false, true), ("monitor", false, false),
    ]
    return cases.map { quadrant in
      let parties = plan.stakeholders.filter {
        ($0.influence >= Self.highStake) == quadrant.influence
          && ($0.interest >= Self.highStake) == quadrant.interest
      }
      let items = parties.map { party in
        strings.format(
          "report.quadrant.item", names.orUnnamed(party.name), party.influence, party.interest)
      }
      return .list(title: strings["report.quadrant.\(quadrant.key)"], items: orNone(items))
    }
  }

  private var interests: ReportTable {
    ReportTable(
      title: strings["report.interests"],
      columns: [
        .init(field(.name)), .init(field(.sharedInterests)),
        .init(field(.ownInterests)), .init(field(.contributions)),
        .init(field(.addedValue)), .init(strings["link.contributesTo"]),
      ],
      rows: plan.stakeholders.map { party in
        [
          names.orUnnamed(party.name), names.orDash(party.sharedInterests),
          names.orDash(party.ownInterests), names.orDash(party.contributions),
          names.orDash(party.addedValue), contributesTo(party),
        ]
      })
  }

  /// The propositions a party contributes to, and the failures it addresses.
  private func contributesTo(_ party: Stakeholder) -> String {
    var parts = party.propositions.map(names.proposition)
    let failures = (links.failuresByPartner[party.id] ?? []).compactMap(failureName)
    if !failures.isEmpty {
      parts.append(strings.format("report.partner.failures", names.list(failures)))
    }
    return names.list(parts)
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = Substring(self)
    while text.last == " " { text.removeLast() }
    return String(text)
  }
}
