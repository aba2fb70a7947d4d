/// The plan stage, after checking: decides how a checked program is evaluated, without changing
/// what it means. It gives every rule and every `no`/`count` pattern its join plan (`JoinPlan`),
/// and every stratum the records it concludes and whether it needs passes until nothing new is
/// derived. Both engines evaluate the planned program.
public enum Planner {
  public static func plan(_ program: CheckedRuleset) -> CheckedRuleset {
    var planned = program
    planned.records = program.records.map(plan(record:))
    planned.rules = program.rules.map { rule in
      let conditions = rule.conditions.map(plan(condition:))
      return rule.settled(
        conditions: conditions, probes: JoinPlan.probes(for: conditions), conclusions: rule.conclusions.map(plan(conclusion:)),
        judgedAt: rule.judgedAt.map(plan(expr:)))
    }
    planned.strataHeads = planned.strata.map { rules in Set(rules.flatMap { planned.heads(ofRule: $0) }) }
    planned.strataRecursive = zip(planned.strata, planned.strataHeads).map { rules, heads in
      rules.contains { planned.rule($0, reads: heads) }
    }
    return planned
  }

  package static func plan(record: CheckedRecord) -> CheckedRecord {
    let fields = record.fields.map { field in
      CheckedField(
        name: field.name, type: field.type, defaultValue: field.defaultValue.map(plan(expr:)), isKey: field.isKey,
        reference: field.reference, onlyWhen: field.onlyWhen.map(plan(expr:)), requiredWhen: field.requiredWhen.map(plan(expr:)),
        nonempty: field.nonempty, span: field.span, onlyWhenText: field.onlyWhenText, requiredWhenText: field.requiredWhenText)
    }
    let requirements = record.requirements.map {
      CheckedRequirement(condition: plan(expr: $0.condition), message: $0.message, span: $0.span)
    }
    return CheckedRecord(
      name: record.name, role: record.role, fields: fields, fieldIndex: record.fieldIndex, requirements: requirements,
      order: record.order, span: record.span)
  }

  package static func plan(conclusion: CConclusion) -> CConclusion {
    CConclusion(record: conclusion.record, fields: conclusion.fields.map(plan(expr:)), span: conclusion.span)
  }

  package static func plan(condition: CCondition) -> CCondition {
    switch condition {
    case .binding: condition
    case .test(let expr, let span): .test(plan(expr: expr), span: span)
    case .absence(let pattern, let span): .absence(plan(pattern: pattern), span: span)
    }
  }

  package static func plan(pattern: CPattern) -> CPattern {
    let conditions = pattern.conditions.map(plan(condition:))
    let unplanned = CPattern(slot: pattern.slot, record: pattern.record, conditions: conditions, span: pattern.span)
    return CPattern(
      slot: pattern.slot, record: pattern.record, conditions: conditions, span: pattern.span,
      probes: JoinPlan.probes(for: unplanned.matchConditions))
  }

  package static func plan(expr: CExpr) -> CExpr {
    switch expr {
    case .constant, .slot: expr
    case .field(let base, let record, let field): .field(plan(expr: base), record: record, field: field)
    case .not(let e): .not(plan(expr: e))
    case .negate(let e): .negate(plan(expr: e))
    case .binary(let op, let a, let b): .binary(op, plan(expr: a), plan(expr: b))
    case .set(let items): .set(items.map(plan(expr:)))
    case .period(let a, let b): .period(plan(expr: a), plan(expr: b))
    case .conditional(let a, let b, let c): .conditional(plan(expr: a), plan(expr: b), plan(expr: c))
    case .count(let pattern): .count(plan(pattern: pattern))
    case .dateComponent(let base, let component): .dateComponent(plan(expr: base), component)
    }
  }
}
