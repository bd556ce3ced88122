import EcowerkJSON
import EcowerkModel
import Glibc

/// Reading a journal back at start, and working out which of its edits the plan on disk does
/// not hold yet.
extension Journal {
  /// What a journal on disk holds.
  public struct Contents: Sendable {
    public var started: String
    /// Identifies the saved plan the edits were made against.
    public var base: String
    public var entries: [(time: String, edit: Edit)]
    /// The saves the session began: the fingerprint of the version each put in place and how
    /// many entries came before it.
    public var saves: [(fingerprint: String, after: Int)] = []
    /// A line that could not be read (a cut last line, damage, a journal larger than is read),
    /// if any; later lines are skipped.
    public var damage: StoreError?

    /// The edits the plan on disk (with fingerprint `planFingerprint`) does not hold yet, and
    /// whether the plan was changed by someone else since they were made.
    ///
    /// The plan holds every edit up to a save whose version it is — a save that completed,
    /// though the journal was not removed (a kill in between). It holds none when it is still
    /// the version the journal started from. When it is neither, someone else changed it, and
    /// the edits since the last save this session began are offered, to be checked one by one.
    public func unsaved(planFingerprint: String) -> (
      entries: [(time: String, edit: Edit)], planChanged: Bool
    ) {
      if let save = saves.last(where: { $0.fingerprint == planFingerprint }) {
        return (Array(entries[save.after...]), false)
      }
      if base == planFingerprint { return (entries, false) }
      return (Array(entries[(saves.last?.after ?? 0)...]), true)
    }
  }

  /// Reads the journal of a plan, or nil when there is none (or it holds no edits). A journal
  /// larger than `maxBytes` is read up to there, and the rest reported as damage.
  public static func read(planPath: String, maxBytes: Int = Journal.maxBytes) throws(StoreError)
    -> Contents?
  {
    let path = Self.path(for: planPath)
    guard FileIO.exists(path) else { return nil }
    let bytes: [UInt8]
    let cut: Bool
    do {
      (bytes, cut) = try FileIO.readOwn(path, limit: maxBytes, role: .journal)
    } catch {
      throw PlanStore.unreadable(error, path)
    }
    var lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
    if cut { lines.removeLast() }  // the part of a line before the limit
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
    let limits = lineLimits
    for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
      do {
        let node = try JSONParser.parse(Array(line), limits: limits)
        guard case .object(let object) = node.value else {
          throw StoreError(.invalid, file: path, line: index + 1, message: "not a journal entry")
        }
        if case .string(let saved)? = object["saved"]?.value, object.members.count == 1 {
          contents.saves.append((saved, contents.entries.count))
          continue
        }
        var reader = JSONReader()
        reader.source = Array(line)
        guard let editNode = object["edit"], case .string(let time)? = object["time"]?.value
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
    if cut && contents.damage == nil {
      contents.damage = StoreError(
        .invalid, file: path, line: lines.count + 1,
        message: "the journal is larger than \(PlanFormat.bytes(maxBytes)); "
          + "the edits after this line were not read")
    }
    return contents
  }

  /// One line holds one edit, which may carry a whole entity (a Theory of Change subtree, a
  /// stakeholder with every text at its limit): the plan's limits, with room for the nesting
  /// of the line around the entity.
  static var lineLimits: JSONParser.Limits {
    var limits = PlanFile.parserLimits(.standard)
    limits.maxDepth += 16
    return limits
  }
}
