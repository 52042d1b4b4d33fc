import Foundation
import Yams

/// Reads an exam task template: its id, topic, weight and parameters, and checks that every
/// `{{name}}` its texts use is a parameter. The parts that use parameters (statement, setup,
/// checks, solution) are read for each draw by ``ExamInstantiation``.
///
/// ```swift
/// let (template, problems) = ExamTemplateParser.parse(text, file: "Lessons/exam/nodeport.yaml")
/// problems.map(\.description)   // ["Lessons/exam/nodeport.yaml:12: error: ..."]
/// ```
public struct ExamTemplateParser {
  /// The keys a template may have.
  static let keys = [
    "id", "topic", "weight", "title", "params", "setup", "statement", "solution", "checks",
  ]
  /// The keys that must be there.
  static let requiredKeys = ["id", "topic", "weight", "title", "statement", "solution", "checks"]

  var reader: YAMLReader

  init(file: String) { reader = YAMLReader(file: file) }

  /// Parses `text`; returns the template (nil when it is unusable) and every problem found.
  public static func parse(_ text: String, file: String) -> (ExamTemplate?, [Diagnostic]) {
    var parser = ExamTemplateParser(file: file)
    let template = parser.parse(text.precomposedStringWithCanonicalMapping)
    var seen: Set<String> = []
    // NB: a flow mapping on one line ({en: ..., ko: ...}) reports the same problem twice.
    let problems = parser.reader.diagnostics.filter { seen.insert($0.description).inserted }
    return (template, problems)
  }

  mutating func parse(_ text: String) -> ExamTemplate? {
    guard let root = compose(text, reader: &reader),
      let pairs = reader.mapping(root, "the template", allowed: Self.keys)
    else { return nil }
    let fields = Dictionary(
      pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    for key in Self.requiredKeys where fields[key] == nil {
      reader.error("the template has no '\(key)'", at: root)
    }
    let id = fields["id"].flatMap { reader.string($0, "id") }
    if let id,
      id.isEmpty || !id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
    {
      reader.error("id '\(id)' must be letters, digits and dashes", at: fields["id"])
    }
    let topic = fields["topic"].flatMap { reader.string($0, "topic") }
    let weight = fields["weight"].flatMap { reader.int($0, "weight") }
    if let weight, !(1...20).contains(weight) {
      reader.error("weight must be between 1 and 20, not \(weight)", at: fields["weight"])
    }
    let parameters = fields["params"].map { parseParameters($0) } ?? []
    let template = ExamTemplate(
      id: id ?? "", topic: topic ?? "", weight: weight ?? 1, parameters: parameters,
      file: reader.file, line: fields["id"].map(YAMLReader.line) ?? 1, source: text)
    let known = template.knownNames
    for key in ["title", "statement", "setup", "solution", "checks"] {
      if let node = fields[key] { checkNames(in: node, known: known) }
    }
    guard id != nil, topic != nil, weight != nil,
      !reader.diagnostics.contains(where: { $0.severity == .error })
    else { return nil }
    return template
  }

  /// Reports every `{{name}}` that is not a parameter, and a value that starts with `{{`
  /// without quotes (YAML reads it as a mapping).
  mutating func checkNames(in node: YAMLNode, known: Set<String>) {
    switch node {
    case .scalar(let scalar):
      for name in ParameterText.names(in: scalar.string) where !known.contains(name) {
        let list = known.sorted().joined(separator: ", ")
        reader.error("'{{\(name)}}' is not a parameter (parameters: \(list))", at: node)
      }
    case .mapping(let mapping):
      for (key, value) in mapping {
        if case .mapping = key {
          reader.error(
            "a value that starts with '{{' must be quoted: \"{{name}}\" (YAML reads {{...}} as a mapping)",
            at: key)
          continue
        }
        checkNames(in: value, known: known)
      }
    case .sequence(let sequence):
      for item in sequence { checkNames(in: item, known: known) }
    default: break
    }
  }
}

/// Composes YAML text, reporting a syntax error with its line.
func compose(_ text: String, reader: inout YAMLReader) -> YAMLNode? {
  do {
    guard let node = try Yams.compose(yaml: text) else {
      reader.error("the file is empty", at: nil, line: 1)
      return nil
    }
    return node
  } catch {
    reader.error(
      "invalid YAML: \(YAMLProblem.describe(error))", at: nil, line: YAMLProblem.line(error))
    return nil
  }
}
