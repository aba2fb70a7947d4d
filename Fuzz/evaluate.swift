import Foundation

@testable import Netra
@testable import NetraBatch

let evaluateProgram: CheckedRuleset = {
  let path = ProcessInfo.processInfo.environment["NETRA_FUZZ_RULESET"] ?? "rulesets/netralitas"
  guard let program = Netra.load(path: path).program else { fatalError("the fuzz ruleset does not check: \(path)") }
  return program
}()

func fuzzEvaluate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  var options = Evaluator.Options(trace: true)
  options.limits.maxSteps = 200_000
  let result = Netra.evaluate(program: evaluateProgram, casePath: "fuzz.json", caseBytes: bytes, options: options)
  _ = JSONExplainer(result: result, includeExplanation: true).document().serialized(pretty: false)
  _ = TextExplainer(result: result, language: .id, explain: true).render()
  return 0
}
