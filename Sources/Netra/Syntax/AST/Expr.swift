/// An expression with the span it covers.
public struct Expr: Hashable, Sendable {
  public let kind: ExprKind
  public let span: Span
  public init(_ kind: ExprKind, _ span: Span) {
    self.kind = kind
    self.span = span
  }
}

public enum BinaryOperator: String, Hashable, Sendable {
  case and, or
  case equal = "==", notEqual = "!="
  case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
  case plus = "+", minus = "-", times = "*", divide = "/"
  case `in`, notIn = "not in", during, before, after
}

public enum DurationUnit: String, Hashable, Sendable {
  case days, months, years
}

public indirect enum ExprKind: Hashable, Sendable {
  case integer(String)
  case decimal(String)
  case string(String)
  case date(String)
  case boolean(Bool)
  case none
  case duration(amount: String, unit: DurationUnit)
  case name(Name)
  case member(Expr, Name)
  case not(Expr)
  case negate(Expr)
  case binary(BinaryOperator, Expr, Expr)
  case set([Expr])
  /// An inclusive date interval `from .. to`.
  case period(Expr, Expr)
  case conditional(Expr, Expr, Expr)
  /// `count x: T { conditions }`: how many facts of `T` satisfy the conditions.
  case count(Pattern)
}

/// `x: T { conditions }`, the pattern inside `no` and `count`.
public struct Pattern: Hashable, Sendable {
  public let variable: Name
  public let type: Name
  public let conditions: [Condition]
  public let span: Span
}

/// One item of a `when` block.
public enum Condition: Hashable, Sendable {
  /// `x: T`: x ranges over the facts of type T.
  case binding(variable: Name, type: Name)
  /// A boolean expression that must hold.
  case test(Expr)
  /// `no x: T { ... }`: no fact of type T satisfies the conditions.
  case absence(Pattern, span: Span)

  public var span: Span {
    switch self {
    case .binding(let variable, let type): variable.span.joined(with: type.span)
    case .test(let expr): expr.span
    case .absence(_, let span): span
    }
  }
}
