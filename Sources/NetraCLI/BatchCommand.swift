import Foundation
import Netra

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
    let sink: CheckedWriter
    var destination: BatchOutput?
    var skip = 0
    if let path = options.output {
      switch BatchOutput.open(path: path, input: options.input, resume: options.resume, run: runRecord(program: program, options: options)) {
      case .success(let opened):
        destination = opened
        sink = opened.writer
        skip = opened.linesDone
      case .failure(let refusal):
        errors.write("error[\(refusal.code)]: \(refusal.text)\n")
        return ExitCode.badInput
      }
    } else {
      sink = StandardStream.output.writer
    }
    defer { destination?.close() }
    let lastStated = destination?.lastStated
    var mismatch: String?
    var evaluatorOptions = Evaluator.Options(asOf: options.asOf, trace: options.trace)
    evaluatorOptions.limits = options.limits
    let batch = BatchEvaluator(program: program, options: evaluatorOptions, workers: options.workers)
    // Counts and times of every block so far (their output is written, not kept).
    var totals = BatchEvaluator.BlockResult()
    var lineNumber = 0
    let terminal = isatty(2) != 0
    var lastProgress = Date()
    func readBlock() -> (lines: LineBlock, firstNumber: Int) {
      var block = LineBlock()
      var firstNumber = lineNumber + 1
      let limit = options.trace ? explainedBlockLines : blockLines
      var bytes = 0
      while mismatch == nil, block.count < limit, bytes < blockBytes, let (line, owner) = reader.next() {
        lineNumber += 1
        if lineNumber <= skip {
          // The last result written must be this input line's, before anything is appended.
          if lineNumber == skip, let lastStated {
            let inputCase = ResumePoint.caseID(ofInputLine: line)
            if !ResumePoint.matches(lastStated, inputCase: inputCase) {
              mismatch =
                "output line \(lineNumber) is not the result of input line \(lineNumber) (case `\(DisplayText.escaped(inputCase ?? "?"))`): the output is not this input's, so it is not resumed"
            }
          }
          firstNumber = lineNumber + 1
          continue
        }
        block.append(line, ownedBy: owner)
        bytes += line.count
      }
      return (block, firstNumber)
    }
    // Result lines written whole (after the resumed ones), for the message of a failed write.
    var linesWritten = 0
    func emit(_ result: BatchEvaluator.BlockResult) {
      guard sink.failure == nil else { return }
      totals.count(result)
      // One write per chunk of whole lines: a killed run leaves whole lines, save at most a cut
      // last one, which `--resume` removes.
      for part in result.parts where !part.isEmpty {
        let before = sink.bytesWritten
        part.withUnsafeBytes { sink.write($0) }
        if sink.failure != nil {
          linesWritten += part[0..<(sink.bytesWritten - before)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
          return
        }
      }
      linesWritten += result.cases
      if terminal, Date().timeIntervalSince(lastProgress) > 1 {
        errors.write("\r\(totals.cases) cases…")
        lastProgress = Date()
      }
    }
    // A pipeline: while the workers evaluate one block, this thread writes the block before and
    // reads the block after, and starts it before it waits, so the workers never wait for it.
    var next = readBlock()
    if let mismatch {
      errors.write("error[E0005]: \(mismatch)\n")
      return ExitCode.badInput
    }
    if lineNumber < skip {
      errors.write(
        "error[E0005]: \(DisplayText.escaped(options.output ?? "")) holds results for \(skip) lines, but the input has only \(lineNumber): it is not this input's output; it is not resumed\n"
      )
      return ExitCode.badInput
    }
    // The kept lines answer this input: only now is the cut last line removed.
    if let refusal = destination?.cutUnfinishedLine() {
      errors.write("error[\(refusal.code)]: \(refusal.text)\n")
      return ExitCode.badInput
    }
    var previous: RunningBlock?
    while !next.lines.isEmpty, sink.failure == nil {
      let running = batch.start(block: next.lines, firstNumber: next.firstNumber)
      if let previous { emit(previous.wait()) }
      previous = running
      next = readBlock()
    }
    if let previous { emit(previous.wait()) }
    if sink.failure != nil {
      let done = skip + linesWritten
      var detail =
        done == 0
        ? Message(en: "no result line written whole", id: "belum ada baris hasil yang tertulis utuh")
        : Message(en: "the results of input lines 1–\(done) written whole", id: "hasil baris masukan 1–\(done) tertulis utuh")
      if destination?.regular == true {
        detail = Message(
          en: detail.en + "; `--resume` continues from there once there is room",
          id: detail.id + "; `--resume` melanjutkan dari sana setelah ada ruang")
      }
      errors.write(sink.takeFailureMessage(options.language, detail: detail) ?? "")
      return ExitCode.badInput
    }
    if let problem = reader.problem {
      errors.write("error[\(problem.code)]: \(problem.text) (after line \(lineNumber))\n")
      return ExitCode.badInput
    }
    let seconds = Date().timeIntervalSince(start)
    let cases = totals.cases
    let rate = seconds > 0 ? Int(Double(cases) / seconds) : cases
    if terminal { errors.write("\r") }
    // Thread time spread over the workers: the wall-clock split between reading and evaluating,
    // in the form shared/bench/run_peers.sh reads.
    let threads = Double(max(1, min(options.workers, ProcessInfo.processInfo.activeProcessorCount)))
    errors.write(
      String(format: "TIMING load_s=%.4f eval_s=%.4f\n", Double(totals.loadNanoseconds) / 1e9 / threads, Double(totals.evalNanoseconds) / 1e9 / threads))
    errors.write(
      "summary: \(cases) cases\(skip > 0 ? " (\(skip) already done)" : ""), \(totals.findings) findings, \(totals.failed) errors, "
        + String(format: "%.3f", seconds) + " s, \(rate) cases/s\(batch.interpreterReason.map { " on the interpreter (\($0))" } ?? "")"
        + (totals.interpreted > 0 && batch.usesCompiledEngine ? ", \(totals.interpreted) cases on the interpreter" : "") + "; ruleset \(program.name) sha256 \(program.sourceDigest.prefix(16))\n")
    return totals.failed > 0 ? ExitCode.badInput : ExitCode.success
  }

  /// What made a batch output, recorded beside it for `--resume` to check: the engine, the
  /// ruleset's digest, `--explain` and `--as-of`.
  static func runRecord(program: CheckedRuleset, options: Options) -> String {
    let asOf = options.asOf.map { JSONText.quote($0.description) } ?? "null"
    return #"{"engine":"netra \#(Netra.version)","ruleset_sha256":"\#(program.sourceDigest)","explain":\#(options.trace),"as_of":\#(asOf)}"#
  }
}
