/// Help text in kubectl's layout (the wording is kubetutor's own).
enum KubectlHelp {
  static func overview() -> String {
    var text = "kubectl controls the Kubernetes cluster manager (here: kubetutor's simulated cluster).\n\n"
    let groups: [(String, [String])] = [
      ("Basic Commands (Beginner)", ["create", "expose", "run", "set"]),
      ("Basic Commands (Intermediate)", ["explain", "get", "edit", "delete"]),
      ("Deploy Commands", ["rollout", "scale"]),
      ("Cluster Management Commands", ["cluster-info"]),
      ("Troubleshooting and Debugging Commands", ["describe", "logs", "exec", "port-forward", "events"]),
      ("Advanced Commands", ["apply", "patch", "replace", "wait"]),
      ("Settings Commands", ["label", "annotate"]),
      ("Other Commands", ["api-resources", "config", "version"]),
    ]
    for (title, names) in groups {
      text += "\(title):\n"
      for name in names {
        guard let verb = KubectlVerbs.all.first(where: { $0.name == name }) else { continue }
        text += "  " + name.padding(toLength: 16, withPad: " ", startingAt: 0) + verb.summary + "\n"
      }
      text += "\n"
    }
    text += "Usage:\n  kubectl [flags] [options]\n\n"
    text += "Use \"kubectl <command> --help\" for more information about a given command.\n"
    return text
  }

  static func text(for verb: Verb, path: [String]) -> String {
    var text = verb.description + "\n\n"
    if !verb.subcommands.isEmpty {
      text += "Available Commands:\n"
      let width = max(14, (verb.subcommands.map(\.name.count).max() ?? 0) + 2)
      for sub in verb.subcommands {
        text += "  " + sub.name.padding(toLength: width, withPad: " ", startingAt: 0) + sub.summary + "\n"
      }
      text += "\n"
    }
    if !verb.examples.isEmpty {
      text += "Examples:\n"
      for (index, example) in verb.examples.enumerated() {
        if index > 0 { text += "\n" }
        text += "  # \(example.comment)\n  \(example.command)\n"
      }
      text += "\n"
    }
    let visible = verb.flags.filter { !$0.hidden }
    if !visible.isEmpty {
      text += "Options:\n"
      for flag in visible.sorted(by: { $0.name < $1.name }) {
        let short = flag.short.map { "-\($0), " } ?? ""
        let value = flag.kind == .stringArray ? "[]" : flag.defaultText
        text += "    \(short)--\(flag.name)=\(value.isEmpty && flag.kind != .bool ? "''" : value):\n"
        text += "\t\(flag.help)\n\n"
      }
    }
    text += "Usage:\n  \(verb.usage)\n\n"
    text += "Use \"kubectl options\" for a list of global command-line options (applies to all commands).\n"
    return text
  }
}
