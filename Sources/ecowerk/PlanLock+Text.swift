import EcowerkStore
import EcowerkStrings

extension Strings {
  /// Who holds a plan, for people: `anna on laptop-3 (process 4836, since 2026-11-29 10:15)`.
  func lockHolder(_ holder: PlanLock.Holder?) -> String {
    guard let holder else { return self["lock.someone"] }
    // `2026-11-29T10:15:02` as `2026-11-29 10:15`.
    let since = String(holder.since.prefix(16).map { $0 == "T" ? " " : $0 })
    return format("lock.holder", holder.user, holder.host, holder.pid, since)
  }

  /// Why no lock could be taken (a read-only folder, a lock file that keeps changing).
  func lockUnavailable(_ problem: StoreProblem, lockFile: String) -> String {
    format("lock.unavailable", words(problem, file: lockFile))
  }
}
