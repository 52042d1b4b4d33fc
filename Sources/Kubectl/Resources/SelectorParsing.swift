import ClusterSim

/// Parses `-l` label selectors (`app=web,tier!=db,env in (a,b),!canary`) and
/// `--field-selector` expressions.
enum SelectorParsing {
  struct Failure: Error { var message: String }

  static func labelSelector(_ text: String) throws(Failure) -> LabelSelector {
    var selector = LabelSelector()
    for part in LabelSelector.requirementTexts(text) {
      let item = part.trimmingCharacters(in: .whitespaces)
      if item.isEmpty { continue }
      if item.hasPrefix("!") {
        let key = String(item.dropFirst()).trimmingCharacters(in: .whitespaces)
        try check(key: key)
        selector.matchExpressions.append(.init(key: key, op: .doesNotExist))
      } else if let range = item.range(of: " notin ") ?? item.range(of: " in ") {
        let key = item[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        let op: LabelSelector.Requirement.Operator = item[range].contains("notin") ? .notIn : .in
        let list = item[range.upperBound...].trimmingCharacters(in: .whitespaces)
        guard list.hasPrefix("("), list.hasSuffix(")") else {
          throw Failure(message: "unable to parse requirement: found '\(list.first.map(String.init) ?? "")', expected: '('")
        }
        let values = list.dropFirst().dropLast().split(separator: ",").map {
          $0.trimmingCharacters(in: .whitespaces)
        }
        try check(key: key)
        selector.matchExpressions.append(.init(key: key, op: op, values: values))
      } else if let range = item.range(of: "!=") {
        let key = String(item[..<range.lowerBound])
        let value = String(item[range.upperBound...])
        try check(key: key)
        try check(value: value)
        selector.matchExpressions.append(.init(key: key, op: .notEquals, values: [value]))
      } else if let range = item.range(of: "==") ?? item.range(of: "=") {
        let key = String(item[..<range.lowerBound])
        let value = String(item[range.upperBound...])
        if value.contains("=") {
          throw Failure(message: "unable to parse requirement: found '=', expected: ',' or 'end of string'")
        }
        try check(key: key)
        try check(value: value)
        selector.matchExpressions.append(.init(key: key, op: .equals, values: [value]))
      } else {
        try check(key: item)
        selector.matchExpressions.append(.init(key: item, op: .exists))
      }
    }
    return selector
  }

  static func check(key: String) throws(Failure) {
    if let problem = NameRules.qualifiedName(key).first {
      throw Failure(message: "unable to parse requirement: <nil>: Invalid value: \"\(key)\": \(problem)")
    }
  }

  static func check(value: String) throws(Failure) {
    if let problem = NameRules.labelValue(value).first {
      throw Failure(message: "unable to parse requirement: <nil>: Invalid value: \"\(value)\": \(problem)")
    }
  }

  /// A field selector requirement: `status.phase=Running`, `spec.nodeName!=node01`.
  struct FieldRequirement {
    var field: String
    var value: String
    var negated: Bool
  }

  static let podFields = [
    "metadata.name", "metadata.namespace", "spec.nodeName", "spec.restartPolicy",
    "spec.schedulerName", "spec.serviceAccountName", "spec.hostNetwork", "status.phase",
    "status.podIP", "status.nominatedNodeName",
  ]

  static func fieldSelector(_ text: String, kind: ResourceKind) throws(Failure) -> [FieldRequirement] {
    var requirements: [FieldRequirement] = []
    for part in text.split(separator: ",") {
      let item = String(part)
      var requirement: FieldRequirement
      if let range = item.range(of: "!=") {
        requirement = FieldRequirement(field: String(item[..<range.lowerBound]), value: String(item[range.upperBound...]), negated: true)
      } else if let range = item.range(of: "==") ?? item.range(of: "=") {
        requirement = FieldRequirement(field: String(item[..<range.lowerBound]), value: String(item[range.upperBound...]), negated: false)
      } else {
        throw Failure(message: "invalid selector: '\(text)'; can't understand '\(item)'")
      }
      requirement.field = requirement.field.trimmingCharacters(in: .whitespaces)
      let allowed = kind == .pod ? podFields : ["metadata.name", "metadata.namespace"]
      guard allowed.contains(requirement.field) else {
        throw Failure(
          message: "\"\(requirement.field)\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"")
      }
      requirements.append(requirement)
    }
    return requirements
  }

  static func fieldValue(_ field: String, of object: any APIObject) -> String {
    switch field {
    case "metadata.name": return object.metadata.name
    case "metadata.namespace": return object.metadata.namespace ?? ""
    default: break
    }
    guard let pod = object as? Pod else { return "" }
    switch field {
    case "spec.nodeName": return pod.spec.nodeName ?? ""
    case "spec.restartPolicy": return pod.spec.restartPolicy ?? ""
    case "spec.schedulerName": return pod.spec.schedulerName ?? ""
    case "spec.serviceAccountName": return pod.spec.serviceAccountName ?? ""
    case "spec.hostNetwork": return pod.spec.hostNetwork == true ? "true" : "false"
    case "status.phase": return pod.status.phase ?? ""
    case "status.podIP": return pod.status.podIP ?? ""
    default: return ""
    }
  }
}
