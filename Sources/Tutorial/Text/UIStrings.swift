import Kubectl

/// kubetutor's own words, in English and Korean: the engine's messages and the front end's
/// labels (function keys, titles, the "terminal too small" notice).
///
/// Texts may hold `{name}` placeholders that callers fill in.
///
/// ```swift
/// UIStrings.text("step.done", .ko, ["k": "2", "n": "5"])  // "✓ 2/5 단계 완료."
/// UIStrings.text("key.hint", .en)                          // "hint"
/// ```
public enum UIStrings {
  /// The text for `key` in `language`, with `{name}` placeholders filled from `arguments`.
  /// An unknown key comes back as itself, so a typo shows rather than crashing.
  public static func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:])
    -> String
  {
    guard let entry = catalogue[key] else { return key }
    var text = entry[language]
    for (name, value) in arguments {
      text = text.replacingOccurrences(of: "{\(name)}", with: value)
    }
    return text
  }

  /// Every key, sorted.
  public static var keys: [String] { catalogue.keys.sorted() }

  /// The placeholders a text uses, e.g. `["k", "n"]` for "Step {k}/{n}".
  public static func placeholders(in text: String) -> Set<String> {
    var names: Set<String> = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      let after = rest[rest.index(after: open)...]
      guard let close = after.firstIndex(of: "}") else { break }
      let name = after[..<close]
      if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) {
        names.insert(String(name))
      }
      rest = after[after.index(after: close)...]
    }
    return names
  }

  /// The catalogue: labels for the front end first, then the engine's messages.
  public static let catalogue: [String: LocalizedText] = labels.merging(messages) { first, _ in
    first
  }
  .merging(commandTexts) { first, _ in first }
}

extension String {
  /// Minimal `replacingOccurrences` without Foundation's overloads in scope.
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
