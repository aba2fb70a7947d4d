import Netra
import Foundation

/// Interns the texts of one case so that equal texts get equal ids: the ruleset's constants keep
/// ids `0..<constantCount` for the worker's life, a case's own texts are forgotten at the next
/// case by moving to a new generation instead of clearing the table.
///
/// A case text is not copied: its id points into the case line, which outlives the case's
/// evaluation and output. Storage is manual, freed with `free()`, as the machine's other buffers.
struct TextTable {
  private var pointers = RawBuffer<UnsafePointer<UInt8>>(capacity: 256)
  private var lengths = RawBuffer<Int>(capacity: 256)
  private var hashes = RawBuffer<UInt64>(capacity: 256)
  /// Open addressing: text id + 1 (0 is empty) and the generation that wrote the slot.
  private var slots: UnsafeMutablePointer<Int32>
  private var generations: UnsafeMutablePointer<UInt32>
  private var size: Int
  private var generation: UInt32 = 1
  /// The constants' bytes, owned by the table.
  private let constantBytes: UnsafeMutablePointer<UInt8>
  let constantCount: Int
  static let permanent = UInt32.max

  init(constants: [[UInt8]]) {
    size = max(256, Self.power(of: constants.count * 4))
    slots = .allocate(capacity: size)
    slots.initialize(repeating: 0, count: size)
    generations = .allocate(capacity: size)
    generations.initialize(repeating: 0, count: size)
    constantCount = constants.count
    let total = constants.reduce(0) { $0 + $1.count }
    constantBytes = .allocate(capacity: max(1, total))
    var offset = 0
    for text in constants {
      let start = constantBytes + offset
      text.withUnsafeBufferPointer { buffer in
        if let base = buffer.baseAddress { start.update(from: base, count: buffer.count) }
      }
      offset += text.count
      _ = insert(UnsafePointer(start), text.count, hash: Self.hash(start, text.count), stamp: Self.permanent)
    }
  }

  func free() {
    pointers.free()
    lengths.free()
    hashes.free()
    slots.deallocate()
    generations.deallocate()
    constantBytes.deallocate()
  }

  static func power(of n: Int) -> Int {
    var size = 1
    while size < n { size <<= 1 }
    return size
  }

  var count: Int { pointers.count }

  /// Forgets the case's texts.
  mutating func reset() {
    pointers.truncate(to: constantCount)
    lengths.truncate(to: constantCount)
    hashes.truncate(to: constantCount)
    generation &+= 1
    if generation == Self.permanent || generation == 0 {
      // Wrapped: drop every case entry for real once in four billion cases.
      for index in 0..<size where generations[index] != Self.permanent {
        generations[index] = 0
        slots[index] = 0
      }
      generation = 1
    }
  }

  /// Eight bytes at a time; the length seeds the hash, so a short tail needs no marker. Where
  /// `readable` bytes may be loaded from `pointer` (eight or more), a short text is one masked
  /// load, and a long text's tail one overlapping load; the hash is the same either way.
  @inline(__always)
  static func hash(_ pointer: UnsafePointer<UInt8>, _ count: Int, readable: Int = 0) -> UInt64 {
    let multiplier: UInt64 = 0xff51_afd7_ed55_8ccd
    @inline(__always) func load(_ at: Int) -> UInt64 { UInt64(littleEndian: UnsafeRawPointer(pointer + at).loadUnaligned(as: UInt64.self)) }
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
    if count >= 8 {
      var index = 0
      while index + 8 <= count {
        h = (h ^ load(index)) &* multiplier
        h ^= h >> 32
        index += 8
      }
      if index < count { h = (h ^ load(count - 8)) &* multiplier }
    } else if count > 0 {
      var tail: UInt64 = 0
      if readable >= 8 {
        tail = load(0) & ((1 << UInt64(8 * count)) - 1)
      } else {
        for index in 0..<count { tail |= UInt64(pointer[index]) << UInt64(8 * index) }
      }
      h = (h ^ tail) &* multiplier
    }
    return h ^ (h >> 29)
  }

  /// The id of the text in `pointer[0..<count]`, adding it if new. The bytes must stay valid
  /// until the next `reset()`; `readable` bytes from `pointer` may be loaded.
  @inline(__always)
  mutating func intern(_ pointer: UnsafePointer<UInt8>, _ count: Int, readable: Int) -> Int {
    let h = Self.hash(pointer, count, readable: readable)
    let mask = size - 1
    var slot = Int(truncatingIfNeeded: h) & mask
    while true {
      let stamp = generations[slot]
      guard stamp == generation || stamp == Self.permanent else { break }
      let id = Int(slots[slot]) - 1
      if hashes[id] == h, lengths[id] == count, CaseMachine.sameBytes(pointers[id], pointer, count) { return id }
      slot = (slot + 1) & mask
    }
    return insert(pointer, count, hash: h, stamp: generation, at: slot)
  }

  private mutating func insert(_ pointer: UnsafePointer<UInt8>, _ count: Int, hash h: UInt64, stamp: UInt32, at known: Int? = nil) -> Int {
    let id = pointers.count
    pointers.append(pointer)
    lengths.append(count)
    hashes.append(h)
    let mask = size - 1
    var slot = known ?? (Int(truncatingIfNeeded: h) & mask)
    if known == nil {
      while generations[slot] == generation || generations[slot] == Self.permanent { slot = (slot + 1) & mask }
    }
    slots[slot] = Int32(id + 1)
    generations[slot] = stamp
    if (pointers.count - constantCount) * 2 > size { grow() }
    return id
  }

  /// Doubles the table, keeping constants and this case's texts.
  private mutating func grow() {
    slots.deallocate()
    generations.deallocate()
    size *= 2
    slots = .allocate(capacity: size)
    slots.initialize(repeating: 0, count: size)
    generations = .allocate(capacity: size)
    generations.initialize(repeating: 0, count: size)
    let mask = size - 1
    for id in 0..<pointers.count {
      var slot = Int(truncatingIfNeeded: hashes[id]) & mask
      while generations[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(id + 1)
      generations[slot] = id < constantCount ? Self.permanent : generation
    }
  }

  /// The bytes of a text id.
  @inline(__always)
  func withBytes<R>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    body(UnsafeBufferPointer(start: pointers[id], count: lengths[id]))
  }
}
