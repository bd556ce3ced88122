import EcowerkModel

/// The recovery offer at start: replay the journal's edits, keep the saved plan, or look at
/// the edits first.
extension Workbench {
  static func handleRecovery(_ command: Command?, _ offer: RecoveryOffer, _ state: inout AppState)
    -> [Effect]
  {
    var offer = offer
    switch command {
    case .answerRecover:
      state.mode = .normal
      return recover(offer.edits, &state)
    case .answerOpenSaved:
      state.mode = .normal
      state.status = StatusMessage(state.strings["recovery.discarded"])
      return [.discardJournal]
    case .answerShowEdits:
      offer.showingEdits.toggle()
      state.mode = .recovery(offer)
    case .cancel:
      offer.showingEdits = false
      state.mode = .recovery(offer)
    default:
      break
    }
    return []
  }

  /// Replays the recovered edits (`Plan.replay`): each undoable and held to the loader's
  /// rules, an edit the plan already holds skipped, the first that does not fit stopping it.
  ///
  /// The edits applied are journalled again: the journal then describes exactly what the
  /// workbench holds against the plan on disk (the old journal is replaced in one step when
  /// the first of them is written).
  static func recover(_ edits: [Edit], _ state: inout AppState) -> [Effect] {
    let replay = state.plan.replay(edits)
    for edit in replay.applied {
      let before = state.version
      state.version = state.history.record(edit, at: state.version)
      state.recordChange(edit, from: before, to: state.version)
    }
    let strings = state.strings
    if replay.stoppedAt != nil {
      state.status = StatusMessage(
        strings.format("recovery.partial", replay.applied.count + replay.held, edits.count),
        .error)
    } else if replay.held > 0, replay.applied.isEmpty {
      state.status = StatusMessage(
        strings.format("recovery.allHeld", strings.count(replay.held, "count.change")))
    } else if replay.held > 0 {
      state.status = StatusMessage(
        state.keyed(
          strings.format(
            "recovery.alreadyHeld", strings.count(replay.applied.count, "count.change"),
            strings.count(replay.held, "count.change"))))
    } else {
      state.status = StatusMessage(
        state.keyed(
          strings.format("recovery.done", strings.count(replay.applied.count, "count.change"))))
    }
    // Nothing applied: the journal holds nothing the plan lacks.
    guard !replay.applied.isEmpty else {
      return replay.held == edits.count ? [.discardJournal] : []
    }
    return replay.applied.map { .journal($0) }
  }
}

/// The question at start, or the list of edits it is about.
enum RecoveryDialog {
  static func draw(
    _ offer: RecoveryOffer, _ state: AppState, into grid: inout CellGrid, in rect: Rect
  ) {
    let s = state.strings
    grid.fill(rect)
    grid.heading(
      s["recovery.title"], x: rect.x, y: rect.y, width: rect.width, glyphs: state.settings.glyphs)
    var lines: [(String, Style)] = []
    if offer.showingEdits {
      var plan = state.plan
      for (index, edit) in offer.edits.enumerated() {
        let before = plan
        guard (try? plan.apply(edit)) != nil else {
          lines.append((s["recovery.doesNotFit"], .colored(.bad, bold: true)))
          break
        }
        let text = EditDescription.describe(
          edit, before: before, after: plan, strings: s, rubric: state.rubric)
        lines.append(("\(index + 1). \(text)", .plain))
      }
      lines.append(("", .plain))
      for line in QuestionLines.lines(.recovery, state).suffix(1) { lines.append((line, .muted)) }
    } else {
      lines.append(
        (
          s.format(
            "recovery.found", s.count(offer.edits.count, "count.change"), s.moment(offer.first),
            s.moment(offer.last)),
          Style(bold: true)
        ))
      if offer.planChanged {
        lines.append((s["recovery.planChanged"], .colored(.warning, bold: true)))
      }
      if let damage = offer.damage {
        lines.append((s.format("recovery.damaged", damage), .colored(.warning)))
      }
      lines.append(("", .plain))
      for line in QuestionLines.lines(.recovery, state).dropLast() { lines.append((line, .plain)) }
    }
    let body = Rect(x: rect.x + 1, y: rect.y + 2, width: rect.width - 2, height: rect.height - 2)
    var y = body.y
    for (text, style) in lines {
      for line in wrap(text, body.width) {
        guard y < body.maxY else { return }
        grid.text(line, x: body.x, y: y, style: style, clip: body)
        y += 1
      }
    }
  }

  private static func wrap(_ text: String, _ width: Int) -> [String] {
    text.isEmpty ? [""] : TextLayoutBridge.wrap(text, width)
  }
}
