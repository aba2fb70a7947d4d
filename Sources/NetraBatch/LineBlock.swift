import Netra

/// A block of input lines for `BatchEvaluator`, as spans of bytes read in place: the lines of a
/// mapped file or of read buffers, with no copy into arrays. The owners keep the bytes alive for
/// as long as the block lives.
///
/// Unchecked `Sendable`: the bytes are never written once they are in a block, and the owners
/// are only held, never used.
public struct LineBlock: @unchecked Sendable {
  /// The lines, without their newlines.
  public private(set) var lines: [UnsafeBufferPointer<UInt8>] = []
  private var owners: [AnyObject] = []

  public init() {}

  /// A block of lines copied out of arrays into storage of its own.
  public init(copying slices: [ArraySlice<UInt8>]) {
    let storage = ByteStorage(count: slices.reduce(0) { $0 + $1.count })
    var offset = 0
    for slice in slices {
      slice.withUnsafeBufferPointer { bytes in
        if let source = bytes.baseAddress { (storage.base + offset).initialize(from: source, count: bytes.count) }
      }
      lines.append(UnsafeBufferPointer(start: storage.base + offset, count: slice.count))
      offset += slice.count
    }
    owners.append(storage)
  }

  public var count: Int { lines.count }
  public var isEmpty: Bool { lines.isEmpty }

  /// Adds a line whose bytes `owner` keeps alive; an owner is kept once however many lines it
  /// holds, if its lines come one after another.
  public mutating func append(_ line: UnsafeBufferPointer<UInt8>, ownedBy owner: AnyObject) {
    if owners.last !== owner { owners.append(owner) }
    lines.append(line)
  }
}

/// Bytes allocated for lines, freed with the last block that holds them.
public final class ByteStorage {
  public let base: UnsafeMutablePointer<UInt8>
  public let count: Int

  public init(count: Int) {
    self.count = count
    base = .allocate(capacity: max(1, count))
  }

  deinit { base.deallocate() }
}
