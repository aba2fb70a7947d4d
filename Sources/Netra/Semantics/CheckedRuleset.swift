import Foundation

/// The checked program: every name resolved to an index, every expression typed.
/// Immutable and `Sendable`, so batch evaluation shares one copy across threads.
public struct CheckedRuleset: Sendable {
  public var name: String
  public var version: String?
  public var sources: [CheckedSource] = []
  public var enums: [CheckedEnum] = []
  public var records: [CheckedRecord] = []
  public var calendars: [CheckedCalendar] = []
  public var rules: [CheckedRule] = []
  /// Direct priority edges: `priorities[i]` lists the rules rule `i` prevails over.
  public var priorities: [[Int]] = []
  /// Rules in evaluation order, grouped by stratum. Exceptions are not listed: they run inside
  /// the rule they except.
  public var strata: [[Int]] = []
  /// Per stratum: the records its rules (and their exceptions) conclude, and whether any rule
  /// reads one of them (so the stratum needs passes until nothing new is derived).
  public var strataHeads: [Set<Int>] = []
  public var strataRecursive: [Bool] = []
  public var tests: [CheckedTest] = []
  public var inputRecord: Int = 0
  /// A digest of the source texts, for decision receipts.
  public var sourceDigest: String = ""
  public var sourceSet: SourceSet = SourceSet()

  public func record(named name: String) -> Int? { records.firstIndex { $0.name == name } }
  public func rule(named name: String) -> Int? { rules.firstIndex { $0.name == name } }

  /// Whether rule `a` prevails over rule `b` through a chain of priority declarations.
  public func prevails(_ a: Int, over b: Int) -> Bool {
    var seen: Set<Int> = [a]
    var stack = [a]
    while let next = stack.popLast() {
      for lower in priorities[next] {
        if lower == b { return true }
        if seen.insert(lower).inserted { stack.append(lower) }
      }
    }
    return false
  }
}

public struct CheckedSource: Sendable {
  public let name: String
  public let title: String
  public let effective: Day?
  public let repealed: Day?
  public let replacedBy: Int?
  public let span: Span

  /// In force on `day`: from the effective date, up to the day before repeal.
  public func isInForce(on day: Day) -> Bool {
    if let effective, day < effective { return false }
    if let repealed, day >= repealed { return false }
    return true
  }
}

public struct CheckedEnum: Sendable {
  public let name: String
  public let cases: [String]
  public let caseIndex: [String: Int]
  public let span: Span
}

/// A field of a record. A class, so evaluation reads it without copying (and retaining) every
/// member; built and then only mutated while checking.
public final class CheckedField: @unchecked Sendable {
  public let name: String
  public let type: NetraType
  public let defaultValue: CExpr?
  public let isKey: Bool
  public let reference: Int?
  public let onlyWhen: CExpr?
  public let requiredWhen: CExpr?
  public let nonempty: Bool
  public let span: Span
  /// Source text of `only when` and `required when`, for facts errors.
  public var onlyWhenText: String = ""
  public var requiredWhenText: String = ""

  public init(
    name: String, type: NetraType, defaultValue: CExpr?, isKey: Bool, reference: Int?, onlyWhen: CExpr?,
    requiredWhen: CExpr?, nonempty: Bool, span: Span
  ) {
    self.name = name
    self.type = type
    self.defaultValue = defaultValue
    self.isKey = isKey
    self.reference = reference
    self.onlyWhen = onlyWhen
    self.requiredWhen = requiredWhen
    self.nonempty = nonempty
    self.span = span
  }
}

public struct CheckedRequirement: Sendable {
  public let condition: CExpr
  public let message: String
  public let span: Span
}

/// A record declaration, checked. A class for the same reason as `CheckedField`.
public final class CheckedRecord: @unchecked Sendable {
  public let name: String
  public let role: RecordRole
  public var fields: [CheckedField]
  public var fieldIndex: [String: Int]
  public var requirements: [CheckedRequirement] = []
  /// Field indices that findings are sorted by.
  public var order: [Int] = []
  public let span: Span
  /// Fields marked `key`: on derived records, facts with equal keys and different values conflict.
  public let keyFields: [Int]

  public init(name: String, role: RecordRole, fields: [CheckedField], fieldIndex: [String: Int], span: Span) {
    self.name = name
    self.role = role
    self.fields = fields
    self.fieldIndex = fieldIndex
    self.span = span
    self.keyFields = fields.indices.filter { fields[$0].isKey }
  }
}

public struct CheckedCalendar: Sendable {
  public let name: String
  public let title: String?
  public let basis: [ResolvedCitation]
  public let entries: [(name: String, value: Value)]
  public let span: Span
}

/// A citation with its source resolved and its locator turned into the identifier form
/// `pp94_2021.p5.n.1` of the legal reference (section 0.2).
public struct ResolvedCitation: Hashable, Sendable {
  public let source: Int
  public let locator: String
  public let identifier: String
  public let span: Span
}

/// A rule, checked. A class, so the evaluator's many reads of a rule copy one reference.
public final class CheckedRule: @unchecked Sendable {
  public let name: String
  public let title: String?
  public let basis: [ResolvedCitation]
  public let exceptionTo: Int?
  /// Rules declared as exceptions to this one, in declaration order.
  public var exceptions: [Int] = []
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
  public var stratum: Int = 0
  /// Source text of each condition, for explanations.
  public let conditionTexts: [String]
  /// The join plan of `conditions`.
  public let probes: [Probe?]
  /// Records the rule binds at its top level: with no fact of one of them, it cannot match.
  public let bindingRecords: [Int]

  public init(
    name: String, title: String?, basis: [ResolvedCitation], exceptionTo: Int?, effective: Day?, repealed: Day?,
    judgedAt: CExpr?, firstSlot: Int, slotCount: Int, slotNames: [String], slotRecords: [Int], conditions: [CCondition],
    conclusions: [CConclusion], span: Span, nameSpan: Span, conditionTexts: [String]
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
    self.probes = JoinPlan.probes(for: conditions)
    var records: [Int] = []
    for case .binding(_, let record, _) in conditions where !records.contains(record) { records.append(record) }
    self.bindingRecords = records
  }

  public func isInForce(on day: Day, sources: [CheckedSource]) -> Bool {
    if let effective, day < effective { return false }
    if let repealed, day >= repealed { return false }
    return basis.allSatisfy { sources[$0.source].isInForce(on: day) }
  }
}

public struct CConclusion: Sendable {
  public let record: Int
  /// One expression per field of the record, in field order (defaults filled in).
  public let fields: [CExpr]
  public let span: Span
}

public struct CPattern: Sendable {
  public let slot: Int
  public let record: Int
  public let conditions: [CCondition]
  public let span: Span
  /// The binding of the pattern's own variable followed by its conditions, and their join plan,
  /// built once so matching allocates nothing.
  public let matchConditions: [CCondition]
  public let probes: [Probe?]

  public init(slot: Int, record: Int, conditions: [CCondition], span: Span) {
    self.slot = slot
    self.record = record
    self.conditions = conditions
    self.span = span
    self.matchConditions = [.binding(slot: slot, record: record, span: span)] + conditions
    self.probes = JoinPlan.probes(for: matchConditions)
  }
}

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

/// A checked expression. Names are gone: variables are slots, fields are indices.
public indirect enum CExpr: Sendable {
  case constant(Value)
  /// The fact bound to a slot.
  case slot(Int)
  /// A field of a record-typed value.
  case field(CExpr, record: Int, field: Int)
  case not(CExpr)
  case negate(CExpr)
  case binary(BinaryOperator, CExpr, CExpr)
  case set([CExpr])
  case period(CExpr, CExpr)
  case conditional(CExpr, CExpr, CExpr)
  case count(CPattern)
  /// `d.year`, `d.month`, `d.day` of a date.
  case dateComponent(CExpr, DateComponent)
}

public enum DateComponent: String, Sendable {
  case year, month, day
}

public struct CheckedTest: Sendable {
  public let name: String
  public let basis: [ResolvedCitation]
  public let rationale: String?
  public let asOf: Day?
  public let given: JSONValue
  public let file: FileID
  public let expectations: [CheckedExpectation]
  public let span: Span
}

public struct CheckedExpectation: Sendable {
  public let negated: Bool
  public let record: Int
  public let fields: [(field: Int, value: Value)]
  public let text: String
  public let span: Span
}
