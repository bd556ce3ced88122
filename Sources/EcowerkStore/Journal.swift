import EcowerkJSON
import EcowerkModel
import Glibc

/// The recovery journal: every edit since the last save, one line each, next to the plan.
///
/// If the workbench is killed (kill -9, a closed terminal, a power cut) the next start finds
/// the journal and offers to replay the edits onto the saved plan. A clean save or quit
/// removes it. Each line is written with one `write` call, so a kill can cut only the last line,
/// which reading reports and skips.
public final class Journal {
  /// The journal of the plan at `planPath`.
  public static func path(for planPath: String) -> String {
    FileIO.resolved(planPath) + ".journal"
  }

  public static let formatName = "ecowerk-journal"

  public let path: String
  private var fd: Int32 = -1
  private var needsSync = false

  /// A journal for the plan at `planPath`. Nothing is written until the first edit.
  public init(planPath: String) {
    path = Self.path(for: planPath)
  }

  deinit {
    if fd >= 0 { close(fd) }
  }

  /// Appends one edit. `time` is when it was made (local time, ISO 8601); `base` identifies
  /// the saved plan the edits apply to, written in the header when the journal starts.
  public func append(_ edit: Edit, time: String, base: String) throws(StoreError) {
    if fd < 0 {
      fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
      guard fd >= 0 else {
        throw StoreError(
          .notSaved, file: path,
          message: "the recovery journal cannot be written: \(FileIO.reason())")
      }
      var info = stat()
      if fstat(fd, &info) == 0, info.st_size == 0 {
        var header = JSONWriter(style: .compact)
        header.beginObject()
        header.field("format", Self.formatName)
        header.key("schemaVersion")
        header.integer(1)
        header.field("started", time)
        header.field("base", base)
        header.endObject()
        try write(header.bytes + [10])
      }
    }
    var line = JSONWriter(style: .compact)
    line.beginObject()
    line.field("time", time)
    line.key("edit")
    line.write(edit)
    line.endObject()
    try write(line.bytes + [10])
    needsSync = true
  }

  private func write(_ bytes: [UInt8]) throws(StoreError) {
    do {
      try FileIO.writeAll(fd, bytes)
    } catch {
      throw StoreError(
        .notSaved, file: path, message: "the recovery journal cannot be written: \(error.reason)")
    }
  }

  /// Flushes appended edits to the disk. Called when the workbench is idle, so that the cost of
  /// a flush is never paid while someone types.
  public func sync() {
    guard needsSync, fd >= 0 else { return }
    fdatasync(fd)
    needsSync = false
  }

  /// Removes the journal: the plan on disk holds everything (after a save) or the user chose
  /// to discard the edits.
  public func discard() {
    if fd >= 0 {
      close(fd)
      fd = -1
    }
    unlink(path)
    needsSync = false
  }

  /// What a journal on disk holds.
  public struct Contents: Sendable {
    public var started: String
    /// Identifies the saved plan the edits were made against.
    public var base: String
    public var entries: [(time: String, edit: Edit)]
    /// A line that could not be read (a cut last line, damage), if any; later lines are skipped.
    public var damage: StoreError?
  }

  /// Reads the journal of a plan, or nil when there is none (or it holds no edits).
  public static func read(planPath: String) throws(StoreError) -> Contents? {
    let path = Self.path(for: planPath)
    guard FileIO.exists(path) else { return nil }
    let bytes: [UInt8]
    do {
      bytes = try FileIO.read(path, limit: PlanFormat.maxFileBytes)
    } catch {
      throw StoreError(.unreadable, file: path, message: "cannot be read: \(error.reason)")
    }
    let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
    guard let first = lines.first, !first.isEmpty else { return nil }
    var contents = Contents(started: "", base: "", entries: [], damage: nil)
    do {
      let header = try JSONParser.parse(Array(first))
      guard case .object(let object) = header.value,
        case .string(Self.formatName)? = object["format"]?.value
      else {
        throw StoreError(
          .invalid, file: path, line: 1, message: "this is not an ecowerk recovery journal")
      }
      if case .string(let started)? = object["started"]?.value { contents.started = started }
      if case .string(let base)? = object["base"]?.value { contents.base = base }
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(
        .invalid, file: path, line: 1, message: "the journal's first line is damaged")
    }
    for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
      do {
        let node = try JSONParser.parse(Array(line))
        var reader = JSONReader()
        guard case .object(let object) = node.value, let editNode = object["edit"],
          case .string(let time)? = object["time"]?.value
        else {
          throw StoreError(.invalid, file: path, line: index + 1, message: "not a journal entry")
        }
        contents.entries.append((time, try reader.edit(editNode)))
      } catch let error as StoreError {
        contents.damage = error
        break
      } catch let error as JSONParseError {
        contents.damage = StoreError(
          .invalid, file: path, line: index + 1,
          message: index == lines.count - 2 || index == lines.count - 1
            ? "the last entry was cut off (\(error.message))" : error.message)
        break
      } catch let error as DecodeError {
        contents.damage = StoreError(
          .invalid, file: path, line: index + 1, path: error.path, message: error.message)
        break
      } catch {
        contents.damage = StoreError(
          .invalid, file: path, line: index + 1, message: "the entry could not be read")
        break
      }
    }
    return contents
  }

  /// A short fingerprint of a saved plan's bytes (FNV-1a, 64 bits), to tell whether the plan
  /// on disk is still the one the journal's edits were made against.
  public static func fingerprint(_ bytes: [UInt8]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}
