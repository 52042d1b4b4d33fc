/// The words Tab offers that do not come from the cluster or the files: commands, kubectl
/// verbs, resource types and flags.
enum CompletionCatalogue {
  /// Commands on the learner's laptop.
  static let commands = [
    "alias", "awk", "base64", "cat", "cd", "clear", "cp", "curl", "cut", "date", "echo", "egrep",
    "env", "exit", "export", "false", "grep", "head", "help", "history", "ip", "kubectl", "ls",
    "mkdir", "mv", "nano", "nslookup", "ping", "printenv", "printf", "pwd", "rm", "sed", "sleep",
    "sort", "ssh", "tail", "tee", "touch", "tr", "true", "unalias", "uniq", "unset", "vi", "vim",
    "wc", "wget", "which",
  ]

  /// Commands that take file names.
  static let fileCommands: Set<String> = [
    "cat", "cp", "mv", "rm", "ls", "head", "tail", "wc", "sort", "uniq", "cut", "grep", "egrep",
    "sed", "awk", "tee", "touch", "base64", "vi", "vim", "nano", "cd", "mkdir",
  ]

  static let verbs = [
    "annotate", "api-resources", "apply", "cluster-info", "config", "create", "delete",
    "describe", "edit", "events", "exec", "explain", "expose", "get", "label", "logs", "patch",
    "port-forward", "replace", "rollout", "run", "scale", "set", "version", "wait",
  ]

  /// Verbs whose first argument is a resource type (or type/name).
  static let typedVerbs: Set<String> = [
    "get", "describe", "delete", "edit", "label", "annotate", "patch", "scale", "expose",
    "explain", "wait",
  ]

  /// Verbs whose first argument is a pod (or type/name).
  static let podVerbs: Set<String> = ["logs", "exec", "port-forward", "attach"]

  static let resourceTypes = [
    "all", "daemonsets", "deployments", "endpoints", "endpointslices", "events", "namespaces",
    "nodes", "pods", "replicasets", "services", "deploy", "ds", "ep", "ns", "no", "po", "rs", "svc",
  ]

  static let subcommands: [String: [String]] = [
    "create": [
      "deployment", "service", "namespace", "-f",
    ],
    "rollout": ["history", "pause", "restart", "resume", "status", "undo"],
    "set": ["env", "image", "selector"],
    "config": ["current-context", "get-contexts", "set-context", "use-context", "view"],
  ]

  static let serviceTypes = ["clusterip", "externalname", "loadbalancer", "nodeport"]

  static let flags = [
    "--all-namespaces", "--container", "--dry-run=client", "--filename", "--force",
    "--grace-period", "--image", "--labels", "--name", "--namespace", "--no-headers", "--output",
    "--overwrite", "--port", "--replicas", "--restart=Never", "--rm", "--selector",
    "--show-labels", "--sort-by", "--target-port", "--tcp", "--type", "--watch", "-A", "-c",
    "-f", "-it", "-l", "-n", "-o", "-w",
  ]

  /// Flags that take the next word as their value.
  static let valueFlags: Set<String> = [
    "-n", "--namespace", "-o", "--output", "-l", "--selector", "-f", "--filename", "-c",
    "--container", "--image", "--replicas", "--port", "--target-port", "--type", "--name",
    "--tcp", "--sort-by", "--grace-period", "--labels",
  ]

  static let outputFormats = ["custom-columns=", "json", "jsonpath=", "name", "wide", "yaml"]

  static let serviceTypeValues = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"]
}
