import Netra

/// A growable buffer of plain values with no reference counting: the compiled engine's storage.
/// A value type holding a pointer, so copies share storage; the owner frees it with `free()`.
struct RawBuffer<Element: BitwiseCopyable> {
  private(set) var base: UnsafeMutablePointer<Element>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int = 16) {
    self.capacity = max(1, capacity)
    base = .allocate(capacity: self.capacity)
  }

  init(_ items: [Element]) {
    self.init(capacity: items.count)
    for item in items { append(item) }
  }

  func free() { base.deallocate() }

  var isEmpty: Bool { count == 0 }

  @inline(__always)
  subscript(index: Int) -> Element {
    get { base[index] }
    nonmutating set { base[index] = newValue }
  }

  @inline(__always)
  mutating func append(_ item: Element) {
    if count == capacity { grow(to: capacity * 2) }
    base[count] = item
    count += 1
  }

  @inline(__always)
  mutating func append(from source: UnsafePointer<Element>, count added: Int) {
    if count + added > capacity { grow(to: max(capacity * 2, count + added)) }
    copyBytes(to: UnsafeMutableRawPointer(base + count), from: UnsafeRawPointer(source), count: added * MemoryLayout<Element>.stride)
    count += added
  }

  mutating func append(repeating item: Element, count added: Int) {
    if count + added > capacity { grow(to: max(capacity * 2, count + added)) }
    (base + count).update(repeating: item, count: added)
    count += added
  }

  /// Keeps the first `newCount` items.
  @inline(__always)
  mutating func truncate(to newCount: Int) { count = newCount }

  mutating func removeAll() { count = 0 }

  private mutating func grow(to newCapacity: Int) {
    let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
    grown.update(from: base, count: count)
    base.deallocate()
    base = grown
    capacity = newCapacity
  }
}

extension RawBuffer where Element == UInt8 {
  /// Appends a literal's bytes.
  @inline(__always)
  mutating func append(_ text: StaticString) {
    append(from: text.utf8Start, count: text.utf8CodeUnitCount)
  }
}

/// Copies `count` bytes between buffers that do not overlap. The compiled engine copies short
/// runs (an output fragment, a fact's fields), where a call to `memcpy` costs more than the copy:
/// up to 256 bytes are copied in 16-byte blocks, the last ones overlapping.
@inline(__always)
func copyBytes(to target: UnsafeMutableRawPointer, from source: UnsafeRawPointer, count: Int) {
  typealias Block = SIMD16<UInt8>
  switch count {
  case 0: return
  case 1...3:
    let first = source.load(as: UInt8.self)
    let middle = source.load(fromByteOffset: count >> 1, as: UInt8.self)
    let last = source.load(fromByteOffset: count - 1, as: UInt8.self)
    target.storeBytes(of: first, as: UInt8.self)
    target.storeBytes(of: middle, toByteOffset: count >> 1, as: UInt8.self)
    target.storeBytes(of: last, toByteOffset: count - 1, as: UInt8.self)
  case 4...7:
    let head = source.loadUnaligned(as: UInt32.self)
    let tail = source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
    target.storeBytes(of: head, as: UInt32.self)
    target.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
  case 8...16:
    let head = source.loadUnaligned(as: UInt64.self)
    let tail = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    target.storeBytes(of: head, as: UInt64.self)
    target.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
  case 17...256:
    var offset = 0
    while offset + 16 < count {
      target.storeBytes(of: source.loadUnaligned(fromByteOffset: offset, as: Block.self), toByteOffset: offset, as: Block.self)
      offset += 16
    }
    target.storeBytes(of: source.loadUnaligned(fromByteOffset: count - 16, as: Block.self), toByteOffset: count - 16, as: Block.self)
  default:
    target.copyMemory(from: source, byteCount: count)
  }
}
