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
  /// One condition on the labels.
  public enum Requirement: Equatable, Hashable, Sendable {
    /// `key=value`.
    case equals(String, String)
    /// `key!=value` (also true when the label is missing).
    case notEquals(String, String)
    /// `key`: the label is set.
    case exists(String)
    /// `!key`: the label is not set.
    case absent(String)
    /// `key in (a,b)`.
    case isIn(String, [String])
    /// `key notin (a,b)`.
    case notIn(String, [String])
  }

  /// The conditions, all of which must hold.
  public var requirements: [Requirement]
  /// The selector as written.
  public let text: String

  /// Parses a selector; throws a message for a malformed one.
  public init(_ text: String) throws(LessonError) {
    self.text = text
    requirements = []
    for part in LabelQuery.split(text) {
      let item = part.trimmingWhitespace
      guard !item.isEmpty else { throw LessonError("empty requirement in selector '\(text)'") }
      if let range = item.range(of: " notin ") ?? item.range(of: " in ") {
        let key = String(item[..<range.lowerBound]).trimmingWhitespace
        var list = String(item[range.upperBound...]).trimmingWhitespace
        guard list.hasPrefix("("), list.hasSuffix(")") else {
          throw LessonError("expected (values) in selector '\(text)'")
        }
        list = String(list.dropFirst().dropLast())
        let values = list.split(separator: ",").map { $0.trimmingWhitespace }
        requirements.append(item.contains(" notin ") ? .notIn(key, values) : .isIn(key, values))
      } else if let range = item.range(of: "!=") {
        requirements.append(
          .notEquals(
            String(item[..<range.lowerBound]).trimmingWhitespace,
            String(item[range.upperBound...]).trimmingWhitespace))
      } else if let range = item.range(of: "==") ?? item.range(of: "=") {
        let key = String(item[..<range.lowerBound]).trimmingWhitespace
        guard !key.isEmpty else { throw LessonError("missing label key in selector '\(text)'") }
        requirements.append(.equals(key, String(item[range.upperBound...]).trimmingWhitespace))
      } else if item.hasPrefix("!") {
        requirements.append(.absent(String(item.dropFirst()).trimmingWhitespace))
      } else {
        requirements.append(.exists(item))
      }
    }
  }

  /// Whether `labels` satisfy every requirement.
  public func matches(_ labels: [String: String]) -> Bool {
    requirements.allSatisfy { requirement in
      switch requirement {
      case .equals(let key, let value): return labels[key] == value
      case .notEquals(let key, let value): return labels[key] != value
      case .exists(let key): return labels[key] != nil
      case .absent(let key): return labels[key] == nil
      case .isIn(let key, let values): return labels[key].map(values.contains) ?? false
      case .notIn(let key, let values): return !(labels[key].map(values.contains) ?? false)
      }
    }
  }

  /// Splits at commas outside parentheses.
  static func split(_ text: String) -> [String] {
    var parts: [String] = []
    var current = ""
    var depth = 0
    for character in text {
      if character == "(" { depth += 1 }
      if character == ")" { depth -= 1 }
      if character == "," && depth == 0 {
        parts.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    parts.append(current)
    return parts
  }
}

/// A mistake in a lesson file, worded for its author.
public struct LessonError: Error, Equatable, Sendable {
  /// What is wrong.
  public var message: String
  /// A mistake described by `message`.
  public init(_ message: String) { self.message = message }
}
