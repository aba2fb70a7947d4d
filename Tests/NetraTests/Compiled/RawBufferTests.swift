import Testing

@testable import Netra
@testable import NetraBatch

/// The compiled engine's storage copies short runs without `memcpy`: every length must copy
/// exactly its bytes, and nothing past them.
@Suite struct RawBufferTests {
  @Test func copiesEveryLengthExactly() {
    let source = UnsafeMutablePointer<UInt8>.allocate(capacity: 400)
    let target = UnsafeMutablePointer<UInt8>.allocate(capacity: 400)
    defer {
      source.deallocate()
      target.deallocate()
    }
    for index in 0..<400 { source[index] = UInt8(truncatingIfNeeded: index &* 37 &+ 11) }
    for offset in [0, 1, 7] {
      for count in 0...300 {
        target.update(repeating: 0xEE, count: 400)
        copyBytes(to: target + offset, from: source + 3, count: count)
        for index in 0..<400 {
          let expected = index >= offset && index < offset + count ? source[3 + index - offset] : 0xEE
          if target[index] != expected {
            Issue.record("count \(count), offset \(offset): byte \(index) is \(target[index]), not \(expected)")
            break
          }
        }
      }
    }
  }

  @Test func appendsKeepEarlierItemsAcrossGrowth() {
    var buffer = RawBuffer<UInt64>(capacity: 1)
    defer { buffer.free() }
    var expected: [UInt64] = []
    for round in 0..<40 {
      let items = (0..<UInt64(round % 11)).map { $0 &* 1_000_003 &+ UInt64(round) }
      items.withUnsafeBufferPointer { if let base = $0.baseAddress { buffer.append(from: base, count: $0.count) } }
      expected += items
    }
    #expect((0..<buffer.count).map { buffer[$0] } == expected)
  }
}
