import ClusterSim

/// The `kubectl` command of the learner's shell: finds the verb, parses flags as cobra does,
/// and prints help and errors as kubectl v1.32 does.
final class KubectlClient {
  unowned let shell: Shell
  /// The namespace of the current context (`kubectl config set-context --current --namespace`).
  var contextNamespace = "default"

  init(shell: Shell) { self.shell = shell }

  /// Commands in the order `kubectl --help` lists them (cobra suggests in this order too).
  static let commandOrder = [
    "create", "expose", "run", "set", "explain", "get", "edit", "delete", "rollout", "scale",
    "autoscale", "certificate", "cluster-info", "top", "cordon", "uncordon", "drain", "taint",
    "describe", "logs", "attach", "exec", "port-forward", "proxy", "cp", "auth", "debug",
    "events", "diff", "apply", "patch", "replace", "wait", "kustomize", "label", "annotate",
    "completion", "alpha", "api-resources", "api-versions", "config", "plugin", "version",
    "options",
  ]

  var verbs: [Verb] { KubectlVerbs.all }

  func run(_ context: inout ToolContext) -> Int32 {
    let arguments = context.arguments
    switch shell.location {
    case .container:
      context.output.errorLine("sh: kubectl: not found")
      return 127
    case .node(let name) where name != "controlplane":
      // kubectl retries discovery and logs every failed attempt before giving up.
      let now = shell.cluster.state.now
      for attempt in 0..<5 {
        context.output.errorLine(
          "E\(now.adding(0.004 * Double(attempt) + 0.0317).klogStamp)   4242 memcache.go:265] \"Unhandled Error\" err=\"couldn't get current server API group list: Get \\\"http://localhost:8080/api?timeout=32s\\\": dial tcp 127.0.0.1:8080: connect: connection refused\"")
      }
      context.output.errorLine(
        "The connection to the server localhost:8080 was refused - did you specify the right host or port?")
      return 1
    default: break
    }
    // Find the verb: the first argument that is not a flag (or a global flag's value).
    var index = 0
    var leading: [String] = []
    while index < arguments.count, arguments[index].hasPrefix("-") {
      let flag = arguments[index]
      leading.append(flag)
      index += 1
      let valued = Verb.globalFlags.contains { spec in
        spec.kind != .bool && ("--" + spec.name == flag || spec.short.map { "-\($0)" } == flag)
      }
      if valued || ["--context", "--kubeconfig", "-s", "--server", "--cluster", "--user"].contains(flag),
        index < arguments.count
      {
        leading.append(arguments[index])
        index += 1
      }
    }
    guard index < arguments.count else {
      if leading.contains("--version") || leading.contains("version") {
        return runVerb(named: "version", arguments: [], context: &context)
      }
      context.output.out(KubectlHelp.overview())
      return leading.contains("-h") || leading.contains("--help") ? 0 : 0
    }
    let name = arguments[index]
    let rest = leading + arguments[(index + 1)...]
    return runVerb(named: name, arguments: Array(rest), context: &context)
  }

  func runVerb(named name: String, arguments: [String], context: inout ToolContext) -> Int32 {
    guard let verb = verbs.first(where: { $0.name == name || $0.aliases.contains(name) }) else {
      if KubectlClient.commandOrder.contains(name) {
        context.output.errorLine(Notes.unsimulatedCommand(name, language: shell.language))
        return 1
      }
      context.output.errorLine("Error: unknown command \"\(name)\" for \"kubectl\"")
      let suggestions = KubectlClient.suggestions(for: name)
      if !suggestions.isEmpty {
        context.output.errorLine("")
        context.output.errorLine("Did you mean this?")
        for suggestion in suggestions { context.output.errorLine("\t\(suggestion)") }
      }
      context.output.errorLine("")
      if suggestions.isEmpty {
        context.output.errorLine("Run 'kubectl --help' for usage.")
      }
      return 1
    }
    return run(verb, path: [verb.name], arguments: arguments, context: &context)
  }

  func run(_ verb: Verb, path: [String], arguments: [String], context: inout ToolContext) -> Int32 {
    // A subcommand is the first non-flag argument, if the verb has subcommands.
    if !verb.subcommands.isEmpty {
      if let position = KubectlClient.firstOperand(arguments, specs: verb.allFlags) {
        let name = arguments[position]
        if let sub = verb.subcommands.first(where: { $0.name == name || $0.aliases.contains(name) }) {
          var rest = arguments
          rest.remove(at: position)
          return run(sub, path: path + [sub.name], arguments: rest, context: &context)
        }
        // `kubectl create configmap`, `create secret`...: real subcommands for kinds this
        // cluster does not have; say so rather than fail on their flags.
        if path == ["create"], let plural = Notes.unsimulatedResources[name],
          ["configmaps", "secrets", "serviceaccounts", "jobs", "cronjobs", "ingresses", "roles",
           "rolebindings", "clusterroles", "clusterrolebindings", "resourcequotas",
           "priorityclasses", "poddisruptionbudgets"].contains(plural)
        {
          context.output.errorLine(Notes.unsimulatedKind(plural, language: context.shell.language))
          return 1
        }
        if verb.run == nil {
          if arguments.contains("-h") || arguments.contains("--help") {
            context.output.out(KubectlHelp.text(for: verb, path: path))
            return 0
          }
          context.output.errorLine("error: unknown command \"\(name)\" for \"kubectl \(path.joined(separator: " "))\"")
          let known = verb.subcommands.map(\.name)
          let close = known.filter { KubectlClient.distance(name, $0) <= 2 || $0.hasPrefix(name) }
          if !close.isEmpty {
            context.output.errorLine("")
            context.output.errorLine("Did you mean this?")
            for item in close { context.output.errorLine("\t\(item)") }
          }
          return 1
        }
      } else if verb.run == nil {
        if arguments.contains("-h") || arguments.contains("--help") {
          context.output.out(KubectlHelp.text(for: verb, path: path))
          return 0
        }
        if path == ["create"] {
          context.output.errorLine("error: must specify one of -f and -k")
          context.output.errorLine("")
          context.output.errorLine("error: unknown command \"\" for \"kubectl create\"")
          return 1
        }
        context.output.out(KubectlHelp.text(for: verb, path: path))
        return 0
      }
    }
    let flags: ParsedFlags
    do {
      flags = try FlagParser.parse(arguments, specs: verb.allFlags)
    } catch {
      context.output.errorLine("Error: \(error.message)")
      context.output.errorLine("See 'kubectl \(path.joined(separator: " ")) --help' for usage.")
      return 1
    }
    if flags.bool("help") {
      context.output.out(KubectlHelp.text(for: verb, path: path))
      return 0
    }
    if let contextName = flags.string("context"), !contextName.isEmpty,
      contextName != "kubernetes-admin@kubernetes"
    {
      context.output.errorLine("error: context \"\(contextName)\" does not exist")
      return 1
    }
    guard let body = verb.run else {
      context.output.out(KubectlHelp.text(for: verb, path: path))
      return 0
    }
    var invocation = Invocation(client: self, context: context, flags: flags, path: path)
    let code = body(&invocation)
    context.output.append(invocation.context.output)
    return code
  }

  /// The index of the first argument that is neither a flag nor a flag's value (`-n shop`
  /// takes `shop` with it), as cobra finds a subcommand.
  static func firstOperand(_ arguments: [String], specs: [FlagSpec]) -> Int? {
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if argument == "--" { return index + 1 < arguments.count ? index + 1 : nil }
      guard argument.hasPrefix("-"), argument.count > 1 else { return index }
      index += 1
      guard !argument.contains("=") else { continue }
      let spec: FlagSpec?
      if argument.hasPrefix("--") {
        spec = specs.first { $0.name == argument.dropFirst(2) }
      } else if argument.count == 2 {
        spec = specs.first { $0.short == argument.last }
      } else {
        spec = nil  // -nshop: the value is attached
      }
      if let spec, spec.kind != .bool { index += 1 }
    }
    return nil
  }

  /// Commands within edit distance 2 of `name`, or starting with it, as cobra suggests.
  static func suggestions(for name: String) -> [String] {
    commandOrder.filter { candidate in
      distance(name.lowercased(), candidate) <= 2 || (candidate.hasPrefix(name.lowercased()) && !name.isEmpty)
    }
  }

  /// Levenshtein distance.
  static func distance(_ a: String, _ b: String) -> Int {
    let x = Array(a)
    let y = Array(b)
    var previous = Array(0...y.count)
    for i in 1...max(1, x.count) where !x.isEmpty {
      var current = [i] + Array(repeating: 0, count: y.count)
      for j in 1...max(1, y.count) where !y.isEmpty {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return x.isEmpty ? y.count : previous[y.count]
  }
}
