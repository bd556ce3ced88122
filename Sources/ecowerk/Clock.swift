import EcowerkModel
import Glibc

/// Today's date from the system clock, in local time. Only the executable reads the clock;
/// everything below it is given the date, so tests can fix it.
enum Clock {
  static func today() -> CalendarDate {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    return CalendarDate(
      year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
      ?? CalendarDate(dayNumber: Int(now / 86_400))
  }
}

extension Clock {
  /// Now in local time as `2026-11-29T10:15:02`, for the recovery journal.
  static func timestamp() -> String {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
      + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))"
  }
}

extension Clock {
  /// Now in local time as `2026-11-29-1015`, for the names of snapshots.
  static func fileStamp() -> String {
    let timestamp = timestamp()
    let minutes = timestamp.dropFirst(11).prefix(5).filter { $0 != ":" }
    return timestamp.prefix(10) + "-" + minutes
  }
}

extension Clock {
  /// The day, in local time, the file at `path` was last written; nil when it cannot be told.
  static func modified(_ path: String) -> CalendarDate? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    var seconds = info.st_mtim.tv_sec
    var parts = tm()
    guard localtime_r(&seconds, &parts) != nil else { return nil }
    return CalendarDate(
      year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
  }
}
