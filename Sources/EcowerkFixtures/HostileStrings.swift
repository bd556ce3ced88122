import EcowerkModel

/// Text a plan file that arrives by e-mail could carry to harm the person who opens it: escape
/// sequences a terminal would act on (clear, recolour, retitle, hyperlink, write the clipboard),
/// control characters that move the cursor or overprint, bidi controls that make a line read
/// differently from what it holds, characters that break column alignment, and markup or
/// formulas a snapshot's reader would run. Each is short, names what it attacks, and most end in
/// a visible marker so a test can see that the text itself is still shown.
public enum HostileStrings {
  /// Every hostile string, each one attack (or a close family of them).
  public static let all: [String] = terminal + controls + bidi + layout + markup

  /// Escape sequences: ESC, CSI in both its 7-bit and 8-bit forms, OSC, DCS, APC and PM.
  public static let terminal: [String] = [
    "\u{1B}[2J\u{1B}[Hcleared",  // clear the screen, cursor home
    "\u{1B}[31mred\u{1B}[0m",  // SGR colour
    "\u{1B}[?1049lmain screen",  // leave the alternate screen
    "\u{1B}[6nreport",  // cursor position report: the terminal types into stdin
    "\u{1B}]0;pwned title\u{07}title",  // OSC 0: window title, BEL-terminated
    "\u{1B}]2;pwned\u{1B}\\title2",  // OSC 2: window title, ST-terminated
    "\u{1B}]8;;https://evil.example/\u{1B}\\click\u{1B}]8;;\u{1B}\\",  // OSC 8 hyperlink
    "\u{1B}]52;c;cm0gLXJmIH4=\u{07}clipboard",  // OSC 52: write the clipboard
    "\u{1B}P+q544e\u{1B}\\dcs",  // DCS: request terminal capabilities
    "\u{9B}2Jc1 csi",  // 8-bit CSI U+009B
    "\u{9D}0;title\u{9C}c1 osc",  // 8-bit OSC U+009D, ST U+009C
    "\u{90}dcs\u{9C}\u{9E}pm\u{9C}\u{9F}apc\u{9C}c1",  // DCS, PM, APC
    "\u{1B}_apc\u{1B}\\\u{1B}^pm\u{1B}\\esc",  // 7-bit APC and PM
  ]

  /// C0 controls, DEL and the C1 range, including those that move the cursor.
  public static let controls: [String] = [
    "nul\u{0}byte",
    "bell\u{07}\u{07}\u{07}",
    "back\u{08}\u{08}\u{08}\u{08}overprint",  // backspaces
    "carriage\rreturn",  // a lone CR overprints the line
    "crlf\r\nline",
    "line\nfeed\n\nparagraph",
    "tab\there\u{0B}vt\u{0C}ff",
    "shift\u{0E}out\u{0F}in",
    "\u{01}\u{02}\u{03}\u{04}\u{05}\u{06}\u{10}\u{11}\u{12}\u{13}\u{14}\u{15}\u{16}\u{17}c0",
    "\u{18}\u{19}\u{1A}\u{1C}\u{1D}\u{1E}\u{1F}c0 end",
    "del\u{7F}\u{7F}",
    "\u{80}\u{81}\u{85}\u{8D}\u{8E}\u{8F}\u{9A}c1 rest",  // C1 incl. NEL, RI, SS2, SS3
    "\u{2028}line separator\u{2029}paragraph separator",
  ]

  /// Bidi marks, embeddings, overrides and isolates (Trojan Source).
  public static let bidi: [String] = [
    "\u{202E}override right-to-left\u{202C}",
    "\u{202D}override\u{202C} \u{202A}embed\u{202C} \u{202B}rtl embed\u{202C}",
    "\u{2066}isolate\u{2069} \u{2067}rtl\u{2069} \u{2068}first strong\u{2069}",
    "\u{200E}lrm \u{200F}rlm \u{061C}alm",
    "access = \"user\u{202E} \u{2066}// admin\u{2069} \u{2066}\"",  // the CVE-2021-42574 shape
  ]

  /// Characters that break column alignment: zero width, combining, wide, very long.
  public static let layout: [String] = [
    "zero\u{200B}width\u{200C}non\u{200D}joiner\u{2060}word\u{FEFF}bom",
    "👩‍👩‍👧‍👦 family 🏳️‍🌈 flag 🇳🇱 nl",  // ZWJ sequences and a flag
    "e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}\u{308}\u{309} stacked marks",
    "Z\u{36B}\u{303}\u{36A}\u{314}\u{350}\u{33E}\u{300}a\u{35B}\u{357}\u{350}l\u{36E}go",
    "全角文字の非常に長い名前、東京都千代田区丸の内一丁目",  // wide CJK
    "🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥",  // wide emoji
    "\u{FF21}\u{FF22}\u{FF23} fullwidth \u{3000}ideographic space",
    String(repeating: "W", count: 400),  // longer than any column
    "",  // empty
    " \u{A0}\u{2003}\u{3000} ",  // only spaces of several widths
  ]

  /// Markup, formulas and separators a snapshot's reader would interpret.
  public static let markup: [String] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</td></tr></table><h1>broken out</h1><!--",
    "&lt;entity&gt; &amp; &#x1b;",
    "**bold** _em_ `code` [link](javascript:alert(1)) ![img](http://x/y.png)",
    "# heading\n- list\n> quote\n| a | b |\n|---|---|",
    "pipe | in | table \\| escaped",
    "=HYPERLINK(\"http://evil.example\";\"klik\")",
    "+1+1",
    "-2+3",
    "@SUM(A1:A9)",
    "=\u{301}cmd|' /C calc'!A0",  // a combining mark makes "=" part of a larger character
    "\t=1+1",  // a tab before the formula
    "\r=1+1",
    "semi;colon,comma\"quote\"'apostrophe'",
    "\"\"\"triple\"\"\"",
    "trailing backslash\\",
  ]
}

extension HostileStrings {
  /// `plan` with `text` in every text field of every entity and `[text, text]` in every list
  /// of texts, set through the same field edits the workbench makes.
  public static func filling(_ plan: Plan, with text: String) -> Plan {
    filling(plan) { _, _ in text }
  }

  /// `plan` with every text field set to `text(ref, field)` and every list of texts to two
  /// copies of it.
  public static func filling(
    _ plan: Plan, with text: (EntityRef, Field) -> String
  ) -> Plan {
    var result = plan
    for ref in plan.allRefs {
      for field in ref.fields {
        let value: FieldValue
        switch result.value(of: field, at: ref) {
        case .text: value = .text(text(ref, field))
        case .texts: value = .texts([text(ref, field), text(ref, field)])
        default: continue
        }
        // An edit is refused only when the value is already there, which is fine.
        if let edit = result.setting(field, of: ref, to: value) {
          try? result.apply(edit)
        }
      }
    }
    return result
  }

  /// Every text and list-of-texts field of every entity in `plan`.
  public static func textFields(of plan: Plan) -> [(EntityRef, Field)] {
    plan.allRefs.flatMap { ref in
      ref.fields.compactMap { field -> (EntityRef, Field)? in
        switch plan.value(of: field, at: ref) {
        case .text, .texts: return (ref, field)
        default: return nil
        }
      }
    }
  }
}

extension HostileStrings {
  /// `plan` with every entity id replaced by `text` and a number, and every reference changed
  /// to match: an id is free text in a file, so it can carry an attack too.
  public static func renamingIDs(_ plan: Plan, with text: String) -> Plan {
    var renamer = IDRenamer(text: text)
    var p = plan
    for i in p.systemFailures.indices { renamer.rename(&p.systemFailures[i]) }
    for i in p.transformationFailures.indices { renamer.rename(&p.transformationFailures[i]) }
    for i in p.segments.indices {
      renamer.rename(&p.segments[i].id)
      for j in p.segments[i].pains.indices { renamer.rename(&p.segments[i].pains[j].id) }
      for j in p.segments[i].gains.indices { renamer.rename(&p.segments[i].gains[j].id) }
      for j in p.segments[i].barriers.indices { renamer.rename(&p.segments[i].barriers[j].id) }
      for j in p.segments[i].conversations.indices {
        renamer.rename(&p.segments[i].conversations[j].id)
      }
      renamer.rename(&p.segments[i].ambassadors)
    }
    for i in p.propositions.indices {
      renamer.rename(&p.propositions[i].id)
      renamer.rename(&p.propositions[i].segments)
      renamer.rename(&p.propositions[i].relieves)
      renamer.rename(&p.propositions[i].creates)
      renamer.rename(&p.propositions[i].removes)
    }
    for i in p.chainLinks.indices { renamer.rename(&p.chainLinks[i].id) }
    for i in p.stakeholders.indices {
      renamer.rename(&p.stakeholders[i].id)
      renamer.rename(&p.stakeholders[i].chainLinks)
      renamer.rename(&p.stakeholders[i].propositions)
    }
    for i in p.jointOrganisation.indices {
      renamer.rename(&p.jointOrganisation[i].id)
      var arrangements: [StakeholderID: Arrangement] = [:]
      for (partner, arrangement) in p.jointOrganisation[i].arrangements {
        arrangements[renamer.renamed(partner)] = arrangement
      }
      p.jointOrganisation[i].arrangements = arrangements
    }
    for i in p.businessModels.indices {
      renamer.rename(&p.businessModels[i].id)
      renamer.rename(&p.businessModels[i].propositions)
      renamer.rename(&p.businessModels[i].segments)
    }
    for i in p.finance.indices {
      for j in p.finance[i].contributions.indices {
        renamer.rename(&p.finance[i].contributions[j].partner)
      }
    }
    for i in p.reviews.indices { renamer.rename(&p.reviews[i].id) }
    for i in p.theoryOfChange.indices { renamer.rename(&p.theoryOfChange[i]) }
    for i in p.changeLinks.indices {
      renamer.rename(&p.changeLinks[i].id)
      renamer.rename(&p.changeLinks[i].from)
      renamer.rename(&p.changeLinks[i].to)
      for j in p.changeLinks[i].assumptions.indices {
        renamer.rename(&p.changeLinks[i].assumptions[j].id)
      }
    }
    for i in p.actions.indices {
      renamer.rename(&p.actions[i].id)
      if let owner = p.actions[i].owner { p.actions[i].owner = renamer.renamed(owner) }
      if let node = p.actions[i].node { p.actions[i].node = renamer.renamed(node) }
      for j in p.actions[i].kpis.indices { renamer.rename(&p.actions[i].kpis[j]) }
    }
    for i in p.pilots.indices {
      renamer.rename(&p.pilots[i].id)
      if let segment = p.pilots[i].segment { p.pilots[i].segment = renamer.renamed(segment) }
      if let proposition = p.pilots[i].proposition {
        p.pilots[i].proposition = renamer.renamed(proposition)
      }
      for j in p.pilots[i].painPoints.indices { renamer.rename(&p.pilots[i].painPoints[j].id) }
      for j in p.pilots[i].criteria.indices {
        renamer.rename(&p.pilots[i].criteria[j].id)
        if let kpi = p.pilots[i].criteria[j].kpi {
          p.pilots[i].criteria[j].kpi = renamer.renamed(kpi)
        }
      }
    }
    return p
  }
}

/// Gives each id a new name the first time it is met, as an entity or as a reference, so the
/// order in which the plan is walked does not matter. Names are kept per kind of entity, so a
/// hand-made plan that reuses an id across kinds still gets unique new ones.
private struct IDRenamer {
  let text: String
  var names: [String: String] = [:]

  mutating func renamed<T>(_ id: EntityID<T>) -> EntityID<T> {
    let key = "\(T.self) \(id.rawValue)"
    if let known = names[key] { return EntityID(known) }
    let name = "\(text)#\(names.count + 1)"
    names[key] = name
    return EntityID(name)
  }

  mutating func rename<T>(_ id: inout EntityID<T>) { id = renamed(id) }

  mutating func rename<T>(_ ids: inout [EntityID<T>]) { ids = ids.map { renamed($0) } }

  mutating func rename(_ failure: inout Failure) {
    rename(&failure.id)
    rename(&failure.parties)
    rename(&failure.between)
    rename(&failure.propositions)
    rename(&failure.partners)
  }

  mutating func rename(_ node: inout ChangeNode) {
    rename(&node.id)
    if let owner = node.owner { node.owner = renamed(owner) }
    rename(&node.segments)
    rename(&node.systemFailures)
    rename(&node.transformationFailures)
    for i in node.assumptions.indices { rename(&node.assumptions[i].id) }
    for i in node.kpis.indices { rename(&node.kpis[i]) }
    for i in node.children.indices { rename(&node.children[i]) }
  }

  mutating func rename(_ kpi: inout KPI) {
    rename(&kpi.id)
    if let cause = kpi.causeAssumption { kpi.causeAssumption = renamed(cause) }
    for i in kpi.measurements.indices { rename(&kpi.measurements[i].id) }
  }
}
