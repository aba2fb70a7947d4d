/// A name as written, with where it was written.
public struct Name: Hashable, Sendable, CustomStringConvertible {
  public let text: String
  public let span: Span
  public init(_ text: String, _ span: Span) {
    self.text = text
    self.span = span
  }
  public var description: String { text }
}

/// A literal as written (dates and numbers are checked by the checker, not the parser).
public struct Literal: Hashable, Sendable {
  public let text: String
  public let span: Span
}

/// A legal basis: a declared source plus a locator such as `Pasal 5 huruf n angka 1`.
public struct Citation: Hashable, Sendable {
  public let source: Name
  public let locator: Literal
  public let span: Span
}
