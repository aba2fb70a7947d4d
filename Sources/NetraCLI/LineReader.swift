import Foundation
import Netra
import NetraBatch

#if canImport(Glibc)
  import Glibc
#endif

/// Reads lines from a file or standard input, without loading the whole input. A regular file is
/// mapped a window at a time and its lines are read in place: no copy, and no fresh pages to
/// fill. Other input (a pipe, a terminal) is read into fresh buffers. Each window or buffer
/// starts with the unfinished line of the one before, and lives as long as a block holds one of
/// its lines.
///
/// A mapped file that another process truncates while it is read can stop the run with SIGBUS,
/// as with any program that maps its input; such a file is better given as standard input.
final class LineReader {
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  private var mapped: Bool
  /// The window or buffer the lines come from, and its bytes.
  private var owner: AnyObject = ByteStorage(count: 0)
  private var base: UnsafePointer<UInt8>?
  private var count = 0
  /// Where the next line starts in the window or buffer.
  private var position = 0
  /// The file offset of the window's first byte (mapped files only).
  private var fileOffset = 0
  /// Whether the window or buffer holds the end of the input.
  private var finished = false
  /// Whether the rest of an overlong line is being skipped, and how many of its bytes so far.
  private var skipping = false
  private var skipped = 0
  private let maxLineBytes: Int
  /// How far an overlong line is followed for its end: past this, the input is taken for
  /// something other than JSON Lines (`/dev/zero`, a binary file) and reading stops (R0102).
  private let maxSkipBytes: Int
  /// Why reading stopped early: the code (E0001 unreadable, R0102 not JSON Lines) and the reason.
  private(set) var problem: (code: String, text: String)?

  /// Bytes mapped or read at a time (a long line gets more).
  private let window: Int
  private let readChunk: Int
  static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

  /// `mapping: false` reads even a regular file (for tests of the reading path).
  init?(
    path: String, maxLineBytes: Int = Limits().maxCaseBytes, maxSkipBytes: Int? = nil, window: Int = 8 * 1024 * 1024,
    readChunk: Int = 4 * 1024 * 1024, mapping: Bool = true
  ) {
    self.maxLineBytes = max(1, maxLineBytes)
    let product = max(1, maxLineBytes).multipliedReportingOverflow(by: 64)
    self.maxSkipBytes = maxSkipBytes ?? (product.overflow ? Int.max : product.partialValue)
    self.window = max(1, window)
    self.readChunk = max(1, readChunk)
    if path == "-" {
      descriptor = 0
      ownsDescriptor = false
    } else {
      descriptor = open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { return nil }
      ownsDescriptor = true
    }
    // Standard input is never mapped, even from a file: it is the way to read a file that may
    // shrink meanwhile (see the type's note).
    var status = stat()
    mapped = mapping && ownsDescriptor && fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  /// The next line (without its newline or a carriage return before it), and what keeps its
  /// bytes alive; nil at the end of the input or after a read error (see `problem`). A line longer
  /// than `maxLineBytes` is given as its first `maxLineBytes + 1` bytes, which the evaluator
  /// reports as too large, and the rest of it is skipped, never held in memory.
  func next() -> (line: UnsafeBufferPointer<UInt8>, owner: AnyObject)? {
    while true {
      if let base, position < count, let hit = memchr(base + position, 0x0A, count - position) {
        let newline = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        if skipping {
          skipping = false
          skipped = 0
          position = newline + 1
          continue
        }
        var end = newline
        if end > position, base[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = UnsafeBufferPointer(start: base + position, count: end - position)
        position = newline + 1
        return (line, owner)
      }
      if skipping {
        skipped += count - position
        position = count
        if skipped > maxSkipBytes {
          let size = BoundedFile.sizeText(maxSkipBytes).en
          problem = ("R0102", "a line runs past \(size) without a newline: the input is not JSON Lines (a binary file, a device?); stopped there")
          finished = true
          count = position
          return nil
        }
      } else if let base, count - position > maxLineBytes {
        skipping = true
        let line = UnsafeBufferPointer(start: base + position, count: maxLineBytes + 1)
        position = count
        return (line, owner)
      }
      if finished {
        guard let base, position < count else { return nil }
        let line = UnsafeBufferPointer(start: base + position, count: count - position)
        position = count
        return (line, owner)
      }
      if mapped { mapWindow() } else { readBuffer() }
    }
  }

  /// Maps the next window of the file, from the page that holds the unfinished line; a line
  /// longer than a window gets a window twice its length.
  private func mapWindow() {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return fail(errno) }
    let size = Int(status.st_size)
    let start = fileOffset + position
    let pageStart = start - start % Self.pageSize
    let seen = fileOffset + count - pageStart
    let length = min(size - pageStart, max(window, seen * 2))
    guard length > seen else {
      // The file ends (or shrank) where the bytes seen so far end.
      finished = true
      return
    }
    guard let address = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, off_t(pageStart)), address != MAP_FAILED else {
      // Not mappable after all (some file systems): read from here on.
      guard lseek(descriptor, off_t(fileOffset + count), SEEK_SET) >= 0 else { return fail(errno) }
      mapped = false
      return readBuffer()
    }
    _ = madvise(address, length, MADV_SEQUENTIAL)
    owner = MappedWindow(address: address, length: length)
    base = UnsafePointer(address.assumingMemoryBound(to: UInt8.self))
    fileOffset = pageStart
    position = start - pageStart
    count = length
    if pageStart + length >= size { finished = true }
  }

  /// Reads up to a chunk into a fresh buffer, after the bytes not yet returned.
  private func readBuffer() {
    let rest = count - position
    let storage = ByteStorage(count: max(readChunk, rest * 2))
    if let base, rest > 0 { storage.base.update(from: base + position, count: rest) }
    var filled = rest
    var failure: Int32 = 0
    while filled < storage.count {
      let got = read(descriptor, storage.base + filled, storage.count - filled)
      if got > 0 {
        filled += got
      } else if got == 0 || errno != EINTR {
        if got < 0 { failure = errno }
        break
      }
    }
    if filled < storage.count { finished = true }
    owner = storage
    base = UnsafePointer(storage.base)
    position = 0
    count = filled
    if failure != 0 { fail(failure) }
  }

  private func fail(_ code: Int32) {
    problem = ("E0001", "cannot read the input: \(String(cString: strerror(code)))")
    finished = true
    count = position
  }
}

/// A window of a mapped file, unmapped with the last block that holds one of its lines.
final class MappedWindow {
  let address: UnsafeMutableRawPointer
  let length: Int

  init(address: UnsafeMutableRawPointer, length: Int) {
    self.address = address
    self.length = length
  }

  deinit { munmap(address, length) }
}
