import ClusterSim
import Foundation
import Kubectl

/// A value read from the learner's own cluster, written in lesson text as
/// `{{KIND [-n NAMESPACE] NAME-OR-SELECTOR JSONPATH}}`.
///
/// ```
/// {{pod app=web .status.podIP}}           the IP of the first web pod that has one
/// {{svc web .spec.ports[0].nodePort}}     the nodePort of Service web
/// {{pod -n kube-system k8s-app=kube-dns .metadata.name}}
/// {{newest pod app=web .status.podIP}}   the IP of the web pod created last
/// ```
///
/// A target with `=` (or a selector operator) is a label selector; objects are tried by name
/// and the first that yields a non-empty value gives it. The path is read with kubectl's
/// JSONPath engine from the object as `kubectl get -o json` shows it.
public struct LiveValue: Equatable, Sendable {
  /// Which objects to read from.
  public var selection: ObjectSelection
  /// The JSONPath template, in braces (`{.status.podIP}`).
  public var template: String
  /// Which object goes first when several match.
  public var order: Order
  let path: JSONPath

  /// The order objects are tried in.
  public enum Order: String, Equatable, Sendable {
    /// By namespace and name.
    case name
    /// The most recently created first (`newest`).
    case newest
    /// The first created first (`oldest`).
    case oldest
  }

  /// Parses the inside of `{{...}}`.
  public init(_ source: String) throws(LessonError) {
    var words = source.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard words.count >= 3 else {
      throw LessonError("live value '{{\(source)}}' needs KIND NAME-OR-SELECTOR JSONPATH")
    }
    order = .name
    if let first = words.first, let chosen = Order(rawValue: first), chosen != .name {
      order = chosen
      words.removeFirst()
    }
    guard words.count >= 3 else {
      throw LessonError("live value '{{\(source)}}' needs KIND NAME-OR-SELECTOR JSONPATH")
    }
    let kindName = words.removeFirst()
    guard let kind = ResourceKind.named(kindName) else {
      throw LessonError("live value '{{\(source)}}': unknown kind '\(kindName)'")
    }
    var namespace = "default"
    if words.first == "-n" || words.first == "--namespace" {
      words.removeFirst()
      namespace = words.isEmpty ? "" : words.removeFirst()
    } else if words.first == "-A" {
      words.removeFirst()
      namespace = "*"
    }
    guard words.count >= 2 else {
      throw LessonError("live value '{{\(source)}}' needs a name or selector and a JSONPath")
    }
    let target = words.removeFirst()
    let pathText = words.joined(separator: " ")
    do {
      template = try JSONPath.relaxed(pathText)
      path = try JSONPath(template)
    } catch {
      throw LessonError("live value '{{\(source)}}': bad JSONPath: \(error.reason)")
    }
    if LiveValue.isSelector(target) {
      selection = ObjectSelection(
        kind: kind, namespace: namespace, selector: try LabelQuery(target))
    } else {
      selection = ObjectSelection(kind: kind, namespace: namespace, name: target)
    }
  }

  func ordered(_ objects: [any APIObject]) -> [any APIObject] {
    guard order != .name else { return objects }
    let sorted = objects.enumerated().sorted { left, right in
      let a = left.element.metadata.creationTimestamp ?? Instant(seconds: 0)
      let b = right.element.metadata.creationTimestamp ?? Instant(seconds: 0)
      return a == b ? left.offset < right.offset : a < b
    }.map(\.element)
    return order == .oldest ? sorted : sorted.reversed()
  }

  /// Whether a target word is a label selector rather than a name.
  static func isSelector(_ target: String) -> Bool {
    target.contains("=") || target.contains("!") || target.contains("(") || target.contains(",")
  }

  /// The value in `state`, or nil when no object yields one.
  public func value(in state: ClusterState) -> String? {
    for object in ordered(selection.objects(in: state)) {
      if let text = try? path.evaluate(ServedObject.json(object)), !text.isEmpty { return text }
    }
    return nil
  }

  /// The values of every selected object that has one, in order.
  public func values(in state: ClusterState) -> [String] {
    ordered(selection.objects(in: state)).compactMap { object in
      guard let text = try? path.evaluate(ServedObject.json(object)), !text.isEmpty else {
        return nil
      }
      return text
    }
  }
}

/// Text with `{{...}}` live values.
public enum LiveText {
  /// The `{{...}}` sources in `text`, in order.
  public static func sources(in text: String) -> [String] {
    var found: [String] = []
    var rest = Substring(text)
    while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
      found.append(String(rest[open.upperBound..<close.lowerBound]).trimmingWhitespace)
      rest = rest[close.upperBound...]
    }
    return found
  }

  /// Errors in the live values of `text` (empty when all parse).
  public static func problems(in text: String) -> [String] {
    sources(in: text).compactMap { source -> String? in
      do {
        _ = try LiveValue(source)
        return nil
      } catch {
        return (error as? LessonError)?.message ?? "\(error)"
      }
    }
  }

  /// `text` with every live value filled in from the first state that has it; nil when one
  /// has no value in any of them.
  public static func rendered(_ text: String, in states: [ClusterState]) -> String? {
    var missing = false
    let result = substituted(text) { source in
      guard let value = try? LiveValue(source) else { return nil }
      for state in states {
        if let text = value.value(in: state) { return text }
      }
      return nil
    } onMissing: { _ in
      missing = true
      return ""
    }
    return missing ? nil : result
  }

  /// `text` with live values filled in; a value that cannot be read becomes `placeholder`.
  public static func rendered(_ text: String, in states: [ClusterState], placeholder: String)
    -> String
  {
    substituted(text) { source in
      guard let value = try? LiveValue(source) else { return nil }
      for state in states {
        if let text = value.value(in: state) { return text }
      }
      return nil
    } onMissing: { _ in
      placeholder
    }
  }

  static func substituted(
    _ text: String, value: (String) -> String?, onMissing: (String) -> String
  ) -> String {
    guard text.contains("{{") else { return text }
    var output = ""
    var rest = Substring(text)
    while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
      output += rest[..<open.lowerBound]
      let source = String(rest[open.upperBound..<close.lowerBound]).trimmingWhitespace
      output += value(source) ?? onMissing(source)
      rest = rest[close.upperBound...]
    }
    output += rest
    return output
  }
}
