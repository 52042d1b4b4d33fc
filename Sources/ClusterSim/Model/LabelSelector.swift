/// A label selector: `matchLabels` and `matchExpressions`, or a parsed `-l` expression.
public struct LabelSelector: Equatable, Hashable, Sendable {
  public var matchLabels: [String: String]
  public var matchExpressions: [Requirement]

  public init(matchLabels: [String: String] = [:], matchExpressions: [Requirement] = []) {
    self.matchLabels = matchLabels
    self.matchExpressions = matchExpressions
  }

  /// One requirement of a selector.
  public struct Requirement: Equatable, Hashable, Sendable {
    public enum Operator: String, Sendable {
      case `in` = "In"
      case notIn = "NotIn"
      case exists = "Exists"
      case doesNotExist = "DoesNotExist"
      case equals = "="
      case notEquals = "!="
    }
    public var key: String
    public var op: Operator
    public var values: [String]

    public init(key: String, op: Operator, values: [String] = []) {
      self.key = key
      self.op = op
      self.values = values
    }

    public func matches(_ labels: [String: String]) -> Bool {
      let value = labels[key]
      switch op {
      case .in: return value.map(values.contains) ?? false
      case .equals: return value == values.first
      case .notIn: return value.map { !values.contains($0) } ?? true
      case .notEquals: return value != values.first
      case .exists: return value != nil
      case .doesNotExist: return value == nil
      }
    }
  }

  /// True when the selector selects nothing at all (an empty selector selects everything
  /// for `-l`, but a Service or ReplicaSet never has one).
  public var isEmpty: Bool { matchLabels.isEmpty && matchExpressions.isEmpty }

  public func matches(_ labels: [String: String]) -> Bool {
    for (key, value) in matchLabels where labels[key] != value { return false }
    return matchExpressions.allSatisfy { $0.matches(labels) }
  }

  /// The requirements of a selector's text form, split at the commas outside parentheses
  /// (`app=web,tier in (a,b)` gives `app=web` and `tier in (a,b)`).
  public static func requirementTexts(_ text: String) -> [String] {
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

  /// The selector in kubectl's text form: `app=web,tier in (a,b)`.
  public var text: String {
    var parts = matchLabels.keys.sorted().map { "\($0)=\(matchLabels[$0]!)" }
    for requirement in matchExpressions {
      switch requirement.op {
      case .in: parts.append("\(requirement.key) in (\(requirement.values.joined(separator: ",")))")
      case .notIn:
        parts.append("\(requirement.key) notin (\(requirement.values.joined(separator: ",")))")
      case .exists: parts.append(requirement.key)
      case .doesNotExist: parts.append("!\(requirement.key)")
      case .equals: parts.append("\(requirement.key)=\(requirement.values.first ?? "")")
      case .notEquals: parts.append("\(requirement.key)!=\(requirement.values.first ?? "")")
      }
    }
    return parts.joined(separator: ",")
  }
}

/// A selector from a plain label map, as a Service has: `app=web,tier=db`.
public func selectorText(_ labels: [String: String]) -> String {
  labels.keys.sorted().map { "\($0)=\(labels[$0]!)" }.joined(separator: ",")
}

extension LabelSelector {
  func encoded() -> JSONValue {
    .object([
      ("matchLabels", JSONValue.stringMap(matchLabels)),
      (
        "matchExpressions",
        matchExpressions.isEmpty
          ? nil
          : .array(
            matchExpressions.map { requirement in
              .object([
                ("key", .string(requirement.key)), ("operator", .string(requirement.op.rawValue)),
                (
                  "values",
                  requirement.values.isEmpty
                    ? nil : .array(requirement.values.map(JSONValue.string))
                ),
              ])
            })
      ),
    ])
  }

  static func decode(_ reader: inout ObjectReader) throws(DecodeError) -> LabelSelector {
    var selector = LabelSelector()
    selector.matchLabels = try reader.stringMap("matchLabels") ?? [:]
    selector.matchExpressions =
      try reader.array("matchExpressions", goStruct: "LabelSelectorRequirement") {
        (item: inout ObjectReader) throws(DecodeError) in
        let op = try item.string("operator") ?? ""
        return Requirement(
          key: try item.string("key") ?? "",
          op: Requirement.Operator(rawValue: op) ?? .in,
          values: try item.stringArray("values") ?? [])
      } ?? []
    return selector
  }
}
