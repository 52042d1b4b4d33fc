/// The language of kubetutor's own messages (kubectl and tools always speak English).
public enum Language: String, CaseIterable, Equatable, Sendable {
  case en
  case ko
}

/// Where the learner's shell is: on the laptop, on a node over ssh, or in a container.
public enum Location: Equatable, Hashable, Sendable {
  case laptop
  case node(String)
  case container(namespace: String, pod: String, container: String)

  /// The prompt bash or sh would show there.
  public func prompt(cwd: String) -> String {
    switch self {
    case .laptop:
      return "user@laptop:\(cwd.isEmpty ? "~" : "~/" + cwd)$ "
    case .node(let name): return "root@\(name):~# "
    case .container: return "/ # "
    }
  }

  /// The prefix of `command not found` errors: bash, a login bash, or busybox sh.
  var shellName: String {
    switch self {
    case .laptop: return "bash"
    case .node: return "-bash"
    case .container: return "sh"
    }
  }
}

/// Something the front end must do after a command, beyond printing its output.
public enum ShellEffect: Equatable, Sendable {
  case clearScreen
  /// The learner asked to leave kubetutor (`exit` on the laptop is not that: see `quit`).
  case locationChanged(Location)
}
