@testable import Netra

func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  var sources = SourceSet()
  let id = sources.add(path: "fuzz.netra", bytes: bytes)
  let (_, diagnostics) = Parser.parse(sources[id])
  _ = DiagnosticRenderer(sources: sources, language: .en).renderText(diagnostics)
  return 0
}
