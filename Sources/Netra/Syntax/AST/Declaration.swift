/// One parsed `.netra` file.
public struct RulesetFile: Sendable {
  public let file: FileID
  public var declarations: [Declaration]
  public var comments: [Comment]
}

public enum Declaration: Hashable, Sendable {
  case header(HeaderDecl)
  case source(SourceDecl)
  case enumeration(EnumDecl)
  case record(RecordDecl)
  case constant(ConstDecl)
  case calendar(CalendarDecl)
  case rule(RuleDecl)
  case priority(PriorityDecl)
  case test(TestDecl)

  public var span: Span {
    switch self {
    case .header(let d): d.span
    case .source(let d): d.span
    case .enumeration(let d): d.span
    case .record(let d): d.span
    case .constant(let d): d.span
    case .calendar(let d): d.span
    case .rule(let d): d.span
    case .priority(let d): d.span
    case .test(let d): d.span
    }
  }
}

/// `ruleset netralitas_asn version "2024.2"`
public struct HeaderDecl: Hashable, Sendable {
  public let name: Name
  public let version: Literal?
  public let span: Span
}

/// `source pp94_2021 "PP 94/2021 ..." effective 2021-08-31 repealed 2030-01-01 by pp_baru`
public struct SourceDecl: Hashable, Sendable {
  public let name: Name
  public let title: Literal
  public let effective: Literal?
  public let repealed: Literal?
  public let replacedBy: Name?
  public let span: Span
}

/// `enum Jabatan { jpt_madya, jpt_pratama }`
public struct EnumDecl: Hashable, Sendable {
  public let name: Name
  public let cases: [Name]
  public let span: Span
}

public enum RecordRole: String, Hashable, Sendable {
  /// A fact type rules derive or read.
  case plain
  /// The document a case arrives as.
  case input
  /// A fact type whose facts are the findings of an evaluation.
  case finding
}

/// `record Pihak { id: Text key  jenis: JenisPihak  cltn: Bool = false }`
public struct RecordDecl: Hashable, Sendable {
  public let name: Name
  public let role: RecordRole
  public let fields: [FieldDecl]
  public let requirements: [Requirement]
  /// Fields that findings of this record are sorted by, in order.
  public let order: [Name]
  public let span: Span
}

public struct FieldDecl: Hashable, Sendable {
  public let name: Name
  public let type: TypeExpr
  public let defaultValue: Expr?
  /// The field identifies the fact: unique within a case (on the input record: names the case).
  public let isKey: Bool
  /// The value must equal the key of a fact of this record.
  public let reference: Name?
  /// The field may be given only where this holds.
  public let onlyWhen: Expr?
  /// The field must be given where this holds.
  public let requiredWhen: Expr?
  /// A list that must hold at least one item.
  public let nonempty: Bool
  public let span: Span
}

/// `require mengerahkan >= 0 "mengerahkan must not be negative"`
public struct Requirement: Hashable, Sendable {
  public let condition: Expr
  public let message: Literal
  public let span: Span
}

/// `const batas: Int = 6`
public struct ConstDecl: Hashable, Sendable {
  public let name: Name
  public let type: TypeExpr?
  public let value: Expr
  public let span: Span
}

/// A named set of date intervals with its own legal basis.
public struct CalendarDecl: Hashable, Sendable {
  public let name: Name
  public let title: Literal?
  public let basis: [Citation]
  public let entries: [CalendarEntry]
  public let span: Span
}

public struct CalendarEntry: Hashable, Sendable {
  public let name: Name
  public let value: Expr
  public let span: Span
}

public struct RuleDecl: Hashable, Sendable {
  public let name: Name
  public let title: Literal?
  public let basis: [Citation]
  public let exceptionTo: Name?
  public let effective: Literal?
  public let repealed: Literal?
  /// The date the conduct is judged at, for validity.
  public let judgedAt: Expr?
  public let conditions: [Condition]
  public let conclusions: [Conclusion]
  public let span: Span
}

/// `Temuan { kode: medsos_interaksi, perbuatan: a.id }`
public struct Conclusion: Hashable, Sendable {
  public let type: Name
  public let fields: [FieldValue]
  public let span: Span
}

public struct FieldValue: Hashable, Sendable {
  public let name: Name
  public let value: Expr
}

/// `priority lex_specialis over lex_generalis`
public struct PriorityDecl: Hashable, Sendable {
  public let higher: Name
  public let lower: Name
  public let span: Span
}

/// A test: a case, and the findings it must and must not produce.
public struct TestDecl: Hashable, Sendable {
  public let name: Literal
  public let basis: [Citation]
  public let rationale: Literal?
  public let asOf: Literal?
  public let given: JSONValue
  public let expectations: [Expectation]
  public let span: Span
}

public struct Expectation: Hashable, Sendable {
  /// `expect no T { ... }`: no fact of T matches.
  public let negated: Bool
  public let type: Name
  public let fields: [FieldValue]
  public let span: Span
}
