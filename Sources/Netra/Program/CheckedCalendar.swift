import Foundation

public struct CheckedCalendar: Sendable {
  public let name: String
  public let title: String?
  public let basis: [ResolvedCitation]
  public let entries: [(name: String, value: Value)]
  public let span: Span
}
