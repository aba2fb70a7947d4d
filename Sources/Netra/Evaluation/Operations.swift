import Foundation

/// Operations on values that need no facts; shared by constant folding and evaluation.
public enum Operations {
  public struct Failure: Error, Sendable {
    public let message: Message
  }

  /// Equality with numeric promotion; `none` equals only `none`.
  public static func equal(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.int(let x), .decimal(let y)): return Decimal(x) == y
    case (.decimal(let x), .int(let y)): return x == Decimal(y)
    default: return a == b
    }
  }

  /// Ordering of numbers and dates; nil where the values have no order (including `none`).
  public static func compare(_ a: Value, _ b: Value) -> Int? {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
    case (.date(let x), .date(let y)): return x < y ? -1 : (x == y ? 0 : 1)
    default:
      guard let x = decimal(a), let y = decimal(b) else { return nil }
      return x < y ? -1 : (x == y ? 0 : 1)
    }
  }

  static func decimal(_ value: Value) -> Decimal? {
    switch value {
    case .int(let x): Decimal(x)
    case .decimal(let x): x
    default: nil
    }
  }

  public static func contains(_ collection: Value, _ item: Value) -> Bool {
    if case .list(let items) = collection { return items.contains { equal($0, item) } }
    return false
  }

  public static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
    switch op {
    case .equal: return .bool(equal(a, b))
    case .notEqual: return .bool(!equal(a, b))
    case .less: return .bool((compare(a, b) ?? 0) < 0 && compare(a, b) != nil)
    case .lessEqual: return .bool(compare(a, b).map { $0 <= 0 } ?? false)
    case .greater: return .bool(compare(a, b).map { $0 > 0 } ?? false)
    case .greaterEqual: return .bool(compare(a, b).map { $0 >= 0 } ?? false)
    case .before: return .bool(compare(a, b).map { $0 < 0 } ?? false)
    case .after: return .bool(compare(a, b).map { $0 > 0 } ?? false)
    case .in: return .bool(contains(b, a))
    case .notIn: return .bool(!a.isNone && !contains(b, a))
    case .during:
      if case .date(let day) = a, case .period(let from, let to) = b { return .bool(from <= day && day <= to) }
      return .bool(false)
    case .and: return .bool(a.asBool && b.asBool)
    case .or: return .bool(a.asBool || b.asBool)
    case .plus, .minus, .times, .divide:
      return try arithmetic(op, a, b)
    }
  }

  static func arithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
    if a.isNone || b.isNone { return .none }
    switch (op, a, b) {
    case (.plus, .int(let x), .int(let y)):
      let (r, overflow) = x.addingReportingOverflow(y)
      if overflow { throw overflowFailure }
      return .int(r)
    case (.minus, .int(let x), .int(let y)):
      let (r, overflow) = x.subtractingReportingOverflow(y)
      if overflow { throw overflowFailure }
      return .int(r)
    case (.times, .int(let x), .int(let y)):
      let (r, overflow) = x.multipliedReportingOverflow(by: y)
      if overflow { throw overflowFailure }
      return .int(r)
    case (.plus, .text(let x), .text(let y)): return .text(x + y)
    case (.plus, .date(let day), .duration(let d)), (.minus, .date(let day), .duration(let d)):
      let sign = op == .plus ? 1 : -1
      let shifted: Day?
      switch d.unit {
      case .days: shifted = Day(ordinal: day.ordinal + sign * d.amount)
      case .months: shifted = day.adding(months: sign * d.amount)
      case .years: shifted = day.adding(months: sign * d.amount * 12)
      }
      guard let shifted, (Day(year: 1, month: 1, day: 1)!...Day(year: 9999, month: 12, day: 31)!).contains(shifted) else {
        throw Failure(message: Message(en: "date arithmetic left the calendar", id: "aritmetika tanggal keluar dari kalender"))
      }
      return .date(shifted)
    case (.minus, .date(let x), .date(let y)): return .int(x.ordinal - y.ordinal)
    default:
      guard let x = decimal(a), let y = decimal(b) else {
        throw Failure(message: Message(en: "arithmetic on values that are not numbers", id: "aritmetika pada nilai yang bukan bilangan"))
      }
      switch op {
      case .plus: return .decimal(x + y)
      case .minus: return .decimal(x - y)
      case .times: return .decimal(x * y)
      default:
        if y == 0 { throw Failure(message: Message(en: "division by zero", id: "pembagian dengan nol")) }
        return .decimal(x / y)
      }
    }
  }

  static let overflowFailure = Failure(message: Message(en: "integer overflow", id: "luapan bilangan bulat"))
}
