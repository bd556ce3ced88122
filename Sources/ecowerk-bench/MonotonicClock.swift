import Glibc

/// Time for measuring: `CLOCK_MONOTONIC`, which no clock adjustment moves, in nanoseconds.
/// It is the same clock in every process of the machine, so a child can measure from the
/// moment its parent spawned it.
enum MonotonicClock {
  static func now() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
  }

  /// Milliseconds since `start`.
  static func milliseconds(since start: UInt64) -> Double {
    Double(now() &- start) / 1_000_000
  }

  /// CPU time this thread has used, in nanoseconds: unlike the wall clock it does not grow
  /// while other processes have the core, so the two together show how busy the machine was.
  static func threadCPU() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
  }

  /// Runs `body` and returns its result, the wall-clock time and the thread's CPU time, in
  /// milliseconds.
  static func measureWithCPU<T>(_ body: () throws -> T) rethrows -> (T, wall: Double, cpu: Double) {
    let cpu = threadCPU()
    let start = now()
    let result = try body()
    let wall = milliseconds(since: start)
    return (result, wall, Double(threadCPU() &- cpu) / 1_000_000)
  }

  /// Runs `body` and returns its result and how long it took, in milliseconds.
  static func measure<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = now()
    let result = try body()
    return (result, milliseconds(since: start))
  }
}
