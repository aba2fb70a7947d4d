/// A JSON tree for output, with object keys in the order they were added (deterministic).
public indirect enum JSONNode: Sendable {
  case null
  case bool(Bool)
  /// A number, written exactly as given.
  case number(String)
  case string(String)
  case array([JSONNode])
  case object([(String, JSONNode)])

  public func serialized(pretty: Bool) -> String {
    String(decoding: serializedBytes(pretty: pretty), as: UTF8.self)
  }

  /// The JSON text as UTF-8 bytes: written byte by byte, as building it from `String`s costs
  /// more than the evaluation it reports.
  public func serializedBytes(pretty: Bool) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    write(to: &out, pretty: pretty, indent: 0)
    return out
  }

  func write(to out: inout [UInt8], pretty: Bool, indent: Int) {
    func newline(_ depth: Int) {
      out.append(UInt8(ascii: "\n"))
      for _ in 0..<(2 * depth) { out.append(UInt8(ascii: " ")) }
    }
    switch self {
    case .null: out += "null".utf8
    case .bool(let b): out += (b ? "true" : "false").utf8
    case .number(let n): out += n.utf8
    case .string(let s): JSONText.quote(s, into: &out)
    case .array(let items):
      if items.isEmpty {
        out += "[]".utf8
        return
      }
      out.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        if pretty { newline(indent + 1) }
        item.write(to: &out, pretty: pretty, indent: indent + 1)
      }
      if pretty { newline(indent) }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      if members.isEmpty {
        out += "{}".utf8
        return
      }
      out.append(UInt8(ascii: "{"))
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        if pretty { newline(indent + 1) }
        JSONText.quote(key, into: &out)
        out.append(UInt8(ascii: ":"))
        if pretty { out.append(UInt8(ascii: " ")) }
        value.write(to: &out, pretty: pretty, indent: indent + 1)
      }
      if pretty { newline(indent) }
      out.append(UInt8(ascii: "}"))
    }
  }
}

extension JSONNode {
  /// A value read by `JSONReader`, to write back out (numbers keep their text).
  public init(_ value: JSONValue) {
    switch value.kind {
    case .null: self = .null
    case .bool(let b): self = .bool(b)
    case .number(let n): self = .number(n)
    case .string(let s): self = .string(s)
    case .array(let items): self = .array(items.map(JSONNode.init))
    case .object(let members): self = .object(members.map { ($0.key, JSONNode($0.value)) })
    }
  }
}
