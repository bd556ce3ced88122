/// Texts of the panes' contents (the overview and the stakeholder field).
extension Strings {
  static let paneTexts: [String: Pair] = [
    "overview.plan": p("Het plan", "The plan"),
    "overview.horizon": p("{1} jaar: {2}–{3}", "{1} years: {2}–{3}"),
    "overview.systemFailures": p("Systeemfalen", "System failures"),
    "overview.transformationFailures": p("Transformatiefalen", "Transformation failures"),
    "overview.none": p("(nog niets genoteerd)", "(nothing noted yet)"),
    "overview.glance": p("In één oogopslag", "At a glance"),
    "overview.segments": p("Segmenten", "Segments"),
    "overview.segmentsValue": p(
      "{1} segmenten; {2} mkb'ers doen mee, doel {3} nieuwe",
      "{1} segments; {2} SMEs take part, target {3} new"),
    "overview.stakeholders": p("Stakeholders", "Stakeholders"),
    "overview.stakeholdersValue": p("{1} partijen, {2} in het MVE", "{1} parties, {2} in the MVE"),
    "overview.orchestrator": p("Orkestrator", "Orchestrator"),
    "overview.noOrchestrator": p("nog niemand", "nobody yet"),
    "overview.uncovered": p("Open ketenschakels", "Open chain links"),
    "overview.allCovered": p("alle schakels gedekt", "every link covered"),
    "overview.ngf": p("Zonder NGF", "Without NGF"),
    "overview.standsAlone": p(
      "staat het plan na {1} op eigen benen", "the plan stands alone after {1}"),
    "overview.needsNGF": p(
      "staat het plan na {1} nog niet op eigen benen", "the plan does not yet stand alone after {1}"
    ),

    "stakeholders.empty": p(
      "Nog geen stakeholders in dit plan.", "No stakeholders in this plan yet."),
    "stakeholders.mve": p("MVE {1} van {2}", "MVE {1} of {2}"),
    "stakeholders.openLinks": p("open schakels:", "open links:"),
    "stakeholders.none": p("geen", "none"),
    "stakeholders.orchestrator": p("orkestrator:", "orchestrator:"),
    "stakeholders.noOrchestrator": p("ontbreekt", "missing"),
    "stakeholders.missing": p("ontbreekt in MVE:", "missing in MVE:"),
    "quadrant.manageClosely": p("Nauw betrekken", "Manage closely"),
    "quadrant.keepSatisfied": p("Tevreden houden", "Keep satisfied"),
    "quadrant.keepInformed": p("Informeren", "Keep informed"),
    "quadrant.monitor": p("Monitoren", "Monitor"),
    "quadrant.more": p("… en nog {1}", "… and {1} more"),
    "quadrant.axes": p(
      "boven: invloed ≥ 3 · rechts: belang ≥ 3 · cijfers: invloed/belang",
      "top: influence ≥ 3 · right: interest ≥ 3 · figures: influence/interest"),
  ]
}
