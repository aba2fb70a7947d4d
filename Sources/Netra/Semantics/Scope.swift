/// The variables visible while checking one rule (or one record's own expressions).
struct Scope {
  /// In record declarations, bare names are that record's fields, read from slot 0.
  var selfRecord: Int?
  /// Every slot the rule uses, in order; a slot number indexes the evaluator's binding array.
  var slotNames: [String] = []
  var slotRecords: [Int] = []
  var slotSpans: [Span] = []
  /// Names currently visible, to their slot.
  var visible: [String: Int] = [:]

  init(selfRecord: Int? = nil) {
    self.selfRecord = selfRecord
    if let selfRecord {
      slotNames = ["self"]
      slotRecords = [selfRecord]
      slotSpans = [Span(file: FileID(0), start: 0, end: 0)]
    }
  }

  mutating func bind(_ name: Name, record: Int) -> Int {
    let slot = slotNames.count
    slotNames.append(name.text)
    slotRecords.append(record)
    slotSpans.append(name.span)
    visible[name.text] = slot
    return slot
  }
}
