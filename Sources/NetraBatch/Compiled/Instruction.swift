import Netra

/// One instruction of the compiled engine's stack machine. Every expression compiles to a run of
/// instructions ending in `ret`, which leaves its value as the one word on the stack. Payloads are
/// plain integers, so the code is a flat buffer the machine reads without reference counting.
enum Instruction {
  case constant(Word)
  /// The fact bound to a slot (`none` when unbound).
  case slot(Int32)
  /// A field of the fact bound to a slot.
  case field(slot: Int32, field: Int32)
  /// Pops a fact; pushes one of its fields.
  case fieldOf(Int32)
  case equal, notEqual
  /// `x.f == c` in one step: the most common test in rulesets.
  case fieldEquals(slot: Int32, field: Int32, word: Word)
  /// `x.f in {c1, c2}` in one step.
  case fieldIn(slot: Int32, field: Int32, start: Int32, count: Int32)
  /// `if x.f == c1 then v1 else if x.f == c2 then v2 … else d` with constants only (and `if x.f
  /// then v else d` for a truth value): pushes the value paired with the field's word in a run
  /// of the constant pool, `count` pairs `c, v` and then `d`, instead of one branch per test.
  case select(slot: Int32, field: Int32, start: Int32, count: Int32)
  /// Whole expressions that are one constant, one field or one selection: no stack needed.
  case returnConstant(Word)
  case returnField(slot: Int32, field: Int32)
  case returnSelect(slot: Int32, field: Int32, start: Int32, count: Int32)
  /// Equality of lists by their items.
  case listEqual, listNotEqual
  /// Orderings of integers and dates; `none` on either side is false.
  case less, lessEqual, greater, greaterEqual
  /// Pops a value; membership in a run of the constant pool.
  case inConstants(start: Int32, count: Int32)
  case notInConstants(start: Int32, count: Int32)
  /// Pops a list, then a value.
  case inList, notInList
  /// Pops a date; within an inclusive range of day ordinals.
  case during(from: Int32, to: Int32)
  /// Pops the end, the start, then a date.
  case duringPeriod
  case not, toBool
  /// `and`: pops; unless true, pushes false and jumps.
  case jumpUnlessTrue(Int32)
  /// `or`: pops; if true, pushes true and jumps.
  case jumpIfTrue(Int32)
  /// `if`: pops; unless true, jumps.
  case branchUnlessTrue(Int32)
  case jump(Int32)
  case count(pattern: Int32)
  case negate, add, subtract, multiply
  /// Pops a date; adds days and months (`none` stays `none`).
  case shiftDate(days: Int32, months: Int32)
  case dateDifference
  case dateComponent(Int32)
  /// Pops `count` words and pushes them as a new list.
  case makeList(Int32)
  case ret
}

/// One condition of a rule or pattern, in join order.
enum Step {
  /// Binds a slot to each live fact of a record in turn. With a probe, facts whose `probeField`
  /// differs from the value of the code at `probeCode` are skipped before the later tests run.
  /// The `filters` simple tests right after the binding run inside its loop, without a call each.
  case bind(slot: Int32, record: Int32, probeField: Int32, probeCode: Int32, filters: Int32)
  case test(code: Int32)
  case absent(pattern: Int32)
  /// Tests of one field against a constant, or of two fields, run in place without the stack
  /// machine: `x.f == c`, `x.f != c`, `x.f in {…}`, `x.f` (true), `not x.f`, `x.f == y.g`.
  case testEquals(slot: Int32, field: Int32, word: Word)
  case testNotEquals(slot: Int32, field: Int32, word: Word)
  case testIn(slot: Int32, field: Int32, start: Int32, count: Int32)
  case testTrue(slot: Int32, field: Int32)
  case testFalse(slot: Int32, field: Int32)
  case testFieldsEqual(slot: Int32, field: Int32, otherSlot: Int32, otherField: Int32)

  var isSimpleTest: Bool {
    switch self {
    case .testEquals, .testNotEquals, .testIn, .testTrue, .testFalse, .testFieldsEqual: true
    case .bind, .test, .absent: false
    }
  }
}
