/// Identifies one file loaded into a `SourceSet`.
public struct FileID: Hashable, Sendable, Comparable {
  public let index: Int
  public init(_ index: Int) { self.index = index }
  public static func < (a: FileID, b: FileID) -> Bool { a.index < b.index }
}

/// A half-open UTF-8 byte range in one source file. Converted to line and column only when shown.
public struct Span: Hashable, Sendable, Comparable {
  public let file: FileID
  public let start: Int
  public let end: Int

  public init(file: FileID, start: Int, end: Int) {
    self.file = file
    self.start = start
    self.end = max(start, end)
  }

  /// The smallest span covering both; both must lie in the same file.
  public func joined(with other: Span) -> Span {
    Span(file: file, start: min(start, other.start), end: max(end, other.end))
  }

  public static func < (a: Span, b: Span) -> Bool {
    (a.file, a.start, a.end) < (b.file, b.start, b.end)
  }
}

/// A 1-based line and column; columns count characters so carets line up under Indonesian text.
public struct LineColumn: Hashable, Sendable, CustomStringConvertible {
  public let line: Int
  public let column: Int
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
  public var description: String { "\(line):\(column)" }
}
