import Foundation
import Netra

#if canImport(Glibc)
  import Glibc
#endif

/// The file a batch writes its results to (`--output`), opened so that nothing is lost.
///
/// - Written in place, never replaced: a symbolic link is written through, the file's mode and
///   owner stay, hard links stay one file, and a FIFO or device is written to, not swapped for a
///   regular file (a FIFO that nobody reads is refused at once instead of waited on).
/// - Never the input: the same file as input (standard input included) is refused before a byte
///   is truncated.
/// - Locked for the run (`flock`): a second run on the same output is refused, not interleaved.
/// - Beside it, `FILE.netra-run` records what made it: the engine, the ruleset's digest, `--explain`
///   and `--as-of`. `--resume` continues only a run made the same way, and only from a file that
///   is that run's output for this input (`ResumePoint`); the cut last line is removed only once
///   the input has been checked too (`cutUnfinishedLine`).
struct BatchOutput {
  let writer: CheckedWriter
  /// Input lines whose results the file already holds whole.
  let linesDone: Int
  /// What the last of those lines states, to check against input line `linesDone`.
  let lastStated: ResumePoint.Stated?
  /// Where the whole lines end, when resuming (the rest is a cut line).
  let resumeAt: Int?
  let regular: Bool

  struct Refusal: Error {
    let code: String
    let text: String
  }

  static func runFile(_ path: String) -> String { path + ".netra-run" }

  static func open(path: String, input: String, resume: Bool, run: String) -> Result<BatchOutput, Refusal> {
    let shown = DisplayText.escaped(path)
    var outputStatus = stat()
    let exists = stat(path, &outputStatus) == 0
    if exists {
      // Standard input counts too: `--batch - --output in.jsonl < in.jsonl` must not truncate it.
      var inputStatus = stat()
      let found = input == "-" ? fstat(0, &inputStatus) == 0 : stat(input, &inputStatus) == 0
      if found, inputStatus.st_dev == outputStatus.st_dev, inputStatus.st_ino == outputStatus.st_ino {
        return .failure(Refusal(code: "E0005", text: "the output \(shown) is the input file; write the results elsewhere"))
      }
    }
    let kind = exists ? outputStatus.st_mode & S_IFMT : S_IFREG
    let regular = kind == S_IFREG
    let resuming = resume && exists
    if resuming, !regular {
      return .failure(Refusal(code: "E0005", text: "`--resume` needs a regular output file, and \(shown) is not one"))
    }
    // A FIFO is opened without blocking, so one that nobody reads is an error, not a hang.
    let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (kind == S_IFIFO ? O_NONBLOCK : 0), 0o666)
    guard descriptor >= 0 else {
      let reason = errno == ENXIO ? "no process is reading from this FIFO" : BoundedFile.systemReason(errno)
      return .failure(Refusal(code: "E0001", text: "cannot open \(shown) for writing: \(reason)"))
    }
    if kind == S_IFIFO {
      let flags = fcntl(descriptor, F_GETFL)
      if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
    }
    if regular, flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      Glibc.close(descriptor)
      return .failure(Refusal(code: "E0006", text: "another run is writing to \(shown); wait for it, or choose another output"))
    }
    func refuse(_ refusal: Refusal) -> Result<BatchOutput, Refusal> {
      Glibc.close(descriptor)
      return .failure(refusal)
    }
    guard resuming else {
      if regular {
        _ = ftruncate(descriptor, 0)
        // Best effort: without the record, a later `--resume` refuses and the run starts over.
        _ = InPlaceFile.replace(Self.runFile(path), with: Array((run + "\n").utf8))
      }
      return .success(BatchOutput(writer: CheckedWriter(descriptor: descriptor, name: path), linesDone: 0, lastStated: nil, resumeAt: nil, regular: regular))
    }
    switch BoundedFile.read(Self.runFile(path), limit: 64 * 1024, kinds: .regular) {
    case .success(let bytes) where String(decoding: bytes, as: UTF8.self) == run + "\n":
      break
    case .success(let bytes):
      let was = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      return refuse(
        Refusal(
          code: "E0005",
          text:
            "\(shown) was made by another run (\(DisplayText.escaped(was))), not this one (\(run)): another ruleset, engine, `--explain` or `--as-of`; it is not resumed"
        ))
    case .failure:
      return refuse(
        Refusal(
          code: "E0005",
          text: "\(shown) has no record of the run that made it (\(DisplayText.escaped(Self.runFile(path)))), so it cannot be resumed safely"))
    }
    switch ResumePoint.find(outputPath: path) {
    case .success(let point):
      return .success(
        BatchOutput(
          writer: CheckedWriter(descriptor: descriptor, name: path), linesDone: point.lines, lastStated: point.last, resumeAt: point.bytes,
          regular: true))
    case .failure(let refusal):
      return refuse(refusal)
    }
  }

  /// Removes a cut last line left by an interrupted run; called once the input has been found to
  /// be the one the kept lines answer, so a refused resume leaves the file as it was.
  func cutUnfinishedLine() -> Refusal? {
    guard let resumeAt else { return nil }
    guard ftruncate(writer.descriptor, off_t(resumeAt)) == 0 else {
      return Refusal(code: "E0001", text: "cannot cut the unfinished last line of \(DisplayText.escaped(writer.name)): \(BoundedFile.systemReason(errno))")
    }
    _ = lseek(writer.descriptor, 0, SEEK_END)
    return nil
  }

  func close() {
    _ = Glibc.close(writer.descriptor)
  }
}
