/// The language messages and explanations are shown in.
public enum Language: String, Sendable, CaseIterable {
  case en
  case id
}

/// A text in both languages, written where it is emitted so wording stays beside its cause.
public struct Message: Hashable, Sendable {
  public let en: String
  public let id: String
  public init(en: String, id: String) {
    self.en = en
    self.id = id
  }
  public func text(_ language: Language) -> String { language == .en ? en : id }
}
