import Dispatch
import Foundation

/// Evaluates many cases (JSON Lines) on every core, giving one output line per input line in input
/// order. The checked ruleset is shared; each case gets its own fact base. Pure: the caller reads
/// and writes.
public struct BatchEvaluator: Sendable {
  public let program: CheckedRuleset
  public let options: Evaluator.Options
  public let workers: Int

  public init(program: CheckedRuleset, options: Evaluator.Options, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
    self.program = program
    self.options = options
    self.workers = max(1, workers)
  }

  public struct LineResult: Sendable {
    public let text: String
    public let findings: Int
    public let failed: Bool
    /// Time reading the line into facts, and time evaluating and writing the result.
    public var loadNanoseconds: UInt64 = 0
    public var evalNanoseconds: UInt64 = 0
  }

  /// Evaluates one line; `number` is its 1-based line number, for error lines.
  public func evaluate(line: ArraySlice<UInt8>, number: Int) -> LineResult {
    let bytes = Array(line)
    let started = DispatchTime.now().uptimeNanoseconds
    let (base, diagnostics, file) = FactsLoader.load(program: program, path: "line \(number)", bytes: bytes, limits: options.limits)
    let loaded = DispatchTime.now().uptimeNanoseconds
    let result = Netra.evaluate(program: program, base: base, diagnostics: diagnostics, file: file, caseDigest: "", options: options)
    var lineResult: LineResult
    if !result.diagnostics.isEmpty {
      // Name the case when its id can be read, even if the rest of the line is wrong.
      var caseID = result.caseID
      if caseID == nil, case .success(let document) = JSONReader.read(bytes), case .string(let id)? = document.member(
        program.records[program.inputRecord].keyFields.first.map { program.records[program.inputRecord].fields[$0].name } ?? "")?.kind
      {
        caseID = id
      }
      var members: [(String, JSONNode)] = [("line", .number(String(number))), ("kasus", caseID.map { .string($0) } ?? .null)]
      members.append(("errors", .array(result.diagnostics.map(JSONExplainer.diagnosticNode))))
      lineResult = LineResult(text: JSONNode.object(members).serialized(pretty: false), findings: 0, failed: true)
    } else {
      let document = JSONExplainer(result: result, includeExplanation: options.trace).documentWithoutReceipt()
      lineResult = LineResult(text: document.serialized(pretty: false), findings: result.findings.count, failed: false)
    }
    lineResult.loadNanoseconds = loaded - started
    lineResult.evalNanoseconds = DispatchTime.now().uptimeNanoseconds - loaded
    return lineResult
  }

  /// Evaluates a block of lines in parallel; results come back in the order of `lines`.
  public func evaluate(lines: [ArraySlice<UInt8>], firstNumber: Int) -> [LineResult] {
    let count = lines.count
    guard count > 0 else { return [] }
    let results = UnsafeMutableBufferPointer<LineResult>.allocate(capacity: count)
    defer { results.deallocate() }
    nonisolated(unsafe) let shared = results
    let stride = workers
    DispatchQueue.concurrentPerform(iterations: min(workers, count)) { worker in
      var index = worker
      while index < count {
        (shared.baseAddress! + index).initialize(to: evaluate(line: lines[index], number: firstNumber + index))
        index += stride
      }
    }
    let ordered = Array(results)
    _ = results.deinitialize()
    return ordered
  }
}

extension JSONExplainer {
  /// The per-line form of batch output: `kasus` and `findings` (and `conflicts` when any).
  public func documentWithoutReceipt() -> JSONNode {
    guard case .object(let members) = document() else { return document() }
    return .object(members.filter { $0.0 != "receipt" })
  }
}
