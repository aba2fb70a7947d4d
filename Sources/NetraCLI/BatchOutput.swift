import Netra

#if canImport(Glibc)
  import Glibc
#endif

/// The file a batch writes its results to (`--output`), opened so that nothing is lost.
///
/// - Written in place, never replaced: a symbolic link is written through, the file's mode and
///   owner stay, hard links stay one file, and a FIFO or device is written to, not swapped for a
///   regular file.
/// - Never the input: the same file as input and output is refused before a byte is truncated.
/// - Locked for the run (`flock`): a second run on the same output is refused, not interleaved.
/// - Resumed only from a file that is a run's output for this input: see `ResumePoint`.
struct BatchOutput {
  let writer: CheckedWriter
  /// Input lines whose results the file already holds whole.
  let linesDone: Int
  /// What the last of those lines states, to check against input line `linesDone`.
  let lastStated: ResumePoint.Stated?

  struct Refusal: Error {
    let code: String
    let text: String
  }

  static func open(path: String, input: String, resume: Bool) -> Result<BatchOutput, Refusal> {
    var outputStatus = stat()
    let exists = stat(path, &outputStatus) == 0
    if exists, input != "-" {
      var inputStatus = stat()
      if stat(input, &inputStatus) == 0, inputStatus.st_dev == outputStatus.st_dev, inputStatus.st_ino == outputStatus.st_ino {
        return .failure(Refusal(code: "E0005", text: "the output \(DisplayText.escaped(path)) is the input file; write the results elsewhere"))
      }
    }
    let regular = !exists || outputStatus.st_mode & S_IFMT == S_IFREG
    if resume, exists, !regular {
      return .failure(Refusal(code: "E0005", text: "`--resume` needs a regular output file, and \(DisplayText.escaped(path)) is not one"))
    }
    let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      return .failure(Refusal(code: "E0001", text: "cannot open \(DisplayText.escaped(path)) for writing: \(BoundedFile.systemReason(errno))"))
    }
    if regular, flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      Glibc.close(descriptor)
      return .failure(Refusal(code: "E0006", text: "another run is writing to \(DisplayText.escaped(path)); wait for it, or choose another output"))
    }
    var done = 0
    var lastStated: ResumePoint.Stated?
    if resume, exists {
      switch ResumePoint.find(outputPath: path) {
      case .success(let point):
        guard ftruncate(descriptor, off_t(point.bytes)) == 0 else {
          Glibc.close(descriptor)
          return .failure(Refusal(code: "E0001", text: "cannot cut the unfinished last line of \(DisplayText.escaped(path)): \(BoundedFile.systemReason(errno))"))
        }
        done = point.lines
        lastStated = point.last
      case .failure(let refusal):
        Glibc.close(descriptor)
        return .failure(refusal)
      }
    } else if regular {
      _ = ftruncate(descriptor, 0)
    }
    if regular { _ = lseek(descriptor, 0, SEEK_END) }
    return .success(BatchOutput(writer: CheckedWriter(descriptor: descriptor, name: path), linesDone: done, lastStated: lastStated))
  }

  func close() {
    _ = Glibc.close(writer.descriptor)
  }
}
