/// Reserved words. Each has an English and an Indonesian spelling; both are accepted anywhere.
public enum Keyword: String, CaseIterable, Sendable {
  case ruleset, version, source, effective, repealed, by
  case `enum`, record, input, finding, key, ref, only, required, require, order, nonempty
  case const, calendar
  case rule, basis, at, when, then, exception, to, priority, over
  case and, or, not, `in`, during, before, after, no, count, `if`, `else`
  case `true`, `false`, none
  case test, given, expect, because

  /// The English spelling (the case name, without backticks).
  public var english: String { rawValue }

  /// The Indonesian spelling.
  public var indonesian: String {
    switch self {
    case .ruleset: "himpunan"
    case .version: "versi"
    case .source: "sumber"
    case .effective: "berlaku"
    case .repealed: "dicabut"
    case .by: "oleh"
    case .enum: "enumerasi"
    case .record: "rekaman"
    case .input: "masukan"
    case .finding: "temuan"
    case .key: "kunci"
    case .ref: "merujuk"
    case .only: "hanya"
    case .required: "wajib"
    case .require: "syarat"
    case .order: "urut"
    case .nonempty: "tidak_kosong"
    case .const: "tetapan"
    case .calendar: "kalender"
    case .rule: "aturan"
    case .basis: "dasar"
    case .at: "pada"
    case .when: "jika"
    case .then: "maka"
    case .exception: "pengecualian"
    case .to: "terhadap"
    case .priority: "prioritas"
    case .over: "atas"
    case .and: "dan"
    case .or: "atau"
    case .not: "bukan"
    case .in: "dalam"
    case .during: "selama"
    case .before: "sebelum"
    case .after: "sesudah"
    case .no: "tidak_ada"
    case .count: "jumlah"
    case .if: "bila"
    case .else: "lainnya"
    case .true: "benar"
    case .false: "salah"
    case .none: "kosong"
    case .test: "uji"
    case .given: "diketahui"
    case .expect: "harapkan"
    case .because: "karena"
    }
  }

  public func spelling(_ language: Language) -> String {
    language == .en ? english : indonesian
  }

  /// Every spelling, mapped to its keyword and the language it belongs to.
  public static let bySpelling: [String: (Keyword, Language)] = {
    var table: [String: (Keyword, Language)] = [:]
    for keyword in Keyword.allCases {
      table[keyword.english] = (keyword, .en)
      table[keyword.indonesian] = (keyword, .id)
    }
    return table
  }()
}
