/// A type as written: `Text`, `Jabatan?`, `[Pihak]`, `{Atribut}`.
public struct TypeExpr: Hashable, Sendable {
  public indirect enum Kind: Hashable, Sendable {
    case named(Name)
    case optional(TypeExpr)
    case list(TypeExpr)
    case set(TypeExpr)
  }
  public let kind: Kind
  public let span: Span
}
