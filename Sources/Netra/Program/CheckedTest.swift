import Foundation

public struct CheckedTest: Sendable {
  public let name: String
  public let basis: [ResolvedCitation]
  public let rationale: String?
  public let asOf: Day?
  public let given: JSONValue
  public let file: FileID
  public let expectations: [CheckedExpectation]
  public let span: Span
}

public struct CheckedExpectation: Sendable {
  public let negated: Bool
  public let record: Int
  public let fields: [(field: Int, value: Value)]
  public let text: String
  public let span: Span
}
