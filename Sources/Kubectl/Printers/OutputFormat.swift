import ClusterSim

/// The `-o` formats kubectl understands.
enum OutputFormat: Equatable {
  case table
  case wide
  case yaml
  case json
  case name
  case jsonPath(String)
  case customColumns(String)

  static let allowed =
    "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml"

  /// Parses `-o` as given; throws the error text kubectl prints.
  static func parse(_ text: String?, shell: Shell) throws(SelectorParsing.Failure) -> OutputFormat {
    guard let text, !text.isEmpty else { return .table }
    switch text {
    case "wide": return .wide
    case "yaml": return .yaml
    case "json": return .json
    case "name": return .name
    default: break
    }
    for prefix in ["jsonpath=", "jsonpath-as-json="] where text.hasPrefix(prefix) {
      return .jsonPath(String(text.dropFirst(prefix.count)))
    }
    if text == "jsonpath" {
      throw SelectorParsing.Failure(message: "error: template format specified but no template given")
    }
    if text.hasPrefix("custom-columns=") {
      return .customColumns(String(text.dropFirst("custom-columns=".count)))
    }
    if text == "custom-columns" {
      throw SelectorParsing.Failure(message: "error: custom-columns format specified but no custom columns given")
    }
    for prefix in ["jsonpath-file=", "custom-columns-file="] where text.hasPrefix(prefix) {
      let file = String(text.dropFirst(prefix.count))
      guard let path = shell.resolvePath(file), let contents = try? shell.files.read(path) else {
        throw SelectorParsing.Failure(message: "error: open \(file): no such file or directory")
      }
      if prefix == "jsonpath-file=" { return .jsonPath(contents.trimmingCharacters(in: .newlines)) }
      let lines = contents.split(separator: "\n").map(String.init)
      guard lines.count == 2 else {
        throw SelectorParsing.Failure(message: "error: custom-columns file must have exactly two lines: a header and the JSONPath expressions")
      }
      let headers = lines[0].split(separator: " ", omittingEmptySubsequences: true)
      let paths = lines[1].split(separator: " ", omittingEmptySubsequences: true)
      return .customColumns(zip(headers, paths).map { "\($0):\($1)" }.joined(separator: ","))
    }
    if text.hasPrefix("go-template") || text.hasPrefix("template") {
      throw SelectorParsing.Failure(message: "kubetutor: -o go-template is not simulated; use -o jsonpath or -o custom-columns.")
    }
    throw SelectorParsing.Failure(
      message: "error: unable to match a printer suitable for the output format \"\(text)\", allowed formats are: \(allowed)")
  }

  var isTable: Bool { self == .table || self == .wide }
}

/// How objects look as text in the non-table formats.
enum ObjectText {
  /// The object as the API server returns it to kubectl get (map keys sorted).
  static func served(_ object: any APIObject) -> JSONValue {
    object.encoded().sortedKeys()
  }

  /// A list as kubectl wraps several objects: `kind: List`.
  static func list(_ items: [JSONValue]) -> JSONValue {
    .object([
      ("apiVersion", "v1"), ("items", .array(items)), ("kind", "List"),
      ("metadata", .object([("resourceVersion", "")])),
    ])
  }

  static func yaml(_ value: JSONValue) -> String { YAMLText.render(value) }
  static func json(_ value: JSONValue) -> String { JSONText.render(value) }

  /// `pod/nginx`, `deployment.apps/web`.
  static func name(_ object: any APIObject) -> String {
    "\(type(of: object).kind.qualifiedSingular)/\(object.name)"
  }
}
