import Dispatch
import EcowerkJSON

/// Lets a large value go on another thread. The caller hands over its only reference
/// (`consume`), so the last release — and with it the freeing of every node — happens there.
enum BackgroundRelease {
  private static let queue = DispatchQueue(label: "ecowerk.release", qos: .utility)

  static func hand(_ node: consuming JSONNode) {
    let box = Box(consume node)
    queue.async { box.drop() }
  }

  /// Holds the node until `drop`, on the release thread.
  private final class Box: @unchecked Sendable {
    // Only touched by the release queue after the hand-over.
    private var node: JSONNode?

    init(_ node: consuming JSONNode) {
      self.node = node
    }

    func drop() { node = nil }
  }
}
