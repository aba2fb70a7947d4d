import Netra

#if canImport(Glibc)
  import Glibc
#endif

/// Where an interrupted batch continues: how many whole result lines its output holds, checked
/// line by line, read a megabyte at a time (the file is never held in memory).
///
/// A batch writes one line per input line, in order: `{"kasus":ID,...}` for a case it evaluated,
/// `{"line":N,...}` for input line N when that line has errors. An output is resumed only if every
/// whole line has one of these shapes and ends with `}`; anything else (garbage, a NUL-filled
/// line, a file that is not this command's output) is refused with E0005 and nothing is written.
/// The input is then checked against the output as it is skipped: it must have at least as many
/// lines, and its line N, for the N-th and last whole result line, must be the case that line
/// states (an error line states its own number, so every error line is checked in place too).
struct ResumePoint {
  /// Whole result lines, and the bytes they take (the rest, a cut last line, is removed).
  var lines = 0
  var bytes = 0
  /// What the last whole line states.
  var last: Stated?

  /// Bytes of each line kept to read its case id; a longer id is not compared (see `Stated`).
  static let prefixBytes = 64 * 1024

  static func find(outputPath: String) -> Result<ResumePoint, BatchOutput.Refusal> {
    let descriptor = open(outputPath, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      return .failure(BatchOutput.Refusal(code: "E0001", text: "cannot read \(DisplayText.escaped(outputPath)) to resume: \(BoundedFile.systemReason(errno))"))
    }
    defer { close(descriptor) }
    var point = ResumePoint()
    var prefix: [UInt8] = []
    var last: UInt8 = 0
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    var offset = 0
    while true {
      let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if got < 0, errno == EINTR { continue }
      if got < 0 {
        return .failure(BatchOutput.Refusal(code: "E0001", text: "cannot read \(DisplayText.escaped(outputPath)) to resume: \(BoundedFile.systemReason(errno))"))
      }
      if got == 0 { break }
      for index in 0..<got {
        let byte = chunk[index]
        if byte == 0x0A {
          let number = point.lines + 1
          guard last == UInt8(ascii: "}"), let stated = stated(in: prefix, number: number) else {
            return .failure(
              BatchOutput.Refusal(
                code: "E0005",
                text:
                  "\(DisplayText.escaped(outputPath)) line \(number) is not a batch result (`{\"kasus\":...}` or `{\"line\":\(number),...}`): the file is not this command's output, so it is not resumed"
              ))
          }
          point.lines = number
          point.bytes = offset + index + 1
          point.last = stated
          prefix.removeAll(keepingCapacity: true)
          last = 0
        } else {
          if byte == 0 {
            return .failure(
              BatchOutput.Refusal(
                code: "E0005",
                text: "\(DisplayText.escaped(outputPath)) holds a NUL byte in line \(point.lines + 1) (a damaged file?); it is not resumed"))
          }
          if prefix.count < prefixBytes { prefix.append(byte) }
          last = byte
        }
      }
      offset += got
    }
    return .success(point)
  }

  /// What a result line says of its input line.
  enum Stated: Equatable {
    /// A case evaluated, with its id (nil when the id runs past `prefixBytes` and is not read).
    case evaluated(String?)
    /// An error line for this input line (its `kasus` may be null).
    case errors(String?)
  }

  /// What the line (its first bytes) states for input line `number`; nil when it is no result.
  static func stated(in prefix: some Collection<UInt8>, number: Int) -> Stated? {
    let bytes = Array(prefix.prefix(prefixBytes))
    let errorHead = Array("{\"line\":\(number),\"kasus\":".utf8)
    let caseHead = Array("{\"kasus\":".utf8)
    if bytes.starts(with: errorHead) { return .errors(leadingString(bytes[errorHead.count...])) }
    if bytes.starts(with: caseHead) {
      let rest = bytes[caseHead.count...]
      guard rest.first == UInt8(ascii: "\"") else { return nil }
      // A whole line's id always closes; one cut by the prefix is left unread.
      return .evaluated(leadingString(rest))
    }
    return nil
  }

  /// The JSON string at the start of the bytes, read by the project's own reader.
  static func leadingString(_ bytes: ArraySlice<UInt8>) -> String? {
    let value = Array(bytes)
    guard value.first == UInt8(ascii: "\"") else { return nil }
    var end = 1
    while end < value.count, value[end] != UInt8(ascii: "\"") { end += value[end] == UInt8(ascii: "\\") ? 2 : 1 }
    guard end < value.count, case .success(let parsed) = JSONReader.read(Array(value[...end])), case .string(let id) = parsed.kind else {
      return nil
    }
    return id
  }

  /// The case id of an input line, when it is a JSON object with a text `kasus`.
  static func caseID(ofInputLine line: UnsafeBufferPointer<UInt8>) -> String? {
    guard case .success(let value) = JSONReader.read(Array(line)), case .string(let id)? = value.member("kasus")?.kind else { return nil }
    return id
  }

  /// Whether the result line stated for an input line can be that line's result: an evaluated
  /// case must be the case the input line holds; an error line must name that case or none.
  static func matches(_ stated: Stated, inputCase: String?) -> Bool {
    switch stated {
    case .evaluated(let id): id == nil || id == inputCase
    case .errors(let id): id == nil || id == inputCase
    }
  }
}
