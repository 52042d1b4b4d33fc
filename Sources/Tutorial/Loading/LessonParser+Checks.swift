import ClusterSim
import Kubectl
import Yams

/// Reading the `checks:` of a step: each item is a mapping with one check kind and its
/// `explain` text.
extension LessonParser {
  /// Parses one check. `explained` is true inside a combinator that has its own `explain`,
  /// whose text is what the learner sees, so the checks inside need none.
  mutating func parseCheck(_ node: YAMLNode, explained: Bool = false) -> Check? {
    guard let pairs = reader.mapping(node, "check") else { return nil }
    var explanation: LocalizedText?
    var kinds: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []
    for pair in pairs {
      if pair.key == "explain" {
        explanation = reader.text(pair.value, "explain")
      } else if CheckKind.names.contains(pair.key) {
        kinds.append(pair)
      } else {
        reader.error(
          "unknown check kind '\(pair.key)' (known: \(CheckKind.names.joined(separator: ", ")))",
          at: pair.keyNode)
        return nil
      }
    }
    guard kinds.count == 1, let (key, keyNode, value) = kinds.first else {
      reader.error(
        kinds.isEmpty
          ? "a check needs a kind (\(CheckKind.names.joined(separator: ", ")))"
          : "a check has one kind; use all: [...] to combine", at: node)
      return nil
    }
    let hasExplanation = pairs.contains { $0.key == "explain" }
    if !explained && key != "all" && key != "any" && !hasExplanation {
      reader.error(
        "the '\(key)' check has no 'explain' (what to tell the learner when it fails)", at: keyNode)
    }
    guard let kind = parseKind(key, value, explained: explained || hasExplanation) else {
      return nil
    }
    return Check(kind, explanation: explanation, line: YAMLReader.line(keyNode))
  }

  mutating func parseKind(_ key: String, _ value: YAMLNode, explained: Bool) -> CheckKind? {
    switch key {
    case "all", "any":
      let checks = reader.sequence(value, key).compactMap { parseCheck($0, explained: explained) }
      if checks.isEmpty { reader.error("'\(key)' needs a list of checks", at: value) }
      return key == "all" ? .all(checks) : .any(checks)
    case "not":
      return parseCheck(value, explained: true).map { .not($0) }
    case "exists":
      guard
        let fields = fieldsOf(
          value, key, ["kind", "name", "selector", "namespace", "count", "min"]),
        let selection = selection(fields, value, key)
      else { return nil }
      var rule = CountRule.atLeast(1)
      if let node = fields["count"], let count = reader.int(node, "exists.count") {
        rule = .exactly(count)
      }
      if let node = fields["min"], let count = reader.int(node, "exists.min") {
        rule = .atLeast(count)
      }
      return .exists(selection, count: rule)
    case "absent":
      guard let fields = fieldsOf(value, key, ["kind", "name", "selector", "namespace"]),
        let selection = selection(fields, value, key)
      else { return nil }
      return .absent(selection)
    case "field":
      let conditions = ["equals", "oneOf", "matches", "greaterThan", "lessThan"]
      guard
        let fields = fieldsOf(
          value, key, ["kind", "name", "selector", "namespace", "path", "match"] + conditions),
        let selection = selection(fields, value, key), let path = jsonPath(fields, value, key)
      else { return nil }
      let given = conditions.filter { fields[$0] != nil }
      guard given.count == 1, let name = given.first, let node = fields[name] else {
        reader.error("'field' needs one of \(conditions.joined(separator: ", "))", at: value)
        return nil
      }
      var condition: FieldCondition?
      switch name {
      case "equals": condition = reader.string(node, "field.equals").map(FieldCondition.equals)
      case "oneOf": condition = .oneOf(reader.strings(node, "field.oneOf"))
      case "matches":
        if let pattern = reader.string(node, "field.matches") {
          if (try? Regex(pattern)) == nil {
            reader.error("field.matches: '\(pattern)' is not a valid regular expression", at: node)
          }
          condition = .matches(pattern)
        }
      case "greaterThan":
        condition = reader.number(node, "field.greaterThan").map(FieldCondition.greaterThan)
      default: condition = reader.number(node, "field.lessThan").map(FieldCondition.lessThan)
      }
      var every = true
      if let node = fields["match"], let mode = reader.string(node, "field.match") {
        guard mode == "all" || mode == "any" else {
          reader.error("field.match must be all or any", at: node)
          return nil
        }
        every = mode == "all"
      }
      return condition.map { .field(selection, path: path, condition: $0, every: every) }
    case "endpoints":
      guard let fields = fieldsOf(value, key, ["service", "namespace", "ready", "pods"]) else {
        return nil
      }
      guard let service = fields["service"].flatMap({ reader.string($0, "endpoints.service") })
      else {
        reader.error("'endpoints' needs 'service'", at: value)
        return nil
      }
      let namespace = fields["namespace"].flatMap { reader.string($0, "namespace") } ?? "default"
      if let node = fields["ready"], let count = reader.int(node, "endpoints.ready") {
        return .endpoints(service: service, namespace: namespace, rule: .ready(count))
      }
      if let node = fields["pods"], let text = reader.string(node, "endpoints.pods"),
        let query = labelQuery(text, node)
      {
        return .endpoints(service: service, namespace: namespace, rule: .pods(query))
      }
      reader.error("'endpoints' needs 'ready: N' or 'pods: SELECTOR'", at: value)
      return nil
    case "reachable", "unreachable":
      guard let fields = fieldsOf(value, key, ["from", "url", "expect"]) else { return nil }
      guard let url = fields["url"].flatMap({ reader.string($0, "\(key).url") }) else {
        reader.error("'\(key)' needs 'url'", at: value)
        return nil
      }
      liveProblems(url, fields["url"])
      let source: HostPattern = fields["from"].flatMap { host($0) } ?? .laptop
      let expect = fields["expect"].flatMap { reader.string($0, "\(key).expect") }
      return .reachable(from: source, url: url, expect: expect, reachable: key == "reachable")
    case "attempt":
      guard let fields = fieldsOf(value, key, ["from", "to", "result", "expect"]) else {
        return nil
      }
      guard let target = fields["to"].flatMap({ reader.string($0, "attempt.to") }) else {
        reader.error("'attempt' needs 'to' (an address, a name or a URL)", at: value)
        return nil
      }
      liveProblems(target, fields["to"])
      var verdict = AttemptVerdict.answered
      if let node = fields["result"], let text = reader.string(node, "attempt.result") {
        guard let parsed = AttemptVerdict(rawValue: text) else {
          reader.error(
            "attempt.result must be answered, refused, timedOut, unresolved or failed", at: node)
          return nil
        }
        verdict = parsed
      }
      let from = fields["from"].flatMap { host($0) }
      return .attempt(
        from: from, to: target, verdict: verdict,
        expect: fields["expect"].flatMap { reader.string($0, "attempt.expect") })
    case "ran":
      guard let text = reader.string(value, "ran") else { return nil }
      return pattern(text, value).map(CheckKind.ran)
    case "output":
      if case .scalar = value {
        return reader.string(value, "output").map { .output(contains: $0, command: nil) }
      }
      guard let fields = fieldsOf(value, key, ["contains", "command"]),
        let text = fields["contains"].flatMap({ reader.string($0, "output.contains") })
      else {
        reader.error("'output' needs 'contains'", at: value)
        return nil
      }
      let command = fields["command"].flatMap { node in
        reader.string(node, "output.command").flatMap { pattern($0, node) }
      }
      return .output(contains: text, command: command)
    case "file":
      if case .scalar = value {
        return reader.string(value, "file").map { .file(path: $0, contains: nil) }
      }
      guard let fields = fieldsOf(value, key, ["path", "contains", "field", "equals"]),
        let path = fields["path"].flatMap({ reader.string($0, "file.path") })
      else {
        reader.error("'file' needs 'path'", at: value)
        return nil
      }
      var field = fields["field"].flatMap { reader.string($0, "file.field") }
      let equals = fields["equals"].flatMap { reader.string($0, "file.equals") }
      if (field == nil) != (equals == nil) {
        reader.error("'file' takes 'field' and 'equals' together", at: value)
        return nil
      }
      if let text = field {
        do {
          field = try JSONPath.relaxed(text)
          _ = try JSONPath(field!)
        } catch {
          reader.error("file.field: \(error.reason)", at: fields["field"] ?? value)
          return nil
        }
      }
      return .file(
        path: path, contains: fields["contains"].flatMap { reader.string($0, "file.contains") },
        field: field, equals: equals)
    case "compare":
      guard
        let fields = fieldsOf(value, key, ["kind", "name", "selector", "namespace", "path", "is"]),
        let selection = selection(fields, value, key), let path = jsonPath(fields, value, key)
      else { return nil }
      guard let node = fields["is"], let text = reader.string(node, "compare.is"),
        let relation = Relation(rawValue: text)
      else {
        reader.error(
          "'compare' needs 'is: same', 'is: changed' or 'is: new'", at: fields["is"] ?? value)
        return nil
      }
      return .compare(selection, path: path, relation: relation)
    case "at":
      return host(value).map(CheckKind.location)
    case "answer":
      return reader.int(value, "answer").map(CheckKind.answer)
    default:
      return nil
    }
  }

  mutating func fieldsOf(_ node: YAMLNode, _ key: String, _ allowed: [String]) -> [String:
    YAMLNode]?
  {
    guard let pairs = reader.mapping(node, "'\(key)' check", allowed: allowed) else { return nil }
    return Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
  }

  mutating func selection(_ fields: [String: YAMLNode], _ node: YAMLNode, _ key: String)
    -> ObjectSelection?
  {
    guard let kindNode = fields["kind"], let kindName = reader.string(kindNode, "\(key).kind")
    else {
      reader.error("'\(key)' needs 'kind'", at: node)
      return nil
    }
    guard let kind = ResourceKind.named(kindName) else {
      reader.error("unknown kind '\(kindName)'", at: kindNode)
      return nil
    }
    let namespace =
      fields["namespace"].flatMap { reader.string($0, "\(key).namespace") } ?? "default"
    let name = fields["name"].flatMap { reader.string($0, "\(key).name") }
    if let name, let nameNode = fields["name"] { liveProblems(name, nameNode) }
    var query: LabelQuery?
    if let node = fields["selector"], let text = reader.string(node, "\(key).selector") {
      query = labelQuery(text, node)
      if query == nil { return nil }
    }
    if (name == nil) == (query == nil) {
      reader.error("'\(key)' needs either 'name' or 'selector'", at: node)
      return nil
    }
    return ObjectSelection(kind: kind, namespace: namespace, name: name, selector: query)
  }

  mutating func jsonPath(_ fields: [String: YAMLNode], _ node: YAMLNode, _ key: String) -> String? {
    guard let pathNode = fields["path"], let text = reader.string(pathNode, "\(key).path") else {
      reader.error("'\(key)' needs 'path' (a JSONPath such as .spec.replicas)", at: node)
      return nil
    }
    do {
      let template = try JSONPath.relaxed(text)
      _ = try JSONPath(template)
      return template
    } catch {
      reader.error("\(key).path: \(error.reason)", at: pathNode)
      return nil
    }
  }

  mutating func labelQuery(_ text: String, _ node: YAMLNode) -> LabelQuery? {
    do {
      return try LabelQuery(text)
    } catch {
      reader.error(error.message, at: node)
      return nil
    }
  }

  mutating func pattern(_ text: String, _ node: YAMLNode) -> CommandPattern? {
    do {
      return try CommandPattern(text)
    } catch {
      reader.error(error.message, at: node)
      return nil
    }
  }

  mutating func liveProblems(_ text: String, _ node: YAMLNode?) {
    for problem in LiveText.problems(in: text) { reader.error(problem, at: node) }
  }

  /// `laptop`, `node`, `pod`, a node's name, `{node: NAME}` or `{pod: SELECTOR, namespace: NS}`.
  mutating func host(_ node: YAMLNode) -> HostPattern? {
    if case .scalar(let scalar) = node {
      switch scalar.string {
      case "laptop": return .laptop
      case "node": return .node(nil)
      case "pod": return .pod(nil, namespace: "default")
      case let name where ClusterOptions.nodeNames.contains(name): return .node(name)
      default:
        reader.error(
          "unknown host '\(scalar.string)': use laptop, node, pod, a node's name, {node: NAME} or {pod: SELECTOR}",
          at: node)
        return nil
      }
    }
    guard let pairs = reader.mapping(node, "host", allowed: ["node", "pod", "namespace"]) else {
      return nil
    }
    let fields = Dictionary(
      pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    if let name = fields["node"].flatMap({ reader.string($0, "node") }) { return .node(name) }
    if let value = fields["pod"], let text = reader.string(value, "pod") {
      let namespace = fields["namespace"].flatMap { reader.string($0, "namespace") } ?? "default"
      return labelQuery(text, value).map { .pod($0, namespace: namespace) }
    }
    reader.error("a host map needs 'node' or 'pod'", at: node)
    return nil
  }
}
