import Netra

#if canImport(Glibc)
  import Glibc
#endif

/// Rewrites a file the user named without replacing what the name points to.
///
/// `netra fmt --write` changes a file's text, never its identity: a symbolic link stays a link
/// and its target is rewritten; the mode, owner and group stay; a file with several hard links
/// stays one file. A file with one link is written to a temporary file beside it and renamed
/// over it (so a crash leaves the old text or the new, never half); one with several links is
/// written in place, which is the only way to keep them one file.
enum InPlaceFile {
  static func write(_ bytes: [UInt8], to path: String) -> Result<Void, BoundedFile.Failure> {
    guard let resolved = realpath(path, nil) else { return .failure(.unreadable(BoundedFile.systemReason(errno))) }
    let target = String(cString: resolved)
    free(resolved)
    var status = stat()
    guard stat(target, &status) == 0 else { return .failure(.unreadable(BoundedFile.systemReason(errno))) }
    guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notAFile(FileKind(status.st_mode & S_IFMT))) }
    if status.st_nlink > 1 {
      let descriptor = open(target, O_WRONLY | O_TRUNC | O_CLOEXEC)
      guard descriptor >= 0 else { return .failure(.unreadable(BoundedFile.systemReason(errno))) }
      defer { close(descriptor) }
      return writeAll(bytes, to: descriptor)
    }
    var template = Array((target + ".netra-fmt-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { return .failure(.unreadable(BoundedFile.systemReason(errno))) }
    let temporary = String(cString: template)
    var result = writeAll(bytes, to: descriptor)
    if case .success = result {
      _ = fchown(descriptor, status.st_uid, status.st_gid)
      if fchmod(descriptor, status.st_mode & 0o7777) != 0 || fsync(descriptor) != 0 {
        result = .failure(.unreadable(BoundedFile.systemReason(errno)))
      }
    }
    close(descriptor)
    if case .success = result, rename(temporary, target) != 0 { result = .failure(.unreadable(BoundedFile.systemReason(errno))) }
    if case .failure = result { unlink(temporary) }
    return result
  }

  /// Writes a small file of the tool's own (the record beside a batch output): a new file, or one
  /// rewritten in place.
  static func replace(_ path: String, with bytes: [UInt8]) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    if case .success = writeAll(bytes, to: descriptor) { return true }
    return false
  }

  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Result<Void, BoundedFile.Failure> {
    let writer = CheckedWriter(descriptor: descriptor, name: "")
    bytes.withUnsafeBytes { writer.write($0) }
    if let failure = writer.failure { return .failure(.unreadable(failure)) }
    return .success(())
  }
}
