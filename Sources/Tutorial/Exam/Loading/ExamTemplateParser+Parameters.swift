import Yams

/// Reading `params:`: each parameter is a `pick`, a `range`, a `token`, or a text made of
/// the parameters before it.
///
/// ```yaml
/// params:
///   ns: {pick: [shop, billing], unique: true}
///   server: {pick: [{image: nginx, says: Welcome to nginx}, {image: httpd, says: It works!}]}
///   nodePort: {range: [30000, 30085], unique: true}
///   token: {token: 8}
///   svc: "{{app}}-svc"
/// ```
extension ExamTemplateParser {
  static let generatorKeys = ["pick", "range", "token"]

  mutating func parseParameters(_ node: YAMLNode) -> [ExamParameter] {
    guard let pairs = reader.mapping(node, "params") else { return [] }
    var parameters: [ExamParameter] = []
    for (name, keyNode, value) in pairs {
      let line = YAMLReader.line(keyNode)
      guard ParameterText.isName(Substring(name)), !name.contains(".") else {
        reader.error("parameter name '\(name)' must be a word (letters, digits, _)", at: keyNode)
        continue
      }
      if name == ExamParameter.taskNumber {
        reader.error("'task' is the task's number; choose another parameter name", at: keyNode)
        continue
      }
      if parameters.contains(where: { $0.name == name }) {
        reader.error("two parameters are called '\(name)'", at: keyNode)
        continue
      }
      if case .scalar(let scalar) = value {
        let known = ExamTemplate(
          id: "", topic: "", weight: 1, parameters: parameters, file: "", line: 0, source: ""
        ).knownNames
        for used in ParameterText.names(in: scalar.string) where !known.contains(used) {
          reader.error(
            "'{{\(used)}}' in parameter '\(name)' is not a parameter defined before it", at: value)
        }
        parameters.append(
          ExamParameter(name: name, generator: .derived(scalar.string), line: line))
        continue
      }
      guard
        let fields = reader.mapping(
          value, "parameter '\(name)'", allowed: Self.generatorKeys + ["unique"])
      else { continue }
      let given = fields.filter { Self.generatorKeys.contains($0.key) }
      guard given.count == 1, let (kind, _, body) = given.first else {
        reader.error(
          "parameter '\(name)' needs one of pick, range, token (or a text of other parameters)",
          at: value)
        continue
      }
      var unique = false
      if let flag = fields.first(where: { $0.key == "unique" }) {
        switch reader.string(flag.value, "unique") {
        case "true": unique = true
        case "false": unique = false
        default: reader.error("unique must be true or false", at: flag.value)
        }
      }
      if let generator = parseGenerator(kind, body, name: name) {
        parameters.append(
          ExamParameter(name: name, generator: generator, unique: unique, line: line))
      }
    }
    return parameters
  }

  mutating func parseGenerator(_ kind: String, _ body: YAMLNode, name: String)
    -> ExamParameter.Generator?
  {
    let what = "parameter '\(name)'"
    switch kind {
    case "pick":
      let items = reader.sequence(body, "\(what).pick")
      var values: [ParameterValue] = []
      for item in items {
        if case .scalar(let scalar) = item {
          values.append(.text(scalar.string))
        } else if let pairs = reader.mapping(item, "\(what) choice") {
          var record: [String: String] = [:]
          for (key, keyNode, value) in pairs {
            guard ParameterText.isName(Substring(key)), !key.contains(".") else {
              reader.error("field name '\(key)' must be a word", at: keyNode)
              continue
            }
            record[key] = reader.string(value, "\(what).\(key)")
          }
          values.append(.record(record))
        }
      }
      if values.isEmpty {
        reader.error("\(what).pick needs at least one choice", at: body)
        return nil
      }
      let shapes = Set(
        values.map { value -> [String] in
          if case .record(let fields) = value { return fields.keys.sorted() }
          return []
        })
      if shapes.count > 1 {
        reader.error("\(what): every choice needs the same fields", at: body)
        return nil
      }
      return .pick(values)
    case "range":
      let bounds = reader.sequence(body, "\(what).range").compactMap {
        reader.int($0, "\(what).range")
      }
      guard bounds.count == 2, bounds[0] <= bounds[1] else {
        reader.error("\(what).range must be [LOW, HIGH] with LOW <= HIGH", at: body)
        return nil
      }
      return .range(bounds[0], bounds[1])
    default:
      guard let length = reader.int(body, "\(what).token") else { return nil }
      guard (3...32).contains(length) else {
        reader.error("\(what).token must be a length from 3 to 32", at: body)
        return nil
      }
      return .token(length)
    }
  }
}
