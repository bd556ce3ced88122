import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// FIFOs, devices, folders and sockets where a file is expected: never replaced by a regular
/// file, written into when they are an output (a FIFO, a character device), refused at once
/// when they are an input — reading a FIFO nobody writes would hang, `/dev/zero` never ends.
@Suite struct SpecialFileTests {
  /// A Unix socket at `path`, bound and left to be found.
  static func socket(at path: String) throws -> Int32 {
    let fd = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { buffer in
      for (index, byte) in path.utf8.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    guard bound == 0 else { throw CocoaError(.fileWriteUnknown) }
    return fd
  }

  enum Input: String, CaseIterable, Sendable {
    case fifo, devZero, devNull, folder, socket
  }

  static func make(_ input: Input, in folder: TemporaryFolder) throws -> (String, FileType) {
    switch input {
    case .fifo:
      let path = folder.file("plan.fifo")
      #expect(mkfifo(path, 0o644) == 0)
      return (path, .fifo)
    case .devZero: return ("/dev/zero", .characterDevice)
    case .devNull: return ("/dev/null", .characterDevice)
    case .folder: return (folder.path, .directory)
    case .socket:
      let path = folder.file("plan.sock")
      _ = try socket(at: path)
      return (path, .socket)
    }
  }

  /// Everything written into the FIFO at `path` until its writer closes it.
  static func readToEnd(_ path: String) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return [] }
    defer { close(fd) }
    var result: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = read(fd, &buffer, buffer.count)
      if count <= 0 { return result }
      result += buffer[0..<count]
    }
  }

  /// A reader that goes away before the end makes the write fail, and does not end the
  /// process with SIGPIPE (the workbench would go with it).
  @Test func aReaderThatGoesAwayFailsTheWriteInsteadOfEndingTheProcess() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("out.fifo")
    #expect(mkfifo(path, 0o644) == 0)
    let reader = Thread.detachNewThreadWithResult {
      let fd = open(path, O_RDONLY)
      var byte: UInt8 = 0
      _ = read(fd, &byte, 1)
      close(fd)
      return byte
    }
    #expect(throws: StoreError.self) {
      try PlanStore.writeOutput(
        [UInt8](repeating: 65, count: 1_048_576), to: path, waitForReader: true)
    }
    #expect(reader.wait() == 65)
  }

  /// The errors of reading `path` as a plan, as a spreadsheet and as a rubric; nil where it
  /// was read.
  static func readErrors(_ path: String) -> [StoreError?] {
    var errors: [StoreError?] = []
    do { _ = try PlanStore.load(path); errors.append(nil) } catch { errors.append(error) }
    do {
      _ = try PlanStore.readFile(path, limit: 1_000)
      errors.append(nil)
    } catch { errors.append(error) }
    do { _ = try RubricFile.load(path); errors.append(nil) } catch { errors.append(error) }
    return errors
  }

  /// Every way a file is read — a plan, a spreadsheet, a rubric — refuses at once and says
  /// what the path names (`/dev/zero` was "Is a directory").
  @Test(arguments: Input.allCases)
  func anInputThatIsNotAFileIsRefusedAtOnceByWhatItIs(_ input: Input) throws {
    let folder = try TemporaryFolder()
    let (path, type) = try Self.make(input, in: folder)
    let started = Date()
    for error in Self.readErrors(path) {
      let error = try #require(error, "\(input) was read")
      #expect(error.problem == .notAFile(type), "\(error)")
      #expect(!error.description.contains("Is a directory"))
    }
    #expect(Date().timeIntervalSince(started) < 5, "nothing waited for a writer")
  }

  @Test func aFIFOOutputIsWrittenIntoAndNeverReplaced() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("out.fifo")
    #expect(mkfifo(path, 0o644) == 0)
    let reader = Thread.detachNewThreadWithResult { Self.readToEnd(path) }
    try PlanStore.writeOutput(Array("snapshot\n".utf8), to: path, waitForReader: true)
    #expect(String(decoding: reader.wait(), as: UTF8.self) == "snapshot\n")
    var info = stat()
    #expect(lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "still a FIFO")
    #expect(folder.entries == ["out.fifo"], "no temporary file beside it")
  }

  @Test func aFIFONobodyReadsIsRefusedWhenWaitingIsNotAllowed() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("out.fifo")
    #expect(mkfifo(path, 0o644) == 0)
    #expect(throws: StoreError.self) {
      try PlanStore.writeOutput(Array("x".utf8), to: path, waitForReader: false)
    }
    do {
      try PlanStore.writeOutput(Array("x".utf8), to: path, waitForReader: false)
    } catch {
      #expect(error.problem == .noReader)
    }
  }

  /// As root, `print -o /dev/null` replaced the system's /dev/null with a regular file.
  @Test func aDeviceOutputIsWrittenIntoAndNeverReplaced() throws {
    var before = stat()
    #expect(stat("/dev/null", &before) == 0)
    try PlanStore.writeOutput(Array("snapshot".utf8), to: "/dev/null", waitForReader: true)
    var after = stat()
    #expect(stat("/dev/null", &after) == 0)
    #expect((after.st_mode & S_IFMT) == S_IFCHR && after.st_ino == before.st_ino)
  }

  @Test(arguments: [Input.folder, .socket])
  func anOutputThatCannotBeWrittenIntoIsRefused(_ input: Input) throws {
    let folder = try TemporaryFolder()
    let (path, type) = try Self.make(input, in: folder)
    let entries = folder.entries
    do {
      try PlanStore.writeOutput(Array("x".utf8), to: path, waitForReader: true)
      Issue.record("written to \(input)")
    } catch {
      #expect(error.problem == .cannotWriteInto(type))
    }
    #expect(folder.entries == entries)
  }

  /// A plan path that became a FIFO is never replaced by a save.
  @Test func aSaveNeverReplacesASpecialFile() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.ecowerk.json")
    #expect(mkfifo(path, 0o644) == 0)
    do {
      try PlanStore.save(FixturePlans.rich(), to: path, keepBackup: false)
      Issue.record("the FIFO was replaced")
    } catch {
      #expect(error.problem == .cannotWriteInto(.fifo))
    }
    var info = stat()
    #expect(lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
  }

  /// A plan's `rubricFile` may name any file on the machine: one that is not a rubric is
  /// refused without a word of what it holds.
  @Test func aRubricThatIsNotARubricIsRefusedWithoutQuotingIt() throws {
    let folder = try TemporaryFolder()
    let secret = try folder.write(
      "id_rsa", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk\n")
    let json = try folder.write("other.json", #"{"password": "hunter2", "format": "x"}"#)
    for path in [secret, json] {
      do {
        _ = try RubricFile.load(path)
        Issue.record("read as a rubric")
      } catch {
        #expect(error.problem == .notARubric)
        for word in ["BEGIN", "OPENSSH", "hunter2", "password", "'-'"] {
          #expect(!error.description.contains(word), "\(error.description)")
        }
      }
    }
  }

  /// The figure for the README: every special file, as input or output, refused or written
  /// into, none replaced.
  @Test func everySpecialFileCaseIsHandled() throws {
    var cases = 0
    var handled = 0
    for input in Input.allCases {
      let folder = try TemporaryFolder()
      let (path, _) = try Self.make(input, in: folder)
      for error in Self.readErrors(path) {
        cases += 1
        if case .notAFile? = error?.problem { handled += 1 }
      }
    }
    #expect(handled == cases)
    print("special files as input: \(cases) cases, \(handled) refused at once")
  }
}

extension Thread {
  /// Runs `body` on a new thread; `wait()` returns its result.
  static func detachNewThreadWithResult<T: Sendable>(_ body: @escaping @Sendable () -> T)
    -> ThreadResult<T>
  {
    let result = ThreadResult<T>()
    Thread.detachNewThread { result.set(body()) }
    return result
  }
}

final class ThreadResult<T: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var value: T?

  func set(_ value: T) {
    condition.lock()
    self.value = value
    condition.signal()
    condition.unlock()
  }

  func wait() -> T {
    condition.lock()
    defer { condition.unlock() }
    while value == nil { condition.wait() }
    return value!
  }
}
