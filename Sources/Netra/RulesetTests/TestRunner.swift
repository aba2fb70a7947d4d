/// Runs the `test` blocks of a ruleset: each states an interpretation (a case, the findings it
/// must produce and must not produce, a citation and a rationale).
public struct TestRunner {
  public struct Outcome: Sendable {
    public let test: CheckedTest
    /// Failed expectations, each with a message; empty when the test passed.
    public let failures: [String]
    public let result: CaseResult
    /// Rules that derived something in this test.
    public let firedRules: Set<Int>
    /// Rules whose conditions held but that an exception or their validity stopped.
    public var withheldRules: Set<Int> = []
    public var passed: Bool { failures.isEmpty }
  }

  public let program: CheckedRuleset

  public init(program: CheckedRuleset) { self.program = program }

  public func run(filter: String? = nil) -> [Outcome] {
    program.tests.filter { filter == nil || $0.name.contains(filter!) }.map(run)
  }

  public func run(_ test: CheckedTest) -> Outcome {
    let file = program.sourceSet[test.file]
    let result = Netra.evaluate(program: program, document: test.given, file: file, options: Evaluator.Options(asOf: test.asOf, trace: true))
    var failures: [String] = []
    if !result.diagnostics.isEmpty {
      let renderer = DiagnosticRenderer(sources: program.sourceSet, language: .en)
      failures.append("the case does not fit the ruleset:\n" + result.diagnostics.map { renderer.renderText($0) }.joined())
    }
    let fired = result.evaluator?.applied ?? []
    guard let evaluator = result.evaluator else {
      return Outcome(test: test, failures: failures, result: result, firedRules: fired)
    }
    for expectation in test.expectations {
      let matching = evaluator.base.byRecord[expectation.record].filter { id in
        expectation.fields.allSatisfy { Operations.equal(evaluator.base[id].fields[$0.field], $0.value) }
      }
      if expectation.negated && !matching.isEmpty {
        failures.append("expected no match for `\(expectation.text)`, but found: " + matching.map { describe($0, evaluator) }.joined(separator: "; "))
      } else if !expectation.negated && matching.isEmpty {
        let actual = evaluator.base.byRecord[expectation.record].map { describe($0, evaluator) }
        failures.append(
          "expected `\(expectation.text)`, but found " + (actual.isEmpty ? "no `\(program.records[expectation.record].name)` at all" : actual.joined(separator: "; ")))
      }
    }
    var outcome = Outcome(test: test, failures: failures, result: result, firedRules: fired)
    outcome.withheldRules = evaluator.withheld
    return outcome
  }

  func describe(_ id: FactID, _ evaluator: Evaluator) -> String {
    let fact = evaluator.base[id]
    let record = program.records[fact.record]
    let fields = record.fields.enumerated().filter { !fact.fields[$0.offset].isNone }.map { "\($0.element.name): \(evaluator.render(fact.fields[$0.offset]))" }
    return "\(record.name) { \(fields.joined(separator: ", ")) }"
  }
}
