import Netra

/// The compiled engine's value: one 64-bit word whose meaning the compiler knows from the static
/// type. Booleans are 0 and 1, integers and dates (day ordinals) are signed, enumeration cases are
/// their index, text is an id in the case's text table, records are fact numbers and lists are
/// offsets into the case's list area. `none` is one word no other value takes.
typealias Word = UInt64

extension Word {
  static let noneWord: Word = 0x8000_0000_0000_0000

  @inline(__always) init(signed value: Int) { self = Word(bitPattern: Int64(value)) }
  @inline(__always) var signed: Int { Int(Int64(bitPattern: self)) }
}

/// What a word means, as far as the compiled engine needs to know. Not recursive (lists hold
/// scalars), so it is a plain value the hot loops copy without reference counting.
enum WordKind: Equatable {
  case bool, int, text, date
  case enumeration(Int)
  case fact(Int)
  case list(ElementKind)
  /// The `none` literal, or an empty list's unknown element.
  case none
  case period

  var isList: Bool {
    if case .list = self { return true }
    return false
  }

  /// Kinds a word can hold directly; lists of lists and the remaining types stay with the
  /// interpreter.
  init?(_ type: NetraType) {
    switch type {
    case .bool: self = .bool
    case .int: self = .int
    case .text: self = .text
    case .date: self = .date
    case .enumeration(let e): self = .enumeration(e)
    case .record(let r): self = .fact(r)
    case .optional(let inner): self.init(inner)
    case .list(let element), .set(let element):
      guard let inner = WordKind(element), let item = ElementKind(inner) else { return nil }
      self = .list(item)
    case .none: self = .none
    case .decimal, .duration, .period, .error: return nil
    }
  }
}

/// The kind of a list's items.
enum ElementKind: Equatable {
  case bool, int, text, date
  case enumeration(Int)
  case fact(Int)
  case none

  init?(_ kind: WordKind) {
    switch kind {
    case .bool: self = .bool
    case .int: self = .int
    case .text: self = .text
    case .date: self = .date
    case .enumeration(let e): self = .enumeration(e)
    case .fact(let r): self = .fact(r)
    case .none: self = .none
    case .list, .period: return nil
    }
  }

  var kind: WordKind {
    switch self {
    case .bool: .bool
    case .int: .int
    case .text: .text
    case .date: .date
    case .enumeration(let e): .enumeration(e)
    case .fact(let r): .fact(r)
    case .none: .none
    }
  }
}

/// Why the compiled engine hands a case to the interpreter: anything it does not decide alone
/// (an error to report, a value outside its words, a limit) is decided by the interpreter, so both
/// paths give the same output by construction.
struct Fallback: Error {}

