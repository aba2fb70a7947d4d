/// A JSON value that keeps number text exactly and the byte offset where it starts.
public struct JSONValue: Hashable, Sendable {
  public indirect enum Kind: Hashable, Sendable {
    case null
    case bool(Bool)
    /// The number exactly as written, so rupiah amounts and large ids lose nothing.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])
  }
  public let kind: Kind
  /// Byte offset of the value's first character in its document.
  public let offset: Int

  public init(_ kind: Kind, offset: Int) {
    self.kind = kind
    self.offset = offset
  }

  public func member(_ key: String) -> JSONValue? {
    if case .object(let members) = kind { return members.first { $0.key == key }?.value }
    return nil
  }

  /// A short description of the value for messages: `"5 Okt"`, `12`, `an object`.
  public var shortDescription: String { description.en }

  static func quoted(_ s: String) -> String { JSONText.quote(s.count > 40 ? String(s.prefix(40)) + "…" : s) }

  /// The short description in both languages (`a list` / `daftar`).
  public var description: Message {
    switch kind {
    case .null: Message(en: "null", id: "null")
    case .bool(let b): Message(en: b ? "true" : "false", id: b ? "true" : "false")
    case .number(let n): Message(en: n, id: n)
    case .string(let s): Message(en: Self.quoted(s), id: Self.quoted(s))
    case .array: Message(en: "a list", id: "daftar")
    case .object: Message(en: "an object", id: "objek")
    }
  }
}

public struct JSONMember: Hashable, Sendable {
  public let key: String
  public let keyOffset: Int
  public let value: JSONValue
}
