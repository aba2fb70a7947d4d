import Foundation

/// Interns the texts of one case so that equal texts get equal ids: the ruleset's constants keep
/// ids `0..<constantCount` for the worker's life, a case's own texts are forgotten at the next
/// case by moving to a new generation instead of clearing the table.
struct TextTable {
  private(set) var bytes: [UInt8] = []
  private(set) var starts: [Int] = []
  private(set) var lengths: [Int] = []
  private var hashes: [UInt64] = []
  /// Open addressing: text id + 1 (0 is empty) and the generation that wrote the slot.
  private var slots: [Int32]
  private var generations: [UInt32]
  private var generation: UInt32 = 1
  private var mask: Int
  let constantCount: Int
  static let permanent = UInt32.max

  init(constants: [[UInt8]]) {
    let size = max(256, Self.power(of: constants.count * 4))
    slots = [Int32](repeating: 0, count: size)
    generations = [UInt32](repeating: 0, count: size)
    mask = size - 1
    constantCount = constants.count
    for text in constants {
      text.withUnsafeBufferPointer { buffer in
        _ = insert(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, buffer.count, hash: Self.hash(buffer.baseAddress, buffer.count), stamp: Self.permanent)
      }
    }
  }

  static func power(of n: Int) -> Int {
    var size = 1
    while size < n { size <<= 1 }
    return size
  }

  var count: Int { starts.count }

  /// Forgets the case's texts.
  mutating func reset() {
    if starts.count > constantCount {
      bytes.removeSubrange(starts[constantCount]...)
      starts.removeSubrange(constantCount...)
      lengths.removeSubrange(constantCount...)
      hashes.removeSubrange(constantCount...)
    }
    generation &+= 1
    if generation == Self.permanent || generation == 0 {
      // Wrapped: drop every case entry for real once in four billion cases.
      for index in generations.indices where generations[index] != Self.permanent {
        generations[index] = 0
        slots[index] = 0
      }
      generation = 1
    }
  }

  @inline(__always)
  static func hash(_ pointer: UnsafePointer<UInt8>?, _ count: Int) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    guard let pointer else { return h }
    for index in 0..<count {
      h = (h ^ UInt64(pointer[index])) &* 0x100_0000_01b3
    }
    return h ^ (h >> 29)
  }

  /// The id of the text in `pointer[0..<count]`, adding it if new.
  @inline(__always)
  mutating func intern(_ pointer: UnsafePointer<UInt8>, _ count: Int) -> Int {
    let h = Self.hash(pointer, count)
    var slot = Int(truncatingIfNeeded: h) & mask
    while true {
      let stamp = generations[slot]
      guard stamp == generation || stamp == Self.permanent else { break }
      let id = Int(slots[slot]) - 1
      if hashes[id] == h, lengths[id] == count, equalBytes(id, pointer, count) { return id }
      slot = (slot + 1) & mask
    }
    return insert(pointer, count, hash: h, stamp: generation, at: slot)
  }

  @inline(__always)
  private func equalBytes(_ id: Int, _ pointer: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    bytes.withUnsafeBufferPointer { stored in
      memcmp(stored.baseAddress! + starts[id], pointer, count) == 0
    }
  }

  private mutating func insert(_ pointer: UnsafePointer<UInt8>, _ count: Int, hash h: UInt64, stamp: UInt32, at known: Int? = nil) -> Int {
    let id = starts.count
    starts.append(bytes.count)
    lengths.append(count)
    hashes.append(h)
    bytes.append(contentsOf: UnsafeBufferPointer(start: pointer, count: count))
    var slot = known ?? (Int(truncatingIfNeeded: h) & mask)
    if known == nil {
      while generations[slot] == generation || generations[slot] == Self.permanent { slot = (slot + 1) & mask }
    }
    slots[slot] = Int32(id + 1)
    generations[slot] = stamp
    if (starts.count - constantCount) * 2 > slots.count { grow() }
    return id
  }

  /// Doubles the table, keeping constants and this case's texts.
  private mutating func grow() {
    let size = slots.count * 2
    slots = [Int32](repeating: 0, count: size)
    generations = [UInt32](repeating: 0, count: size)
    mask = size - 1
    for id in starts.indices {
      var slot = Int(truncatingIfNeeded: hashes[id]) & mask
      while generations[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(id + 1)
      generations[slot] = id < constantCount ? Self.permanent : generation
    }
  }

  /// The bytes of a text id.
  @inline(__always)
  func withBytes<R>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    bytes.withUnsafeBufferPointer { stored in body(UnsafeBufferPointer(rebasing: stored[starts[id]..<(starts[id] + lengths[id])])) }
  }
}
