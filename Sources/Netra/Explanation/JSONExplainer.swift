/// Findings, conflicts, explanations and the receipt as the JSON of the findings contract.
public struct JSONExplainer {
  public let result: CaseResult
  public let includeExplanation: Bool

  public init(result: CaseResult, includeExplanation: Bool) {
    self.result = result
    self.includeExplanation = includeExplanation
  }

  var program: CheckedRuleset { result.program }

  public func document() -> JSONNode {
    .object(members(findings: .array(result.findings.map(findingNode))))
  }

  /// The document's members in order; `findings` is given, so that `write` can stream it.
  func members(findings: JSONNode) -> [(String, JSONNode)] {
    var members: [(String, JSONNode)] = [("kasus", result.caseID.map { .string($0) } ?? .null)]
    if !result.diagnostics.isEmpty {
      members.append(("errors", .array(result.diagnostics.map(Self.diagnosticNode))))
      members.append(("receipt", receiptNode(result.receipt)))
      return members
    }
    members.append(("findings", findings))
    if !result.conflicts.isEmpty { members.append(("conflicts", .array(result.conflicts.map(conflictNode)))) }
    members.append(("receipt", receiptNode(result.receipt)))
    return members
  }

  /// The same bytes as `document().serialized(pretty:)`, handed to `flush` a finding at a time:
  /// a case with tens of thousands of findings is written without holding every explanation in
  /// memory at once. The members are `document()`'s; only `findings` is written item by item.
  public func write(pretty: Bool, flush: ([UInt8]) -> Void) {
    var out: [UInt8] = []
    func newline(_ depth: Int) {
      guard pretty else { return }
      out.append(UInt8(ascii: "\n"))
      for _ in 0..<(2 * depth) { out.append(UInt8(ascii: " ")) }
    }
    out.append(UInt8(ascii: "{"))
    for (index, (key, value)) in members(findings: .array([])).enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      newline(1)
      JSONText.quote(key, into: &out)
      out.append(UInt8(ascii: ":"))
      if pretty { out.append(UInt8(ascii: " ")) }
      guard key == "findings", !result.findings.isEmpty else {
        value.write(to: &out, pretty: pretty, indent: 1)
        continue
      }
      out.append(UInt8(ascii: "["))
      for (number, finding) in result.findings.enumerated() {
        if number > 0 { out.append(UInt8(ascii: ",")) }
        newline(2)
        findingNode(finding).write(to: &out, pretty: pretty, indent: 2)
        flush(out)
        out.removeAll(keepingCapacity: true)
      }
      newline(1)
      out.append(UInt8(ascii: "]"))
    }
    newline(0)
    out.append(UInt8(ascii: "}"))
    flush(out)
  }

  package static func diagnosticNode(_ d: Diagnostic) -> JSONNode {
    var members: [(String, JSONNode)] = [("code", .string(d.code)), ("message", .string(d.message.en)), ("pesan", .string(d.message.id))]
    if case .json(_, let path, let position) = d.location {
      members.append(("path", .string(path)))
      if let position { members += [("line", .number(String(position.line))), ("column", .number(String(position.column)))] }
    }
    return .object(members)
  }

  func receiptNode(_ receipt: Receipt) -> JSONNode {
    .object([
      ("engine", .string(receipt.engine)),
      ("ruleset", .string(receipt.ruleset)),
      ("ruleset_version", receipt.rulesetVersion.map { .string($0) } ?? .null),
      ("ruleset_sha256", .string(receipt.rulesetDigest)),
      ("case_sha256", .string(receipt.caseDigest)),
      ("as_of", receipt.asOf.map { .string($0) } ?? .null),
    ])
  }

  func valueNode(_ value: Value) -> JSONNode {
    switch value {
    case .none: return .null
    case .bool(let b): return .bool(b)
    case .int(let i): return .number(String(i))
    case .decimal(let d): return .number("\(d)")
    case .text(let t): return .string(t)
    case .date(let day): return .string(day.description)
    case .duration(let d): return .string("\(d.amount) \(d.unit.rawValue)")
    case .period(let a, let b): return .string("\(a)..\(b)")
    case .enumCase(let type, let index): return .string(program.enums[type].cases[index])
    case .list(let items): return .array(items.map(valueNode))
    case .fact(let id):
      guard let evaluator = result.evaluator else { return .null }
      let fact = evaluator.base[id]
      if let key = program.records[fact.record].keyFields.first { return valueNode(fact.fields[key]) }
      return .null
    }
  }

  func findingNode(_ finding: Finding) -> JSONNode {
    let record = program.records[finding.record]
    var members: [(String, JSONNode)] = []
    if program.records.filter({ $0.role == .finding }).count > 1 { members.append(("jenis", .string(record.name))) }
    for (index, field) in record.fields.enumerated() { members.append((field.name, valueNode(finding.fields[index]))) }
    members.append(("dasar", .array(finding.basis.map { .string($0) })))
    if includeExplanation, let evaluator = result.evaluator {
      members.append(("explanation", explanationNode(fact: finding.fact, evaluator: evaluator, depth: 0)))
    }
    return .object(members)
  }

  func conflictNode(_ conflict: Conflict) -> JSONNode {
    guard let evaluator = result.evaluator else { return .null }
    let record = program.records[conflict.record]
    return .object([
      ("record", .string(record.name)),
      (
        "candidates",
        .array(
          zip(conflict.facts, conflict.rules).map { fact, rules in
            .object([
              ("fact", .object(record.fields.enumerated().map { ($0.element.name, valueNode(evaluator.base[fact].fields[$0.offset])) })),
              ("rules", .array(rules.map { .string(program.rules[$0].name) })),
            ])
          }),
      ),
    ])
  }

  func location(_ span: Span) -> String { Self.location(span, program: program) }

  static func location(_ span: Span, program: CheckedRuleset) -> String {
    let file = program.sourceSet[span.file]
    let position = file.lineColumn(at: span.start)
    return "\(file.path):\(position.line):\(position.column)"
  }

  func factNode(name: String, fact id: FactID, evaluator: Evaluator, depth: Int) -> JSONNode {
    let fact = evaluator.base[id]
    let record = program.records[fact.record]
    var members: [(String, JSONNode)] = [("variable", .string(name)), ("record", .string(record.name))]
    if let key = record.keyFields.first { members.append(("key", valueNode(fact.fields[key]))) }
    switch fact.origin {
    case .input(let path, let offset):
      let position = result.caseFile.lineColumn(at: offset)
      members += [("path", .string(path)), ("line", .number(String(position.line))), ("column", .number(String(position.column)))]
    case .derived:
      if depth < 8 { members.append(("derivation", explanationNode(fact: id, evaluator: evaluator, depth: depth + 1))) }
    }
    return .object(members)
  }

  func explanationNode(fact: FactID, evaluator: Evaluator, depth: Int) -> JSONNode {
    guard let derivation = evaluator.derivations[fact]?.first else {
      return .object([("rules", .array((evaluator.derivedBy[fact] ?? []).map { .string(program.rules[$0].name) }))])
    }
    var members = Self.ruleMembers(derivation.rule, program: program)
    members.append(("judged_at", derivation.judgedAt.map { .string($0.description) } ?? .null))
    if let replaced = derivation.replaces { members.append(("exception_to", .string(program.rules[replaced].name))) }
    members.append(("facts", .array(derivation.bindings.map { factNode(name: $0.name, fact: $0.fact, evaluator: evaluator, depth: depth) })))
    members.append(("conditions", .array(derivation.conditions.map(conditionNode))))
    members.append(("exceptions", .array(derivation.exceptions.map(exceptionNode))))
    let others = (evaluator.derivedBy[fact] ?? []).filter { $0 != derivation.rule }
    if !others.isEmpty { members.append(("also_derived_by", .array(others.map { .string(program.rules[$0].name) }))) }
    return .object(members)
  }

  /// What an explanation says of its rule before the firing's own facts: name, title, where it
  /// is written and its legal basis (the compiled engine writes these once per rule).
  package static func ruleMembers(_ number: Int, program: CheckedRuleset) -> [(String, JSONNode)] {
    let rule = program.rules[number]
    return [
      ("rule", .string(rule.name)),
      ("title", rule.title.map { .string($0) } ?? .null),
      ("location", .string(location(rule.nameSpan, program: program))),
      (
        "basis",
        .array(
          rule.basis.map { citation in
            .object([
              ("id", .string(citation.identifier)),
              ("source", .string(program.sources[citation.source].title)),
              ("locator", .string(citation.locator)),
            ])
          }),
      ),
    ]
  }

  func conditionNode(_ trace: ConditionTrace) -> JSONNode {
    .object([
      ("condition", .string(trace.text)),
      ("holds", .bool(trace.holds)),
      ("values", .object(trace.values.map { ($0.expression, .string($0.value)) })),
    ])
  }

  func exceptionNode(_ trace: ExceptionTrace) -> JSONNode {
    let rule = program.rules[trace.rule]
    var members: [(String, JSONNode)] = [("rule", .string(rule.name)), ("basis", .array(rule.basis.map { .string($0.identifier) }))]
    switch trace.outcome {
    case .applied: members.append(("applied", .bool(true)))
    case .notInForce: members += [("applied", .bool(false)), ("reason", .string("not_in_force"))]
    case .defeated(let by): members += [("applied", .bool(false)), ("reason", .string("defeated")), ("defeated_by", .string(program.rules[by].name))]
    case .failed(let failure):
      members += [("applied", .bool(false)), ("reason", .string("condition_failed"))]
      if let failure { members.append(("failed_condition", conditionNode(failure))) }
    }
    return .object(members)
  }
}
