/// A strict JSON reader (RFC 8259) over bytes that keeps positions and exact number text.
///
/// Foundation's `JSONSerialization` turns numbers into `Double` and forgets where values were,
/// which would break exact amounts and JSON-path-with-line error messages.
public struct JSONReader {
  public struct Failure: Error, Hashable, Sendable {
    public let offset: Int
    public let message: Message
  }

  let bytes: [UInt8]
  var position: Int
  let end: Int
  let maxDepth: Int

  public init(bytes: [UInt8], start: Int = 0, end: Int? = nil, maxDepth: Int = 256) {
    self.bytes = bytes
    self.position = start
    self.end = end ?? bytes.count
    self.maxDepth = maxDepth
  }

  /// Reads exactly one JSON document spanning the whole range.
  public static func read(_ bytes: [UInt8], start: Int = 0, end: Int? = nil, maxDepth: Int = 256) -> Result<JSONValue, Failure> {
    var reader = JSONReader(bytes: bytes, start: start, end: end, maxDepth: maxDepth)
    do {
      reader.skipWhitespace()
      if reader.position >= reader.end {
        throw Failure(offset: reader.position, message: Message(en: "expected a JSON value, found the end of the input", id: "diharapkan nilai JSON, ditemukan akhir masukan"))
      }
      let value = try reader.readValue(depth: 0)
      reader.skipWhitespace()
      if reader.position < reader.end {
        throw Failure(offset: reader.position, message: Message(en: "unexpected text after the JSON value", id: "ada teks tak terduga sesudah nilai JSON"))
      }
      return .success(value)
    } catch let failure as Failure {
      return .failure(failure)
    } catch {
      return .failure(Failure(offset: reader.position, message: Message(en: "unreadable JSON", id: "JSON tidak terbaca")))
    }
  }

  mutating func skipWhitespace() {
    while position < end {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  func fail(_ en: String, _ id: String, at offset: Int? = nil) -> Failure {
    Failure(offset: offset ?? position, message: Message(en: en, id: id))
  }

  /// What stands at the reading position, in both languages.
  func describeHere() -> Message {
    guard position < end else { return Message(en: "the end of the input", id: "akhir masukan") }
    let byte = bytes[position]
    if byte >= 0x20 && byte < 0x7F {
      let shown = "`\(Character(Unicode.Scalar(byte)))`"
      return Message(en: shown, id: shown)
    }
    let hex = String(byte, radix: 16)
    return Message(en: "byte 0x" + hex, id: "bita 0x" + hex)
  }

  mutating func readValue(depth: Int) throws -> JSONValue {
    guard depth < maxDepth else {
      throw fail("JSON nested deeper than \(maxDepth) levels", "JSON bersarang lebih dari \(maxDepth) tingkat")
    }
    let start = position
    guard position < end else { throw fail("expected a JSON value, found the end of the input", "diharapkan nilai JSON, ditemukan akhir masukan") }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try readObject(depth: depth)
    case UInt8(ascii: "["): return try readArray(depth: depth)
    case UInt8(ascii: "\""): return JSONValue(.string(try readString()), offset: start)
    case UInt8(ascii: "t"): try expectWord("true"); return JSONValue(.bool(true), offset: start)
    case UInt8(ascii: "f"): try expectWord("false"); return JSONValue(.bool(false), offset: start)
    case UInt8(ascii: "n"): try expectWord("null"); return JSONValue(.null, offset: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return JSONValue(.number(try readNumber()), offset: start)
    default:
      let here = describeHere()
      throw fail("expected a JSON value, found \(here.en)", "diharapkan nilai JSON, ditemukan \(here.id)")
    }
  }

  mutating func expectWord(_ word: String) throws {
    let utf8 = Array(word.utf8)
    guard position + utf8.count <= end, Array(bytes[position..<position + utf8.count]) == utf8 else {
      throw fail("expected a JSON value", "diharapkan nilai JSON")
    }
    position += utf8.count
  }

  mutating func readObject(depth: Int) throws -> JSONValue {
    let start = position
    position += 1
    var members: [JSONMember] = []
    var seen: Set<String> = []
    skipWhitespace()
    if position < end, bytes[position] == UInt8(ascii: "}") {
      position += 1
      return JSONValue(.object([]), offset: start)
    }
    while true {
      skipWhitespace()
      guard position < end, bytes[position] == UInt8(ascii: "\"") else {
        let here = describeHere()
        throw fail("expected a field name in double quotes, found \(here.en)", "diharapkan nama medan dalam tanda kutip ganda, ditemukan \(here.id)")
      }
      let keyOffset = position
      let key = try readString()
      if !seen.insert(key).inserted {
        throw fail("the field `\(key)` appears twice in one object", "medan `\(key)` muncul dua kali dalam satu objek", at: keyOffset)
      }
      skipWhitespace()
      guard position < end, bytes[position] == UInt8(ascii: ":") else {
        let here = describeHere()
        throw fail("expected `:` after the field name, found \(here.en)", "diharapkan `:` sesudah nama medan, ditemukan \(here.id)")
      }
      position += 1
      skipWhitespace()
      let value = try readValue(depth: depth + 1)
      members.append(JSONMember(key: key, keyOffset: keyOffset, value: value))
      skipWhitespace()
      guard position < end else { throw fail("unterminated object: expected `,` or `}`", "objek tidak ditutup: diharapkan `,` atau `}`") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
        continue
      }
      if bytes[position] == UInt8(ascii: "}") {
        position += 1
        return JSONValue(.object(members), offset: start)
      }
      let here = describeHere()
      throw fail("expected `,` or `}` in an object, found \(here.en)", "diharapkan `,` atau `}` dalam objek, ditemukan \(here.id)")
    }
  }

  mutating func readArray(depth: Int) throws -> JSONValue {
    let start = position
    position += 1
    var items: [JSONValue] = []
    skipWhitespace()
    if position < end, bytes[position] == UInt8(ascii: "]") {
      position += 1
      return JSONValue(.array([]), offset: start)
    }
    while true {
      skipWhitespace()
      items.append(try readValue(depth: depth + 1))
      skipWhitespace()
      guard position < end else { throw fail("unterminated list: expected `,` or `]`", "daftar tidak ditutup: diharapkan `,` atau `]`") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
        continue
      }
      if bytes[position] == UInt8(ascii: "]") {
        position += 1
        return JSONValue(.array(items), offset: start)
      }
      let here = describeHere()
      throw fail("expected `,` or `]` in a list, found \(here.en)", "diharapkan `,` atau `]` dalam daftar, ditemukan \(here.id)")
    }
  }

  mutating func readNumber() throws -> String {
    let start = position
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    func digits() -> Int {
      let from = position
      while position < end, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") { position += 1 }
      return position - from
    }
    let integerStart = position
    let integerDigits = digits()
    if integerDigits == 0 { throw fail("expected digits in a number", "diharapkan angka dalam bilangan") }
    if integerDigits > 1, bytes[integerStart] == UInt8(ascii: "0") {
      throw fail("a number may not start with 0", "bilangan tidak boleh diawali 0", at: integerStart)
    }
    if position < end, bytes[position] == UInt8(ascii: ".") {
      position += 1
      if digits() == 0 { throw fail("expected digits after the decimal point", "diharapkan angka sesudah titik desimal") }
    }
    if position < end, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
      position += 1
      if position < end, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
      if digits() == 0 { throw fail("expected digits in the exponent", "diharapkan angka pada eksponen") }
    }
    return String(decoding: bytes[start..<position], as: UTF8.self)
  }

  mutating func readString() throws -> String {
    let start = position
    position += 1
    var runStart = position
    var result = ""
    func flushRun(_ upTo: Int) throws {
      if upTo > runStart {
        guard let text = String(validating: bytes[runStart..<upTo], as: UTF8.self) else {
          throw fail("a string is not valid UTF-8", "teks bukan UTF-8 yang sah", at: runStart)
        }
        result += text
      }
    }
    while position < end {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        try flushRun(position)
        position += 1
        return result
      }
      if byte < 0x20 {
        throw fail("a control character must be escaped inside a string", "karakter kendali harus di-escape dalam teks")
      }
      if byte == UInt8(ascii: "\\") {
        try flushRun(position)
        position += 1
        guard position < end else { break }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "\""): result += "\""
        case UInt8(ascii: "\\"): result += "\\"
        case UInt8(ascii: "/"): result += "/"
        case UInt8(ascii: "b"): result += "\u{08}"
        case UInt8(ascii: "f"): result += "\u{0C}"
        case UInt8(ascii: "n"): result += "\n"
        case UInt8(ascii: "r"): result += "\r"
        case UInt8(ascii: "t"): result += "\t"
        case UInt8(ascii: "u"):
          let first = try readHex4()
          var value = first
          if (0xD800...0xDBFF).contains(first) {
            guard position + 1 < end, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
              throw fail("a lone surrogate in a \\u escape", "surrogate tunggal dalam escape \\u")
            }
            position += 2
            let second = try readHex4()
            guard (0xDC00...0xDFFF).contains(second) else { throw fail("a lone surrogate in a \\u escape", "surrogate tunggal dalam escape \\u") }
            value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
          } else if (0xDC00...0xDFFF).contains(first) {
            throw fail("a lone surrogate in a \\u escape", "surrogate tunggal dalam escape \\u")
          }
          guard let scalar = Unicode.Scalar(value) else { throw fail("an invalid \\u escape", "escape \\u tidak sah") }
          result.unicodeScalars.append(scalar)
        default:
          throw fail("an invalid escape in a string", "escape tidak sah dalam teks", at: position - 2)
        }
        runStart = position
        continue
      }
      position += 1
    }
    throw fail("unterminated string", "teks tidak ditutup", at: start)
  }

  mutating func readHex4() throws -> UInt32 {
    guard position + 4 <= end else { throw fail("expected four hex digits after \\u", "diharapkan empat digit heksadesimal sesudah \\u") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw fail("expected four hex digits after \\u", "diharapkan empat digit heksadesimal sesudah \\u")
      }
      value = value * 16 + digit
      position += 1
    }
    return value
  }
}
