/// Parameters in template text: `{{ns}}` and `{{server.image}}` are parameters; anything with
/// a space inside the braces (`{{svc -n shop web .spec.clusterIP}}`) is a live value and is
/// left for the cluster to fill in, after the parameters inside it are replaced.
///
/// ```swift
/// ParameterText.substituted("{{svc -n {{ns}} web .spec.clusterIP}}", ["ns": "shop"])
/// // "{{svc -n shop web .spec.clusterIP}}"
/// ```
public enum ParameterText {
  /// `text` with every parameter that has a value replaced; others are left as they are.
  public static func substituted(_ text: String, _ values: [String: String]) -> String {
    guard text.contains("{{") else { return text }
    var result = ""
    var rest = Substring(text)
    while let open = rest.range(of: "{{") {
      result += rest[..<open.lowerBound]
      let after = rest[open.upperBound...]
      if let close = after.range(of: "}}"), isName(after[..<close.lowerBound]),
        let value = values[String(after[..<close.lowerBound])]
      {
        result += value
        rest = after[close.upperBound...]
      } else {
        result += "{{"
        rest = after
      }
    }
    return result + rest
  }

  /// The parameter names `text` uses, in order of appearance.
  public static func names(in text: String) -> [String] {
    var names: [String] = []
    var rest = Substring(text)
    while let open = rest.range(of: "{{") {
      let after = rest[open.upperBound...]
      if let close = after.range(of: "}}"), isName(after[..<close.lowerBound]) {
        names.append(String(after[..<close.lowerBound]))
        rest = after[close.upperBound...]
      } else {
        rest = after
      }
    }
    return names
  }

  /// `word` or `word.word`, each starting with a letter: a parameter, not a live value.
  static func isName(_ text: Substring) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count) else { return false }
    return parts.allSatisfy { part in
      guard let first = part.first, first.isASCII, first.isLetter else { return false }
      return part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
  }
}
