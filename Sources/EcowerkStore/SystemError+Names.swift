import Glibc

extension SystemError {
  /// The error for `code` (`errno` by default), named when ecowerk words it itself.
  public init(code: Int32 = errno) {
    self.init(code: code, name: Self.names[code], text: String(cString: strerror(code)))
  }

  /// The codes the string table words (`errno.ENOSPC`), by name: the ones a plan, a journal,
  /// a snapshot or a spreadsheet meets on a laptop — a full disk, a read-only stick, a folder
  /// where a file was expected, a missing file, no permission. Any other code is shown in the
  /// system's own words.
  public static let names: [Int32: String] = [
    EPERM: "EPERM", ENOENT: "ENOENT", EIO: "EIO", ENXIO: "ENXIO", ENOMEM: "ENOMEM",
    EACCES: "EACCES", EBUSY: "EBUSY", EEXIST: "EEXIST", EXDEV: "EXDEV", ENOTDIR: "ENOTDIR",
    EISDIR: "EISDIR", EINVAL: "EINVAL", ENFILE: "ENFILE", EMFILE: "EMFILE", ETXTBSY: "ETXTBSY",
    EFBIG: "EFBIG", ENOSPC: "ENOSPC", EROFS: "EROFS", EMLINK: "EMLINK", EPIPE: "EPIPE",
    ENAMETOOLONG: "ENAMETOOLONG", ELOOP: "ELOOP", EDQUOT: "EDQUOT", ESTALE: "ESTALE",
    EAGAIN: "EAGAIN", EINTR: "EINTR", ENOTEMPTY: "ENOTEMPTY", ENODEV: "ENODEV",
  ]
}
