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
    (base + count).update(from: source, count: added)
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
