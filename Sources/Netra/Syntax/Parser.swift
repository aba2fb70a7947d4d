/// A recursive-descent parser that reads like the grammar in `grammar/netra.ebnf`.
///
/// One function per grammar rule. On a mistake the parser reports it and skips to the next
/// declaration keyword, so one mistake gives one error.
public struct Parser {
  struct Abort: Error {}

  let file: SourceFile
  let tokens: [Token]
  var index = 0
  var depth = 0
  /// Where the last error was reported, so recovery always moves past the offending token.
  var lastErrorIndex = -1
  public internal(set) var diagnostics: [Diagnostic] = []
  static let maxDepth = 200

  public init(file: SourceFile, tokens: [Token]) {
    self.file = file
    self.tokens = tokens
  }

  /// Lexes and parses one file.
  public static func parse(_ file: SourceFile) -> (RulesetFile, [Diagnostic]) {
    let (tokens, comments, lexDiagnostics) = Lexer.tokenize(file)
    if lexDiagnostics.contains(where: { ["E0101", "E0102", "R0105"].contains($0.code) }) {
      return (RulesetFile(file: file.id, declarations: [], comments: []), lexDiagnostics)
    }
    var parser = Parser(file: file, tokens: tokens)
    let declarations = parser.parseFile()
    var diagnostics = lexDiagnostics
    // A lexical error usually causes a parse error at the same place; keep the clearer one.
    for diagnostic in parser.diagnostics {
      if case .span(let span) = diagnostic.location,
        lexDiagnostics.contains(where: { if case .span(let s) = $0.location { return s.end >= span.start && s.start <= span.end } else { return false } })
      {
        continue
      }
      diagnostics.append(diagnostic)
    }
    return (RulesetFile(file: file.id, declarations: declarations, comments: comments), diagnostics)
  }

  // MARK: Token helpers

  var current: Token { tokens[index] }
  var previous: Token { tokens[max(0, index - 1)] }
  var isAtEnd: Bool { current.kind == .endOfFile }

  func check(_ kind: TokenKind) -> Bool { current.kind == kind }
  func check(_ keyword: Keyword) -> Bool { current.kind == .keyword(keyword) }
  func peekKind(_ ahead: Int) -> TokenKind { tokens[min(index + ahead, tokens.count - 1)].kind }

  @discardableResult
  mutating func advance() -> Token {
    let token = tokens[index]
    if !isAtEnd { index += 1 }
    return token
  }

  mutating func match(_ kind: TokenKind) -> Bool {
    if check(kind) {
      advance()
      return true
    }
    return false
  }

  mutating func match(_ keyword: Keyword) -> Bool { match(.keyword(keyword)) }

  @discardableResult
  mutating func expect(_ kind: TokenKind, _ what: Message) throws -> Token {
    if check(kind) { return advance() }
    throw error(expected: what)
  }

  @discardableResult
  mutating func expect(_ keyword: Keyword) throws -> Token {
    try expect(.keyword(keyword), Message(en: "`\(keyword.english)`", id: "`\(keyword.indonesian)`"))
  }

  /// An identifier (not a keyword).
  mutating func expectName(_ what: Message) throws -> Name {
    if check(.identifier) {
      let token = advance()
      return Name(token.text, token.span)
    }
    if case .keyword(let keyword) = current.kind {
      throw report(
        Diagnostic(
          "E0106", at: current.span, en: "`\(current.text)` is a reserved word and cannot be used as \(what.en)",
          id: "`\(current.text)` adalah kata kunci dan tidak dapat dipakai sebagai \(what.id)",
          help: Message(en: "choose another name, for example `\(keyword.english)_`", id: "pilih nama lain, misalnya `\(current.text)_`")))
    }
    throw error(expected: what)
  }

  /// A field or label name: identifiers and keywords both qualify, so `dasar` can be a field.
  mutating func expectWord(_ what: Message) throws -> Name {
    if current.isWord {
      let token = advance()
      return Name(token.text, token.span)
    }
    throw error(expected: what)
  }

  mutating func expectString(_ what: Message) throws -> Literal {
    let token = try expect(.string, what)
    return Literal(text: token.text, span: token.span)
  }

  mutating func expectDate() throws -> Literal {
    let token = try expect(.date, Message(en: "a date like 2024-10-05", id: "tanggal seperti 2024-10-05"))
    return Literal(text: token.text, span: token.span)
  }

  func describe(_ token: Token) -> Message {
    switch token.kind {
    case .endOfFile: return Message(en: "the end of the file", id: "akhir berkas")
    case .string: return Message(en: "a string", id: "teks")
    case .identifier: return Message(en: "`\(token.text)`", id: "`\(token.text)`")
    case .keyword: return Message(en: "the keyword `\(token.text)`", id: "kata kunci `\(token.text)`")
    default:
      let text = token.text.count > 20 ? String(token.text.prefix(20)) + "…" : token.text
      return Message(en: "`\(text)`", id: "`\(text)`")
    }
  }

  mutating func error(expected: Message) -> Abort {
    let found = describe(current)
    return report(
      Diagnostic(
        "E0110", at: current.span, en: "expected \(expected.en), found \(found.en)",
        id: "diharapkan \(expected.id), ditemukan \(found.id)"))
  }

  mutating func report(_ diagnostic: Diagnostic) -> Abort {
    lastErrorIndex = index
    diagnostics.append(diagnostic)
    return Abort()
  }

  /// Skips to the next token that can start a declaration.
  mutating func synchronize() {
    while !isAtEnd {
      if case .keyword(let keyword) = current.kind, Parser.declarationStarters.contains(keyword) { return }
      advance()
    }
  }

  static let declarationStarters: Set<Keyword> = [
    .ruleset, .source, .enum, .record, .input, .finding, .const, .calendar, .rule, .priority, .test,
  ]
}
