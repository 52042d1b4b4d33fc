import Foundation
import Yams

/// Turns the text of one lesson file into a ``Lesson``, or into diagnostics with lines.
///
/// Never crashes on a malformed file: bad YAML, a wrong type or an unknown key becomes a
/// diagnostic and the parser goes on with what it can read.
public struct LessonParser {
  /// Keys a lesson may have at its top level.
  static let lessonKeys = ["id", "order", "title", "summary", "cluster", "steps", "quiz", "recap"]
  static let stepKeys = [
    "id", "text", "solution", "hints", "checks", "success", "disable", "choices",
  ]
  static let quizKeys = ["id", "question", "choices", "answer", "explain", "hints", "success"]

  var reader: YAMLReader

  /// A parser for the file named `file` (used in diagnostics).
  public init(file: String) { reader = YAMLReader(file: file) }

  /// Parses `text`; returns the lesson (nil when it is unusable) and every problem found.
  public static func parse(_ text: String, file: String) -> (Lesson?, [Diagnostic]) {
    var parser = LessonParser(file: file)
    let lesson = parser.parse(text)
    return (lesson, parser.reader.diagnostics)
  }

  mutating func parse(_ raw: String) -> Lesson? {
    let text = raw.precomposedStringWithCanonicalMapping
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: text) else {
        reader.error("the file is empty", at: nil, line: 1)
        return nil
      }
      root = node
    } catch {
      reader.error(
        "invalid YAML: \(YAMLProblem.describe(error))", at: nil, line: YAMLProblem.line(error))
      return nil
    }
    guard let pairs = reader.mapping(root, "the lesson", allowed: LessonParser.lessonKeys) else {
      return nil
    }
    let fields = Dictionary(
      pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    var id: String?
    if let node = fields["id"] {
      id = reader.string(node, "id")
    } else {
      reader.error("the lesson has no 'id'", at: root)
    }
    if let value = id,
      !value.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) || value.isEmpty
    {
      reader.error("id '\(value)' must be letters, digits and dashes", at: fields["id"])
    }
    let order =
      fields["order"].flatMap { reader.int($0, "order") } ?? LessonParser.filePrefix(reader.file)
    if order == nil {
      reader.error("no 'order' and the file name does not start with a number", at: root)
    }
    let title = required("title", fields, root)
    let summary = required("summary", fields, root)
    let recap = fields["recap"].flatMap { reader.text($0, "recap") }
    var nodes = 1
    var setup: [String] = []
    if let cluster = fields["cluster"],
      let parts = reader.mapping(cluster, "cluster", allowed: ["nodes", "setup"])
    {
      for (key, _, value) in parts {
        if key == "nodes", let count = reader.int(value, "cluster.nodes") {
          if (1...3).contains(count) {
            nodes = count
          } else {
            reader.error("cluster.nodes must be 1, 2 or 3", at: value)
          }
        }
        if key == "setup" { setup = reader.strings(value, "cluster.setup") }
      }
    }
    var steps: [Step] = []
    if let list = fields["steps"] {
      for (index, node) in reader.sequence(list, "steps").enumerated() {
        if let step = parseStep(node, number: index + 1) { steps.append(step) }
      }
    } else {
      reader.error("the lesson has no 'steps'", at: root)
    }
    if let quiz = fields["quiz"] {
      for node in reader.sequence(quiz, "quiz") {
        if let step = parseQuestion(node, number: steps.count + 1) { steps.append(step) }
      }
    }
    if fields["steps"] != nil && steps.isEmpty
      && !reader.diagnostics.contains(where: { $0.severity == .error })
    {
      reader.error("the lesson has no steps", at: fields["steps"])
    }
    var seen: Set<String> = []
    for step in steps where !seen.insert(step.id).inserted {
      reader.error("two steps have the id '\(step.id)'", at: nil, line: step.line)
    }
    guard let id, let order, let title, let summary,
      !reader.diagnostics.contains(where: { $0.severity == .error })
    else { return nil }
    return Lesson(
      id: id, order: order, title: title, summary: summary, nodes: nodes, setup: setup,
      steps: steps, recap: recap,
      file: reader.file, line: fields["id"].map(YAMLReader.line) ?? 1)
  }

  mutating func required(_ key: String, _ fields: [String: Node], _ parent: Node) -> LocalizedText?
  {
    guard let node = fields[key] else {
      reader.error("missing '\(key)'", at: parent)
      return nil
    }
    return reader.text(node, key)
  }

  mutating func parseStep(_ node: Node, number: Int) -> Step? {
    let what = "step \(number)"
    guard let pairs = reader.mapping(node, what, allowed: LessonParser.stepKeys) else { return nil }
    let fields = Dictionary(
      pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    let id = fields["id"].flatMap { reader.string($0, "\(what).id") } ?? String(number)
    let text = fields["text"].flatMap { reader.text($0, "\(what).text") }
    if fields["text"] == nil { reader.error("\(what) has no 'text'", at: node) }
    let solution = fields["solution"].map { reader.strings($0, "\(what).solution") } ?? []
    if solution.isEmpty {
      reader.error("\(what) has no 'solution'", at: fields["solution"] ?? node)
    }
    let hints =
      fields["hints"].map {
        reader.sequence($0, "\(what).hints").compactMap { reader.text($0, "\(what) hint") }
      } ?? []
    var checks: [Check] = []
    if let list = fields["checks"] {
      let items = reader.sequence(list, "\(what).checks")
      checks = items.compactMap { parseCheck($0) }
      if items.isEmpty { reader.error("\(what) has an empty 'checks' list", at: list) }
    } else {
      reader.error("\(what) has no 'checks'", at: node)
    }
    let success = fields["success"].flatMap { reader.text($0, "\(what).success") }
    var restrictions: [Restriction] = []
    if let list = fields["disable"] {
      for item in reader.sequence(list, "\(what).disable") {
        if let restriction = parseRestriction(item, what) { restrictions.append(restriction) }
      }
    }
    let choices =
      fields["choices"].map {
        reader.sequence($0, "\(what).choices").compactMap { reader.text($0, "\(what) choice") }
      } ?? []
    guard let text else { return nil }
    return Step(
      id: id, text: text, solution: solution, hints: hints, checks: checks, success: success,
      restrictions: restrictions, choices: choices, line: YAMLReader.line(node))
  }

  mutating func parseRestriction(_ node: Node, _ what: String) -> Restriction? {
    var patternNode = node
    var explanation: LocalizedText?
    if case .mapping = node {
      guard
        let pairs = reader.mapping(node, "\(what).disable item", allowed: ["command", "explain"])
      else { return nil }
      guard let command = pairs.first(where: { $0.key == "command" }) else {
        reader.error("\(what).disable item needs 'command'", at: node)
        return nil
      }
      patternNode = command.value
      explanation = pairs.first(where: { $0.key == "explain" }).flatMap {
        reader.text($0.value, "\(what).disable explain")
      }
    }
    guard let text = reader.string(patternNode, "\(what).disable command") else { return nil }
    do {
      return Restriction(pattern: try CommandPattern(text), explanation: explanation)
    } catch {
      reader.error("\(what).disable: \(error.message)", at: patternNode)
      return nil
    }
  }

  /// A quiz question, which becomes a step answered with `answer N`.
  mutating func parseQuestion(_ node: Node, number: Int) -> Step? {
    let what = "quiz question (step \(number))"
    guard let pairs = reader.mapping(node, what, allowed: LessonParser.quizKeys) else { return nil }
    let fields = Dictionary(
      pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    let question = fields["question"].flatMap { reader.text($0, "\(what).question") }
    if fields["question"] == nil { reader.error("\(what) has no 'question'", at: node) }
    let choices =
      fields["choices"].map {
        reader.sequence($0, "\(what).choices").compactMap { reader.text($0, "\(what) choice") }
      } ?? []
    if choices.count < 2 {
      reader.error("\(what) needs at least two choices", at: fields["choices"] ?? node)
    }
    let answer = fields["answer"].flatMap { reader.int($0, "\(what).answer") }
    if fields["answer"] == nil { reader.error("\(what) has no 'answer'", at: node) }
    if let answer, !(1...max(1, choices.count)).contains(answer) {
      reader.error("\(what).answer must be between 1 and \(choices.count)", at: fields["answer"])
    }
    let explanation = fields["explain"].flatMap { reader.text($0, "\(what).explain") }
    if fields["explain"] == nil {
      reader.error("\(what) has no 'explain' (shown after a wrong answer)", at: node)
    }
    let hints =
      fields["hints"].map {
        reader.sequence($0, "\(what).hints").compactMap { reader.text($0, "\(what) hint") }
      } ?? []
    let success = fields["success"].flatMap { reader.text($0, "\(what).success") }
    let id = fields["id"].flatMap { reader.string($0, "\(what).id") } ?? String(number)
    guard let question, let answer else { return nil }
    let check = Check(
      .answer(answer), explanation: explanation, line: fields["answer"].map(YAMLReader.line) ?? 0)
    return Step(
      id: id, text: question, solution: ["answer \(answer)"], hints: hints, checks: [check],
      success: success, choices: choices, line: YAMLReader.line(node))
  }

  /// The number a file name starts with: `01-pod-ips.yaml` → 1.
  static func filePrefix(_ path: String) -> Int? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let digits = name.prefix { $0.isNumber }
    return digits.isEmpty ? nil : Int(digits)
  }
}

/// Words and lines of Yams' errors.
enum YAMLProblem {
  static func line(_ error: Error) -> Int {
    guard let error = error as? YamlError else { return 1 }
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      return mark.line
    case .duplicatedKeysInMapping(_, let context):
      return context.mark.line
    default:
      return 1
    }
  }

  static func describe(_ error: Error) -> String {
    guard let error = error as? YamlError else { return "\(error)" }
    switch error {
    case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
      .composer(let context, let problem, _, _):
      return (context.map { "\($0.text) " } ?? "") + problem
    case .duplicatedKeysInMapping(let duplicates, _):
      return "duplicated key \(duplicates.joined(separator: ", "))"
    default:
      return "\(error)"
    }
  }
}
