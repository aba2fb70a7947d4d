/// Turns the bytes of one source file into tokens, keeping comments aside for the formatter.
///
/// Works on UTF-8 bytes so that a 5 MB line costs one pass; text is validated first so that
/// a stray byte is reported at its position instead of surfacing later as garbled names.
public struct Lexer {
  let file: SourceFile
  var bytes: [UInt8] { file.bytes }
  var position = 0
  public private(set) var tokens: [Token] = []
  public private(set) var comments: [Comment] = []
  public private(set) var diagnostics: [Diagnostic] = []

  public init(file: SourceFile) { self.file = file }

  public static func tokenize(_ file: SourceFile) -> (tokens: [Token], comments: [Comment], diagnostics: [Diagnostic]) {
    var lexer = Lexer(file: file)
    lexer.run()
    return (lexer.tokens, lexer.comments, lexer.diagnostics)
  }

  func span(_ start: Int, _ end: Int) -> Span { Span(file: file.id, start: start, end: end) }

  mutating func run() {
    if let problem = Lexer.firstEncodingProblem(bytes) {
      let s = span(problem.offset, problem.offset + 1)
      if problem.isNul {
        diagnostics.append(
          Diagnostic(
            "E0102", at: s, en: "the file contains a NUL byte", id: "berkas memuat bita NUL",
            help: Message(en: "a ruleset is plain UTF-8 text; remove the byte", id: "himpunan aturan berupa teks UTF-8; hapus bita itu")))
      } else {
        diagnostics.append(
          Diagnostic(
            "E0101", at: s, en: "the file is not valid UTF-8", id: "berkas bukan UTF-8 yang sah",
            help: Message(en: "save the file as UTF-8", id: "simpan berkas sebagai UTF-8")))
      }
      tokens.append(Token(kind: .endOfFile, span: span(bytes.count, bytes.count), text: ""))
      return
    }
    if let long = Lexer.firstLongLine(file) {
      diagnostics.append(
        Diagnostic(
          "R0105", at: span(long, long + 1), en: "a line is longer than \(Lexer.maxLineBytes) bytes",
          id: "sebuah baris lebih panjang dari \(Lexer.maxLineBytes) bita",
          help: Message(en: "break the line; no declaration needs a line this long", id: "pecah baris itu; tidak ada deklarasi yang memerlukan baris sepanjang ini")))
      tokens.append(Token(kind: .endOfFile, span: span(bytes.count, bytes.count), text: ""))
      return
    }
    // A UTF-8 byte-order mark, as some Windows editors write, is not content.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    while position < bytes.count {
      let start = position
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        position += 1
      case UInt8(ascii: "#"):
        skipComment(from: start)
      case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
        skipComment(from: start)
      case UInt8(ascii: "\""):
        lexString()
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        lexNumber()
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
        lexWord()
      default:
        lexPunctuation()
      }
    }
    tokens.append(Token(kind: .endOfFile, span: span(bytes.count, bytes.count), text: ""))
  }

  func peek(_ ahead: Int) -> UInt8? {
    position + ahead < bytes.count ? bytes[position + ahead] : nil
  }

  mutating func skipComment(from start: Int) {
    while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
    comments.append(Comment(span: span(start, position), text: file.text(of: span(start, position))))
  }

  mutating func lexWord() {
    let start = position
    while position < bytes.count, Lexer.isWordByte(bytes[position]) { position += 1 }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    if let (keyword, language) = Keyword.bySpelling[text] {
      tokens.append(Token(kind: .keyword(keyword), span: span(start, position), text: text, language: language))
    } else {
      tokens.append(Token(kind: .identifier, span: span(start, position), text: text))
    }
  }

  static func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
      true
    default: false
    }
  }

  static func isDigit(_ byte: UInt8?) -> Bool {
    guard let byte else { return false }
    return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  mutating func lexNumber() {
    let start = position
    while Lexer.isDigit(peek(0)) { position += 1 }
    // A date is exactly four digits, two and two: 2024-02-30 lexes as a date and is checked later.
    if position - start == 4, peek(0) == UInt8(ascii: "-"), Lexer.isDigit(peek(1)), Lexer.isDigit(peek(2)),
      peek(3) == UInt8(ascii: "-"), Lexer.isDigit(peek(4)), Lexer.isDigit(peek(5)), !Lexer.isDigit(peek(6))
    {
      position += 6
      tokens.append(Token(kind: .date, span: span(start, position), text: file.text(of: span(start, position))))
      return
    }
    if peek(0) == UInt8(ascii: "."), Lexer.isDigit(peek(1)) {
      position += 1
      while Lexer.isDigit(peek(0)) { position += 1 }
      tokens.append(Token(kind: .decimal, span: span(start, position), text: file.text(of: span(start, position))))
      return
    }
    tokens.append(Token(kind: .integer, span: span(start, position), text: file.text(of: span(start, position))))
  }

  /// The length in bytes of the character at `index` when `DisplayText` would escape it (a
  /// control character but tab, or a direction override); nil for any other character. The
  /// file is valid UTF-8 by now (`firstInvalidByte`).
  static func controlCharacterLength(_ bytes: [UInt8], at index: Int) -> Int? {
    let byte = bytes[index]
    let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
    guard index + length <= bytes.count,
      let scalar = String(decoding: bytes[index..<index + length], as: UTF8.self).unicodeScalars.first,
      DisplayText.needsEscape(scalar, keepTabs: true)
    else { return nil }
    return length
  }

  static func scalarHex(_ bytes: [UInt8], at index: Int, length: Int) -> String {
    let scalar = String(decoding: bytes[index..<index + length], as: UTF8.self).unicodeScalars.first?.value ?? 0
    let hex = String(scalar, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  mutating func lexString() {
    let start = position
    position += 1
    var value: [UInt8] = []
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        tokens.append(Token(kind: .string, span: span(start, position), text: String(decoding: value, as: UTF8.self)))
        return
      }
      if byte == UInt8(ascii: "\n") { break }
      if byte == UInt8(ascii: "\\"), let next = peek(1) {
        switch next {
        case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
        case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): value.append(next)
        default:
          diagnostics.append(
            Diagnostic(
              "E0105", at: span(position, position + 2), en: "unknown escape `\\\(Character(Unicode.Scalar(next)))` in a string",
              id: "escape `\\\(Character(Unicode.Scalar(next)))` tidak dikenal dalam teks",
              help: Message(en: "use \\\", \\\\, \\n or \\t", id: "gunakan \\\", \\\\, \\n atau \\t")))
          value.append(next)
        }
        position += 2
        continue
      }
      if let length = Self.controlCharacterLength(bytes, at: position) {
        // A raw control character (ESC, CR, ...) or a bidirectional override would reach every
        // explanation and terminal that shows this string; it must be written as an escape.
        diagnostics.append(
          Diagnostic(
            "E0108", at: span(position, position + length), en: "a control character (U+\(Self.scalarHex(bytes, at: position, length: length))) inside a string",
            id: "karakter kendali (U+\(Self.scalarHex(bytes, at: position, length: length))) di dalam teks",
            help: Message(
              en: "write a line break or a tab as \\n or \\t; other control characters and direction overrides cannot appear in a string",
              id: "tulis pindah baris atau tab sebagai \\n atau \\t; karakter kendali lain dan pembalik arah tidak boleh ada dalam teks")))
        position += length
        continue
      }
      value.append(byte)
      position += 1
    }
    diagnostics.append(
      Diagnostic(
        "E0104", at: span(start, start + 1), en: "unterminated string", id: "teks tidak ditutup",
        label: Message(en: "this string has no closing quote on its line", id: "teks ini tidak punya tanda kutip penutup di barisnya"),
        help: Message(en: "add a closing `\"`", id: "tambahkan `\"` penutup")))
    tokens.append(Token(kind: .string, span: span(start, position), text: String(decoding: value, as: UTF8.self)))
  }

  mutating func lexPunctuation() {
    let start = position
    let byte = bytes[position]
    let next = peek(1)
    func emit(_ kind: TokenKind, _ length: Int) {
      position += length
      tokens.append(Token(kind: kind, span: span(start, position), text: file.text(of: span(start, position))))
    }
    switch byte {
    case UInt8(ascii: "{"): emit(.leftBrace, 1)
    case UInt8(ascii: "}"): emit(.rightBrace, 1)
    case UInt8(ascii: "("): emit(.leftParen, 1)
    case UInt8(ascii: ")"): emit(.rightParen, 1)
    case UInt8(ascii: "["): emit(.leftBracket, 1)
    case UInt8(ascii: "]"): emit(.rightBracket, 1)
    case UInt8(ascii: ","): emit(.comma, 1)
    case UInt8(ascii: ":"): emit(.colon, 1)
    case UInt8(ascii: "?"): emit(.question, 1)
    case UInt8(ascii: "+"): emit(.plus, 1)
    case UInt8(ascii: "-"): emit(.minus, 1)
    case UInt8(ascii: "*"): emit(.star, 1)
    case UInt8(ascii: "/"): emit(.slash, 1)
    case UInt8(ascii: "."): next == UInt8(ascii: ".") ? emit(.dotDot, 2) : emit(.dot, 1)
    case UInt8(ascii: "="): next == UInt8(ascii: "=") ? emit(.equalEqual, 2) : emit(.equal, 1)
    case UInt8(ascii: "<"): next == UInt8(ascii: "=") ? emit(.lessEqual, 2) : emit(.less, 1)
    case UInt8(ascii: ">"): next == UInt8(ascii: "=") ? emit(.greaterEqual, 2) : emit(.greater, 1)
    case UInt8(ascii: "!") where next == UInt8(ascii: "="): emit(.bangEqual, 2)
    default:
      // Skip the whole character, however many bytes it takes, and report it once.
      var end = position + 1
      while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
      let character = file.text(of: span(position, end))
      diagnostics.append(
        Diagnostic(
          "E0103", at: span(position, end), en: "unexpected character `\(character)`",
          id: "karakter `\(character)` tidak diharapkan",
          help: Message(
            en: "names use ASCII letters, digits and `_`; text goes in double quotes",
            id: "nama memakai huruf ASCII, angka dan `_`; teks ditulis dalam tanda kutip ganda")))
      position = end
    }
  }

  /// Longest line accepted; longer ones are refused as a limit, before lexing.
  public static let maxLineBytes = 100_000

  static func firstLongLine(_ file: SourceFile) -> Int? {
    for (number, start) in file.lineStarts.enumerated() {
      let end = number + 1 < file.lineStarts.count ? file.lineStarts[number + 1] : file.bytes.count
      if end - start > maxLineBytes { return start }
    }
    return nil
  }

  /// The first NUL byte or invalid UTF-8 sequence, if any.
  static func firstEncodingProblem(_ bytes: [UInt8]) -> (offset: Int, isNul: Bool)? {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte == 0 { return (index, true) }
      if byte < 0x80 {
        index += 1
        continue
      }
      let length: Int
      let minimum: UInt32
      var scalar: UInt32
      switch byte {
      case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(byte & 0x1F)
      case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(byte & 0x0F)
      case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(byte & 0x07)
      default: return (index, false)
      }
      guard index + length <= count else { return (index, false) }
      for offset in 1..<length {
        let continuation = bytes[index + offset]
        guard continuation & 0xC0 == 0x80 else { return (index, false) }
        scalar = scalar << 6 | UInt32(continuation & 0x3F)
      }
      if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return (index, false) }
      index += length
    }
    return nil
  }
}
