import Foundation
import Netra
import NetraBatch

#if canImport(Glibc)
  import Glibc
#endif

/// `netra eval <ruleset> --batch <file.jsonl|->`: one output line per input line, in order.
enum BatchCommand {
  /// Lines a block holds at most: large blocks keep the workers' chunks long and the pipeline's
  /// hand-overs few; explained output runs to 14 KB a line, so explained blocks are smaller. A
  /// block also ends after `blockBytes` of input, whatever its lines.
  static let blockLines = 8192
  static let explainedBlockLines = 2048
  static let blockBytes = 16 * 1024 * 1024

  struct Options {
    var input: String
    var output: String?
    var resume: Bool
    var workers: Int
    var trace: Bool
    var asOf: Day?
    var limits = Limits()
    var language = Language.en
  }

  static func run(program: CheckedRuleset, options: Options, output stdout: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
    let start = Date()
    var inputStatus = stat()
    if options.input != "-", stat(options.input, &inputStatus) == 0, inputStatus.st_mode & S_IFMT == S_IFDIR {
      errors.write("error[E0004]: the batch input \(DisplayText.escaped(options.input)) is a directory; give a JSON Lines file or `-`\n")
      return ExitCode.badInput
    }
    guard let reader = LineReader(path: options.input, maxLineBytes: options.limits.maxCaseBytes) else {
      errors.write("error[E0001]: cannot read \(DisplayText.escaped(options.input)): \(BoundedFile.systemReason(errno))\n")
      return ExitCode.badInput
    }
    var destination: BatchOutput?
    if let path = options.output {
      switch BatchOutput.open(path: path, input: options.input, resume: options.resume, run: runRecord(program: program, options: options)) {
      case .success(let opened): destination = opened
      case .failure(let refusal):
        errors.write("error[\(refusal.code)]: \(refusal.text)\n")
        return ExitCode.badInput
      }
    }
    defer { destination?.close() }
    let input = BatchInput(reader: reader, skip: destination?.linesDone ?? 0, lastStated: destination?.lastStated)
    var sink = BatchSink(writer: destination?.writer ?? StandardStream.output.writer)
    var evaluatorOptions = Evaluator.Options(asOf: options.asOf, trace: options.trace)
    evaluatorOptions.limits = options.limits
    let batch = BatchEvaluator(program: program, options: evaluatorOptions, workers: options.workers)
    let limit = options.trace ? explainedBlockLines : blockLines

    var next = input.nextBlock(limit: limit)
    if let refusal = input.refusal(output: options.output ?? "") {
      errors.write("error[E0005]: \(refusal)\n")
      return ExitCode.badInput
    }
    // The kept lines answer this input: only now is the cut last line removed.
    if let refusal = destination?.cutUnfinishedLine() {
      errors.write("error[\(refusal.code)]: \(refusal.text)\n")
      return ExitCode.badInput
    }
    // A pipeline: while the workers evaluate one block, this thread writes the block before and
    // reads the block after, and starts it before it waits, so the workers never wait for it.
    var previous: RunningBlock?
    while !next.lines.isEmpty, !sink.failed {
      let running = batch.start(block: next.lines, firstNumber: next.firstNumber)
      if let previous { sink.emit(previous.wait(), errors: &errors) }
      previous = running
      next = input.nextBlock(limit: limit)
    }
    if let previous { sink.emit(previous.wait(), errors: &errors) }
    if sink.failed {
      errors.write(sink.failureMessage(resumed: input.skip, resumable: destination?.regular == true, language: options.language))
      return ExitCode.badInput
    }
    if let problem = reader.problem {
      errors.write("error[\(problem.code)]: \(problem.text) (after line \(input.lineNumber))\n")
      return ExitCode.badInput
    }
    sink.endProgress(errors: &errors)
    errors.write(summary(sink.totals, skip: input.skip, seconds: Date().timeIntervalSince(start), batch: batch, program: program, workers: options.workers))
    return sink.totals.failed > 0 ? ExitCode.badInput : ExitCode.success
  }

  /// The TIMING and summary lines on standard error. TIMING is thread time spread over the
  /// workers: the wall-clock split between reading and evaluating, in the form
  /// shared/bench/run_peers.sh reads.
  static func summary(
    _ totals: BatchEvaluator.BlockResult, skip: Int, seconds: Double, batch: BatchEvaluator, program: CheckedRuleset, workers: Int
  ) -> String {
    let cases = totals.cases
    let rate = seconds > 0 ? Int(Double(cases) / seconds) : cases
    let threads = Double(max(1, min(workers, ProcessInfo.processInfo.activeProcessorCount)))
    return String(format: "TIMING load_s=%.4f eval_s=%.4f\n", Double(totals.loadNanoseconds) / 1e9 / threads, Double(totals.evalNanoseconds) / 1e9 / threads)
      + "summary: \(cases) cases\(skip > 0 ? " (\(skip) already done)" : ""), \(totals.findings) findings, \(totals.failed) errors, "
      + String(format: "%.3f", seconds) + " s, \(rate) cases/s\(batch.interpreterReason.map { " on the interpreter (\($0))" } ?? "")"
      + (totals.interpreted > 0 && batch.usesCompiledEngine ? ", \(totals.interpreted) cases on the interpreter" : "")
      + "; ruleset \(program.name) sha256 \(program.sourceDigest.prefix(16))\n"
  }

  /// What made a batch output, recorded beside it for `--resume` to check: the engine, the
  /// ruleset's digest, `--explain` and `--as-of`.
  static func runRecord(program: CheckedRuleset, options: Options) -> String {
    let asOf = options.asOf.map { JSONText.quote($0.description) } ?? "null"
    return #"{"engine":"netra \#(Netra.version)","ruleset_sha256":"\#(program.sourceDigest)","explain":\#(options.trace),"as_of":\#(asOf)}"#
  }
}
