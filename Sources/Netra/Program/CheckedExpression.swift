import Foundation

/// A checked expression. Names are gone: variables are slots, fields are indices.
public indirect enum CExpr: Sendable {
  case constant(Value)
  /// The fact bound to a slot.
  case slot(Int)
  /// A field of a record-typed value.
  case field(CExpr, record: Int, field: Int)
  case not(CExpr)
  case negate(CExpr)
  case binary(BinaryOperator, CExpr, CExpr)
  case set([CExpr])
  case period(CExpr, CExpr)
  case conditional(CExpr, CExpr, CExpr)
  case count(CPattern)
  /// `d.year`, `d.month`, `d.day` of a date.
  case dateComponent(CExpr, DateComponent)
}

public enum DateComponent: String, Sendable {
  case year, month, day
}
