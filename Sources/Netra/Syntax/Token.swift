public enum TokenKind: Hashable, Sendable {
  case identifier
  case keyword(Keyword)
  case integer
  case decimal
  case string
  case date
  case leftBrace, rightBrace, leftParen, rightParen, leftBracket, rightBracket
  case comma, colon, dot, dotDot, question, equal
  case equalEqual, bangEqual, less, lessEqual, greater, greaterEqual
  case plus, minus, star, slash
  case endOfFile
}

public struct Token: Hashable, Sendable {
  public let kind: TokenKind
  public let span: Span
  /// The token's text as written (for strings: the decoded value, without quotes).
  public let text: String
  /// For keywords: the spelling's language, so the formatter can keep what the drafter wrote.
  public let language: Language?

  public init(kind: TokenKind, span: Span, text: String, language: Language? = nil) {
    self.kind = kind
    self.span = span
    self.text = text
    self.language = language
  }

  /// The token can serve as a field or label name: identifiers and keywords alike.
  var isWord: Bool {
    switch kind {
    case .identifier, .keyword: true
    default: false
    }
  }
}

/// A comment kept for the formatter, with the span it occupies.
public struct Comment: Hashable, Sendable {
  public let span: Span
  public let text: String
}
