import Foundation

/// A record declaration, checked. A class, so evaluation reads it without copying (and retaining)
/// every member. Immutable: the checker builds a new one when a stage adds to it.
public final class CheckedRecord: Sendable {
  public let name: String
  public let role: RecordRole
  public let fields: [CheckedField]
  public let fieldIndex: [String: Int]
  public let requirements: [CheckedRequirement]
  /// Field indices that findings are sorted by.
  public let order: [Int]
  public let span: Span
  /// Fields marked `key`: on derived records, facts with equal keys and different values conflict.
  public let keyFields: [Int]

  public init(
    name: String, role: RecordRole, fields: [CheckedField], fieldIndex: [String: Int], requirements: [CheckedRequirement] = [],
    order: [Int] = [], span: Span
  ) {
    self.name = name
    self.role = role
    self.fields = fields
    self.fieldIndex = fieldIndex
    self.requirements = requirements
    self.order = order
    self.span = span
    self.keyFields = fields.indices.filter { fields[$0].isKey }
  }
}

/// A field of a record. A class for the same reason as `CheckedRecord`.
public final class CheckedField: Sendable {
  public let name: String
  public let type: NetraType
  public let defaultValue: CExpr?
  public let isKey: Bool
  public let reference: Int?
  public let onlyWhen: CExpr?
  public let requiredWhen: CExpr?
  public let nonempty: Bool
  public let span: Span
  /// Source text of `only when` and `required when`, for facts errors.
  public let onlyWhenText: String
  public let requiredWhenText: String

  public init(
    name: String, type: NetraType, defaultValue: CExpr?, isKey: Bool, reference: Int?, onlyWhen: CExpr?,
    requiredWhen: CExpr?, nonempty: Bool, span: Span, onlyWhenText: String = "", requiredWhenText: String = ""
  ) {
    self.name = name
    self.type = type
    self.defaultValue = defaultValue
    self.isKey = isKey
    self.reference = reference
    self.onlyWhen = onlyWhen
    self.requiredWhen = requiredWhen
    self.nonempty = nonempty
    self.span = span
    self.onlyWhenText = onlyWhenText
    self.requiredWhenText = requiredWhenText
  }
}

/// `require condition "message"`: a condition every fact of the record must meet.
public struct CheckedRequirement: Sendable {
  public let condition: CExpr
  public let message: String
  public let span: Span
}
