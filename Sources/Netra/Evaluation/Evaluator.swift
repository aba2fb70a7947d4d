/// Runs a checked ruleset on the facts of one case: a fixpoint per stratum, exceptions weighed
/// at each firing, conflicts settled by priority or reported. Pure: no I/O and no clock.
public struct Evaluator: Sendable {
  public struct Options: Sendable {
    /// Judge every rule at this date instead of the date of the conduct.
    public var asOf: Day?
    /// Record a derivation for every derived fact (explanations); off on the fast path.
    public var trace = false
    public var limits = Limits()
    public init(asOf: Day? = nil, trace: Bool = false) {
      self.asOf = asOf
      self.trace = trace
    }
  }

  public let program: CheckedRuleset
  public let options: Options
  public internal(set) var base: FactBase
  /// Rules that derived each fact, in the order they did.
  public internal(set) var derivedBy: [FactID: [Int]] = [:]
  public internal(set) var derivations: [FactID: [Derivation]] = [:]
  public internal(set) var conflicts: [Conflict] = []
  /// Rules that applied at least once: fired, or (for exceptions) defeated the rule they except.
  public internal(set) var applied: Set<Int> = []
  /// Rules shown not applying: defeated or out of force where their conditions held, and
  /// exceptions that were weighed and did not apply.
  public internal(set) var withheld: Set<Int> = []
  package var steps = 0
  /// Bindings of collected matches held at once (see `holdBindings`).
  var heldBindings = 0
  package var derivedCount = 0
  /// Facts derived during the current pass, added when the pass ends.
  package var pending: [(record: Int, fields: [Value], rule: Int, derivation: Derivation?)] = []
  /// Semi-naive restriction of one slot of the rule being matched.
  package var restriction: (slot: Int, firstFact: Int)?

  public init(program: CheckedRuleset, base: FactBase, options: Options) {
    self.program = program
    self.base = base
    self.options = options
  }

  /// Evaluates every stratum in order. A recursive stratum runs semi-naively: after the first
  /// pass, each pass joins at least one fact derived in the pass before.
  public mutating func run() throws(EvaluationError) {
    for (number, stratum) in program.strata.enumerated() {
      let heads = program.strataHeads[number]
      let recursive = program.strataRecursive[number]
      var iterations = 0
      var deltaStart = base.facts.count
      for rule in stratum {
        try evaluate(rule: rule, delta: nil)
        _ = try flushPending()
      }
      while recursive {
        let passStart = base.facts.count
        if passStart == deltaStart { break }
        for rule in stratum {
          let r = program.rules[rule]
          for case .binding(let slot, let record, _) in r.conditions where heads.contains(record) {
            try evaluate(rule: rule, delta: (slot, deltaStart))
          }
          _ = try flushPending()
        }
        deltaStart = passStart
        iterations += 1
        if iterations >= options.limits.maxIterations {
          throw EvaluationError(
            code: "R0103", message: Message(en: "a stratum did not settle after \(iterations) passes", id: "sebuah strata tidak stabil sesudah \(iterations) putaran"))
        }
      }
      settleConflicts(heads: heads)
    }
  }

  package mutating func flushPending() throws(EvaluationError) -> Bool {
    var added = false
    let items = pending
    pending = []
    for item in items {
      let (id, isNew) = base.addDerived(record: item.record, fields: item.fields)
      if isNew {
        added = true
        derivedCount += 1
        if derivedCount > options.limits.maxDerivedFacts {
          throw EvaluationError(
            code: "R0101",
            message: Message(
              en: "more than \(options.limits.maxDerivedFacts) facts derived for one case", id: "lebih dari \(options.limits.maxDerivedFacts) fakta diturunkan untuk satu kasus"))
        }
      }
      if derivedBy[id]?.contains(item.rule) != true { derivedBy[id, default: []].append(item.rule) }
      if let derivation = item.derivation, (derivations[id]?.count ?? 0) < 4,
        derivations[id]?.contains(where: { $0.rule == derivation.rule }) != true
      {
        derivations[id, default: []].append(derivation)
      }
    }
    return added
  }

  /// Facts of keyed records that share a key but differ: the rule with priority wins; with no
  /// priority between them, none is kept and the conflict is reported.
  package mutating func settleConflicts(heads: Set<Int>) {
    for record in heads.sorted() {
      let keys = program.records[record].keyFields
      guard !keys.isEmpty, program.records[record].role != .input else { continue }
      var groups: [[Value]: [FactID]] = [:]
      var order: [[Value]] = []
      for id in base.byRecord[record] {
        let key = keys.map { base[id].fields[$0] }
        if groups[key] == nil { order.append(key) }
        groups[key, default: []].append(id)
      }
      var retracted: Set<FactID> = []
      for key in order {
        let group = groups[key]!
        guard group.count > 1 else { continue }
        let beaten = group.filter { loser in
          let loserRules = derivedBy[loser] ?? []
          return group.contains { winner in
            winner != loser
              && (derivedBy[winner] ?? []).contains { high in loserRules.allSatisfy { program.prevails(high, over: $0) } }
          }
        }
        retracted.formUnion(beaten)
        let remaining = group.filter { !beaten.contains($0) }
        if remaining.count > 1 {
          retracted.formUnion(remaining)
          conflicts.append(Conflict(record: record, facts: remaining, rules: remaining.map { derivedBy[$0] ?? [] }))
        }
      }
      base.retract(retracted)
    }
  }

  /// Finds every binding of a top-level rule and resolves each firing against its exceptions.
  /// `delta` restricts one slot to facts from `firstFact` on (the last pass's new facts).
  package mutating func evaluate(rule: Int, delta: (slot: Int, firstFact: Int)?) throws(EvaluationError) {
    let r = program.rules[rule]
    // A rule that binds a record with no facts cannot match.
    for record in r.bindingRecords where base.byRecord[record].isEmpty { return }
    var bindings = [FactID?](repeating: nil, count: max(1, r.slotCount))
    var matches: [[FactID?]] = []
    restriction = delta
    defer { restriction = nil }
    let width = max(1, r.slotCount)
    let room = options.limits.maxHeldBindings - heldBindings
    var kept = 0
    try match(r.conditions, probes: r.probes, bindings: &bindings) { found in
      matches.append(found)
      kept += width
      return kept <= room
    }
    try holdBindings(kept)
    defer { heldBindings -= kept }
    for found in matches {
      _ = try resolve(rule: rule, bindings: found)
    }
  }

  /// The date a firing is judged at: `--as-of`, else the rule's `at` expression.
  /// `--as-of` replaces the date of conduct; rules without `at` are not judged by a date.
  package mutating func judgementDay(rule: Int, bindings: [FactID?]) throws(EvaluationError) -> Day? {
    var current: Int? = rule
    while let index = current {
      if let at = program.rules[index].judgedAt {
        if let asOf = options.asOf { return asOf }
        if case .date(let day) = try value(of: at, bindings: bindings) { return day }
        return nil
      }
      current = program.rules[index].exceptionTo
    }
    return nil
  }

  /// Whether a rule whose conditions hold applies: it must be in force and no exception may
  /// apply. Derives the rule's conclusions (or the defeating exception's) as it goes.
  package mutating func resolve(rule: Int, bindings: [FactID?]) throws(EvaluationError) -> ExceptionTrace.Outcome {
    let r = program.rules[rule]
    let day = try judgementDay(rule: rule, bindings: bindings)
    if let day, !r.isInForce(on: day, sources: program.sources) {
      withheld.insert(rule)
      return .notInForce
    }
    var weighed: [ExceptionTrace] = []
    for exception in r.exceptions {
      let e = program.rules[exception]
      var extended = bindings
      if extended.count < e.slotCount { extended += [FactID?](repeating: nil, count: e.slotCount - extended.count) }
      var candidates: [[FactID?]] = []
      let width = max(1, e.slotCount)
      let room = options.limits.maxHeldBindings - heldBindings
      var kept = 0
      try match(e.conditions, probes: e.probes, bindings: &extended) { found in
        candidates.append(found)
        kept += width
        return kept <= room
      }
      try holdBindings(kept)
      defer { heldBindings -= kept }
      var outcome: ExceptionTrace.Outcome = .failed(nil)
      for candidate in candidates {
        let result = try resolve(rule: exception, bindings: candidate)
        outcome = result
        if case .applied = result { break }
      }
      if case .failed = outcome, options.trace {
        outcome = .failed(try firstFailure(of: exception, bindings: extended))
      }
      weighed.append(ExceptionTrace(rule: exception, outcome: outcome))
      if case .applied = outcome {} else { withheld.insert(exception) }
      if case .applied = outcome {
        applied.insert(exception)
        withheld.insert(rule)
        return .defeated(by: exception)
      }
    }
    applied.insert(rule)
    for conclusion in r.conclusions {
      var fields: [Value] = []
      fields.reserveCapacity(conclusion.fields.count)
      for expr in conclusion.fields { fields.append(try value(of: expr, bindings: bindings)) }
      var derivation: Derivation?
      if options.trace {
        derivation = Derivation(
          rule: rule, bindings: (0..<r.slotCount).compactMap { slot in bindings[slot].map { (r.slotNames[slot], $0) } },
          conditions: try traceConditions(of: rule, bindings: bindings), exceptions: weighed, judgedAt: day, replaces: r.exceptionTo)
      }
      pending.append((conclusion.record, fields, rule, derivation))
    }
    return .applied
  }
}
