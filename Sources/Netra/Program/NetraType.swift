/// The type of a field, constant or expression, with enumerations and records by index.
public indirect enum NetraType: Hashable, Sendable {
  case bool, int, decimal, text, date, duration, period
  case enumeration(Int)
  case record(Int)
  case optional(NetraType)
  case list(NetraType)
  case set(NetraType)
  /// The type of the `none` literal: fits any optional.
  case none
  /// A type that already produced an error; fits anything, so one mistake gives one error.
  case error

  static let builtins: [String: NetraType] = [
    "Bool": .bool, "Boolean": .bool,
    "Int": .int, "Bilangan": .int,
    "Decimal": .decimal, "Desimal": .decimal,
    "Text": .text, "Teks": .text,
    "Date": .date, "Tanggal": .date,
    "Duration": .duration, "Durasi": .duration,
    "Period": .period, "Periode": .period,
  ]

  /// The type without its optional wrapper.
  package var unwrapped: NetraType {
    if case .optional(let inner) = self { return inner.unwrapped }
    return self
  }

  package var isOptional: Bool {
    if case .optional = self { return true }
    return self == .none
  }

  var elementType: NetraType? {
    switch unwrapped {
    case .list(let element), .set(let element): element
    default: nil
    }
  }

  var isNumeric: Bool { unwrapped == .int || unwrapped == .decimal || unwrapped == .error }

  /// Whether a value of `other` may be used where `self` is expected.
  func accepts(_ other: NetraType) -> Bool {
    if self == .error || other == .error { return true }
    if self == other { return true }
    switch (self, other) {
    case (.optional, .none): return true
    case (.optional(let inner), _): return inner.accepts(other)
    case (.decimal, .int): return true
    case (.list(let a), .list(let b)), (.set(let a), .set(let b)), (.set(let a), .list(let b)), (.list(let a), .set(let b)):
      return a.accepts(b)
    default: return false
    }
  }

  /// Whether two values may be compared with `==`.
  func comparable(with other: NetraType) -> Bool {
    let a = unwrapped
    let b = other.unwrapped
    if a == .error || b == .error || a == .none || b == .none { return true }
    if a.isNumeric && b.isNumeric { return true }
    return a.accepts(b) || b.accepts(a)
  }
}
