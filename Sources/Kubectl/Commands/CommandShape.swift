import ClusterSim

/// A kubectl command line reduced to its meaning, so that different spellings compare equal:
/// `kubectl get po -owide` and `kubectl get pods -o wide` have the same shape.
///
/// ```swift
/// let shape = CommandShape(["kubectl", "get", "po", "-owide"])
/// shape?.verb        // ["get"]
/// shape?.kinds       // ["pods"]
/// shape?.flags["output"]  // ["wide"]
/// ```
public struct CommandShape: Equatable, Sendable {
  /// The command path: `["get"]`, `["create", "service", "nodeport"]`, `["rollout", "restart"]`.
  public var verb: [String]
  /// Resource kinds named, as plural resource names (`pods`, `services`, `deployments`).
  public var kinds: [String]
  /// Object names given (from `TYPE NAME` or `TYPE/NAME`, or a create command's NAME).
  public var names: [String]
  /// Flags by their long name, values as given (bool flags have `true`).
  public var flags: [String: [String]]
  /// Arguments after `--`.
  public var afterDash: [String]

  /// Parses an argv whose first word is `kubectl` or its alias `k`; nil for anything else or
  /// for a command line kubectl would reject.
  public init?(_ argv: [String]) {
    guard let first = argv.first, first == "kubectl" || first == "k" else { return nil }
    var arguments = Array(argv.dropFirst())
    guard let index = KubectlClient.firstOperand(arguments, specs: Verb.globalFlags) else { return nil }
    let name = arguments.remove(at: index)
    guard var verb = KubectlVerbs.all.first(where: { $0.name == name || $0.aliases.contains(name) }) else {
      return nil
    }
    var path = [verb.name]
    while !verb.subcommands.isEmpty,
      let position = KubectlClient.firstOperand(arguments, specs: verb.allFlags),
      let sub = verb.subcommands.first(where: { $0.name == arguments[position] || $0.aliases.contains(arguments[position]) })
    {
      arguments.remove(at: position)
      verb = sub
      path.append(sub.name)
    }
    guard let parsed = try? FlagParser.parse(arguments, specs: verb.allFlags) else { return nil }
    self.verb = path
    flags = parsed.values
    afterDash = parsed.afterDash ?? []
    kinds = []
    names = []
    let positional = parsed.arguments
    let takesResources = ["get", "describe", "delete", "label", "annotate", "scale", "expose", "edit", "patch", "wait", "rollout", "set", "logs"]
    if takesResources.contains(path[0]) && path[0] != "logs" {
      if let request = try? ResourceArguments.parse(positional.filter { !$0.contains("=") || $0.contains("/") }, language: .en) {
        kinds = request.kinds.map(\.plural) + request.objects.map(\.kind.plural)
        names = request.objects.map(\.name)
        var seen: Set<String> = []
        kinds = kinds.filter { seen.insert($0).inserted }
      }
    } else {
      names = positional
    }
  }

  /// The value of a flag, by long name.
  public func flag(_ name: String) -> String? { flags[name]?.last }
}

/// Objects as the API server returns them to kubectl (`kubectl get -o json` shape).
public enum ServedObject {
  /// The object's JSON with map keys sorted, as `kubectl get -o json` shows it.
  public static func json(_ object: any APIObject) -> JSONValue { ObjectText.served(object) }

  /// The JSON of a list, as `kubectl get pods -o json` wraps several objects.
  public static func list(_ objects: [any APIObject]) -> JSONValue {
    ObjectText.list(objects.map(ObjectText.served))
  }
}
