import ClusterSim
import Foundation
import Kubectl

/// Which objects a check or a live value is about: one by name, or all that a label selector
/// matches, of one kind in one namespace.
///
/// ```swift
/// let web = ObjectSelection(kind: .pod, selector: try LabelQuery("app=web"))
/// web.objects(in: state)  // the web pods, by name, leaving out those being deleted
/// ```
public struct ObjectSelection: Equatable, Sendable {
  /// The kind of object.
  public var kind: ResourceKind
  /// The namespace; ignored for nodes and namespaces; `*` for every namespace.
  public var namespace: String
  /// The object's name (may hold live values); nil when a selector picks the objects.
  public var name: String?
  /// The label selector; nil when a name picks the object.
  public var selector: LabelQuery?

  /// A selection by name or by selector.
  public init(
    kind: ResourceKind, namespace: String = "default", name: String? = nil,
    selector: LabelQuery? = nil
  ) {
    self.kind = kind
    self.namespace = namespace
    self.name = name
    self.selector = selector
  }

  /// The objects selected, sorted by namespace and name. Objects being deleted (a pod that is
  /// Terminating) are left out: they are on their way out.
  public func objects(in state: ClusterState) -> [any APIObject] {
    let scope: String? = namespace == "*" ? nil : namespace
    if let name {
      let rendered = LiveText.rendered(name, in: [state]) ?? name
      let key = ObjectKey(kind, namespace: scope ?? "default", name: rendered)
      guard let object = state.store.object(key), object.metadata.deletionTimestamp == nil
      else { return [] }
      return [object]
    }
    let all = state.store.list(kind, in: scope)
    return all.filter { object in
      object.metadata.deletionTimestamp == nil
        && (selector?.matches(object.metadata.labels) ?? true)
    }
  }

  /// How a learner would name the selection: `deployment web`, `pods -l app=web`.
  public var description: String {
    if let name { return "\(kind.singular) \(name)" }
    return "\(kind.plural)" + (selector.map { " -l \($0.text)" } ?? "")
  }
}

/// A label selector as `kubectl -l` takes it: `app=web`, `app!=db`, `tier`, `!canary`,
/// `env in (a,b)`, joined with commas.
public struct LabelQuery: Equatable, Hashable, Sendable {
  /// The conditions, all of which must hold, as the API's selector holds them.
  public var selector: LabelSelector
  /// The selector as written.
  public let text: String

  /// Parses a selector, leniently for a lesson's author (values may hold `{{...}}` live
  /// values until they are filled in); throws a message for a malformed one.
  public init(_ text: String) throws(LessonError) {
    self.text = text
    selector = LabelSelector()
    for part in LabelSelector.requirementTexts(text) {
      let item = part.trimmingWhitespace
      guard !item.isEmpty else { throw LessonError("empty requirement in selector '\(text)'") }
      let requirement: LabelSelector.Requirement
      if let range = item.range(of: " notin ") ?? item.range(of: " in ") {
        let key = String(item[..<range.lowerBound]).trimmingWhitespace
        var list = String(item[range.upperBound...]).trimmingWhitespace
        guard list.hasPrefix("("), list.hasSuffix(")") else {
          throw LessonError("expected (values) in selector '\(text)'")
        }
        list = String(list.dropFirst().dropLast())
        let values = list.split(separator: ",").map { $0.trimmingWhitespace }
        requirement = .init(key: key, op: item.contains(" notin ") ? .notIn : .in, values: values)
      } else if let range = item.range(of: "!=") {
        requirement = .init(
          key: String(item[..<range.lowerBound]).trimmingWhitespace, op: .notEquals,
          values: [String(item[range.upperBound...]).trimmingWhitespace])
      } else if let range = item.range(of: "==") ?? item.range(of: "=") {
        let key = String(item[..<range.lowerBound]).trimmingWhitespace
        guard !key.isEmpty else { throw LessonError("missing label key in selector '\(text)'") }
        requirement = .init(
          key: key, op: .equals, values: [String(item[range.upperBound...]).trimmingWhitespace])
      } else if item.hasPrefix("!") {
        requirement = .init(key: String(item.dropFirst()).trimmingWhitespace, op: .doesNotExist)
      } else {
        requirement = .init(key: item, op: .exists)
      }
      selector.matchExpressions.append(requirement)
    }
  }

  /// Whether `labels` satisfy every requirement.
  public func matches(_ labels: [String: String]) -> Bool { selector.matches(labels) }
}

/// A mistake in a lesson file, worded for its author.
public struct LessonError: Error, Equatable, Sendable {
  /// What is wrong.
  public var message: String
  /// A mistake described by `message`.
  public init(_ message: String) { self.message = message }
}
