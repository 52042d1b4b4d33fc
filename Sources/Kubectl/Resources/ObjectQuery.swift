import ClusterSim

/// The filters of a list request: namespace scope, `-l` and `--field-selector`.
struct ObjectQuery {
  /// nil for every namespace.
  var namespace: String?
  var labels: LabelSelector?
  var fields: [SelectorParsing.FieldRequirement] = []
  var fieldText: String?

  init(invocation: Invocation, allNamespaces: Bool) throws(SelectorParsing.Failure) {
    namespace = allNamespaces ? nil : invocation.namespace
    if let text = invocation.flags.string("selector") {
      do {
        labels = try SelectorParsing.labelSelector(text)
      } catch {
        throw SelectorParsing.Failure(message: "error: \(error.message)")
      }
    }
    fieldText = invocation.flags.string("field-selector")
  }

  init(namespace: String?) { self.namespace = namespace }

  /// The objects of `kind` passing the filters, in the API server's order.
  func list(_ kind: ResourceKind, in state: ClusterState) -> [any APIObject] {
    var objects = state.store.list(kind, in: kind.isNamespaced ? namespace : nil)
    if let labels { objects = objects.filter { labels.matches($0.metadata.labels) } }
    if let fieldText, let requirements = try? SelectorParsing.fieldSelector(fieldText, kind: kind) {
      objects = objects.filter { object in
        requirements.allSatisfy { requirement in
          (SelectorParsing.fieldValue(requirement.field, of: object) == requirement.value) != requirement.negated
        }
      }
    }
    if kind == .event {
      objects.sort { lhs, rhs in
        let a = (lhs as! Event).lastTimestamp
        let b = (rhs as! Event).lastTimestamp
        return a == b ? lhs.name < rhs.name : a < b
      }
    }
    return objects
  }

  /// Checks a field selector against a kind before listing; the error is kubectl's.
  func validateFields(for kind: ResourceKind) throws(SelectorParsing.Failure) {
    guard let fieldText else { return }
    do {
      _ = try SelectorParsing.fieldSelector(fieldText, kind: kind)
    } catch {
      throw SelectorParsing.Failure(
        message:
          "Error from server (BadRequest): Unable to find \"\(kind.group.isEmpty ? "/v1" : kind.group + "/v1"), Resource=\(kind.plural)\" that match label selector \"\(labels?.text ?? "")\", field selector \"\(fieldText)\": \(error.message)"
      )
    }
  }

  /// Sorts by a `--sort-by` JSONPath expression, numbers numerically.
  static func sorted(_ objects: [any APIObject], by expression: String?) throws(JSONPathText.Failure) -> [any APIObject] {
    guard let expression, !expression.isEmpty else { return objects }
    var keyed: [(JSONValue?, any APIObject)] = []
    for object in objects {
      keyed.append((try JSONPathText.sortKey(expression, in: ObjectText.served(object)), object))
    }
    return keyed.enumerated().sorted { lhs, rhs in
      let (a, b) = (lhs.element.0, rhs.element.0)
      switch (a, b) {
      case (nil, nil): return lhs.offset < rhs.offset
      case (nil, _): return true
      case (_, nil): return false
      default: break
      }
      if let x = a?.intValue, let y = b?.intValue, x != y { return x < y }
      if case .double(let x)? = a, case .double(let y)? = b, x != y { return x < y }
      let s = sortText(a!)
      let t = sortText(b!)
      return s == t ? lhs.offset < rhs.offset : s < t
    }.map(\.element.1)
  }

  static func sortText(_ value: JSONValue) -> String {
    switch value {
    case .string(let text): return text
    case .int(let number): return String(number)
    case .double(let number): return String(number)
    case .bool(let flag): return flag ? "true" : "false"
    default: return ""
    }
  }
}
