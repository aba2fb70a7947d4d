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
  }

  static func run(program: CheckedRuleset, options: Options, output stdout: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
    let start = Date()
    guard let reader = LineReader(path: options.input) else {
      errors.write("error[E0001]: cannot read \(options.input)\n")
      return ExitCode.badInput
    }
    var sink: FileHandle
    var skip = 0
    if let path = options.output {
      if options.resume, FileManager.default.fileExists(atPath: path) {
        guard let done = completeLines(path: path) else {
          errors.write("error[E0001]: cannot read \(path) to resume\n")
          return ExitCode.badInput
        }
        skip = done
      } else {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
          errors.write("error[E0001]: cannot create \(path)\n")
          return ExitCode.badInput
        }
      }
      guard let handle = FileHandle(forWritingAtPath: path) else {
        errors.write("error[E0001]: cannot write \(path)\n")
        return ExitCode.badInput
      }
      handle.seekToEndOfFile()
      sink = handle
    } else {
      if options.resume {
        errors.write("error: `--resume` needs `--output FILE`\n")
        return ExitCode.badInput
      }
      sink = FileHandle.standardOutput
    }
    var evaluatorOptions = Evaluator.Options(asOf: options.asOf, trace: options.trace)
    evaluatorOptions.limits = Limits()
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
      while block.count < limit, bytes < blockBytes, let (line, owner) = reader.next() {
        lineNumber += 1
        if lineNumber <= skip {
          firstNumber = lineNumber + 1
          continue
        }
        block.append(line, ownedBy: owner)
        bytes += line.count
      }
      return (block, firstNumber)
    }
    func emit(_ result: BatchEvaluator.BlockResult) {
      totals.count(result)
      // One write per chunk of whole lines: a killed run leaves whole lines, save at most a cut
      // last one, which `--resume` removes.
      for part in result.parts where !part.isEmpty {
        part.withUnsafeBytes { sink.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0.baseAddress!), count: $0.count, deallocator: .none)) }
      }
      if terminal, Date().timeIntervalSince(lastProgress) > 1 {
        errors.write("\r\(totals.cases) cases…")
        lastProgress = Date()
      }
    }
    // A pipeline: while the workers evaluate one block, this thread writes the block before and
    // reads the block after, and starts it before it waits, so the workers never wait for it.
    var next = readBlock()
    var previous: RunningBlock?
    while !next.lines.isEmpty {
      let running = batch.start(block: next.lines, firstNumber: next.firstNumber)
      if let previous { emit(previous.wait()) }
      previous = running
      next = readBlock()
    }
    if let previous { emit(previous.wait()) }
    if let problem = reader.problem {
      errors.write("error[E0001]: \(problem)\n")
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

  /// Lines already written whole; a cut last line is removed so the run continues cleanly.
  static func completeLines(path: String) -> Int? {
    guard let handle = FileHandle(forUpdatingAtPath: path) else { return nil }
    defer { try? handle.close() }
    guard let data = try? handle.readToEnd() else { return 0 }
    var count = 0
    var lastNewline = -1
    for (index, byte) in data.enumerated() where byte == UInt8(ascii: "\n") {
      count += 1
      lastNewline = index
    }
    if lastNewline + 1 < data.count { try? handle.truncate(atOffset: UInt64(lastNewline + 1)) }
    return count
  }
}
