import Foundation
import Netra
import NetraBatch

#if canImport(Glibc)
  import Glibc
#endif

/// The output side of a batch run: writes each block's results as they come back, counts them,
/// shows progress on a terminal, and, when a write fails, says how far the output got.
struct BatchSink {
  let writer: CheckedWriter
  /// Counts and times of every block so far (their output is written, not kept).
  private(set) var totals = BatchEvaluator.BlockResult()
  /// Result lines written whole (after any resumed ones).
  private(set) var linesWritten = 0
  private let terminal = isatty(2) != 0
  private var lastProgress = Date()

  init(writer: CheckedWriter) {
    self.writer = writer
  }

  var failed: Bool { writer.failure != nil }

  /// Writes a block's results, one write per chunk of whole lines: a killed run leaves whole
  /// lines, save at most a cut last one, which `--resume` removes.
  mutating func emit(_ result: BatchEvaluator.BlockResult, errors: inout some TextOutputStream) {
    guard !failed else { return }
    totals.count(result)
    for part in result.parts where !part.isEmpty {
      let before = writer.bytesWritten
      part.withUnsafeBytes { writer.write($0) }
      if failed {
        linesWritten += part[0..<(writer.bytesWritten - before)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return
      }
    }
    linesWritten += result.cases
    if terminal, Date().timeIntervalSince(lastProgress) > 1 {
      errors.write("\r\(totals.cases) cases…")
      lastProgress = Date()
    }
  }

  /// The E0003 message of a failed write: which input lines are written whole, and whether
  /// `--resume` can continue (only into a regular file).
  func failureMessage(resumed: Int, resumable: Bool, language: Language) -> String {
    let done = resumed + linesWritten
    var detail =
      done == 0
      ? Message(en: "no result line written whole", id: "belum ada baris hasil yang tertulis utuh")
      : Message(en: "the results of input lines 1–\(done) written whole", id: "hasil baris masukan 1–\(done) tertulis utuh")
    if resumable {
      detail = Message(
        en: detail.en + "; `--resume` continues from there once there is room",
        id: detail.id + "; `--resume` melanjutkan dari sana setelah ada ruang")
    }
    return writer.takeFailureMessage(language, detail: detail) ?? ""
  }

  /// Ends the progress line, so the summary starts at the left.
  func endProgress(errors: inout some TextOutputStream) {
    if terminal { errors.write("\r") }
  }
}
