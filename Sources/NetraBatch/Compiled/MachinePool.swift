import Netra
import Foundation

/// Case machines kept between chunks of a batch, so a worker's buffers, interned constants and
/// remembered record values outlive one chunk: a chunk takes a machine and gives it back.
final class MachinePool: @unchecked Sendable {
  private let compiled: CompiledProgram
  private let options: Evaluator.Options
  private let lock = NSLock()
  private var idle: [CaseMachine] = []

  init(compiled: CompiledProgram, options: Evaluator.Options) {
    self.compiled = compiled
    self.options = options
  }

  func take() -> CaseMachine {
    lock.lock()
    defer { lock.unlock() }
    return idle.popLast() ?? CaseMachine(compiled: compiled, options: options)
  }

  func give(_ machine: CaseMachine) {
    lock.lock()
    defer { lock.unlock() }
    idle.append(machine)
  }

  deinit {
    for machine in idle { machine.release() }
  }
}
