/// What a container's main process does, judged from its image, command and arguments.
public struct ProcessModel: Equatable {
  /// Seconds after start at which the process exits; nil when it keeps running.
  var exitsAfter: Double?
  var exitCode: Int32
  /// The executable that is not in the image, when the container cannot start.
  var missingExecutable: String?

  static let coreutils: Set<String> = [
    "sh", "sleep", "tail", "cat", "echo", "date", "true", "false", "env", "ls", "head", "grep",
    "hostname", "printenv", "wc", "sort", "touch", "mkdir", "rm", "cp", "mv", "test", "[",
    "yes", "uname", "id", "ps", "which", "awk", "sed",
  ]

  /// Commands that keep running on their own.
  static let servers: Set<String> = [
    "nginx", "httpd", "httpd-foreground", "redis-server", "postgres", "docker-entrypoint.sh",
    "/docker-entrypoint.sh", "coredns", "etcd", "kube-apiserver", "kube-proxy", "flanneld",
    "kube-controller-manager", "kube-scheduler",
  ]

  public static func available(_ executable: String, in image: ImageInfo) -> Bool {
    let name = executable.split(separator: "/").last.map(String.init) ?? executable
    if image.tools.contains(name) || servers.contains(name) || servers.contains(executable) {
      return true
    }
    return image.tools.contains("sh") && coreutils.contains(name)
  }

  /// The process of `container` running `image`.
  static func of(_ container: Container, image: ImageInfo) -> ProcessModel {
    var argv: [String] = []
    if let command = container.command, !command.isEmpty {
      argv = command + (container.args ?? [])
    } else if let args = container.args, !args.isEmpty, image.tools.contains("sh") {
      argv = args
    }
    if argv.isEmpty {
      if image.app == .postgres,
        !container.env.contains(where: { $0.name == "POSTGRES_PASSWORD" && !($0.value ?? "").isEmpty })
      {
        return ProcessModel(exitsAfter: 0.4, exitCode: 1)
      }
      switch image.lifetime {
      case .runsForever: return ProcessModel(exitsAfter: nil, exitCode: 0)
      case .exits(let code):
        if container.tty == true || container.stdin == true {
          return ProcessModel(exitsAfter: nil, exitCode: 0)
        }
        return ProcessModel(exitsAfter: 0.1, exitCode: code)
      }
    }
    let executable = argv[0]
    let name = executable.split(separator: "/").last.map(String.init) ?? executable
    guard available(executable, in: image) else {
      return ProcessModel(exitsAfter: 0, exitCode: 128, missingExecutable: executable)
    }
    switch name {
    case "sh", "bash", "ash":
      guard let flag = argv.firstIndex(of: "-c"), flag + 1 < argv.count else {
        if container.tty == true || container.stdin == true {
          return ProcessModel(exitsAfter: nil, exitCode: 0)
        }
        return ProcessModel(exitsAfter: 0.1, exitCode: 0)
      }
      return script(argv[flag + 1])
    case "sleep":
      return sleep(argv.dropFirst().first)
    case "tail":
      return argv.contains("-f") || argv.contains("-F")
        ? ProcessModel(exitsAfter: nil, exitCode: 0) : ProcessModel(exitsAfter: 0.1, exitCode: 0)
    case "false": return ProcessModel(exitsAfter: 0.1, exitCode: 1)
    case "yes": return ProcessModel(exitsAfter: nil, exitCode: 0)
    default:
      if servers.contains(name) || image.app != .none && !coreutils.contains(name) {
        return ProcessModel(exitsAfter: nil, exitCode: 0)
      }
      return ProcessModel(exitsAfter: 0.2, exitCode: 0)
    }
  }

  static func sleep(_ argument: String?) -> ProcessModel {
    guard let argument else { return ProcessModel(exitsAfter: 0.1, exitCode: 1) }
    if argument == "infinity" { return ProcessModel(exitsAfter: nil, exitCode: 0) }
    var text = argument
    var unit = 1.0
    switch text.last {
    case "s": text.removeLast()
    case "m": text.removeLast(); unit = 60
    case "h": text.removeLast(); unit = 3600
    case "d": text.removeLast(); unit = 86400
    default: break
    }
    guard let seconds = Double(text), seconds >= 0 else {
      return ProcessModel(exitsAfter: 0.1, exitCode: 1)
    }
    return ProcessModel(exitsAfter: max(0.1, seconds * unit), exitCode: 0)
  }

  /// A shell script: loops and `sleep infinity` keep it running; otherwise it lasts as long
  /// as its sleeps.
  static func script(_ text: String) -> ProcessModel {
    if text.contains("while true") || text.contains("while :") || text.contains("sleep infinity")
      || text.contains("tail -f") || text.contains("for (;;)")
    {
      return ProcessModel(exitsAfter: nil, exitCode: 0)
    }
    var total = 0.1
    let words = text.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "&" || $0 == "\n" })
      .map(String.init)
    for (index, word) in words.enumerated() where word == "sleep" && index + 1 < words.count {
      total += sleep(words[index + 1]).exitsAfter ?? 0
    }
    let code: Int32 = text.contains("exit 1") || text.hasPrefix("false") ? 1 : 0
    return ProcessModel(exitsAfter: total, exitCode: code)
  }
}

extension ProcessModel {
  /// Builtins of a POSIX shell, present wherever there is a shell.
  public static func isShellBuiltin(_ name: String) -> Bool {
    ["echo", "printf", "cd", "pwd", "export", "unset", "exit", "true", "false", "test", "[", "break", "continue"].contains(name)
  }
}
