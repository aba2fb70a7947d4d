import Netra
import NetraBatch

/// The input side of a batch run: reads blocks of lines for the workers, and, when resuming,
/// skips the lines whose results the output already holds, checking that the last of them is
/// the result of the input line it answers.
final class BatchInput {
  let reader: LineReader
  /// Input lines whose results are already written.
  let skip: Int
  /// What the last written result states, checked against input line `skip`.
  let lastStated: ResumePoint.Stated?
  /// Lines read so far, skipped ones included.
  private(set) var lineNumber = 0
  /// Why the output is not this input's, once found; reading stops there.
  private(set) var mismatch: String?

  init(reader: LineReader, skip: Int, lastStated: ResumePoint.Stated?) {
    self.reader = reader
    self.skip = skip
    self.lastStated = lastStated
  }

  /// The next block of at most `limit` lines or `BatchCommand.blockBytes` bytes, and the number of
  /// its first line; empty at the end of the input (or after a mismatch).
  func nextBlock(limit: Int) -> (lines: LineBlock, firstNumber: Int) {
    var block = LineBlock()
    var firstNumber = lineNumber + 1
    var bytes = 0
    while mismatch == nil, block.count < limit, bytes < BatchCommand.blockBytes, let (line, owner) = reader.next() {
      lineNumber += 1
      if lineNumber <= skip {
        if lineNumber == skip { check(line) }
        firstNumber = lineNumber + 1
        continue
      }
      block.append(line, ownedBy: owner)
      bytes += line.count
    }
    return (block, firstNumber)
  }

  /// The last result written must be this input line's, before anything is appended.
  private func check(_ line: UnsafeBufferPointer<UInt8>) {
    guard let lastStated else { return }
    let inputCase = ResumePoint.caseID(ofInputLine: line)
    if !ResumePoint.matches(lastStated, inputCase: inputCase) {
      mismatch =
        "output line \(lineNumber) is not the result of input line \(lineNumber) (case `\(DisplayText.escaped(inputCase ?? "?"))`): the output is not this input's, so it is not resumed"
    }
  }

  /// Why the kept lines do not answer this input (E0005), once the first block has been read.
  func refusal(output: String) -> String? {
    if let mismatch { return mismatch }
    if lineNumber < skip {
      return
        "\(DisplayText.escaped(output)) holds results for \(skip) lines, but the input has only \(lineNumber): it is not this input's output; it is not resumed"
    }
    return nil
  }
}
