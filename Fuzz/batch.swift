import Foundation

@testable import Netra
@testable import NetraBatch

// Differential fuzzing of the batch engines: the input is one case line, run on the compiled
// engine and on the interpreter; any difference in output is a crash (a finding to fix).

let batchProgram: CheckedRuleset = {
  let path = ProcessInfo.processInfo.environment["NETRA_FUZZ_RULESET"] ?? "rulesets/netralitas"
  guard let program = Netra.load(path: path).program else { fatalError("the fuzz ruleset does not check: \(path)") }
  return program
}()

/// Both engines without explanations, and both with them.
let engines: [(compiled: BatchEvaluator, interpreter: BatchEvaluator)] = [false, true].map { trace in
  var options = Evaluator.Options(trace: trace)
  options.limits.maxSteps = 200_000
  let compiled = BatchEvaluator(program: batchProgram, options: options, workers: 1)
  guard compiled.usesCompiledEngine else { fatalError("the fuzz ruleset does not compile: \(compiled.interpreterReason ?? "")") }
  return (compiled, BatchEvaluator(program: batchProgram, options: options, workers: 1, compiledEngine: false))
}

func fuzzBatch(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  // The whole input as one line (the API takes any bytes; the CLI splits at newlines first, and
  // both engines treat a newline inside a line as JSON whitespace).
  let line = ArraySlice(UnsafeBufferPointer(start: data, count: size))
  for pair in engines {
    let a = pair.compiled.evaluate(lines: [line], firstNumber: 1).output
    let b = pair.interpreter.evaluate(lines: [line], firstNumber: 1).output
    if a != b {
      fatalError("engines differ\ncompiled:    \(String(decoding: a, as: UTF8.self))interpreter: \(String(decoding: b, as: UTF8.self))")
    }
  }
  return 0
}
