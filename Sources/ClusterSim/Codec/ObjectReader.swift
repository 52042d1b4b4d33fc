import Foundation
import OrderedCollections

/// Why a document could not be turned into an object, worded as the API server words it.
public enum DecodeError: Error, Equatable, Sendable {
  /// A value of the wrong JSON type, e.g. a string where a port number belongs.
  case typeMismatch(got: String, field: String, goType: String)
  /// Fields the object's type does not have (strict field validation).
  case unknownFields([String])

  /// The message after `cannot be handled as a Pod: `.
  public var message: String {
    switch self {
    case .typeMismatch(let got, let field, let goType):
      return "json: cannot unmarshal \(got) into Go struct field \(field) of type \(goType)"
    case .unknownFields(let fields):
      return "strict decoding error: "
        + fields.map { "unknown field \"\($0)\"" }.joined(separator: ", ")
    }
  }
}

/// Collects strict-decoding findings for one document.
public final class DecodeSession {
  public private(set) var unknownFields: [String] = []
  public init() {}
  func noteUnknown(_ path: String) { unknownFields.append(path) }
}

/// Reads the members of one JSON object into typed fields, as Go's decoder does, recording
/// the members it did not consume as unknown fields.
///
/// `goStruct` and `goPath` make type errors read like the API server's:
/// `Go struct field ServicePort.spec.ports.port of type int32`.
public struct ObjectReader {
  public let members: OrderedDictionary<String, JSONValue>
  let goStruct: String
  /// The dotted path without indices, as Go's type errors print it.
  let goPath: String
  /// The path with indices, as strict decoding errors print it.
  let strictPath: String
  let session: DecodeSession
  private var consumed: Set<String> = []

  public init(
    _ value: JSONValue, goStruct: String, goPath: String, strictPath: String,
    session: DecodeSession
  ) throws(DecodeError) {
    self.goStruct = goStruct
    self.goPath = goPath
    self.strictPath = strictPath
    self.session = session
    switch value {
    case .object(let members): self.members = members
    case .null: self.members = [:]
    default:
      // A non-object where an object belongs; the error names the enclosing field.
      throw .typeMismatch(
        got: value.goTypeName, field: "\(goStruct).\(goPath)", goType: "v1.\(goStruct)")
    }
  }

  func fieldName(_ key: String) -> String {
    goPath.isEmpty ? "\(goStruct).\(key)" : "\(goStruct).\(goPath).\(key)"
  }

  func childGoPath(_ key: String) -> String { goPath.isEmpty ? key : "\(goPath).\(key)" }
  func childStrictPath(_ key: String) -> String {
    strictPath.isEmpty ? key : "\(strictPath).\(key)"
  }

  private mutating func take(_ key: String) -> JSONValue? {
    consumed.insert(key)
    guard let value = members[key], value != .null else { return nil }
    return value
  }

  /// Marks a member as known without reading it.
  public mutating func skip(_ key: String) { consumed.insert(key) }

  public mutating func string(_ key: String) throws(DecodeError) -> String? {
    guard let value = take(key) else { return nil }
    guard case .string(let text) = value else {
      throw .typeMismatch(got: value.goTypeName, field: fieldName(key), goType: "string")
    }
    return text
  }

  public mutating func bool(_ key: String) throws(DecodeError) -> Bool? {
    guard let value = take(key) else { return nil }
    guard case .bool(let flag) = value else {
      throw .typeMismatch(got: value.goTypeName, field: fieldName(key), goType: "bool")
    }
    return flag
  }

  public mutating func int32(_ key: String) throws(DecodeError) -> Int32? {
    guard let number = try integer(key, goType: "int32", range: Int64(Int32.min)...Int64(Int32.max))
    else { return nil }
    return Int32(number)
  }

  public mutating func int64(_ key: String) throws(DecodeError) -> Int64? {
    try integer(key, goType: "int64", range: Int64.min...Int64.max)
  }

  private mutating func integer(
    _ key: String, goType: String, range: ClosedRange<Int64>
  ) throws(DecodeError) -> Int64? {
    guard let value = take(key) else { return nil }
    switch value {
    case .int(let number) where range.contains(number): return number
    case .int(let number):
      throw .typeMismatch(got: "number \(number)", field: fieldName(key), goType: goType)
    case .double(let number):
      throw .typeMismatch(
        got: "number \(JSONValue.formatDouble(number))", field: fieldName(key), goType: goType)
    default:
      throw .typeMismatch(got: value.goTypeName, field: fieldName(key), goType: goType)
    }
  }

  public mutating func stringMap(_ key: String) throws(DecodeError) -> [String: String]? {
    guard let value = take(key) else { return nil }
    guard case .object(let members) = value else {
      throw .typeMismatch(
        got: value.goTypeName, field: fieldName(key), goType: "map[string]string")
    }
    var map: [String: String] = [:]
    for (name, item) in members {
      switch item {
      case .string(let text): map[name] = text
      case .null: map[name] = ""
      default:
        throw .typeMismatch(got: item.goTypeName, field: fieldName(key), goType: "string")
      }
    }
    return map
  }

  public mutating func stringArray(_ key: String) throws(DecodeError) -> [String]? {
    guard let value = take(key) else { return nil }
    guard case .array(let items) = value else {
      throw .typeMismatch(got: value.goTypeName, field: fieldName(key), goType: "[]string")
    }
    var strings: [String] = []
    for item in items {
      guard case .string(let text) = item else {
        throw .typeMismatch(got: item.goTypeName, field: fieldName(key), goType: "string")
      }
      strings.append(text)
    }
    return strings
  }

  /// An `IntOrString` field such as `targetPort`.
  public mutating func intOrString(_ key: String) throws(DecodeError) -> IntOrString? {
    guard let value = take(key) else { return nil }
    switch value {
    case .int(let number) where Int64(Int32.min)...Int64(Int32.max) ~= number:
      return .int(Int32(number))
    case .string(let text): return .string(text)
    default:
      throw .typeMismatch(
        got: value.goTypeName, field: fieldName(key), goType: "intstr.IntOrString")
    }
  }

  /// A nested object decoded by `decode`.
  public mutating func object<T>(
    _ key: String, goStruct: String,
    _ decode: (inout ObjectReader) throws(DecodeError) -> T
  ) throws(DecodeError) -> T? {
    guard let value = take(key) else { return nil }
    guard case .object = value else {
      throw .typeMismatch(
        got: value.goTypeName, field: fieldName(key), goType: "v1.\(goStruct)")
    }
    var reader = try ObjectReader(
      value, goStruct: goStruct, goPath: childGoPath(key), strictPath: childStrictPath(key),
      session: session)
    let result = try decode(&reader)
    reader.finish()
    return result
  }

  /// A list of objects decoded by `decode`.
  public mutating func array<T>(
    _ key: String, goStruct: String,
    _ decode: (inout ObjectReader) throws(DecodeError) -> T
  ) throws(DecodeError) -> [T]? {
    guard let value = take(key) else { return nil }
    guard case .array(let items) = value else {
      throw .typeMismatch(
        got: value.goTypeName, field: fieldName(key), goType: "[]v1.\(goStruct)")
    }
    var results: [T] = []
    for (index, item) in items.enumerated() {
      guard case .object = item else {
        throw .typeMismatch(
          got: item.goTypeName, field: fieldName(key), goType: "v1.\(goStruct)")
      }
      var reader = try ObjectReader(
        item, goStruct: goStruct, goPath: childGoPath(key),
        strictPath: "\(childStrictPath(key))[\(index)]", session: session)
      results.append(try decode(&reader))
      reader.finish()
    }
    return results
  }

  /// A member kept as it was written, for fields the simulation carries but does not model.
  public mutating func raw(_ key: String) -> JSONValue? {
    consumed.insert(key)
    return members[key]
  }

  /// Records the members that were never read as unknown fields.
  public func finish() {
    for key in members.keys where !consumed.contains(key) {
      session.noteUnknown(childStrictPath(key))
    }
  }
}

extension JSONValue {
  /// Formats a double as Go's strconv 'g' formatting would for typical values.
  public static func formatDouble(_ number: Double) -> String {
    if number == number.rounded(), abs(number) < 1e21 {
      return String(format: "%.0f", number)
    }
    var text = "\(number)"
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text
  }
}
