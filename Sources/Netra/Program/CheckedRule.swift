import Foundation

/// A rule, checked. A class, so the evaluator's many reads of a rule copy one reference.
/// Immutable: the stages that settle a rule's exceptions, stratum and join plan make a new one
/// (`settled`).
public final class CheckedRule: Sendable {
  public let name: String
  public let title: String?
  public let basis: [ResolvedCitation]
  public let exceptionTo: Int?
  /// Rules declared as exceptions to this one, in declaration order.
  public let exceptions: [Int]
  public let effective: Day?
  public let repealed: Day?
  public let judgedAt: CExpr?
  /// Slots this rule binds; an exception's slots continue after its parent's.
  public let firstSlot: Int
  public let slotCount: Int
  public let slotNames: [String]
  public let slotRecords: [Int]
  public let conditions: [CCondition]
  public let conclusions: [CConclusion]
  public let span: Span
  public let nameSpan: Span
  /// The stratum the rule runs in (an exception runs inside its rule and keeps 0).
  public let stratum: Int
  /// Source text of each condition, for explanations.
  public let conditionTexts: [String]
  /// The join plan of `conditions` (see `JoinPlan`): empty until the program is planned.
  public let probes: [Probe?]
  /// Records the rule binds at its top level: with no fact of one of them, it cannot match.
  public let bindingRecords: [Int]

  public init(
    name: String, title: String?, basis: [ResolvedCitation], exceptionTo: Int?, effective: Day?, repealed: Day?,
    judgedAt: CExpr?, firstSlot: Int, slotCount: Int, slotNames: [String], slotRecords: [Int], conditions: [CCondition],
    conclusions: [CConclusion], span: Span, nameSpan: Span, conditionTexts: [String], exceptions: [Int] = [],
    stratum: Int = 0, probes: [Probe?] = []
  ) {
    self.name = name
    self.title = title
    self.basis = basis
    self.exceptionTo = exceptionTo
    self.effective = effective
    self.repealed = repealed
    self.judgedAt = judgedAt
    self.firstSlot = firstSlot
    self.slotCount = slotCount
    self.slotNames = slotNames
    self.slotRecords = slotRecords
    self.conditions = conditions
    self.conclusions = conclusions
    self.span = span
    self.nameSpan = nameSpan
    self.conditionTexts = conditionTexts
    self.exceptions = exceptions
    self.stratum = stratum
    self.probes = probes
    var records: [Int] = []
    for case .binding(_, let record, _) in conditions where !records.contains(record) { records.append(record) }
    self.bindingRecords = records
  }

  /// A copy with what a later stage settles: the exceptions and the stratum (checker), or the
  /// expressions with their join plans (planner).
  public func settled(
    exceptions: [Int]? = nil, stratum: Int? = nil, conditions: [CCondition]? = nil, probes: [Probe?]? = nil,
    conclusions: [CConclusion]? = nil, judgedAt: CExpr?? = nil
  ) -> CheckedRule {
    CheckedRule(
      name: name, title: title, basis: basis, exceptionTo: exceptionTo, effective: effective, repealed: repealed,
      judgedAt: judgedAt ?? self.judgedAt, firstSlot: firstSlot, slotCount: slotCount, slotNames: slotNames, slotRecords: slotRecords,
      conditions: conditions ?? self.conditions, conclusions: conclusions ?? self.conclusions, span: span, nameSpan: nameSpan,
      conditionTexts: conditionTexts, exceptions: exceptions ?? self.exceptions, stratum: stratum ?? self.stratum,
      probes: probes ?? self.probes)
  }

  public func isInForce(on day: Day, sources: [CheckedSource]) -> Bool {
    if let effective, day < effective { return false }
    if let repealed, day >= repealed { return false }
    return basis.allSatisfy { sources[$0.source].isInForce(on: day) }
  }
}

/// `then R { ... }`: a conclusion of a rule.
public struct CConclusion: Sendable {
  public let record: Int
  /// One expression per field of the record, in field order (defaults filled in).
  public let fields: [CExpr]
  public let span: Span
}
