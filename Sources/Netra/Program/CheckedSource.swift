import Foundation

public struct CheckedSource: Sendable {
  public let name: String
  public let title: String
  public let effective: Day?
  public let repealed: Day?
  public let replacedBy: Int?
  public let span: Span

  /// In force on `day`: from the effective date, up to the day before repeal.
  public func isInForce(on day: Day) -> Bool {
    if let effective, day < effective { return false }
    if let repealed, day >= repealed { return false }
    return true
  }
}


/// A citation with its source resolved and its locator turned into the identifier form
/// `pp94_2021.p5.n.1` of the legal reference (section 0.2).
public struct ResolvedCitation: Hashable, Sendable {
  public let source: Int
  public let locator: String
  public let identifier: String
  public let span: Span
}
