/// One loaded file: the path as the user gave it, its bytes, and a line index.
public struct SourceFile: Sendable {
  public let id: FileID
  public let path: String
  /// The raw bytes; text is only decoded for rendering, after validation.
  public let bytes: [UInt8]
  /// Byte offset at which each line starts.
  public let lineStarts: [Int]
  /// Characters (bytes that are not UTF-8 continuation bytes) before every 256th byte, so a
  /// column is found by counting at most 255 bytes, even on a line megabytes long.
  let charactersBefore: [Int]
  static let checkpoint = 256

  public init(id: FileID, path: String, bytes: [UInt8]) {
    self.id = id
    self.path = path
    self.bytes = bytes
    var starts = [0]
    var checkpoints: [Int] = []
    checkpoints.reserveCapacity(bytes.count / Self.checkpoint + 1)
    var characters = 0
    for (offset, byte) in bytes.enumerated() {
      if offset % Self.checkpoint == 0 { checkpoints.append(characters) }
      if byte & 0xC0 != 0x80 { characters += 1 }
      if byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
    }
    checkpoints.append(characters)
    self.lineStarts = starts
    self.charactersBefore = checkpoints
  }

  /// Characters that start before `offset`.
  func characters(before offset: Int) -> Int {
    let checkpoint = offset / Self.checkpoint
    var count = charactersBefore[checkpoint]
    var index = checkpoint * Self.checkpoint
    while index < offset {
      if bytes[index] & 0xC0 != 0x80 { count += 1 }
      index += 1
    }
    return count
  }

  /// Line and column of a byte offset; the column counts Unicode scalars from the line start.
  public func lineColumn(at offset: Int) -> LineColumn {
    let clamped = min(max(0, offset), bytes.count)
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
    }
    // Continuation bytes (10xxxxxx) do not start a character.
    let column = 1 + characters(before: clamped) - characters(before: lineStarts[low])
    // A span starting on a continuation byte still points at its character.
    return LineColumn(line: low + 1, column: max(1, column))
  }

  /// The text of a 1-based line without its line break; invalid UTF-8 is repaired for display.
  public func lineText(_ line: Int) -> String {
    guard line >= 1, line <= lineStarts.count else { return "" }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    let limit = min(end, start + 400)  // long lines are cut for display
    return String(decoding: bytes[start..<max(start, limit)], as: UTF8.self)
  }

  public func text(of span: Span) -> String {
    let start = min(span.start, bytes.count)
    let end = min(span.end, bytes.count)
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}

/// Every file of one run, so spans can be rendered anywhere.
public struct SourceSet: Sendable {
  public private(set) var files: [SourceFile] = []
  public init() {}

  @discardableResult
  public mutating func add(path: String, bytes: [UInt8]) -> FileID {
    let id = FileID(files.count)
    files.append(SourceFile(id: id, path: path, bytes: bytes))
    return id
  }

  public subscript(id: FileID) -> SourceFile { files[id.index] }
}
