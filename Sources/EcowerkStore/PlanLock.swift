import Glibc

/// One writer per plan: an exclusive `flock` on a lock file beside the plan (`.NAME.lock`).
///
/// The lock is on a separate file because a lock on the plan itself would be lost at the
/// first save, which renames a new file over it. The kernel drops the lock when its process
/// ends, however it ends, so a killed workbench leaves no stale lock; the file's text (who,
/// where, since when) is only read to tell a second workbench who holds the plan.
public final class PlanLock {
  /// Who holds a plan, as its lock file says.
  public struct Holder: Hashable, Sendable {
    public var user: String
    public var host: String
    public var pid: Int32
    public var since: String
  }

  public enum Outcome {
    case acquired(PlanLock)
    /// Another process holds it; nil when its lock file cannot be read.
    case heldBy(Holder?)
    /// No lock file can be made (a read-only folder); `reason` says why.
    case unavailable(reason: String)
    /// Something other than a lock file ecowerk made is where the lock file goes: a symbolic
    /// link (never followed: opening the plan would write wherever it points), a FIFO, a
    /// folder, a file with other names. The error names it; the plan is opened read-only.
    case refused(StoreError)
  }

  private var fd: Int32
  public let path: String

  private init(fd: Int32, path: String) {
    self.fd = fd
    self.path = path
  }

  deinit { release() }

  /// The lock file of the plan at `planPath`.
  public static func lockPath(for planPath: String) -> String {
    let target = FileIO.resolved(planPath)
    return FileIO.directory(of: target) + "/." + FileIO.fileName(of: target) + ".lock"
  }

  /// Takes the lock of the plan at `planPath` for this process, writing who holds it and
  /// since when (`now`, as the caller's clock says it).
  public static func acquire(for planPath: String, now: String) -> Outcome {
    let path = lockPath(for: planPath)
    for _ in 0..<10 {
      let fd: Int32
      do {
        fd = try FileIO.openOwn(path, O_RDWR | O_CREAT, mode: 0o644, role: .lock)
      } catch {
        if let problem = error.problem {
          return .refused(StoreError(.unreadable, file: path, problem: problem))
        }
        return .unavailable(reason: error.reason)
      }
      if flock(fd, LOCK_EX | LOCK_NB) != 0 {
        let code = errno
        let holder = read(fd)
        close(fd)
        if code == EWOULDBLOCK { return .heldBy(holder) }
        return .unavailable(reason: FileIO.reason(code))
      }
      // The holder before us may have removed the file between our open and our lock: then
      // this lock is on a file nobody else will find, so start again.
      var opened = stat()
      var current = stat()
      guard fstat(fd, &opened) == 0, stat(path, &current) == 0,
        opened.st_ino == current.st_ino, opened.st_dev == current.st_dev
      else {
        close(fd)
        continue
      }
      let holder = Holder(user: userName(), host: hostName(), pid: getpid(), since: now)
      let text = "user=\(holder.user)\nhost=\(holder.host)\npid=\(holder.pid)\nsince=\(now)\n"
      ftruncate(fd, 0)
      _ = Array(text.utf8).withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
      fsync(fd)
      return .acquired(PlanLock(fd: fd, path: path))
    }
    return .unavailable(reason: "the lock file keeps changing")
  }

  /// Gives the plan free: the file goes first, while still locked, so nobody locks it after.
  public func release() {
    guard fd >= 0 else { return }
    unlink(path)
    close(fd)
    fd = -1
  }

  private static func read(_ fd: Int32) -> Holder? {
    var buffer = [UInt8](repeating: 0, count: 512)
    let count = pread(fd, &buffer, buffer.count, 0)
    guard count > 0 else { return nil }
    var fields: [String: String] = [:]
    for line in String(decoding: buffer[..<count], as: UTF8.self).split(separator: "\n") {
      guard let equals = line.firstIndex(of: "=") else { continue }
      fields[String(line[..<equals])] = String(line[line.index(after: equals)...])
    }
    guard let pidText = fields["pid"], let pid = Int32(pidText) else { return nil }
    return Holder(
      user: fields["user"] ?? "?", host: fields["host"] ?? "?", pid: pid,
      since: fields["since"] ?? "?")
  }

  private static func userName() -> String {
    if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
      return String(cString: name)
    }
    return getenv("USER").map { String(cString: $0) } ?? "uid \(geteuid())"
  }

  private static func hostName() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "?" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
