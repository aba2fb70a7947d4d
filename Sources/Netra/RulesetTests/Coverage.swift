/// Coverage by legal provision: for every code, rule and cited provision, whether a passing test
/// shows it firing and whether a passing test shows it not firing.
public struct Coverage: Sendable {
  public struct Row: Sendable {
    public let name: String
    public let detail: String
    public var fires: [String] = []
    public var notFires: [String] = []
    public var covered: Bool { !fires.isEmpty && !notFires.isEmpty }
  }

  public var codeField: String?
  public var codes: [Row] = []
  public var rules: [Row] = []
  public var provisions: [Row] = []

  public var uncovered: [String] {
    codes.filter { !$0.covered }.map { "code \($0.name)" } + rules.filter { !$0.covered }.map { "rule \($0.name)" }
      + provisions.filter { !$0.covered }.map { "provision \($0.name)" }
  }

  /// The conclusion's constant value for a field, when the rule writes a constant there.
  static func constantField(_ conclusion: CConclusion, _ field: Int) -> Value? {
    if case .constant(let value) = conclusion.fields[field] { return value }
    return nil
  }

  public static func measure(program: CheckedRuleset, outcomes: [TestRunner.Outcome]) -> Coverage {
    var coverage = Coverage()
    let passing = outcomes.filter(\.passed)
    // Codes: the first field of the (first) finding record, when it is an enumeration.
    if let findingRecord = program.records.firstIndex(where: { $0.role == .finding }),
      case .enumeration(let e) = program.records[findingRecord].fields.first?.type.unwrapped
    {
      coverage.codeField = program.records[findingRecord].name + "." + program.records[findingRecord].fields[0].name
      for (index, name) in program.enums[e].cases.enumerated() {
        var row = Row(name: name, detail: "")
        let code = Value.enumCase(type: e, index: index)
        for outcome in passing {
          for expectation in outcome.test.expectations where expectation.record == findingRecord {
            let mentions = expectation.fields.contains { $0.field == 0 && $0.value == code }
            guard mentions else { continue }
            if expectation.negated { row.notFires.append(outcome.test.name) } else { row.fires.append(outcome.test.name) }
          }
        }
        coverage.codes.append(row)
      }
    }
    // Rules: fired in a passing test; shown not firing when a passing test's `expect no` covers
    // what the rule would conclude (or, for intermediate rules, it did not fire with facts present).
    var provisionRows: [String: Row] = [:]
    var provisionOrder: [String] = []
    for (index, rule) in program.rules.enumerated() {
      var row = Row(name: rule.name, detail: rule.basis.map(\.identifier).joined(separator: ", "))
      for outcome in passing {
        if outcome.withheldRules.contains(index) { row.notFires.append(outcome.test.name) }
        if outcome.firedRules.contains(index) {
          row.fires.append(outcome.test.name)
          continue
        }
        let excluded = outcome.test.expectations.contains { expectation in
          expectation.negated
            && rule.conclusions.contains { conclusion in
              conclusion.record == expectation.record
                && expectation.fields.allSatisfy { field in
                  guard let constant = constantField(conclusion, field.field) else { return true }
                  return Operations.equal(constant, field.value)
                }
            }
        }
        let intermediate = rule.conclusions.allSatisfy { program.records[$0.record].role != .finding }
        // An exception is shown not applying when the rule it excepts fired without it.
        let weighedAndRejected = rule.exceptionTo.map { outcome.firedRules.contains($0) } ?? false
        if excluded || weighedAndRejected || (intermediate && rule.exceptionTo == nil && !outcome.firedRules.isEmpty) {
          row.notFires.append(outcome.test.name)
        }
      }
      coverage.rules.append(row)
      for citation in rule.basis {
        if provisionRows[citation.identifier] == nil {
          provisionRows[citation.identifier] = Row(name: citation.identifier, detail: program.sources[citation.source].title + (citation.locator.isEmpty ? "" : ", " + citation.locator))
          provisionOrder.append(citation.identifier)
        }
        provisionRows[citation.identifier]!.fires += row.fires
        provisionRows[citation.identifier]!.notFires += row.notFires
      }
    }
    coverage.provisions = provisionOrder.sorted().map { provisionRows[$0]! }
    return coverage
  }

  public func render() -> String {
    func table(_ title: String, _ rows: [Row]) -> String {
      guard !rows.isEmpty else { return "" }
      let width = min(48, max(12, rows.map(\.name.count).max() ?? 12))
      var out = "\n\(title)\n"
      out += "  " + "item".padding(toLength: width, withPad: " ", startingAt: 0) + "  fires  not-fires\n"
      for row in rows {
        let fires = row.fires.isEmpty ? "  -  " : String(format: "%5d", row.fires.count)
        let notFires = row.notFires.isEmpty ? "    -    " : String(format: "%9d", row.notFires.count)
        let mark = row.covered ? " " : "!"
        out += "\(mark) " + row.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(fires)  \(notFires)\n"
      }
      return out
    }
    var out = ""
    if let codeField { out += table("Coverage by code (\(codeField)):", codes) }
    out += table("Coverage by rule:", rules)
    out += table("Coverage by provision:", provisions)
    let missing = uncovered
    out += "\n" + (missing.isEmpty ? "Every code, rule and provision is covered both ways.\n" : "Not covered both ways (\(missing.count)):\n" + missing.map { "  - \($0)\n" }.joined())
    return out
  }
}
