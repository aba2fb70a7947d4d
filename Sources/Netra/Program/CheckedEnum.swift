import Foundation

public struct CheckedEnum: Sendable {
  public let name: String
  public let cases: [String]
  public let caseIndex: [String: Int]
  public let span: Span
}
