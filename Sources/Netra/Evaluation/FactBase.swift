/// Where a fact came from: a place in the case document, or a derivation.
public enum FactOrigin: Hashable, Sendable {
  /// JSON path and byte offset in the case document.
  case input(path: String, offset: Int)
  case derived
}

public struct Fact: Hashable, Sendable {
  public let record: Int
  public let fields: [Value]
  public let origin: FactOrigin
}

/// The facts of one case: input facts first, then derived ones. Owned by one evaluation.
public struct FactBase: Sendable {
  public private(set) var facts: [Fact] = []
  /// Live facts of each record, in insertion order (retracted facts are removed).
  public private(set) var byRecord: [[FactID]]
  var derivedIndex: [[[Value]: FactID]]
  /// Equality indexes on (record, field), built on first use and kept up to date.
  var indexes: [Int: [Int: [Value: [FactID]]]] = [:]

  public init(recordCount: Int) {
    byRecord = Array(repeating: [], count: recordCount)
    derivedIndex = Array(repeating: [:], count: recordCount)
  }

  public subscript(id: FactID) -> Fact { facts[id.index] }

  /// One field of a fact, read in place (no copy of the fact's field array).
  @inline(__always)
  public func field(_ id: FactID, _ field: Int) -> Value { facts[id.index].fields[field] }

  /// Adds an input fact (input facts are never deduplicated: each has its own place).
  @discardableResult
  public mutating func addInput(record: Int, fields: [Value], path: String, offset: Int) -> FactID {
    append(Fact(record: record, fields: fields, origin: .input(path: path, offset: offset)))
  }

  /// Adds a derived fact unless an equal one exists; returns its id and whether it is new.
  public mutating func addDerived(record: Int, fields: [Value]) -> (FactID, Bool) {
    if let existing = derivedIndex[record][fields] { return (existing, false) }
    let id = append(Fact(record: record, fields: fields, origin: .derived))
    derivedIndex[record][fields] = id
    return (id, true)
  }

  mutating func append(_ fact: Fact) -> FactID {
    let id = FactID(index: facts.count)
    facts.append(fact)
    byRecord[fact.record].append(id)
    // Each index is extended in place: copying a table per new fact made a case with n facts of
    // one record cost n² (40,000 acts took minutes).
    if let fields = indexes[fact.record].map({ Array($0.keys) }) {
      for field in fields {
        indexes[fact.record]![field]![fact.fields[field], default: []].append(id)
      }
    }
    return id
  }

  /// Removes facts from the live set (conflict resolution); their ids stay valid for traces.
  mutating func retract(_ ids: Set<FactID>) {
    guard !ids.isEmpty else { return }
    for record in byRecord.indices {
      byRecord[record].removeAll { ids.contains($0) }
    }
    indexes = [:]
  }

  /// Facts of `record` whose `field` equals `value`, through an index built on first use.
  mutating func lookup(record: Int, field: Int, value: Value) -> [FactID] {
    if indexes[record]?[field] == nil {
      var table: [Value: [FactID]] = [:]
      for id in byRecord[record] { table[facts[id.index].fields[field], default: []].append(id) }
      indexes[record, default: [:]][field] = table
    }
    return indexes[record]![field]![Self.indexKey(value)] ?? []
  }

  /// Integers and decimals that are equal must meet in the index.
  static func indexKey(_ value: Value) -> Value { value }
}
