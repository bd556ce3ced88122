import EcowerkModel
import EcowerkReport
import EcowerkStore
import EcowerkStrings

/// `ecowerk diff OLD NEW [--format text|md|json]`: what changed between two plan files.
struct DiffOptions: Equatable {
  var old: String
  var new: String
  var format: DiffFormat = .text
  /// Called by git as an external diff driver (`diff.ecowerk.command`): git gives seven
  /// arguments — the path, then the old file, its hash and mode, then the new one's — and
  /// takes any exit status but 0 as a failure.
  var gitPath: String?

  init(old: String, new: String, format: DiffFormat = .text, gitPath: String? = nil) {
    self.old = old
    self.new = new
    self.format = format
    self.gitPath = gitPath
  }

  /// Reads the words after `diff`: two plans, or git's seven arguments.
  init(_ words: [String], format: String?) throws(UsageError) {
    switch words.count {
    case 2: self.init(old: words[0], new: words[1])
    case 7: self.init(old: words[1], new: words[4], gitPath: words[0])
    default: throw UsageError("usage.diffNeedsFiles")
    }
    if let format {
      guard let parsed = DiffFormat(argument: format) else {
        throw UsageError("usage.badDiffFormat", format)
      }
      self.format = parsed
    }
  }
}

enum DiffFormat: String, Equatable {
  case text
  case md
  case json

  init?(argument: String) {
    switch argument.lowercased() {
    case "text", "txt": self = .text
    case "md", "markdown": self = .md
    case "json": self = .json
    default: return nil
    }
  }
}

/// Exit 0 when the plans are equal, 1 when they differ (like `diff`), 2 when one cannot be
/// read; as git's diff driver always 0 unless a plan cannot be read.
struct DiffCommand {
  var strings: Strings
  var options: DiffOptions

  /// The exit status of trouble, as `diff` has it.
  static let trouble: Int32 = 2

  func run() -> Int32 {
    let old: Plan
    let new: Plan
    do {
      new = try load(options.new, or: nil)
      old = try load(options.old, or: new)
    } catch {
      Console.error(strings.format("cli.error", strings.describe(error)))
      return Self.trouble
    }
    let diff = PlanDiff(from: old, to: new)
    let (oldName, newName) =
      options.gitPath.map { ("a/" + $0, "b/" + $0) } ?? (options.old, options.new)
    switch options.format {
    case .text:
      Console.output(
        ChangeListing.text(diff, old: oldName, new: newName, plan: new, strings: strings))
    case .md:
      Console.output(
        ChangeListing.markdown(diff, old: oldName, new: newName, plan: new, strings: strings))
    case .json:
      Console.output(
        ChangeListing.json(diff, old: oldName, new: newName, plan: new, strings: strings))
    }
    if options.gitPath != nil { return ExitStatus.success }
    return diff.isEmpty ? ExitStatus.success : ExitStatus.failure
  }

  /// The plan at `path`; git's `/dev/null` for a plan that did not exist yet (or no longer
  /// does) is an empty plan, so that everything in the other one reads as added (or removed).
  private func load(_ path: String, or other: Plan?) throws(StoreError) -> Plan {
    if options.gitPath != nil && path == "/dev/null" {
      return Plan(startYear: other?.startYear ?? Clock.today().year)
    }
    return try PlanStore.load(path)
  }
}
