import Netra
import Dispatch
import Foundation

/// Evaluates many cases (JSON Lines) on every core, giving one output line per input line in input
/// order. Lines run on the compiled engine when the ruleset compiles; a line the compiled engine
/// leaves alone (an input error, a conflict, a limit) runs on the interpreter, which gives the same
/// output for every line both can run. With explanations asked for, the compiled engine explains
/// the firings its trace plans cover (see `TracePlan`); a case that needs more (exceptions to
/// weigh, with why-not for each) is explained by the interpreter. Pure: the caller reads and
/// writes.
public struct BatchEvaluator: Sendable {
  public let program: CheckedRuleset
  public let options: Evaluator.Options
  public let workers: Int
  /// Case machines over the compiled program; nil when every line runs on the interpreter.
  let machines: MachinePool?
  /// One serial queue per worker: a block runs one job on each, so no more than `workers`
  /// threads evaluate at once, whatever the number of blocks in flight.
  let queues: [DispatchQueue]

  public init(
    program: CheckedRuleset, options: Evaluator.Options, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
    compiledEngine: Bool = true
  ) {
    self.program = program
    self.options = options
    self.workers = max(1, workers)
    queues = (0..<self.workers).map { DispatchQueue(label: "netra.batch.worker.\($0)", qos: .userInitiated) }
    if !compiledEngine {
      machines = nil
      interpreterReason = "asked for"
    } else {
      switch CompiledProgram.compileOrExplain(program) {
      case .success(let program):
        machines = MachinePool(compiled: program, options: options)
        interpreterReason = nil
      case .failure(let stop):
        machines = nil
        interpreterReason = "\(stop.place) needs what the compiled engine leaves to the interpreter: decimals, durations or periods as values, text joined with `+`, division"
      }
    }
  }

  /// Whether lines run on the compiled engine (else every line runs on the interpreter).
  public var usesCompiledEngine: Bool { machines != nil }
  /// Why every line runs on the interpreter, when it does.
  public let interpreterReason: String?

  /// The output of a block of lines: their output lines, each ending in a newline, and counts.
  public struct BlockResult: Sendable {
    public init() {}
    public var output: [UInt8] = []
    /// The output in pieces, in order (from `evaluateInParts`; `output` is then empty).
    public var parts: [[UInt8]] = []
    public var cases = 0
    public var findings = 0
    public var failed = 0
    /// Lines the compiled engine handed to the interpreter.
    public var interpreted = 0
    /// Thread time reading lines into facts, and evaluating and writing them (on the compiled
    /// engine, estimated from one case in eight).
    public var loadNanoseconds: UInt64 = 0
    public var evalNanoseconds: UInt64 = 0

    /// Adds another block's counts and times (not its output).
    public mutating func count(_ other: BlockResult) {
      cases += other.cases
      findings += other.findings
      failed += other.failed
      interpreted += other.interpreted
      loadNanoseconds += other.loadNanoseconds
      evalNanoseconds += other.evalNanoseconds
    }
  }

  /// Evaluates a block of lines in parallel; the output keeps the order of `lines`. The lines are
  /// copied into a block first (`LineBlock` spares the copy).
  public func evaluate(lines: [ArraySlice<UInt8>], firstNumber: Int) -> BlockResult {
    evaluate(block: LineBlock(copying: lines), firstNumber: firstNumber)
  }

  /// Evaluates a block of lines in parallel; the output keeps the order of the block.
  public func evaluate(block: LineBlock, firstNumber: Int) -> BlockResult {
    var result = evaluateInParts(block: block, firstNumber: firstNumber)
    result.output = Array(result.parts.joined())
    result.parts = []
    return result
  }

  /// As `evaluate(block:firstNumber:)`, with the output left in `parts`, one per chunk of lines,
  /// in order: a caller that writes them one after another spares a copy of the block (with
  /// explanations, tens of megabytes).
  public func evaluateInParts(block: LineBlock, firstNumber: Int) -> BlockResult {
    start(block: block, firstNumber: firstNumber).wait()
  }

  /// Starts evaluating a block on the workers and returns at once; `wait()` on the result gives
  /// the output in parts, as `evaluateInParts`. A caller that starts the next block before it
  /// waits for this one keeps every worker busy across the change of block.
  public func start(block: LineBlock, firstNumber: Int) -> RunningBlock {
    let count = block.count
    // Many more chunks than workers, so the last chunks of a block leave a core idle only
    // briefly; machines are reused from chunk to chunk.
    let chunks = min(count, workers == 1 ? 1 : workers * 16)
    let running = RunningBlock(chunks: chunks)
    for queue in queues.prefix(chunks) {
      running.run(on: queue) {
        while let chunk = running.takeChunk() {
          let from = count * chunk / chunks
          let to = count * (chunk + 1) / chunks
          running.store(evaluate(lines: block.lines[from..<to], firstNumber: firstNumber + from), chunk: chunk)
        }
      }
    }
    return running
  }

  /// Evaluates consecutive lines on this thread.
  func evaluate(lines: ArraySlice<UnsafeBufferPointer<UInt8>>, firstNumber: Int) -> BlockResult {
    var result = BlockResult()
    guard let machines else {
      for (offset, line) in lines.enumerated() { interpret(line, number: firstNumber + offset, into: &result) }
      return result
    }
    var machine = machines.take()
    defer { machines.give(machine) }
    // The split between reading and evaluating is timed on one case in eight (reading the clock
    // twice a case costs more than a percent) and scaled to all the compiled engine's cases.
    var timedCases = 0
    var compiledCases = 0
    var load: UInt64 = 0
    var eval: UInt64 = 0
    for (offset, line) in lines.enumerated() {
      let timed = offset & 7 == 0 || timedCases == 0
      let started = timed ? DispatchTime.now().uptimeNanoseconds : 0
      let mark = result.output.count
      var scanned = started
      do throws(Fallback) {
        try machine.read(line: line)
        if timed { scanned = DispatchTime.now().uptimeNanoseconds }
        let findings = try machine.evaluate(output: &result.output)
        result.output.append(UInt8(ascii: "\n"))
        result.cases += 1
        result.findings += findings
        compiledCases += 1
        if timed {
          timedCases += 1
          load += scanned - started
          eval += DispatchTime.now().uptimeNanoseconds - scanned
        }
      } catch {
        result.output.removeSubrange(mark...)
        result.interpreted += 1
        interpret(line, number: firstNumber + offset, into: &result)
      }
    }
    if timedCases > 0 {
      result.loadNanoseconds += load * UInt64(compiledCases) / UInt64(timedCases)
      result.evalNanoseconds += eval * UInt64(compiledCases) / UInt64(timedCases)
    }
    return result
  }

  func interpret(_ line: UnsafeBufferPointer<UInt8>, number: Int, into result: inout BlockResult) {
    let lineResult = evaluate(line: line, number: number)
    result.output += lineResult.bytes
    result.output.append(UInt8(ascii: "\n"))
    result.cases += 1
    result.findings += lineResult.findings
    if lineResult.failed { result.failed += 1 }
    result.loadNanoseconds += lineResult.loadNanoseconds
    result.evalNanoseconds += lineResult.evalNanoseconds
  }

  /// One line's output on the interpreter.
  public struct LineResult: Sendable {
    /// The output line as UTF-8, without its newline.
    public let bytes: [UInt8]
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    public let findings: Int
    public let failed: Bool
    /// Time reading the line into facts, and time evaluating and writing the result.
    public var loadNanoseconds: UInt64 = 0
    public var evalNanoseconds: UInt64 = 0
  }

  /// Evaluates one line on the interpreter; `number` is its 1-based line number, for error lines.
  public func evaluate(line: some Collection<UInt8>, number: Int) -> LineResult {
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
      lineResult = LineResult(bytes: JSONNode.object(members).serializedBytes(pretty: false), findings: 0, failed: true)
    } else {
      let document = JSONExplainer(result: result, includeExplanation: options.trace).documentWithoutReceipt()
      lineResult = LineResult(bytes: document.serializedBytes(pretty: false), findings: result.findings.count, failed: false)
    }
    lineResult.loadNanoseconds = loaded - started
    lineResult.evalNanoseconds = DispatchTime.now().uptimeNanoseconds - loaded
    return lineResult
  }
}

extension JSONExplainer {
  /// The per-line form of batch output: `kasus` and `findings` (and `conflicts` when any).
  public func documentWithoutReceipt() -> JSONNode {
    guard case .object(let members) = document() else { return document() }
    return .object(members.filter { $0.0 != "receipt" })
  }
}
