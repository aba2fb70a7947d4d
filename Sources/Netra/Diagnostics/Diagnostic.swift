public enum Severity: String, Sendable, Comparable {
  case error
  case warning

  public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}

/// Where a diagnostic points: into a ruleset file, or into a facts document by JSON path.
public enum DiagnosticLocation: Hashable, Sendable {
  case span(Span)
  /// A facts file: its path, the JSON path, and the position when the reader knows it.
  case json(file: String, path: String, position: LineColumn?)
  /// A whole file, for problems such as unreadable bytes before any position is meaningful.
  case file(String)
}

/// A secondary pointer, for problems that involve two places (cycles, conflicts, duplicates).
public struct DiagnosticLabel: Hashable, Sendable {
  public let span: Span
  public let message: Message
  public init(span: Span, message: Message) {
    self.span = span
    self.message = message
  }
}

/// One problem found in user input, with a stable code (listed in docs/diagnostics.md).
public struct Diagnostic: Hashable, Sendable {
  public let code: String
  public let severity: Severity
  public let location: DiagnosticLocation
  public let message: Message
  /// Text shown under the caret of the primary span.
  public var label: Message?
  public var help: Message?
  public var notes: [Message]
  public var labels: [DiagnosticLabel]

  public init(
    _ code: String, _ location: DiagnosticLocation, _ message: Message,
    label: Message? = nil, help: Message? = nil, notes: [Message] = [],
    labels: [DiagnosticLabel] = [], severity: Severity = .error
  ) {
    self.code = code
    self.severity = severity
    self.location = location
    self.message = message
    self.label = label
    self.help = help
    self.notes = notes
    self.labels = labels
  }

  public init(
    _ code: String, at span: Span, en: String, id: String,
    label: Message? = nil, help: Message? = nil, notes: [Message] = [],
    labels: [DiagnosticLabel] = [], severity: Severity = .error
  ) {
    self.init(
      code, .span(span), Message(en: en, id: id), label: label, help: help, notes: notes,
      labels: labels, severity: severity)
  }
}

/// Collects diagnostics of one run; stops collecting after `limit` errors.
public struct DiagnosticBag: Sendable {
  public private(set) var items: [Diagnostic] = []
  public let limit: Int
  public private(set) var truncated = false

  public init(limit: Int = 50) { self.limit = limit }

  public var hasErrors: Bool { items.contains { $0.severity == .error } }
  public var errorCount: Int { items.filter { $0.severity == .error }.count }

  public mutating func add(_ diagnostic: Diagnostic) {
    if diagnostic.severity == .error, errorCount >= limit {
      truncated = true
      return
    }
    items.append(diagnostic)
  }

  public mutating func add(contentsOf other: [Diagnostic]) {
    for diagnostic in other { add(diagnostic) }
  }

  /// Sorted by file, offset and code, so output never depends on discovery order.
  public func sorted() -> [Diagnostic] {
    items.enumerated().sorted { lhs, rhs in
      let a = lhs.element.sortKey
      let b = rhs.element.sortKey
      if a != b { return a < b }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }
}

extension Diagnostic {
  struct SortKey: Comparable {
    let file: String
    let fileIndex: Int
    let offset: Int
    let path: String
    let code: String
    static func < (a: SortKey, b: SortKey) -> Bool {
      (a.fileIndex, a.file, a.offset, a.path, a.code) < (b.fileIndex, b.file, b.offset, b.path, b.code)
    }
  }

  var sortKey: SortKey {
    switch location {
    case .span(let span):
      return SortKey(file: "", fileIndex: span.file.index, offset: span.start, path: "", code: code)
    case .json(let file, let path, let position):
      let offset = position.map { $0.line * 100_000 + $0.column } ?? 0
      return SortKey(file: file, fileIndex: Int.max, offset: offset, path: path, code: code)
    case .file(let file):
      return SortKey(file: file, fileIndex: Int.max, offset: -1, path: "", code: code)
    }
  }
}
