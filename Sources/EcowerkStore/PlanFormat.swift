/// The name and version that identify a plan file.
public enum PlanFormat {
  /// The value of the top-level `"format"` key.
  public static let name = "ecowerk-plan"
  /// The schema version this build writes and the newest it reads.
  public static let schemaVersion = 2
  /// The suggested file name extension.
  public static let fileExtension = ".ecowerk.json"
  /// Files larger than this are refused before they are read: a real plan with thousands of
  /// stakeholders and actions is a few megabytes.
  public static let maxFileBytes = 64 * 1024 * 1024

  /// `67,108,865 bytes`, for the English fallbacks: in bytes, because "64 MB, up to 64 MB" is
  /// no explanation when the file is a byte too large.
  static func bytes(_ count: Int) -> String {
    var digits = String(count)
    var grouped = ""
    while digits.count > 3 {
      grouped = "," + digits.suffix(3) + grouped
      digits.removeLast(3)
    }
    return digits + grouped + " bytes"
  }
}
