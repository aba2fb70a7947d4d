#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file a user named, never more than a limit and never blocking on what is not a file.
///
/// Every input a user names goes through here: a ruleset file, a case document, a stored result.
/// A file that must be regular is opened without blocking (a FIFO named `*.netra` would otherwise
/// hang the open) and refused unless it is regular; a stream (a case) may be a FIFO, whose open
/// waits for its writer as `cat` does. At most `limit + 1` bytes are read, so `/dev/zero` or a
/// multi-gigabyte file costs `limit` bytes of memory, not all of it.
public enum BoundedFile {
  /// What kinds of file a caller accepts.
  public enum Kinds: Sendable {
    /// Regular files only (ruleset files: a FIFO or a device is never a ruleset).
    case regular
    /// Regular files, pipes and character devices (a case may come through a pipe).
    case stream
  }

  public enum Failure: Error, Equatable, Sendable {
    /// The file cannot be opened or read; the system's reason.
    case unreadable(String)
    /// The path is a directory, a socket, a FIFO where a file is needed, ...; what it is.
    case notAFile(FileKind)
    /// The file holds more than the limit.
    case tooLarge(limit: Int)
  }

  /// The bytes of the file at `path` (`-` is standard input when `kinds` is `.stream`).
  public static func read(_ path: String, limit: Int, kinds: Kinds) -> Result<[UInt8], Failure> {
    let standardInput = path == "-" && kinds == .stream
    let descriptor = standardInput ? 0 : open(path, O_RDONLY | O_CLOEXEC | (kinds == .regular ? O_NONBLOCK : 0))
    guard descriptor >= 0 else { return .failure(.unreadable(systemReason(errno))) }
    defer { if !standardInput { close(descriptor) } }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(systemReason(errno))) }
    let kind = status.st_mode & S_IFMT
    switch kind {
    case S_IFREG:
      break
    case S_IFIFO where kinds == .stream, S_IFCHR where kinds == .stream:
      break
    default:
      return .failure(.notAFile(FileKind(kind)))
    }
    return readAll(descriptor, limit: limit)
  }

  /// Reads until the end or until more than `limit` bytes have come.
  static func readAll(_ descriptor: Int32, limit: Int) -> Result<[UInt8], Failure> {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let got = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
      if got == 0 { return .success(bytes) }
      if got < 0 {
        if errno == EINTR { continue }
        return .failure(.unreadable(systemReason(errno)))
      }
      bytes.append(contentsOf: chunk[0..<got])
      if bytes.count > limit { return .failure(.tooLarge(limit: limit)) }
    }
  }

  public static func systemReason(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}

extension BoundedFile.Failure {
  /// The failure as a located diagnostic for `path`: E0001 unreadable, E0004 not a file, or the
  /// caller's size-limit code.
  public func diagnostic(path: String, what: Message, limitCode: String, limitHelp: Message? = nil) -> Diagnostic {
    switch self {
    case .unreadable(let reason):
      return Diagnostic(
        "E0001", .file(path),
        Message(en: "cannot read \(what.en): \(reason)", id: "\(what.id) tidak dapat dibaca: \(reason)"))
    case .notAFile(let kind):
      return Diagnostic(
        "E0004", .file(path),
        Message(en: "\(what.en) must be a regular file, and this is \(kind.name.en)", id: "\(what.id) harus berkas biasa, sedangkan ini \(kind.name.id)"))
    case .tooLarge(let limit):
      let size = BoundedFile.sizeText(limit)
      return Diagnostic(
        limitCode, .file(path),
        Message(en: "\(what.en) is larger than \(size.en)", id: "\(what.id) lebih besar dari \(size.id)"), help: limitHelp)
    }
  }
}

/// What a path is, when it is not the regular file a command needs.
public enum FileKind: Sendable, Equatable {
  case directory, fifo, characterDevice, blockDevice, socket, other

  public init(_ mode: mode_t) {
    switch mode {
    case S_IFDIR: self = .directory
    case S_IFIFO: self = .fifo
    case S_IFCHR: self = .characterDevice
    case S_IFBLK: self = .blockDevice
    case S_IFSOCK: self = .socket
    default: self = .other
    }
  }

  public var name: Message {
    switch self {
    case .directory: Message(en: "a directory", id: "direktori")
    case .fifo: Message(en: "a named pipe (FIFO)", id: "pipa bernama (FIFO)")
    case .characterDevice: Message(en: "a character device", id: "perangkat karakter")
    case .blockDevice: Message(en: "a block device", id: "perangkat blok")
    case .socket: Message(en: "a socket", id: "soket")
    case .other: Message(en: "not a regular file", id: "bukan berkas biasa")
    }
  }
}

extension BoundedFile {
  /// A byte count as people read it: "16 MB", "512 bytes" / "512 bita".
  public static func sizeText(_ bytes: Int) -> Message {
    if bytes >= 1024 * 1024, bytes % (1024 * 1024) == 0 { return Message(en: "\(bytes / 1024 / 1024) MB", id: "\(bytes / 1024 / 1024) MB") }
    if bytes >= 1024, bytes % 1024 == 0 { return Message(en: "\(bytes / 1024) KB", id: "\(bytes / 1024) KB") }
    return Message(en: "\(bytes) bytes", id: "\(bytes) bita")
  }
}

/// `read(2)`, named apart from `BoundedFile.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
