import Netra
import Dispatch
import Foundation

/// A block of lines being evaluated on the workers (`BatchEvaluator.start`). Its chunks are
/// taken one at a time by the block's jobs, one job per worker; the jobs of the next block queue
/// behind them, so a worker that runs out of chunks goes straight on to the next block instead
/// of waiting at the end of this one.
public final class RunningBlock: @unchecked Sendable {
  private let group = DispatchGroup()
  private let lock = NSLock()
  private var nextChunk = 0
  let chunkCount: Int
  /// One result per chunk, each written once by the job that took the chunk, read after `wait`.
  private let results: UnsafeMutableBufferPointer<BatchEvaluator.BlockResult>

  init(chunks: Int) {
    chunkCount = chunks
    results = .allocate(capacity: max(1, chunks))
    results.initialize(repeating: BatchEvaluator.BlockResult())
  }

  deinit {
    _ = results.deinitialize()
    results.deallocate()
  }

  /// Runs `job` on `queue` as part of this block.
  func run(on queue: DispatchQueue, _ job: @escaping @Sendable () -> Void) {
    queue.async(group: group, execute: job)
  }

  /// The next chunk no job has taken, if any.
  func takeChunk() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard nextChunk < chunkCount else { return nil }
    nextChunk += 1
    return nextChunk - 1
  }

  func store(_ result: BatchEvaluator.BlockResult, chunk: Int) { results[chunk] = result }

  /// Waits for every chunk; the output is left in `parts`, one per chunk, in order.
  public func wait() -> BatchEvaluator.BlockResult {
    group.wait()
    var total = BatchEvaluator.BlockResult()
    for chunk in 0..<chunkCount {
      total.parts.append(results[chunk].output)
      total.count(results[chunk])
      results[chunk] = BatchEvaluator.BlockResult()
    }
    return total
  }
}
