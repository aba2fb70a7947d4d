import Netra

/// Facts of a record by the value of one field, for a join that probes that field
/// (`a.id == l.perbuatan`) among many candidates.
///
/// Without it, a probed binding still walks every fact of the record and compares the field, so a
/// case with n acts joined act by act costs n² (20,000 acts took 17 s). A table is built on first
/// use for a (record, field) and extended as facts are added (facts are only ever appended between
/// passes); its lists keep fact order, so joins see candidates in the order the interpreter does.
struct ProbeIndex {
  /// Joins over fewer candidates than this scan them: cheaper than hashing.
  static let threshold = 32

  final class Table {
    /// How many of the record's facts the table holds.
    var covered = 0
    var facts: [Word: [Int32]] = [:]
  }

  private var tables: [Int: Table] = [:]

  /// Forgets every table: a new case, or facts retracted.
  mutating func reset() {
    if !tables.isEmpty { tables.removeAll(keepingCapacity: true) }
  }

  /// The table for `field` of `record`, extended to every fact in `candidates`.
  mutating func table(
    record: Int, field: Int, candidates: RawBuffer<Int32>, words: UnsafeMutablePointer<Word>, starts: UnsafeMutablePointer<Int32>
  ) -> Table {
    let key = record << 24 | field
    let table: Table
    if let existing = tables[key] {
      table = existing
    } else {
      table = Table()
      tables[key] = table
    }
    while table.covered < candidates.count {
      let fact = candidates[table.covered]
      table.facts[words[Int(starts[Int(fact)]) + field], default: []].append(fact)
      table.covered += 1
    }
    return table
  }
}
