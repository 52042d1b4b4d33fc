import ClusterSim

/// A kubectl command: its name, flags, help and what it does.
struct Verb: Sendable {
  var name: String
  var aliases: [String] = []
  /// One line for `kubectl --help`.
  var summary: String
  /// The paragraph at the top of `kubectl VERB --help`.
  var description: String
  var usage: String
  var examples: [(comment: String, command: String)] = []
  var flags: [FlagSpec] = []
  var subcommands: [Verb] = []
  var run: (@Sendable (inout Invocation) -> Int32)?

  /// Flags every command accepts.
  static let globalFlags: [FlagSpec] = [
    FlagSpec("namespace", "n", .string, default: "", "If present, the namespace scope for this CLI request"),
    FlagSpec("context", nil, .string, default: "", "The name of the kubeconfig context to use"),
    FlagSpec("kubeconfig", nil, .string, default: "", "Path to the kubeconfig file to use for CLI requests."),
    FlagSpec("cluster", nil, .string, default: "", "The name of the kubeconfig cluster to use"),
    FlagSpec("user", nil, .string, default: "", "The name of the kubeconfig user to use"),
    FlagSpec("v", "v", .int, default: "0", "number for the log level verbosity"),
    FlagSpec("request-timeout", nil, .string, default: "0", "The length of time to wait before giving up on a single server request."),
    FlagSpec("server", "s", .string, default: "", "The address and port of the Kubernetes API server"),
    FlagSpec("insecure-skip-tls-verify", nil, .bool, default: "false", "If true, the server's certificate will not be checked for validity."),
    FlagSpec("as", nil, .string, default: "", "Username to impersonate for the operation."),
    FlagSpec("token", nil, .string, default: "", "Bearer token for authentication to the API server"),
    FlagSpec("help", "h", .bool, default: "false", "help for this command", hidden: true),
  ]

  var allFlags: [FlagSpec] { flags + Verb.globalFlags }
}

/// One run of a kubectl command: its parsed flags and the shell it runs in.
struct Invocation {
  let client: KubectlClient
  var context: ToolContext
  var flags: ParsedFlags
  /// The command path, e.g. `["create", "service", "nodeport"]`.
  let path: [String]

  var shell: Shell { client.shell }
  var cluster: Cluster { client.shell.cluster }
  var now: Instant { client.shell.cluster.state.now }
  var arguments: [String] { flags.arguments }
  var language: Language { client.shell.language }

  /// The namespace of the request: `-n`, else the context's namespace.
  var namespace: String { flags.string("namespace").flatMap { $0.isEmpty ? nil : $0 } ?? client.contextNamespace }

  var commandName: String { "kubectl " + path.joined(separator: " ") }

  mutating func out(_ text: String) { context.output.out(text) }
  mutating func line(_ text: String = "") { context.output.line(text) }
  mutating func errorLine(_ text: String) { context.output.errorLine(text) }

  /// `error: <message>` plus the pointer to help, exit code 1.
  mutating func usageError(_ message: String) -> Int32 {
    errorLine("error: \(message)")
    errorLine("See '\(commandName) -h' for help and examples")
    return 1
  }

  /// Prints an API error as kubectl does and returns 1.
  @discardableResult
  mutating func fail(_ error: APIError, file: String? = nil, action: String = "creating") -> Int32 {
    errorLine(KubectlErrors.text(error, file: file, action: action))
    return 1
  }

  /// The klog-style line kubectl prints for a missing required flag.
  mutating func requiredFlag(_ name: String) -> Int32 {
    errorLine(
      "E\(now.klogStamp)   31337 run.go:72] \"command failed\" err=\"required flag(s) \\\"\(name)\\\" not set\"")
    return 1
  }
}

/// How kubectl prints errors from the API server.
enum KubectlErrors {
  static func text(_ error: APIError, file: String? = nil, action: String = "creating") -> String {
    switch error {
    case .invalid(let kind, _, let name, let causes):
      // kubectl prints an Invalid error from its causes, whatever it was doing ("error when
      // applying ..." only survives when there are none).
      if let file, causes.isEmpty {
        return "Error from server (Invalid): error when \(action) \"\(file)\": \(error.message)"
      }
      if causes.count == 1 {
        return "The \(kind) \"\(name)\" is invalid: \(causes[0].message)"
      }
      return "The \(kind) \"\(name)\" is invalid: \n" + causes.map { "* " + $0.message }.joined(separator: "\n")
    default:
      if let file {
        return "Error from server (\(error.reason)): error when \(action) \"\(file)\": \(error.message)"
      }
      return "Error from server (\(error.reason)): \(error.message)"
    }
  }
}
