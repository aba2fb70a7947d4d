import Foundation

@testable import Netra
@testable import NetraBatch

/// One fuzzing binary holds every target, so a run builds the library once (the build, not the
/// fuzzing, is most of a short run); `NETRA_FUZZ_TARGET` picks the target. Each target's globals
/// (its ruleset, its case) are lazy, so only the chosen one is loaded.
nonisolated(unsafe) let selectedTarget: (UnsafePointer<UInt8>, Int) -> CInt = {
  let targets: [String: (UnsafePointer<UInt8>, Int) -> CInt] = [
    "parser": fuzzParser, "checker": fuzzChecker, "json": fuzzJSON, "evaluate": fuzzEvaluate, "batch": fuzzBatch,
    "lsp": fuzzLanguageServer, "receipt": fuzzReceipt,
  ]
  let name = ProcessInfo.processInfo.environment["NETRA_FUZZ_TARGET"] ?? ""
  guard let target = targets[name] else {
    fatalError("set NETRA_FUZZ_TARGET to one of: \(targets.keys.sorted().joined(separator: ", ")) (found `\(name)`)")
  }
  return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSelectedTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  selectedTarget(data, size)
}
