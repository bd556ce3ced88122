import Dispatch
import EcowerkJSON
import EcowerkModel

/// The Theory of Change and the actions of a plan, read on another thread while the caller
/// reads the rest, or on the caller's thread when the plan is too small to be worth it.
final class LaterPart: @unchecked Sendable {
  typealias Result = (nodes: [ChangeNode], actions: [Action])

  private let reader: JSONReader
  private let object: JSONObject
  private let done = DispatchSemaphore(value: 0)
  private var started = false
  // Written by the worker before it signals `done`, read by the caller after waiting.
  private var outcome: Swift.Result<Result, any Error>?

  init(reader: JSONReader, object: JSONObject) {
    self.reader = reader
    self.object = object
  }

  /// Below a few thousand entities a thread costs more than it saves.
  var isWorthAThread: Bool {
    func count(_ key: String) -> Int {
      if case .array(let elements)? = object[key]?.value { return elements.count }
      return 0
    }
    return count("theoryOfChange") + count("actions") >= 2_000
  }

  func start() {
    started = true
    DispatchQueue.global(qos: .userInitiated).async {
      self.outcome = self.read()
      self.done.signal()
    }
  }

  /// Waits for the worker, if there is one, whatever the caller does next.
  func wait() {
    if started { done.wait() }
  }

  func result() throws -> Result {
    if started {
      done.wait()
      started = false
    }
    return try (outcome ?? read()).get()
  }

  private func read() -> Swift.Result<Result, any Error> {
    var reader = self.reader
    do {
      let nodes = try reader.array(object, "theoryOfChange") { r, n in try r.node(n) }
      let actions = try reader.array(object, "actions") { r, n in try r.action(n) }
      return .success((nodes, actions))
    } catch {
      return .failure(error)
    }
  }
}
