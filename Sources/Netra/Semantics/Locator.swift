/// Turns a locator as drafters write it into the identifier form of the legal reference (§0.2).
///
/// Accepted forms:
/// - `Pasal 5 huruf n angka 1` → `p5.n.1`; `Pasal 280 ayat (3)` → `p280.a3`; `Pasal 6A` → `p6a`
/// - `Penjelasan Pasal 5 huruf n angka 2` → `pj.p5.n.2`
/// - `Lampiran II disiplin 6` → `lamp2.disiplin.6` (policy instruments without articles);
///   `Lampiran` → `lamp`
/// - `` (empty) → the instrument as a whole, such as a court decision
public enum Locator {
  public static func identifier(for locator: String) -> String? {
    let words = locator.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    if words.isEmpty { return "" }
    var parts: [String] = []
    var index = 0
    if words[0].lowercased() == "penjelasan" {
      parts.append("pj")
      index = 1
      if index == words.count { return parts.joined(separator: ".") }
    }
    guard index < words.count else { return nil }
    switch words[index].lowercased() {
    case "pasal":
      index += 1
      guard index < words.count, let article = articleNumber(words[index]) else { return nil }
      parts.append("p" + article)
      index += 1
      if index < words.count, words[index].lowercased() == "ayat" {
        index += 1
        guard index < words.count, let paragraph = bracketedNumber(words[index]) else { return nil }
        parts.append("a" + paragraph)
        index += 1
      }
      if index < words.count, words[index].lowercased() == "huruf" {
        index += 1
        guard index < words.count, let letter = letterItem(words[index]) else { return nil }
        parts.append(letter)
        index += 1
      }
      if index < words.count, words[index].lowercased() == "angka" {
        index += 1
        guard index < words.count, let number = plainNumber(words[index]) else { return nil }
        parts.append(number)
        index += 1
      }
      return index == words.count ? parts.joined(separator: ".") : nil
    case "lampiran":
      index += 1
      // A single, unnumbered attachment is `Lampiran` alone.
      if index == words.count {
        parts.append("lamp")
        return parts.joined(separator: ".")
      }
      guard let roman = romanValue(words[index]) else { return nil }
      parts.append("lamp\(roman)")
      index += 1
      while index < words.count {
        let word = words[index].lowercased()
        guard !word.isEmpty, word.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else { return nil }
        parts.append(word)
        index += 1
      }
      return parts.joined(separator: ".")
    default:
      return nil
    }
  }

  static func articleNumber(_ word: String) -> String? {
    let digits = word.prefix { $0.isASCII && $0.isNumber }
    let rest = word.dropFirst(digits.count)
    guard !digits.isEmpty, digits.first != "0", rest.count <= 1, rest.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
    return digits + rest.lowercased()
  }

  static func bracketedNumber(_ word: String) -> String? {
    guard word.hasPrefix("("), word.hasSuffix(")"), word.count >= 3 else { return nil }
    return plainNumber(String(word.dropFirst().dropLast()))
  }

  static func plainNumber(_ word: String) -> String? {
    guard !word.isEmpty, word.allSatisfy({ $0.isASCII && $0.isNumber }), word.first != "0" else { return nil }
    return word
  }

  static func letterItem(_ word: String) -> String? {
    guard (1...2).contains(word.count), word.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return nil }
    return word
  }

  static func romanValue(_ word: String) -> Int? {
    let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
    var total = 0
    var previous = 0
    for character in word.reversed() {
      guard let value = values[character] else { return nil }
      total += value < previous ? -value : value
      previous = max(previous, value)
    }
    return total > 0 ? total : nil
  }
}
