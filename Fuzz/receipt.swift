import Foundation

@testable import Netra
@testable import NetraBatch

/// Any bytes as a stored result whose receipt is checked against a fixed case of the contoh
/// ruleset. Must hold: no trap; a verdict of verified, differs or refused (E0008); and only the
/// true result verifies (checked once, at start).
let receiptProgram: CheckedRuleset = {
  guard let program = Netra.load(path: "rulesets/contoh").program else { fatalError("rulesets/contoh does not check") }
  return program
}()

nonisolated(unsafe) let receiptCase: [UInt8] = {
  guard let data = FileManager.default.contents(atPath: "Tests/NetraTests/Golden/traces/kampanye.facts.json") else {
    fatalError("the fuzz case is missing")
  }
  let bytes = [UInt8](data)
  let truth = Netra.evaluate(program: receiptProgram, casePath: "case.json", caseBytes: bytes, options: Evaluator.Options(trace: true))
  let stored = JSONExplainer(result: truth, includeExplanation: true).document().serializedBytes(pretty: true)
  guard ReceiptCheck.verify(program: receiptProgram, casePath: "case.json", caseBytes: bytes, storedPath: "r.json", stored: stored, limits: Limits()) == .verified
  else { fatalError("the true result does not verify") }
  return bytes
}()

func fuzzReceipt(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let stored = Array(UnsafeBufferPointer(start: data, count: size))
  switch ReceiptCheck.verify(program: receiptProgram, casePath: "case.json", caseBytes: receiptCase, storedPath: "r.json", stored: stored, limits: Limits()) {
  case .verified, .differs: break
  case .refused(let diagnostic): precondition(diagnostic.code == "E0008")
  }
  return 0
}
