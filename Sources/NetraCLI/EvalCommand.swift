import Netra

enum EvalCommand {
  static let help = "usage: netra eval (not yet available)"
  static func run(_ arguments: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
    errors.write("error: not yet available\n")
    return ExitCode.badInput
  }
}
