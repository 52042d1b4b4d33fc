import OrderedCollections

/// A JSON document as the API server stores and returns it.
///
/// Objects keep the order in which their keys were inserted, so that an object built in Go
/// struct order prints in that order; printers sort where kubectl sorts.
///
/// ```swift
/// let port: JSONValue = ["port": 80, "protocol": "TCP"]
/// port["port"]?.intValue  // 80
/// ```
public enum JSONValue: Equatable, Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object(OrderedDictionary<String, JSONValue>)

  /// An empty object, `{}`.
  public static let emptyObject = JSONValue.object([:])

  /// The member named `key` of an object, or nil for a missing key or a non-object.
  public subscript(key: String) -> JSONValue? {
    get {
      if case .object(let members) = self { return members[key] }
      return nil
    }
    set {
      guard case .object(var members) = self else { return }
      members[key] = newValue
      self = .object(members)
    }
  }

  /// The element at `index` of an array, or nil.
  public subscript(index: Int) -> JSONValue? {
    if case .array(let items) = self, items.indices.contains(index) { return items[index] }
    return nil
  }

  public var stringValue: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  public var intValue: Int64? {
    switch self {
    case .int(let number): return number
    case .double(let number) where number == number.rounded() && abs(number) < 9e15:
      return Int64(number)
    default: return nil
    }
  }

  public var boolValue: Bool? {
    if case .bool(let flag) = self { return flag }
    return nil
  }

  public var arrayValue: [JSONValue]? {
    if case .array(let items) = self { return items }
    return nil
  }

  public var objectValue: OrderedDictionary<String, JSONValue>? {
    if case .object(let members) = self { return members }
    return nil
  }

  public var isNull: Bool { self == .null }

  /// The name of the value's JSON type as Go's encoding/json names it in errors.
  public var goTypeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "bool"
    case .int, .double: return "number"
    case .string: return "string"
    case .array: return "array"
    case .object: return "object"
    }
  }

  /// A copy in which every object's keys are sorted, recursively (as Go prints a map).
  public func sortedKeys() -> JSONValue {
    switch self {
    case .array(let items): return .array(items.map { $0.sortedKeys() })
    case .object(let members):
      var sorted = OrderedDictionary<String, JSONValue>()
      for key in members.keys.sorted() { sorted[key] = members[key]!.sortedKeys() }
      return .object(sorted)
    default: return self
    }
  }

  /// Follows a path of object keys and array indices, e.g. `["spec", "ports", 0]`.
  public func value(at path: [PathComponent]) -> JSONValue? {
    var current: JSONValue? = self
    for component in path {
      switch component {
      case .key(let key): current = current?[key]
      case .index(let index): current = current?[index]
      }
    }
    return current
  }

  /// One step of a path into a document.
  public enum PathComponent: Hashable, Sendable, ExpressibleByStringLiteral,
    ExpressibleByIntegerLiteral
  {
    case key(String)
    case index(Int)
    public init(stringLiteral value: String) { self = .key(value) }
    public init(integerLiteral value: Int) { self = .index(value) }
  }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
  ExpressibleByNilLiteral, ExpressibleByFloatLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int64) { self = .int(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  public init(floatLiteral value: Double) { self = .double(value) }
  public init(nilLiteral: ()) { self = .null }
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    var members = OrderedDictionary<String, JSONValue>()
    for (key, value) in elements { members[key] = value }
    self = .object(members)
  }
}

extension JSONValue {
  /// Builds an object from key/value pairs, leaving out pairs whose value is nil.
  public static func object(_ pairs: [(String, JSONValue?)]) -> JSONValue {
    var members = OrderedDictionary<String, JSONValue>()
    for (key, value) in pairs {
      if let value { members[key] = value }
    }
    return .object(members)
  }

  /// A string map as a JSON object with sorted keys, or nil when empty.
  public static func stringMap(_ map: [String: String]) -> JSONValue? {
    guard !map.isEmpty else { return nil }
    var members = OrderedDictionary<String, JSONValue>()
    for key in map.keys.sorted() { members[key] = .string(map[key]!) }
    return .object(members)
  }
}
