/// A rendering of a syntax tree without positions, so two parses can be compared for meaning:
/// the formatter checks its output with it, and tests compare trees with it.
///
/// It walks any value by reflection and leaves out spans, file ids and byte offsets.
enum SyntaxDump {
  /// `skipping` names more stored properties to leave out (source texts, digests).
  static func dump(_ value: Any, skipping: Set<String> = []) -> String {
    var out = ""
    write(value, skipping: positionLabels.union(skipping), to: &out)
    return out
  }

  private static let positionLabels: Set<String> = ["span", "offset", "keyOffset", "file", "comments"]

  private static func write(_ value: Any, skipping: Set<String>, to out: inout String) {
    if value is Span || value is FileID { return }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional:
      if let child = mirror.children.first { write(child.value, skipping: skipping, to: &out) } else { out += "nil" }
    case .collection, .tuple:
      out += "["
      for child in mirror.children {
        write(child.value, skipping: skipping, to: &out)
        out += ","
      }
      out += "]"
    case .dictionary, .set:
      let items = mirror.children.map { child in
        var item = ""
        write(child.value, skipping: skipping, to: &item)
        return item
      }.sorted()
      out += "{" + items.joined(separator: ",") + "}"
    case .enum:
      guard let child = mirror.children.first else {
        out += String(describing: value)
        return
      }
      out += (child.label ?? "?") + "("
      write(child.value, skipping: skipping, to: &out)
      out += ")"
    case .struct, .class:
      out += "\(mirror.subjectType)("
      for child in mirror.children where !skipping.contains(child.label ?? "") {
        out += (child.label ?? "") + ":"
        write(child.value, skipping: skipping, to: &out)
        out += ","
      }
      out += ")"
    default:
      out += String(reflecting: value)
    }
  }
}
