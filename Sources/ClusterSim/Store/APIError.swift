/// One problem with one field, as the API server's validation reports it.
public struct FieldError: Error, Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    /// `Invalid value: <value>: <detail>`; the value is already formatted as Go's %#v.
    case invalid(value: String)
    case required
    case forbidden
    case duplicate(value: String)
    case notSupported(value: String, supported: [String])
    case tooLong(max: Int)
  }
  public var field: String
  public var kind: Kind
  public var detail: String

  public init(field: String, kind: Kind, detail: String = "") {
    self.field = field
    self.kind = kind
    self.detail = detail
  }

  public static func invalid(_ field: String, _ value: String, _ detail: String) -> FieldError {
    FieldError(field: field, kind: .invalid(value: quoted(value)), detail: detail)
  }

  public static func invalid(_ field: String, number: Int64, _ detail: String) -> FieldError {
    FieldError(field: field, kind: .invalid(value: String(number)), detail: detail)
  }

  public static func required(_ field: String, _ detail: String = "") -> FieldError {
    FieldError(field: field, kind: .required, detail: detail)
  }

  public static func forbidden(_ field: String, _ detail: String) -> FieldError {
    FieldError(field: field, kind: .forbidden, detail: detail)
  }

  public static func notSupported(_ field: String, _ value: String, _ supported: [String])
    -> FieldError
  {
    FieldError(field: field, kind: .notSupported(value: value, supported: supported))
  }

  /// The text the API server puts in a cause: `spec.ports[0].port: Invalid value: 0: ...`.
  public var message: String {
    switch kind {
    case .invalid(let value):
      return detail.isEmpty
        ? "\(field): Invalid value: \(value)" : "\(field): Invalid value: \(value): \(detail)"
    case .required:
      return detail.isEmpty ? "\(field): Required value" : "\(field): Required value: \(detail)"
    case .forbidden:
      return detail.isEmpty ? "\(field): Forbidden" : "\(field): Forbidden: \(detail)"
    case .duplicate(let value): return "\(field): Duplicate value: \(value)"
    case .notSupported(let value, let supported):
      return "\(field): Unsupported value: \(FieldError.quoted(value)): supported values: "
        + supported.map { FieldError.quoted($0) }.joined(separator: ", ")
    case .tooLong(let max):
      return "\(field): Too long: may not be more than \(max) bytes"
    }
  }

  /// A string as Go's %q prints it.
  public static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          result += String(format: "\\x%02x", scalar.value)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// A string map as Go's %#v prints it: `map[string]string{"app":"web"}`.
  public static func goMap(_ map: [String: String]) -> String {
    "map[string]string{"
      + map.keys.sorted().map { "\(quoted($0)):\(quoted(map[$0]!))" }.joined(separator: ", ")
      + "}"
  }

  /// A string list as Go's %#v prints it: `[]string{"10.96.0.10"}`.
  public static func goStrings(_ list: [String]) -> String {
    "[]string{" + list.map(quoted).joined(separator: ", ") + "}"
  }
}

import Foundation

/// An error the embedded API server returns, with the reason and message a real one gives.
public enum APIError: Error, Equatable, Sendable {
  case notFound(resource: String, name: String)
  case alreadyExists(resource: String, name: String)
  /// `kind` is the plain kind (`Service`), `qualifiedKind` the kind with group
  /// (`Deployment.apps`) as the status message names it.
  case invalid(kind: String, qualifiedKind: String, name: String, causes: [FieldError])
  case badRequest(String)
  case forbidden(String)
  case conflict(String)
  case methodNotAllowed(String)
  case internalError(String)

  /// The reason kubectl prints in `Error from server (Reason): ...`.
  public var reason: String {
    switch self {
    case .notFound: return "NotFound"
    case .alreadyExists: return "AlreadyExists"
    case .invalid: return "Invalid"
    case .badRequest: return "BadRequest"
    case .forbidden: return "Forbidden"
    case .conflict: return "Conflict"
    case .methodNotAllowed: return "MethodNotAllowed"
    case .internalError: return "InternalError"
    }
  }

  /// The status message, as in `metav1.Status.message`.
  public var message: String {
    switch self {
    case .notFound(let resource, let name): return "\(resource) \"\(name)\" not found"
    case .alreadyExists(let resource, let name): return "\(resource) \"\(name)\" already exists"
    case .invalid(_, let qualifiedKind, let name, let causes):
      let body =
        causes.count == 1
        ? causes[0].message : "[" + causes.map(\.message).joined(separator: ", ") + "]"
      return "\(qualifiedKind) \"\(name)\" is invalid: \(body)"
    case .badRequest(let text), .forbidden(let text), .conflict(let text),
      .methodNotAllowed(let text), .internalError(let text):
      return text
    }
  }

  static func invalid(_ kind: ResourceKind, _ name: String, _ causes: [FieldError]) -> APIError {
    .invalid(kind: kind.kind, qualifiedKind: kind.qualifiedKind, name: name, causes: causes)
  }
}
