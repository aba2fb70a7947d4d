import Foundation

/// A duration as the law writes it: days, months or years (months are not a fixed number of days).
public struct Duration: Hashable, Sendable {
  public let amount: Int
  public let unit: DurationUnit
}

/// Identifies one fact in a `FactBase`.
public struct FactID: Hashable, Sendable, Comparable {
  public let index: Int
  public static func < (a: FactID, b: FactID) -> Bool { a.index < b.index }
}

/// A runtime value. Decimal amounts are exact (Foundation's `Decimal`), dates are days.
public enum Value: Hashable, Sendable {
  case none
  case bool(Bool)
  case int(Int)
  case decimal(Decimal)
  case text(String)
  case date(Day)
  case duration(Duration)
  /// An inclusive date interval.
  case period(Day, Day)
  case enumCase(type: Int, index: Int)
  /// A nested record, stored as its own fact.
  case fact(FactID)
  case list([Value])

  public var isNone: Bool {
    if case .none = self { return true }
    return false
  }

  public var asBool: Bool {
    if case .bool(let b) = self { return b }
    return false
  }
}
