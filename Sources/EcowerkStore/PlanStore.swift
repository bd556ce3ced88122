import EcowerkModel
import Glibc

/// Loading and saving plan files.
///
/// Saving is atomic and durable: the plan is written to a temporary file in the same folder,
/// flushed to disk, renamed over the plan, and then the folder is flushed too, so that after a
/// crash or power cut the plan is either the old version or the new one, never a mix.
public enum PlanStore {
  /// Loads and validates the plan at `path`. Changes nothing on disk.
  public static func load(_ path: String, limits: PlanLimits = .standard) throws(StoreError)
    -> Plan
  {
    try loadFile(path, limits: limits).plan
  }

  /// The plan and the bytes it was read from (to fingerprint the file without encoding the
  /// plan again).
  public static func loadFile(_ path: String, limits: PlanLimits = .standard) throws(StoreError)
    -> (plan: Plan, bytes: [UInt8])
  {
    let bytes = try read(path, limit: PlanFormat.maxFileBytes, tooLarge: PlanFormat.tooLarge)
    return (try PlanFile.decode(bytes, file: path, limits: limits), bytes)
  }

  /// Reads any file up to `limit` bytes (a spreadsheet to import), with a readable error.
  public static func readFile(_ path: String, limit: Int) throws(StoreError) -> [UInt8] {
    try read(path, limit: limit) { size in
      "the file is \(PlanFormat.bytes(size)); at most \(PlanFormat.bytes(limit)) is read"
    }
  }

  /// The file's bytes, or a store error saying why not; `tooLarge` words the refusal of a
  /// file of that many bytes.
  private static func read(
    _ path: String, limit: Int, tooLarge: (Int) -> String
  ) throws(StoreError) -> [UInt8] {
    do {
      return try FileIO.read(path, limit: limit)
    } catch {
      if error.code == EFBIG {
        throw StoreError(.tooLarge, file: path, message: tooLarge(error.size))
      }
      throw StoreError(.unreadable, file: path, message: "cannot be read: \(error.reason)")
    }
  }

  /// Flushes a folder so that a rename in it survives a power cut.
  static func syncFolder(_ folder: String) -> Bool {
    let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return fsync(fd) == 0
  }

  static func copy(_ bytes: [UInt8], to path: String, mode: mode_t) -> Bool {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    do {
      try FileIO.writeAll(fd, bytes)
    } catch {
      errno = error.code
      return false
    }
    return fsync(fd) == 0
  }
}
