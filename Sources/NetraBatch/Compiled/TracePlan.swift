import Netra

/// How the compiled engine explains a rule's firing with the bytes `JSONExplainer` would give:
/// the parts that depend only on the rule are written once, at compile time; the parts that
/// depend on the firing (its facts, the values its conditions compared, why each exception did
/// not apply) are code to run and words to render. A rule the plan cannot explain alone (an
/// exception itself, an operand words cannot hold) is not `explainable`: a case whose findings
/// need it goes to the interpreter.
struct TracePlan {
  /// An operand of a traced comparison: rendered at compile time when constant, else run.
  enum Operand {
    case rendered([UInt8])
    case code(Int32, WordKind)
  }

  struct Condition {
    /// `{"condition":"…","holds":true,"values":{`
    let prefix: [UInt8]
    /// None, or the left and right operands of a comparison.
    let operands: [Operand]
  }

  /// A condition of an exception, walked in written order to find why it did not apply (the
  /// interpreter's closest candidate).
  struct Walk {
    enum Kind {
      case binding(slot: Int, record: Int)
      case test(code: Int32)
      case absence(pattern: Int32, slot: Int)
    }
    let kind: Kind
    /// `{"condition":"…","holds":false,"values":{`
    let failPrefix: [UInt8]
    let operands: [Operand]
  }

  /// An exception weighed against the rule: `{"rule":"…","basis":[…]` and its conditions.
  struct Exception {
    let prefix: [UInt8]
    let rule: Int
    let slotCount: Int
    let walk: [Walk]
  }

  struct Slot {
    /// `{"variable":"x","record":"R"`
    let prefix: [UInt8]
    let record: Int
  }

  let explainable: Bool
  /// `{"rule":…,"title":…,"location":…,"basis":[…],"judged_at":`
  let header: [UInt8]
  let slots: [Slot]
  let conditions: [Condition]
  let exceptions: [Exception]

  static let unexplainable = TracePlan(explainable: false, header: [], slots: [], conditions: [], exceptions: [])
}

extension ProgramCompiler {
  /// The plan for explaining a rule's firings (its slots and conditions are being compiled).
  mutating func tracePlan(for rule: CheckedRule, number: Int) -> TracePlan {
    guard rule.exceptionTo == nil else { return .unexplainable }
    let outer = context
    defer { context = outer }
    var header = JSONNode.object(JSONExplainer.ruleMembers(number, program: program)).serializedBytes(pretty: false)
    header.removeLast()  // the closing brace: the firing's members follow
    header += #","judged_at":"#.utf8
    var slots: [TracePlan.Slot] = []
    for slot in 0..<rule.slotCount {
      let record = slot < rule.slotRecords.count ? rule.slotRecords[slot] : -1
      var prefix: [UInt8] = []
      if record >= 0 {
        prefix = JSONNode.object([("variable", .string(rule.slotNames[slot])), ("record", .string(program.records[record].name))])
          .serializedBytes(pretty: false)
        prefix.removeLast()
      }
      slots.append(TracePlan.Slot(prefix: prefix, record: record))
    }
    var conditions: [TracePlan.Condition] = []
    for (index, condition) in rule.conditions.enumerated() {
      var prefix = JSONNode.object([("condition", .string(rule.conditionTexts[index])), ("holds", .bool(true))]).serializedBytes(pretty: false)
      prefix.removeLast()
      prefix += #","values":{"#.utf8
      switch condition {
      case .binding:
        continue
      case .absence:
        // A firing's absences held: nothing was found, so there are no values to show.
        conditions.append(TracePlan.Condition(prefix: prefix, operands: []))
      case .test(let expr, _):
        guard let (a, b) = Self.comparedOperands(expr) else {
          conditions.append(TracePlan.Condition(prefix: prefix, operands: []))
          continue
        }
        guard let left = operand(a), let right = operand(b) else { return .unexplainable }
        conditions.append(TracePlan.Condition(prefix: prefix, operands: [left, right]))
      }
    }
    var exceptions: [TracePlan.Exception] = []
    for number in rule.exceptions {
      guard let exception = exceptionPlan(number) else { return .unexplainable }
      exceptions.append(exception)
    }
    return TracePlan(explainable: true, header: header, slots: slots, conditions: conditions, exceptions: exceptions)
  }

  /// How to say why an exception did not apply: its conditions, compiled one by one in written
  /// order (its join steps may run them in another).
  mutating func exceptionPlan(_ number: Int) -> TracePlan.Exception? {
    let exception = program.rules[number]
    let outer = slotRecords
    slotRecords = exception.slotRecords
    defer { slotRecords = outer }
    var prefix = JSONNode.object([("rule", .string(exception.name)), ("basis", .array(exception.basis.map { .string($0.identifier) }))])
      .serializedBytes(pretty: false)
    prefix.removeLast()
    var walk: [TracePlan.Walk] = []
    for (index, condition) in exception.conditions.enumerated() {
      var failPrefix = JSONNode.object([("condition", .string(exception.conditionTexts[index])), ("holds", .bool(false))])
        .serializedBytes(pretty: false)
      failPrefix.removeLast()
      failPrefix += #","values":{"#.utf8
      do throws(Fallback) {
        switch condition {
        case .binding(let slot, let record, _):
          walk.append(TracePlan.Walk(kind: .binding(slot: slot, record: record), failPrefix: failPrefix, operands: []))
        case .absence(let pattern, _):
          walk.append(TracePlan.Walk(kind: .absence(pattern: try compile(pattern: pattern), slot: pattern.slot), failPrefix: failPrefix, operands: []))
        case .test(let expr, _):
          guard try kind(of: expr) != nil else { return nil }
          let code = try compileExpression(expr)
          var operands: [TracePlan.Operand] = []
          if let (a, b) = Self.comparedOperands(expr) {
            guard let left = operand(a), let right = operand(b) else { return nil }
            operands = [left, right]
          }
          walk.append(TracePlan.Walk(kind: .test(code: code), failPrefix: failPrefix, operands: operands))
        }
      } catch {
        return nil
      }
    }
    return TracePlan.Exception(prefix: prefix, rule: number, slotCount: max(1, exception.slotCount), walk: walk)
  }

  /// The two sides of a condition whose values an explanation shows (`Evaluator.trace`): a
  /// comparison that is not `and`/`or`, or its negation.
  static func comparedOperands(_ expr: CExpr) -> (CExpr, CExpr)? {
    if case .binary(let op, let a, let b) = expr, op != .and, op != .or { return (a, b) }
    if case .not(.binary(let op, let a, let b)) = expr, op != .and, op != .or { return (a, b) }
    return nil
  }

  /// A comparison's operand: its rendering when constant, else its code and kind.
  mutating func operand(_ expr: CExpr) -> TracePlan.Operand? {
    if case .constant(let value) = ConstantFolder.fold(expr) {
      var bytes: [UInt8] = []
      JSONText.quote(Evaluator.render(value, program: program) { _ in "" }, into: &bytes)
      return .rendered(bytes)
    }
    do throws(Fallback) {
      guard let kind = try kind(of: expr), kind != .period else { return nil }
      return .code(try compileExpression(expr), kind)
    } catch {
      return nil
    }
  }
}
