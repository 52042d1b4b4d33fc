import ClusterSim

/// A parsed kubectl JSONPath template, as `kubectl get -o jsonpath=...` takes it.
///
/// Text outside braces is printed as it stands; each `{...}` action is evaluated against the
/// object and its results are printed separated by single spaces.
///
/// ```swift
/// let path = try JSONPath("{range .items[*]}{.metadata.name}{\"\\n\"}{end}")
/// try path.evaluate(podList)  // "web-1\nweb-2\n"
/// ```
public struct JSONPath: Equatable, Sendable {
  /// The template exactly as given.
  public let template: String

  /// The top-level nodes: `.text` for literal text and `.list` for each action.
  let nodes: [Node]

  /// Parses `template`; a malformed action throws kubectl's parse error.
  public init(_ template: String) throws(JSONPathError) {
    self.template = template
    do {
      nodes = try TemplateParser.parse(template)
    } catch {
      throw JSONPathError(
        stage: .parsing, reason: error.reason,
        message: "error parsing jsonpath \(template), \(error.reason)")
    }
  }

  /// The text kubectl prints for `value`, with no newline added at the end.
  ///
  /// `allowMissingKeys` is kubectl's `--allow-missing-template-keys` (true by default): when
  /// false, a field missing from every candidate is an error.
  public func evaluate(
    _ value: JSONValue, allowMissingKeys: Bool = true
  ) throws(JSONPathError) -> String {
    let groups = try values(in: value, allowMissingKeys: allowMissingKeys)
    return groups.map { group in group.map(GoFormat.printed).joined(separator: " ") }.joined()
  }

  /// The raw results, one array per top-level node (literal text included), in print order.
  public func values(
    in value: JSONValue, allowMissingKeys: Bool = true
  ) throws(JSONPathError) -> [[JSONValue]] {
    try groups(for: value, allowMissingKeys: allowMissingKeys).map(\.values)
  }

  /// The first value any action yields for `value`, or nil when none does or evaluation fails.
  ///
  /// Meant for checks such as "is `.status.phase` Running", where only one field is read.
  public func firstValue(in value: JSONValue) -> JSONValue? {
    let groups = try? groups(for: value, allowMissingKeys: true)
    return groups?.first { !$0.isLiteral && !$0.values.isEmpty }?.values.first
  }

  private func groups(
    for value: JSONValue, allowMissingKeys: Bool
  ) throws(JSONPathError) -> [Evaluator.Group] {
    var evaluator = Evaluator(nodes: nodes, allowMissingKeys: allowMissingKeys)
    do {
      return try evaluator.results(for: value, from: 0)
    } catch {
      throw executionError(error.reason, object: value)
    }
  }

  /// Rewrites a custom-columns field spec as kubectl's `RelaxedJSONPathExpression` does.
  ///
  /// `metadata.name`, `.metadata.name`, `{metadata.name}` and `{.metadata.name}` all become
  /// `{.metadata.name}`; an empty spec stays empty; a spec with braces anywhere else is refused.
  public static func relaxed(_ expression: String) throws(JSONPathError) -> String {
    if expression.isEmpty { return expression }
    var body = Substring(expression)
    if body.count >= 2, body.first == "{", body.last == "}" {
      body = body.dropFirst().dropLast()
    }
    // NB: the dot is optional in kubectl's pattern, so "." alone is kept as the field spec.
    if body.first == ".", body.count > 1 { body = body.dropFirst() }
    guard !body.isEmpty, !body.contains("{"), !body.contains("}") else {
      let reason =
        "unexpected path string, expected a 'name1.name2' or '.name1.name2' or "
        + "'{name1.name2}' or '{.name1.name2}'"
      throw JSONPathError(stage: .parsing, reason: reason, message: reason)
    }
    return "{.\(body)}"
  }

  private func executionError(_ reason: String, object: JSONValue) -> JSONPathError {
    let details =
      "Error executing template: \(reason). Printing more information for debugging the "
      + "template:\n\ttemplate was:\n\t\t\(template)\n\tobject given to jsonpath engine was:"
      + "\n\t\t\(GoFormat.goSyntax(object))\n\n"
    let message = "error executing jsonpath \(GoFormat.quoted(template)): \(details)\n"
    return JSONPathError(stage: .execution, reason: reason, message: message)
  }
}

/// A JSONPath template that failed to parse or to execute, worded as kubectl words it.
public struct JSONPathError: Error, Equatable, Sendable {
  /// Where the template failed.
  public enum Stage: Equatable, Sendable {
    /// The template is malformed.
    case parsing
    /// The template is well formed but could not be applied to the object.
    case execution
  }

  /// Whether parsing or execution failed.
  public let stage: Stage
  /// The engine's own error, e.g. `unterminated array` (what custom-columns prints).
  public let reason: String
  /// kubectl's full error text, the part after `error: `.
  public let message: String

  /// The text kubectl writes to stderr: `error: ` and the message, ending in a newline.
  public var printed: String {
    message.hasSuffix("\n") ? "error: \(message)" : "error: \(message)\n"
  }
}

extension JSONPath {
  /// One element of a parsed template, shaped like the nodes of kubectl's parser.
  indirect enum Node: Equatable, Sendable {
    /// The nodes of one `{...}` action (also a union member or one side of a filter).
    case list([Node])
    /// Literal text, outside braces or quoted inside them.
    case text(String)
    /// `.name`: a member of an object.
    case field(String)
    /// `[n]`, `[start:end:step]`, `[*]`.
    case slice(Slice)
    /// `[?(left op right)]`; `op` is `exists` for `[?(left)]`.
    case filter(left: [Node], op: String, right: [Node])
    /// An integer literal.
    case integer(Int)
    /// A floating-point literal.
    case float(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// `.*`: every member or element.
    case wildcard
    /// `..`: the value and everything below it.
    case recursive
    /// `[a,b]`: the results of each member list, in order.
    case union([[Node]])
    /// A bare word: `range`, `end`, or anything else (an error when executed).
    case identifier(String)
  }

  /// The bounds of an array subscript as written.
  struct Slice: Equatable, Sendable {
    /// How the end bound was given.
    enum End: Equatable, Sendable {
      /// `[a:]` or `[:]`: up to the length.
      case open
      /// `[a:b]`.
      case given(Int)
      /// `[a]`: one past the start, computed when parsed.
      case derived(Int)
    }

    var start: Int?
    var end: End
    var step: Int?
  }

  /// A parse or evaluation failure before kubectl's wording is added.
  struct Failure: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
  }
}
