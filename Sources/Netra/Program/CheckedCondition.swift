import Foundation

/// One item of a rule's `when`, checked.
public indirect enum CCondition: Sendable {
  case binding(slot: Int, record: Int, span: Span)
  case test(CExpr, span: Span)
  case absence(CPattern, span: Span)

  public var span: Span {
    switch self {
    case .binding(_, _, let span), .test(_, let span), .absence(_, let span): span
    }
  }
}

/// `no x: R { ... }` and `count x: R { ... }`: a variable of its own and its conditions.
public struct CPattern: Sendable {
  public let slot: Int
  public let record: Int
  public let conditions: [CCondition]
  public let span: Span
  /// The binding of the pattern's own variable followed by its conditions, built once so matching
  /// allocates nothing; `probes` is their join plan, empty until the program is planned.
  public let matchConditions: [CCondition]
  public let probes: [Probe?]

  public init(slot: Int, record: Int, conditions: [CCondition], span: Span, probes: [Probe?] = []) {
    self.slot = slot
    self.record = record
    self.conditions = conditions
    self.span = span
    self.matchConditions = [.binding(slot: slot, record: record, span: span)] + conditions
    self.probes = probes
  }
}
