import Foundation

/// Where a command writes; tests pass strings, the executable passes stdout and stderr.
public struct StandardStream: TextOutputStream {
  let handle: FileHandle
  public static var output: StandardStream { StandardStream(handle: .standardOutput) }
  public static var error: StandardStream { StandardStream(handle: .standardError) }
  public mutating func write(_ string: String) {
    handle.write(Data(string.utf8))
  }
}

/// Exit codes shared by every command.
public enum ExitCode {
  public static let success: Int32 = 0
  /// Findings or failing tests, where a command promises that.
  public static let findings: Int32 = 1
  /// Bad input or usage.
  public static let badInput: Int32 = 2
}
