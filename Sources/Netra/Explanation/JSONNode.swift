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
    var out = ""
    write(to: &out, pretty: pretty, indent: 0)
    return out
  }

  func write(to out: inout String, pretty: Bool, indent: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let n): out += n
    case .string(let s): out += JSONText.quote(s)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (index, item) in items.enumerated() {
        if index > 0 { out += "," }
        if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
        item.write(to: &out, pretty: pretty, indent: indent + 1)
      }
      if pretty { out += "\n" + String(repeating: "  ", count: indent) }
      out += "]"
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { out += "," }
        if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
        out += JSONText.quote(key) + (pretty ? ": " : ":")
        value.write(to: &out, pretty: pretty, indent: indent + 1)
      }
      if pretty { out += "\n" + String(repeating: "  ", count: indent) }
      out += "}"
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
