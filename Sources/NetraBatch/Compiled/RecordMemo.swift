import Netra

/// Record-level expressions (defaults, `only when`, `required when`, `require`) that read only
/// one or two enumeration or boolean fields of the fact being read: their value depends on those
/// fields alone, so each worker remembers it by their values instead of running the code for
/// every fact. `peran`'s default, say, is a function of `jenis`, and every act has both.
struct RecordMemo {
  let firstField: Int32
  /// Values the field can take, `none` counted last: cases of an enumeration, or two booleans.
  let firstCount: Int32
  let secondField: Int32
  let secondCount: Int32
  /// Where its table starts among a worker's remembered values.
  let tableStart: Int

  var tableSize: Int { Int(firstCount + 1) * Int(secondField >= 0 ? secondCount + 1 : 1) }

  /// The memo for the code at `start`, when it reads nothing but at most two such fields of slot
  /// 0 and constants; nil otherwise.
  static func analyze(code: [Instruction], start: Int32, fields: [CompiledProgram.Field], valueCount: (WordKind) -> Int?) -> (first: Int32, firstCount: Int32, second: Int32, secondCount: Int32)? {
    var read: [Int32] = []
    func reads(_ slot: Int32, _ field: Int32) -> Bool {
      guard slot == 0, Int(field) < fields.count, valueCount(fields[Int(field)].kind) != nil else { return false }
      if !read.contains(field) { read.append(field) }
      return read.count <= 2
    }
    var pc = Int(start)
    var reach = pc
    while pc < code.count {
      switch code[pc] {
      case .returnConstant, .ret:
        if pc >= reach { return finish() }
      case .returnField(let slot, let field), .returnSelect(let slot, let field, _, _):
        guard reads(slot, field) else { return nil }
        if pc >= reach { return finish() }
      case .field(let slot, let field), .fieldEquals(let slot, let field, _), .fieldIn(let slot, let field, _, _), .select(let slot, let field, _, _):
        guard reads(slot, field) else { return nil }
      case .constant, .equal, .notEqual, .inConstants, .notInConstants, .not, .toBool:
        break
      case .jumpUnlessTrue(let target), .jumpIfTrue(let target), .branchUnlessTrue(let target), .jump(let target):
        guard Int(target) > pc else { return nil }
        reach = max(reach, Int(target))
      default:
        return nil
      }
      pc += 1
    }
    return nil
    func finish() -> (first: Int32, firstCount: Int32, second: Int32, secondCount: Int32)? {
      guard let first = read.first else { return nil }
      let firstCount = Int32(valueCount(fields[Int(first)].kind)!)
      guard read.count > 1 else { return (first, firstCount, -1, 0) }
      return (first, firstCount, read[1], Int32(valueCount(fields[Int(read[1])].kind)!))
    }
  }
}
