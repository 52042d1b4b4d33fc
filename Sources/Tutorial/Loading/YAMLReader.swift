import Yams

/// Reads a composed YAML tree field by field, collecting mistakes with their lines instead of
/// stopping at the first one, so that a lesson author sees every problem at once.
struct YAMLReader {
  let file: String
  var diagnostics: [Diagnostic] = []

  init(file: String) { self.file = file }

  mutating func error(_ message: String, at node: Node?, line: Int = 0) {
    diagnostics.append(
      Diagnostic(file: file, line: node.map(YAMLReader.line) ?? line, message: message))
  }

  mutating func warning(_ message: String, at node: Node?) {
    diagnostics.append(
      Diagnostic(
        file: file, line: node.map(YAMLReader.line) ?? 0, severity: .warning, message: message))
  }

  static func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

  /// The pairs of a mapping, with keys as text; reports keys not in `allowed` (when given).
  mutating func mapping(_ node: Node, _ what: String, allowed: [String]? = nil) -> [(
    key: String, keyNode: Node, value: Node
  )]? {
    guard case .mapping(let mapping) = node else {
      error("\(what) must be a mapping (key: value)", at: node)
      return nil
    }
    var pairs: [(String, Node, Node)] = []
    for (keyNode, value) in mapping {
      guard let key = keyNode.scalar?.string else {
        error("\(what): keys must be plain words", at: keyNode)
        continue
      }
      if let allowed, !allowed.contains(key) {
        error(
          "unknown key '\(key)' in \(what) (expected one of: \(allowed.joined(separator: ", ")))",
          at: keyNode)
        continue
      }
      pairs.append((key, keyNode, value))
    }
    return pairs
  }

  /// A scalar's text; reports anything else.
  mutating func string(_ node: Node, _ what: String) -> String? {
    guard case .scalar(let scalar) = node else {
      error("\(what) must be a single value", at: node)
      return nil
    }
    return scalar.string
  }

  /// A scalar as a whole number.
  mutating func int(_ node: Node, _ what: String) -> Int? {
    guard let text = string(node, what) else { return nil }
    guard let value = Int(text) else {
      error("\(what) must be a whole number, not '\(text)'", at: node)
      return nil
    }
    return value
  }

  /// A scalar as a number.
  mutating func number(_ node: Node, _ what: String) -> Double? {
    guard let text = string(node, what) else { return nil }
    guard let value = Double(text) else {
      error("\(what) must be a number, not '\(text)'", at: node)
      return nil
    }
    return value
  }

  /// A list of scalars; a single scalar is a list of one.
  mutating func strings(_ node: Node, _ what: String) -> [String] {
    switch node {
    case .scalar(let scalar): return [scalar.string]
    case .sequence(let sequence):
      return sequence.compactMap { string($0, what) }
    default:
      error("\(what) must be a command or a list of commands", at: node)
      return []
    }
  }

  /// The items of a sequence.
  mutating func sequence(_ node: Node, _ what: String) -> [Node] {
    guard case .sequence(let sequence) = node else {
      error("\(what) must be a list (lines starting with '- ')", at: node)
      return []
    }
    return Array(sequence)
  }

  /// A `{en, ko}` text: both must be there and not blank.
  mutating func text(_ node: Node, _ what: String) -> LocalizedText? {
    if case .scalar = node {
      error("\(what) must give both languages, as {en: ..., ko: ...}", at: node)
      return nil
    }
    guard let pairs = mapping(node, what, allowed: ["en", "ko"]) else { return nil }
    var en: String?
    var ko: String?
    for (key, _, value) in pairs {
      let text = string(value, "\(what).\(key)")
      if key == "en" { en = text } else { ko = text }
    }
    for (language, value) in [("en", en), ("ko", ko)] {
      if value?.trimmingWhitespace.isEmpty ?? true {
        error("\(what) has no '\(language)' text", at: node)
      }
    }
    guard let en, let ko, !en.trimmingWhitespace.isEmpty, !ko.trimmingWhitespace.isEmpty else {
      return nil
    }
    let trimmed = LocalizedText(en: en, ko: ko).map { text in
      var text = text
      while text.hasSuffix("\n") { text.removeLast() }
      return text
    }
    for problem in LiveText.problems(in: trimmed.en) + LiveText.problems(in: trimmed.ko) {
      error("\(what): \(problem)", at: node)
    }
    return trimmed
  }
}

extension Node {
  /// The scalar of a scalar node.
  var scalar: Node.Scalar? {
    if case .scalar(let scalar) = self { return scalar }
    return nil
  }
}

/// A YAML node (named apart from the cluster's `Node` kind).
typealias YAMLNode = Yams.Node
