import Yams

/// Makes a task of a template for drawn values: the values go into every text of the parsed
/// file, which is then read as a lesson's parts are (texts in both languages, commands,
/// checks), so a problem is reported at its line in the template.
///
/// ```swift
/// var draw = ParameterDraw(seed: 42)
/// let (task, problems) = ExamInstantiation.task(
///   template, values: draw.values(for: template, number: 1), number: 1)
/// ```
public enum ExamInstantiation {
  /// The task numbered `number` of `template` with `values`, and the problems found.
  public static func task(_ template: ExamTemplate, values: [String: String], number: Int)
    -> (ExamTask?, [Diagnostic])
  {
    var reader = YAMLReader(file: template.file)
    guard let raw = compose(template.source, reader: &reader),
      case .mapping(let mapping) = substituted(raw, values)
    else { return (nil, reader.diagnostics) }
    var fields: [String: YAMLNode] = [:]
    for (key, value) in mapping {
      if let name = key.scalar?.string, fields[name] == nil { fields[name] = value }
    }
    let title = fields["title"].flatMap { reader.text($0, "title") }
    let statement = fields["statement"].flatMap { reader.text($0, "statement") }
    let setup = fields["setup"].map { reader.strings($0, "setup") } ?? []
    let solution = fields["solution"].map { reader.strings($0, "solution") } ?? []
    if let node = fields["solution"], solution.isEmpty {
      reader.error("the solution is empty", at: node)
    }
    var checks: [Check] = []
    if let list = fields["checks"] {
      var parser = LessonParser(file: template.file)
      let items = reader.sequence(list, "checks")
      for item in items {
        guard let check = parser.parseCheck(item) else { continue }
        // NB: the lesson parser asks every other kind for its `explain` already.
        if check.explanation == nil && check.kind.combinesChecks {
          reader.error(
            "every check of a task needs 'explain': the report shows it with ✓ or ✗",
            at: nil, line: check.line)
        }
        checks.append(localized(check))
      }
      reader.diagnostics += parser.reader.diagnostics
      reader.diagnostics.sort { $0.line < $1.line }
      if items.isEmpty { reader.error("'checks' is empty", at: list) }
    }
    guard let title, let statement, !solution.isEmpty, !checks.isEmpty,
      !reader.diagnostics.contains(where: { $0.severity == .error })
    else { return (nil, reader.diagnostics) }
    let task = ExamTask(
      number: number, templateID: template.id, topic: template.topic, weight: template.weight,
      title: title, statement: statement, setup: setup, checks: checks, solution: solution,
      values: values, file: template.file)
    var lined = task
    lined.setupLine = fields["setup"].map(YAMLReader.line) ?? 0
    lined.solutionLine = fields["solution"].map(YAMLReader.line) ?? 0
    return (lined, reader.diagnostics)
  }

  /// The node with the values put into every scalar (keys stay as written).
  static func substituted(_ node: YAMLNode, _ values: [String: String]) -> YAMLNode {
    switch node {
    case .scalar(let scalar):
      let text = ParameterText.substituted(scalar.string, values)
      guard text != scalar.string else { return node }
      return .scalar(YAMLNode.Scalar(text, scalar.tag, scalar.style, scalar.mark))
    case .mapping(let mapping):
      let pairs = mapping.map { ($0.key, substituted($0.value, values)) }
      return .mapping(YAMLNode.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
    case .sequence(let sequence):
      let items = sequence.map { substituted($0, values) }
      return .sequence(YAMLNode.Sequence(items, sequence.tag, sequence.style, sequence.mark))
    default:
      return node
    }
  }

  /// The check with file paths as the shell writes them (`/home/user/course/3/ip.txt`,
  /// `~/course/3/ip.txt`) made relative to the workspace, where the check reads them.
  static func localized(_ check: Check) -> Check {
    var copy = check
    switch check.kind {
    case .file(let path, let contains, let field, let equals):
      copy.kind = .file(path: workspacePath(path), contains: contains, field: field, equals: equals)
    case .all(let checks): copy.kind = .all(checks.map(localized))
    case .any(let checks): copy.kind = .any(checks.map(localized))
    case .not(let inner): copy.kind = .not(localized(inner))
    default: break
    }
    return copy
  }

  /// `/home/user/a/b` and `~/a/b` → `a/b`.
  static func workspacePath(_ path: String) -> String {
    for prefix in ["/home/user/", "~/"] where path.hasPrefix(prefix) {
      return String(path.dropFirst(prefix.count))
    }
    return path
  }
}

extension CheckKind {
  /// Whether the check is `all` or `any`, which lessons allow without an `explain`.
  var combinesChecks: Bool {
    switch self {
    case .all, .any: return true
    default: return false
    }
  }
}
