extension Evaluator {
  /// Enumerates bindings that satisfy `conditions`, in fact order, calling `onMatch` for each;
  /// `onMatch` returns false to stop. Returns false when stopped.
  @discardableResult
  package mutating func match(
    _ conditions: [CCondition], probes: [Probe?]? = nil, bindings: inout [FactID?], onMatch: ([FactID?]) -> Bool
  ) throws(EvaluationError) -> Bool {
    try match(conditions, from: 0, to: conditions.count, probes: probes, bindings: &bindings, onMatch: onMatch)
  }

  /// Matches `conditions[index..<end]`; indices instead of slices keep the hot loop free of
  /// reference counting on the condition array.
  package mutating func match(
    _ conditions: [CCondition], from index: Int, to end: Int, probes: [Probe?]?, bindings: inout [FactID?],
    onMatch: ([FactID?]) -> Bool
  ) throws(EvaluationError) -> Bool {
    if index == end { return onMatch(bindings) }
    switch conditions[index] {
    case .binding(let slot, let record, _):
      var candidates: [FactID]
      // A planned program has a probe (or nil) per condition; why-not matches unplanned lists.
      let probe = if let probes, index < probes.count { probes[index] } else { indexProbe(conditions[(index + 1)..<end], slot: slot) }
      if let probe {
        if probe.keys.count == 1 {
          candidates = base.lookup(record: record, field: probe.field, value: try value(of: probe.keys[0], bindings: bindings))
        } else {
          candidates = []
          for key in probe.keys {
            candidates += base.lookup(record: record, field: probe.field, value: try value(of: key, bindings: bindings))
          }
          candidates.sort()
        }
      } else {
        candidates = base.byRecord[record]
      }
      if let restriction, restriction.slot == slot {
        candidates = candidates.filter { $0.index >= restriction.firstFact }
      }
      for candidate in candidates {
        // Every candidate binding is work, tested or not: a rule that only binds must meet the
        // step limit too (docs/reliability.md, "Limits").
        try countStep()
        bindings[slot] = candidate
        if !(try match(conditions, from: index + 1, to: end, probes: probes, bindings: &bindings, onMatch: onMatch)) {
          bindings[slot] = nil
          return false
        }
      }
      bindings[slot] = nil
      return true
    case .test(let expr, _):
      try countStep()
      guard try evaluateExpr(expr, bindings: &bindings).asBool else { return true }
      return try match(conditions, from: index + 1, to: end, probes: probes, bindings: &bindings, onMatch: onMatch)
    case .absence(let pattern, _):
      guard try !exists(pattern, bindings: &bindings) else { return true }
      return try match(conditions, from: index + 1, to: end, probes: probes, bindings: &bindings, onMatch: onMatch)
    }
  }

  /// Matches are all found before any is resolved, so they are held in memory meanwhile; each
  /// holds one binding per variable, and the bindings held at once are bounded.
  package mutating func holdBindings(_ count: Int) throws(EvaluationError) {
    heldBindings += count
    if heldBindings > options.limits.maxHeldBindings {
      heldBindings -= count
      throw EvaluationError(
        code: "R0102",
        message: Message(
          en: "a rule matched more than \(options.limits.maxHeldBindings) bindings at once",
          id: "suatu aturan cocok dengan lebih dari \(options.limits.maxHeldBindings) pengikatan sekaligus"))
    }
  }

  package mutating func countStep() throws(EvaluationError) {
    steps += 1
    if steps > options.limits.maxSteps {
      throw EvaluationError(
        code: "R0102", message: Message(en: "evaluation took more than \(options.limits.maxSteps) steps", id: "evaluasi memerlukan lebih dari \(options.limits.maxSteps) langkah"))
    }
  }

  /// An equality test right after a binding, `x.f == e` with `e` already known, lets the join
  /// use an index on `f` instead of scanning every fact.
  func indexProbe(_ rest: ArraySlice<CCondition>, slot: Int) -> Probe? {
    for condition in rest {
      guard case .test(let expr, _) = condition else { return nil }
      if let probe = JoinPlan.probe(expr, slot: slot), probe.keys.count == 1 { return probe }
    }
    return nil
  }

  package mutating func exists(_ pattern: CPattern, bindings: inout [FactID?]) throws(EvaluationError) -> Bool {
    var found = false
    _ = try match(pattern.matchConditions, from: 0, to: pattern.matchConditions.count, probes: pattern.probes, bindings: &bindings) { _ in
      found = true
      return false
    }
    return found
  }

  package mutating func count(_ pattern: CPattern, bindings: inout [FactID?]) throws(EvaluationError) -> Int {
    var total = 0
    _ = try match(pattern.matchConditions, from: 0, to: pattern.matchConditions.count, probes: pattern.probes, bindings: &bindings) { _ in
      total += 1
      return true
    }
    return total
  }

  /// Evaluates an expression under the given bindings.
  package mutating func value(of expr: CExpr, bindings: [FactID?]) throws(EvaluationError) -> Value {
    var slots = bindings
    return try evaluateExpr(expr, bindings: &slots)
  }

  mutating func evaluateExpr(_ expr: CExpr, bindings: inout [FactID?]) throws(EvaluationError) -> Value {
    switch expr {
    case .constant(let value): return value
    case .slot(let slot): return bindings[slot].map { .fact($0) } ?? .none
    case .field(let baseExpr, _, let field):
      if case .slot(let slot) = baseExpr, let id = bindings[slot] { return base.field(id, field) }
      if case .fact(let id) = try evaluateExpr(baseExpr, bindings: &bindings) { return base.field(id, field) }
      return .none
    case .not(let inner): return .bool(!(try evaluateExpr(inner, bindings: &bindings).asBool))
    case .negate(let inner):
      switch try evaluateExpr(inner, bindings: &bindings) {
      case .int(let x) where x != Int.min: return .int(-x)
      case .decimal(let x): return .decimal(-x)
      case .duration(let d): return .duration(Duration(amount: -d.amount, unit: d.unit))
      default: return .none
      }
    case .binary(.and, let a, let b):
      guard try evaluateExpr(a, bindings: &bindings).asBool else { return .bool(false) }
      return .bool(try evaluateExpr(b, bindings: &bindings).asBool)
    case .binary(.or, let a, let b):
      if try evaluateExpr(a, bindings: &bindings).asBool { return .bool(true) }
      return .bool(try evaluateExpr(b, bindings: &bindings).asBool)
    case .binary(let op, let a, let b):
      let x = try evaluateExpr(a, bindings: &bindings)
      let y = try evaluateExpr(b, bindings: &bindings)
      do {
        return try Operations.binary(op, x, y)
      } catch let failure as Operations.Failure {
        throw EvaluationError(code: "R0106", message: failure.message)
      } catch {
        throw EvaluationError(code: "R0106", message: Message(en: "arithmetic fault", id: "kesalahan aritmetika"))
      }
    case .set(let items):
      var values: [Value] = []
      for item in items { values.append(try evaluateExpr(item, bindings: &bindings)) }
      return .list(values)
    case .period(let a, let b):
      if case .date(let from) = try evaluateExpr(a, bindings: &bindings), case .date(let to) = try evaluateExpr(b, bindings: &bindings) {
        return .period(from, to)
      }
      return .none
    case .conditional(let c, let t, let f):
      return try evaluateExpr(c, bindings: &bindings).asBool ? evaluateExpr(t, bindings: &bindings) : evaluateExpr(f, bindings: &bindings)
    case .count(let pattern):
      return .int(try count(pattern, bindings: &bindings))
    case .dateComponent(let inner, let component):
      guard case .date(let day) = try evaluateExpr(inner, bindings: &bindings) else { return .none }
      let (year, month, dayOfMonth) = day.components
      switch component {
      case .year: return .int(year)
      case .month: return .int(month)
      case .day: return .int(dayOfMonth)
      }
    }
  }
}
