/// Recording what each condition compared, for explanations and why-not. Runs only when asked.
extension Evaluator {
  /// The conditions of a rule and of the rules it excepts, root first, as evaluated.
  package mutating func traceConditions(of rule: Int, bindings: [FactID?]) throws(EvaluationError) -> [ConditionTrace] {
    var chain: [Int] = []
    var current: Int? = rule
    while let index = current {
      chain.insert(index, at: 0)
      current = program.rules[index].exceptionTo
    }
    var traces: [ConditionTrace] = []
    for index in chain {
      let r = program.rules[index]
      for (number, condition) in r.conditions.enumerated() {
        if case .binding = condition { continue }
        traces.append(try trace(condition, text: r.conditionTexts[number], bindings: bindings))
      }
    }
    return traces
  }

  package mutating func trace(_ condition: CCondition, text: String, bindings: [FactID?]) throws(EvaluationError) -> ConditionTrace {
    var slots = bindings
    switch condition {
    case .binding:
      return ConditionTrace(text: text, holds: true, values: [])
    case .test(let expr, _):
      let holds = try evaluateExpr(expr, bindings: &slots).asBool
      var values: [(String, String)] = []
      if case .binary(let op, let a, let b) = expr, op != .and, op != .or {
        values.append(("left", render(try evaluateExpr(a, bindings: &slots))))
        values.append(("right", render(try evaluateExpr(b, bindings: &slots))))
      } else if case .not(let inner) = expr, case .binary(let op, let a, let b) = inner, op != .and, op != .or {
        values.append(("left", render(try evaluateExpr(a, bindings: &slots))))
        values.append(("right", render(try evaluateExpr(b, bindings: &slots))))
      }
      return ConditionTrace(text: text, holds: holds, values: values)
    case .absence(let pattern, _):
      var blocking: FactID?
      try match([CCondition.binding(slot: pattern.slot, record: pattern.record, span: pattern.span)] + pattern.conditions, bindings: &slots) { found in
        blocking = found[pattern.slot] ?? nil
        return false
      }
      return ConditionTrace(text: text, holds: blocking == nil, values: blocking.map { [("found", render(.fact($0)))] } ?? [])
    }
  }

  /// A value as a lawyer reads it: enumeration names, dates, quoted text, facts by key and path.
  public func render(_ value: Value) -> String {
    Self.render(value, program: program) { id in
      let fact = base[id]
      let record = program.records[fact.record]
      var text = record.name
      if let key = record.keyFields.first { text += " " + render(fact.fields[key]) }
      if case .input(let path, _) = fact.origin { text += " (\(path))" }
      return text
    }
  }

  /// `render` with facts rendered by `fact` (the compiled engine renders constants with it).
  package static func render(_ value: Value, program: CheckedRuleset, fact: (FactID) -> String) -> String {
    switch value {
    case .none: return "kosong"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .decimal(let d): return "\(d)"
    case .text(let t): return JSONText.quote(t)
    case .date(let day): return day.description
    case .duration(let d): return "\(d.amount) \(d.unit.rawValue)"
    case .period(let a, let b): return "\(a) .. \(b)"
    case .enumCase(let type, let index): return program.enums[type].cases[index]
    case .list(let items): return "{" + items.map { render($0, program: program, fact: fact) }.joined(separator: ", ") + "}"
    case .fact(let id): return fact(id)
    }
  }

  /// For why-not: the candidate bindings that got furthest through `conditions`, each with the
  /// first condition that failed. A full match has no failure.
  public struct Candidate: Sendable {
    public let bindings: [FactID?]
    public let passed: Int
    public let failure: ConditionTrace?
  }

  mutating func closestCandidates(
    rule: Int, bindings start: [FactID?], limit: Int = 3, budget: Int = 200_000
  ) throws(EvaluationError) -> [Candidate] {
    let r = program.rules[rule]
    var best: [Candidate] = []
    var visited = 0
    var bindings = start
    if bindings.count < r.slotCount { bindings += [FactID?](repeating: nil, count: r.slotCount - bindings.count) }

    func consider(_ candidate: Candidate, into best: inout [Candidate]) {
      if let top = best.first, candidate.passed < top.passed { return }
      if let top = best.first, candidate.passed > top.passed { best = [] }
      if best.count < limit { best.append(candidate) }
    }

    func walk(_ index: Int, _ passed: Int, _ evaluator: inout Evaluator) throws(EvaluationError) {
      visited += 1
      if visited > budget { return }
      if index == r.conditions.count {
        consider(Candidate(bindings: bindings, passed: passed, failure: nil), into: &best)
        return
      }
      let condition = r.conditions[index]
      if case .binding(let slot, let record, _) = condition {
        let facts = evaluator.base.byRecord[record]
        if facts.isEmpty {
          let failure = ConditionTrace(text: r.conditionTexts[index], holds: false, values: [("facts", "0")])
          consider(Candidate(bindings: bindings, passed: passed, failure: failure), into: &best)
        }
        for fact in facts {
          bindings[slot] = fact
          try walk(index + 1, passed + 1, &evaluator)
          if visited > budget { break }
        }
        bindings[slot] = nil
        return
      }
      let traced = try evaluator.trace(condition, text: r.conditionTexts[index], bindings: bindings)
      if traced.holds {
        try walk(index + 1, passed + 1, &evaluator)
      } else {
        consider(Candidate(bindings: bindings, passed: passed, failure: traced), into: &best)
      }
    }
    try walk(0, 0, &self)
    return best
  }

  package mutating func firstFailure(of rule: Int, bindings: [FactID?]) throws(EvaluationError) -> ConditionTrace? {
    try closestCandidates(rule: rule, bindings: bindings, limit: 1).first?.failure
  }
}
