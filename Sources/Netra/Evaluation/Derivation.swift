/// How one derived fact came about: the record a lawyer checks.
public struct Derivation: Sendable {
  public let rule: Int
  /// Each bound variable with its fact, in binding order.
  public let bindings: [(name: String, fact: FactID)]
  public let conditions: [ConditionTrace]
  public let exceptions: [ExceptionTrace]
  /// The date the conduct was judged at, when the rule has one (or `--as-of`).
  public let judgedAt: Day?
  /// When an exception replaced a rule's conclusion: the rule it defeated.
  public let replaces: Int?
}

/// One condition as evaluated: its text, whether it held, and the values compared.
public struct ConditionTrace: Sendable {
  public let text: String
  public let holds: Bool
  /// Rendered operands, such as `a.jenis` = `medsos_suka`.
  public let values: [(expression: String, value: String)]
}

/// An exception that was weighed against a rule firing, and why it did or did not apply.
public struct ExceptionTrace: Sendable {
  public enum Outcome: Sendable {
    /// Its conditions held: it defeated the rule.
    case applied
    /// Its first failing condition (for the closest candidate).
    case failed(ConditionTrace?)
    /// It was not in force at the date the conduct was judged.
    case notInForce
    /// Its conditions held but one of its own exceptions defeated it.
    case defeated(by: Int)
  }
  public let rule: Int
  public let outcome: Outcome
}

/// Two or more rules concluding incompatible facts with no priority between them.
public struct Conflict: Sendable {
  public let record: Int
  public let facts: [FactID]
  public let rules: [[Int]]
}
