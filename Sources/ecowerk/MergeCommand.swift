import EcowerkModel
import EcowerkReport
import EcowerkStore
import EcowerkStrings
import Glibc

/// `ecowerk merge BASE OURS THEIRS [-o OUT] [--path PLAN]`, also git's merge driver
/// (`ecowerk merge %O %A %B --path %P`).
struct MergeOptions: Equatable {
  var base: String
  var ours: String
  var theirs: String
  /// Where the merged plan goes; into OURS when nil (what git expects of a driver).
  var output: String?
  /// The plan's own path when OURS is a temporary copy (git's `%P`): the conflicts go beside
  /// it, where the workbench finds them, and no backup of the temporary file is kept.
  var path: String?
}

/// Writes the merged plan (durably, through the store) and exits 0 on a clean merge; with
/// conflicts the plan keeps ours for each, the conflicts are listed on standard error and
/// written beside the plan (`PLAN.conflicts.json`) for the workbench, and it exits 1. A plan
/// that cannot be read changes nothing and exits 2.
struct MergeCommand {
  var strings: Strings
  var options: MergeOptions

  func run() -> Int32 {
    let base: Plan
    let ours: Plan
    let theirs: Plan
    // Git gives an empty base when both sides added the plan on their own: two plans that
    // never were one, which no merge should pretend to combine.
    var info = stat()
    if stat(options.base, &info) == 0 && info.st_size == 0 {
      Console.error(strings.format("cli.error", strings.format("merge.noBase", options.base)))
      return DiffCommand.trouble
    }
    do {
      base = try PlanStore.load(options.base)
      ours = try PlanStore.load(options.ours)
      theirs = try PlanStore.load(options.theirs)
    } catch {
      Console.error(strings.format("cli.error", strings.describe(error)))
      return DiffCommand.trouble
    }
    let target = options.output ?? options.ours
    var lock: PlanLock?
    switch PlanLock.acquire(for: target, now: Clock.timestamp()) {
    case .acquired(let acquired): lock = acquired
    case .heldBy(let holder):
      Console.error(
        strings.format(
          "cli.error", strings.format("merge.held", strings.lockHolder(holder), target)))
      return DiffCommand.trouble
    case .unavailable: break
    case .refused(let error):
      Console.error(strings.format("cli.error", strings.describe(error)))
      return DiffCommand.trouble
    }
    defer { lock?.release() }

    let merge = PlanMerge(base: base, ours: ours, theirs: theirs)
    let bytes = PlanFile.encode(merge.plan)
    // A temporary copy git made needs no backup beside it; a plan a person merges into does.
    let isTemporary = options.path != nil || FilePath.name(of: target).hasPrefix(".merge_file_")
    do {
      try PlanStore.write(bytes, to: target, keepBackup: options.output == nil && !isTemporary)
    } catch {
      Console.error(strings.format("cli.error", strings.describe(error)))
      return ExitStatus.failure
    }
    for (old, new) in merge.renamed.sorted(by: { $0.key < $1.key }) {
      Console.error(strings.format("merge.renamed", old, new))
    }
    let plan = options.path ?? target
    guard !merge.isClean else {
      Console.error(strings.format("merge.clean", plan))
      return ExitStatus.success
    }
    let words = ChangeWords(strings: strings, names: merge.names, plan: merge.plan)
    let texts = merge.conflicts.map(words.sentence)
    for text in texts { Console.error("  " + text) }
    let conflicts = ConflictFile(
      plan: Journal.fingerprint(bytes), conflicts: merge.conflicts, texts: texts,
      names: merge.names)
    let file = ConflictFile.path(for: plan)
    do {
      try conflicts.save(to: file)
    } catch {
      Console.error(strings.format("cli.error", strings.describe(error)))
      return ExitStatus.failure
    }
    let count = merge.conflicts.count
    Console.error(
      count == 1
        ? strings.format("merge.conflicts.one", file, plan)
        : strings.format("merge.conflicts.other", strings.number(count), file, plan))
    return ExitStatus.failure
  }
}
