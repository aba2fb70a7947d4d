@testable import Netra

func fuzzChecker(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let loaded = Netra.check(files: [("fuzz.netra", bytes)])
  _ = DiagnosticRenderer(sources: loaded.sources, language: .id).renderText(loaded.diagnostics)
  _ = DiagnosticRenderer(sources: loaded.sources, language: .en).renderJSON(loaded.diagnostics)
  return 0
}
