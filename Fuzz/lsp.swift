import Foundation

@testable import Netra
@testable import NetraBatch

/// Any bytes as what an editor sends the language server: the framer splits them (in pieces of
/// the sizes the first byte picks, so every way of arriving is tried), the server answers each
/// body. Must hold: no trap, no message body longer than its Content-Length, every reply JSON.
func fuzzLanguageServer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let piece = max(1, Int(bytes.first ?? 1) % 17)
  var framer = MessageFramer(maxHeaderBytes: 1024, maxBodyBytes: 1 << 16)
  var server = LanguageServer()
  var index = 0
  reading: while index < bytes.count {
    framer.append(bytes[index..<min(bytes.count, index + piece)])
    index += piece
    while let event = framer.next() {
      switch event {
      case .broken: break reading
      case .message(let body):
        let (replies, exit) = server.handle(body: body)
        for reply in replies {
          let text = reply.serialized(pretty: false)
          guard case .success = JSONReader.read(Array(text.utf8)) else { fatalError("a reply that is not JSON: \(text)") }
        }
        if exit != nil { break reading }
      }
    }
  }
  return 0
}
