import Netra

#if canImport(Glibc)
  import Glibc
#endif

/// Where a command writes; tests pass strings, the executable passes stdout and stderr.
///
/// Bytes pass as they are: JSON, HTML, DOT and formatted rulesets must reach a file unchanged.
/// Text for people is made safe where it is written, value by value (`DisplayText`), by the
/// renderers that know which text came from a case or a ruleset.
public struct StandardStream: TextOutputStream, Sendable {
  public let writer: CheckedWriter
  public static let output = StandardStream(writer: CheckedWriter(descriptor: 1, name: "standard output"))
  public static let error = StandardStream(writer: CheckedWriter(descriptor: 2, name: "standard error"))
  public mutating func write(_ string: String) {
    writer.write(string)
  }
}

/// Writes to a file descriptor and remembers the first failure instead of trapping.
///
/// Foundation's `FileHandle.write` traps on a full disk or a closed pipe; this writer retries
/// interrupted and partial writes, and on a real error (ENOSPC, EPIPE with SIGPIPE ignored, EIO)
/// keeps the reason and how much had been written, writes nothing more, and lets the command end
/// with a coded error (E0003) that says so.
public final class CheckedWriter: @unchecked Sendable {
  // Used from the one thread that writes a command's output; `@unchecked` only because the
  // shared standard streams are globals.
  public let descriptor: Int32
  public let name: String
  public private(set) var bytesWritten = 0
  public private(set) var failure: String?
  /// Whether the failure has been reported, so it is said once.
  private var reported = false

  public init(descriptor: Int32, name: String) {
    self.descriptor = descriptor
    self.name = name
  }

  public func write(_ string: String) {
    var string = string
    string.withUTF8 { write(UnsafeRawBufferPointer($0)) }
  }

  public func write(_ bytes: UnsafeRawBufferPointer) {
    guard failure == nil, var next = bytes.baseAddress else { return }
    var left = bytes.count
    while left > 0 {
      let done = Glibc.write(descriptor, next, left)
      if done > 0 {
        bytesWritten += done
        left -= done
        next += done
      } else if done < 0, errno == EINTR {
        continue
      } else if done < 0, errno == EAGAIN {
        // A non-blocking descriptor (a terminal someone else set so): wait until it can take more.
        var poller = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        _ = poll(&poller, 1, -1)
      } else {
        failure = done < 0 ? String(cString: strerror(errno)) : "the device took no bytes"
        return
      }
    }
  }

  /// The E0003 line for a failed write, in the language asked for; nil when there is no failure
  /// or it has been reported already.
  public func takeFailureMessage(_ language: Language, detail: Message? = nil) -> String? {
    guard let failure, !reported else { return nil }
    reported = true
    let what = detail.map { ", \($0.text(language))" } ?? ""
    return language == .en
      ? "error[E0003]: cannot write \(DisplayText.escaped(name)) after \(bytesWritten) bytes\(what): \(failure)\n"
      : "error[E0003]: \(DisplayText.escaped(name)) tidak dapat ditulis setelah \(bytesWritten) bita\(what): \(failure)\n"
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
