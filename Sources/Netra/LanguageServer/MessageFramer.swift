/// Splits the language server's input into messages (LSP base protocol: header lines, a blank
/// line, then `Content-Length` bytes of JSON), reading each byte once.
///
/// Bytes are appended as they arrive; `next` looks for the end of a header only in bytes it has
/// not looked at before, so a slow sender costs linear time, and a header longer than
/// `maxHeaderBytes` or a body longer than `maxBodyBytes` stops the server with an error instead
/// of growing without end.
public struct MessageFramer: Sendable {
  public let maxHeaderBytes: Int
  public let maxBodyBytes: Int
  private var buffer: [UInt8] = []
  /// Where the unread part of `buffer` starts.
  private var start = 0
  /// Where the search for the blank line that ends the current header goes on.
  private var searched = 0
  /// The length of the body being read, once its header has been read.
  private var bodyLength: Int?

  public init(maxHeaderBytes: Int = 8 * 1024, maxBodyBytes: Int = 64 << 20) {
    self.maxHeaderBytes = maxHeaderBytes
    self.maxBodyBytes = maxBodyBytes
  }

  public enum Event: Equatable, Sendable {
    /// One message body.
    case message([UInt8])
    /// The stream cannot be read on: the reason (a header too long, no valid length).
    case broken(String)
  }

  public mutating func append(_ bytes: some Collection<UInt8>) {
    if start > 0, start >= buffer.count / 2 {
      buffer.removeFirst(start)
      searched -= start
      start = 0
    }
    buffer.append(contentsOf: bytes)
  }

  /// The next message, or nil when more bytes are needed.
  public mutating func next() -> Event? {
    if bodyLength == nil {
      var index = max(start, searched)
      while index + 3 < buffer.count {
        if buffer[index] == 13, buffer[index + 1] == 10, buffer[index + 2] == 13, buffer[index + 3] == 10 { break }
        index += 1
      }
      searched = index
      guard index + 3 < buffer.count else {
        if buffer.count - start > maxHeaderBytes { return .broken("a message header longer than \(maxHeaderBytes) bytes") }
        return nil
      }
      if index - start > maxHeaderBytes { return .broken("a message header longer than \(maxHeaderBytes) bytes") }
      let header = String(decoding: buffer[start..<index], as: UTF8.self)
      start = index + 4
      searched = start
      guard let length = Self.contentLength(header) else { return .broken("a message header without a valid Content-Length") }
      guard length <= maxBodyBytes else { return .broken("a message body of \(length) bytes, more than \(maxBodyBytes)") }
      bodyLength = length
    }
    guard let length = bodyLength, buffer.count - start >= length else { return nil }
    let body = Array(buffer[start..<start + length])
    start += length
    searched = start
    bodyLength = nil
    return .message(body)
  }

  /// The value of the one `Content-Length` header line (case-insensitive), when it is a number.
  static func contentLength(_ header: String) -> Int? {
    var found: Int?
    for line in header.split(separator: "\r\n", omittingEmptySubsequences: false) {
      guard let colon = line.firstIndex(of: ":") else { return nil }
      guard line[..<colon].lowercased() == "content-length" else { continue }
      let value = line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
      guard found == nil, !value.isEmpty, value.allSatisfy({ $0 >= "0" && $0 <= "9" }), value.count <= 12, let number = Int(String(value)) else {
        return nil
      }
      found = number
    }
    return found
  }
}
