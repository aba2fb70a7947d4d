/// `netra fmt`: prints a ruleset file in one canonical layout, keeping every comment.
///
/// The file is parsed, and the syntax tree printed again through `Doc` (see `LayoutPrinter`), so
/// the layout depends only on the tree and the comments: formatting twice changes nothing. Each
/// comment is attached to the item it precedes or trails (a declaration, clause, field, condition,
/// conclusion field, JSON member) by its span. Before handing the text back, the formatter parses
/// it again and checks that the tree and the comments are the same; a file it cannot print
/// faithfully is refused (E0701) rather than changed.
public struct Formatter {
  public struct Options: Sendable {
    /// Every keyword in this language; `nil` keeps each declaration in the language of its first
    /// keyword (`rule` or `aturan`).
    public var keywords: Language?
    /// The width lines are fitted to; longer strings and names overflow.
    public var width: Int

    public init(keywords: Language? = nil, width: Int = 100) {
      self.keywords = keywords
      self.width = width
    }
  }

  /// The formatted text, or nil with the diagnostics that prevented formatting.
  public static func format(_ file: SourceFile, options: Options = Options()) -> (text: String?, diagnostics: [Diagnostic]) {
    let (tree, diagnostics) = Parser.parse(file)
    if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
    let (tokens, _, _) = Lexer.tokenize(file)
    var formatter = Formatter(file: file, tokens: tokens, comments: tree.comments, options: options)
    let text = formatter.render(formatter.fileDoc(tree))
    if let problem = verify(original: tree, formatted: text, file: file) {
      return (nil, [problem])
    }
    return (text, [])
  }

  let file: SourceFile
  let options: Options
  let tokens: [Token]
  /// Byte offset of each token's start, to its index in `tokens`.
  let tokenIndex: [Int: Int]
  /// Byte offset of each opening bracket, to the end of the bracket that closes it.
  let closing: [Int: Int]
  let comments: [Comment]
  var consumed: [Bool]
  /// The first comment not yet placed; every comment before it is placed.
  var firstOpen = 0
  /// The keyword language of the declaration being printed.
  var language: Language = .en

  init(file: SourceFile, tokens: [Token], comments: [Comment], options: Options) {
    self.file = file
    self.options = options
    self.tokens = tokens
    self.comments = comments
    self.consumed = Array(repeating: false, count: comments.count)
    var index: [Int: Int] = [:]
    var closing: [Int: Int] = [:]
    var open: [Int] = []
    for (position, token) in tokens.enumerated() {
      index[token.span.start] = position
      switch token.kind {
      case .leftBrace, .leftBracket, .leftParen: open.append(token.span.start)
      case .rightBrace, .rightBracket, .rightParen: if let start = open.popLast() { closing[start] = token.span.end }
      default: break
      }
    }
    self.tokenIndex = index
    self.closing = closing
  }

  // MARK: - Keywords and text

  /// A keyword, in the language of the output.
  func kw(_ keyword: Keyword) -> String { keyword.spelling(options.keywords ?? language) }

  func kwDoc(_ keyword: Keyword) -> Doc { .text(kw(keyword)) }

  /// The language of the keyword token starting at `offset` (English when there is none).
  func languageOfToken(at offset: Int) -> Language {
    tokenIndex[offset].flatMap { tokens[$0].language } ?? .en
  }

  /// Where the last `keyword` token before `offset` starts; `offset` itself when there is none.
  func keywordStart(_ keyword: Keyword, before offset: Int) -> Int {
    var low = 0
    var high = tokens.count
    while low < high {  // first token starting at or after `offset`
      let mid = (low + high) / 2
      if tokens[mid].span.start < offset { low = mid + 1 } else { high = mid }
    }
    var index = low - 1
    while index >= 0 {
      if tokens[index].kind == .keyword(keyword) { return tokens[index].span.start }
      index -= 1
    }
    return offset
  }

  /// Where the first `{` at or after `offset` ends.
  func braceEnd(after offset: Int) -> Int? {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid].span.start < offset { low = mid + 1 } else { high = mid }
    }
    return tokens[low...].first { $0.kind == .leftBrace }?.span.end
  }

  /// A comment trailing the `{` that opens a body after `offset`, kept at the end of that line.
  mutating func openingComment(after offset: Int) -> Doc {
    guard let end = braceEnd(after: offset), let comment = takeTrailing(after: end) else { return .empty }
    return .lineSuffix(Formatter.commentText(comment))
  }

  /// Items separated by commas, as many to a line as fit. The comma belongs to the item before
  /// it, so a line is measured with its comma.
  static func commaFill(_ items: [Doc]) -> Doc {
    var parts: [Doc] = []
    for (position, item) in items.enumerated() {
      if position > 0 { parts.append(.line) }
      parts.append(position < items.count - 1 ? .concat([item, .text(",")]) : item)
    }
    return .fill(parts)
  }

  /// A string literal with the lexer's escapes.
  static func quote(_ text: String) -> String {
    var out = "\""
    for character in text {
      switch character {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.append(character)
      }
    }
    return out + "\""
  }

  /// A name that would be read as something else right after an expression or a type (a keyword
  /// such as `key` or `in`, or a duration unit after a number) needs a comma before it.
  static func needsCommaBefore(_ name: String) -> Bool {
    Keyword.bySpelling[name] != nil || Parser.durationUnits[name] != nil
  }

  // MARK: - Comments

  /// Takes every comment not yet placed that starts before `offset`.
  mutating func takeComments(before offset: Int) -> [Comment] {
    var taken: [Comment] = []
    var index = firstOpen
    while index < comments.count, comments[index].span.start < offset {
      if !consumed[index] {
        consumed[index] = true
        taken.append(comments[index])
      }
      index += 1
    }
    advanceFirstOpen()
    return taken
  }

  /// Takes the comment on the same line right after `end`, with only commas between.
  mutating func takeTrailing(after end: Int) -> Comment? {
    guard let index = comments.indices.dropFirst(firstOpen).first(where: { !consumed[$0] && comments[$0].span.start >= end })
    else { return nil }
    let between = file.bytes[end..<comments[index].span.start]
    guard between.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ",") }) else {
      return nil
    }
    consumed[index] = true
    advanceFirstOpen()
    return comments[index]
  }

  /// Whether a comment not yet placed lies inside `range`.
  func hasComment(in range: Range<Int>) -> Bool {
    comments.indices.dropFirst(firstOpen).contains { !consumed[$0] && range.contains(comments[$0].span.start) }
  }

  private mutating func advanceFirstOpen() {
    while firstOpen < comments.count, consumed[firstOpen] { firstOpen += 1 }
  }

  static func commentText(_ comment: Comment) -> String {
    var text = comment.text
    while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
    return text
  }

  /// Whether the source between two offsets holds an empty line.
  func blankLine(from start: Int, to end: Int) -> Bool {
    guard start < end else { return false }
    var sawNewline = false
    for byte in file.bytes[start..<min(end, file.bytes.count)] {
      switch byte {
      case UInt8(ascii: "\n"):
        if sawNewline { return true }
        sawNewline = true
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): continue
      default: sawNewline = false
      }
    }
    return false
  }

  // MARK: - Lists

  /// One item of a list: where it starts and ends in the source, and how to print it.
  struct Item {
    let start: Int
    let end: Int
    let build: (inout Formatter) -> Doc
  }

  /// How a list separates its items.
  enum Separation {
    /// One item per line; blank lines of the source are kept (at most one).
    case lines
    /// Items joined by `line`: a space when the group fits, else one item per line.
    case group
  }

  /// Prints items with their comments: comments before an item go on lines above it, a comment
  /// after it on its line; comments left before `closing` go after the last item.
  mutating func list(
    _ items: [Item], separation: Separation, punctuation: (Int) -> Doc = { _ in .empty },
    closing: Int? = nil, forceBlank: (Int) -> Bool = { _ in false }
  ) -> Doc {
    var parts: [Doc] = []
    var previousEnd: Int?
    for (position, item) in items.enumerated() {
      let leading = takeComments(before: item.start)
      if position > 0 { parts.append(separation == .lines ? .hardLine : .line) }
      if let previousEnd, separation == .lines,
        forceBlank(position) || blankLine(from: previousEnd, to: leading.first?.span.start ?? item.start)
      {
        parts.append(.hardLine)
      }
      parts.append(commentLines(leading, before: item.start))
      parts.append(item.build(&self))
      parts.append(punctuation(position))
      var end = item.end
      if let trailing = takeTrailing(after: item.end) {
        parts.append(.lineSuffix(Formatter.commentText(trailing)))
        end = trailing.span.end
      }
      previousEnd = end
    }
    if let closing {
      let dangling = takeComments(before: closing)
      if !dangling.isEmpty {
        if let previousEnd {
          parts.append(.hardLine)
          if separation == .lines, blankLine(from: previousEnd, to: dangling[0].span.start) { parts.append(.hardLine) }
        }
        parts.append(commentLines(dangling, before: nil))
      }
    }
    return .concat(parts)
  }

  /// Comments on lines of their own, keeping one blank line where the source had one; when
  /// `before` is given, each line ends with a break so the item follows on the next line.
  func commentLines(_ comments: [Comment], before next: Int?) -> Doc {
    var parts: [Doc] = []
    for (position, comment) in comments.enumerated() {
      if position > 0 {
        parts.append(.hardLine)
        if blankLine(from: comments[position - 1].span.end, to: comment.span.start) { parts.append(.hardLine) }
      }
      parts.append(.text(Formatter.commentText(comment)))
    }
    if let next, let last = comments.last {
      parts.append(.hardLine)
      if blankLine(from: last.span.end, to: next) { parts.append(.hardLine) }
    }
    return .concat(parts)
  }

  // MARK: - Output

  /// Lays the document out and aligns trailing comments of neighbouring lines.
  func render(_ doc: Doc) -> String {
    var lines = LayoutPrinter(width: options.width).lines(doc)
    var start = 0
    while start < lines.count {
      let indent = Formatter.indentation(lines[start].text)
      var end = start + 1
      while end < lines.count, !lines[end].text.isEmpty, Formatter.indentation(lines[end].text) == indent { end += 1 }
      let column = lines[start..<end].filter { $0.suffix != nil }.map(\.text.count).max().map { $0 + 2 }
      if let column {
        for index in start..<end where lines[index].suffix != nil {
          lines[index].text += String(repeating: " ", count: column - lines[index].text.count)
        }
      }
      start = end
    }
    while lines.last?.text.isEmpty == true, lines.last?.suffix == nil { lines.removeLast() }
    return lines.map { line in line.suffix.map { line.text + $0 } ?? line.text }.joined(separator: "\n") + "\n"
  }

  static func indentation(_ text: String) -> Int { text.prefix { $0 == " " }.count }

  // MARK: - Verification

  /// Parses the formatted text and compares it with the original: the same syntax tree, apart
  /// from positions, and the same comments in the same order.
  static func verify(original: RulesetFile, formatted: String, file: SourceFile) -> Diagnostic? {
    let reparsed = SourceFile(id: file.id, path: file.path, bytes: Array(formatted.utf8))
    let (tree, diagnostics) = Parser.parse(reparsed)
    let sameTree = !diagnostics.contains { $0.severity == .error }
      && SyntaxDump.dump(tree.declarations) == SyntaxDump.dump(original.declarations)
    let sameComments = tree.comments.map(commentText) == original.comments.map(commentText)
    if sameTree && sameComments { return nil }
    return Diagnostic(
      "E0701", .file(file.path),
      Message(
        en: "the formatter could not keep this file's meaning\(sameTree ? " (its comments)" : ""); the file is left as it is",
        id: "pemformat tidak dapat mempertahankan makna berkas ini\(sameTree ? " (komentarnya)" : ""); berkas dibiarkan apa adanya"),
      help: Message(
        en: "this is a bug in `netra fmt`; please report it with the file",
        id: "ini galat pada `netra fmt`; mohon laporkan beserta berkasnya"))
  }
}
