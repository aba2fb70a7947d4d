import Foundation

@testable import Netra
@testable import NetraBatch

/// The contract's case shape, loaded once.
let jsonProgram: CheckedRuleset = {
  let path = ProcessInfo.processInfo.environment["NETRA_FUZZ_RULESET"] ?? "rulesets/netralitas"
  guard let program = Netra.load(path: path).program else { fatalError("the fuzz ruleset does not check: \(path)") }
  return program
}()

func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = JSONReader.read(bytes)
  let (_, diagnostics, _) = FactsLoader.load(program: jsonProgram, path: "fuzz.json", bytes: bytes)
  _ = DiagnosticRenderer(sources: SourceSet(), language: .en).renderText(diagnostics)
  return 0
}
