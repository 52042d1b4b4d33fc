import ClusterSim

/// A command the shell can run.
typealias Tool = @Sendable (inout ToolContext) -> Int32

extension Shell {
  /// Tools on the learner's laptop.
  static let laptopTools: [String: Tool] = [
    "echo": TextTools.echo, "printf": TextTools.printf, "cat": TextTools.cat,
    "head": TextTools.head, "tail": TextTools.tail, "wc": TextTools.wc, "sort": TextTools.sort,
    "uniq": TextTools.uniq, "cut": TextTools.cut, "tr": TextTools.tr, "tee": TextTools.tee,
    "base64": TextTools.base64, "grep": PatternTools.grep, "egrep": PatternTools.grep,
    "sed": PatternTools.sed, "awk": Awk.run, "ls": FileTools.ls, "rm": FileTools.rm,
    "cp": { FileTools.copy(&$0, move: false) }, "mv": { FileTools.copy(&$0, move: true) },
    "mkdir": FileTools.mkdir, "touch": FileTools.touch, "cd": FileTools.cd,
    "pwd": { $0.output.line($0.shell.variable("PWD")); return 0 },
    "export": ShellBuiltins.export, "unset": ShellBuiltins.unset, "alias": ShellBuiltins.alias,
    "unalias": ShellBuiltins.unalias, "history": ShellBuiltins.history,
    "env": ShellBuiltins.env, "printenv": ShellBuiltins.env, "which": ShellBuiltins.which,
    "sleep": ShellBuiltins.sleep, "true": { _ in 0 }, "false": { _ in 1 },
    "test": TestBuiltin.run, "[": TestBuiltin.run, "seq": SeqTool.run,
    "break": Shell.loopBuiltin, "continue": Shell.loopBuiltin,
    "clear": { $0.shell.effects.append(.clearScreen); return 0 },
    "help": Shell.help, "kubectl": { $0.shell.kubectl.run(&$0) },
    "curl": CurlTool.run, "ping": PingTool.run, "ssh": SshTool.run, "trace": TraceTool.run,
    "jobs": Shell.jobsTool, "kill": Shell.killTool, "fg": Shell.fgTool, "hostname": HostTools.hostname,
    "date": { context in
      context.output.line(Shell.dateText(context.shell.cluster.clock.now))
      return 0
    },
    "exit": { context in
      context.output.errorLine(context.shell.language == .ko
        ? "(kubetutor를 끝내려면 quit를 입력하세요)" : "(type quit to leave kubetutor)")
      return 0
    },
    // The laptop's terminal runs bash as an ordinary (non-login) shell.
    "logout": { context in
      context.output.errorLine("bash: logout: not login shell: use `exit'")
      return 1
    },
  ]

  /// The tools available where the learner is now.
  var tools: [String: Tool] {
    switch location {
    case .laptop: return Shell.laptopTools
    case .node: return Shell.nodeTools
    case .container:
      guard let (_, _, image) = currentContainer else { return [:] }
      var available: [String: Tool] = ["trace": TraceTool.run]
      for (name, tool) in Shell.containerToolImplementations
      where image?.tools.contains(name) == true || ProcessModel.isShellBuiltin(name) && image?.tools.contains("sh") == true
        || (image?.tools.contains("sh") == true && ["sleep", "env", "hostname", "cat", "ls", "echo", "date"].contains(name))
      {
        available[name] = tool
      }
      // Programs the image really has but kubetutor does not simulate say so, rather than
      // pretending they are missing.
      for name in image?.tools ?? [] where available[name] == nil && name != "sh" && name != "bash" {
        available[name] = { context in
          context.output.errorLine(
            context.shell.language == .ko
              ? "kubetutor: \(context.name) 명령은 이 이미지에 들어 있지만 kubetutor에서는 시뮬레이션하지 않습니다. wget, curl, nslookup 등을 써 보세요."
              : "kubetutor: the image has \(context.name), but kubetutor does not simulate it; try wget, curl or nslookup.")
          return 1
        }
      }
      return available
    }
  }

  /// Tools on a node (root shell over ssh).
  static let nodeTools: [String: Tool] = {
    var tools = laptopTools
    tools["exit"] = { context in
      var output = Output()
      _ = context.shell.leave(into: &output)
      context.output.append(output)
      return 0
    }
    // ssh gives a login shell, which `logout` leaves as `exit` does.
    tools["logout"] = tools["exit"]
    tools["ip"] = HostTools.ip
    tools["iptables"] = HostTools.iptables
    tools["getent"] = GetentTool.run
    return tools
  }()

  /// The path `which` prints for a command, or nil when it does not exist here.
  func commandPath(_ name: String) -> String? {
    guard tools[name] != nil else { return nil }
    let builtins: Set<String> = [
      "cd", "export", "unset", "alias", "unalias", "history", "help", "exit", "logout", "pwd", "echo",
      "printf", "true", "false", "break", "continue",
    ]
    if builtins.contains(name) { return name == "echo" || name == "printf" ? "/usr/bin/\(name)" : nil }
    return name == "kubectl" ? "/usr/local/bin/kubectl" : "/usr/bin/\(name)"
  }

  /// Files that exist outside the workspace where the learner is (e.g. /etc/resolv.conf in
  /// a pod); nil for workspace paths.
  func virtualFile(_ path: String) -> String? { HostTools.virtualFile(path, shell: self) }

  func dispatch(_ context: inout ToolContext) -> Int32 {
    guard let tool = tools[context.name] else {
      switch location {
      case .container where usesDash:
        // dash names the line of its input, which is always 1 for a typed command.
        context.output.errorLine("sh: 1: \(context.name): not found")
      case .container:
        context.output.errorLine("sh: \(context.name): not found")
      default:
        context.output.errorLine("\(location.shellName): \(context.name): command not found")
      }
      return 127
    }
    return tool(&context)
  }

  /// `date`'s default format in the C locale: `Thu Nov 26 14:07:07 UTC 2026`.
  static func dateText(_ instant: Instant) -> String {
    let parts = instant.rfc1123Z.split(separator: " ")
    // "Thu, 26 Nov 2026 14:07:07 +0000" → "Thu Nov 26 14:07:07 UTC 2026"
    guard parts.count == 6 else { return instant.rfc1123Z }
    let day = String(parts[1]).hasPrefix("0") ? " " + String(parts[1].dropFirst()) : String(parts[1])
    return "\(parts[0].dropLast()) \(parts[2]) \(day) \(parts[4]) UTC \(parts[3])"
  }

  static func help(_ context: inout ToolContext) -> Int32 {
    context.output.out(ShellHelp.text(context.shell.language))
    return 0
  }
}

/// kubetutor's summary of what the shell understands.
enum ShellHelp {
  static func text(_ language: Language) -> String {
    switch language {
    case .en:
      return """
        kubetutor shell: a simulated laptop next to a simulated kubeadm cluster.
          kubectl (alias k)       talk to the cluster: get, describe, create, apply, expose, ...
          network                 curl ping ssh NODE (then exit) trace URL (kubetutor's own)
          on a node               also ip, iptables -t nat -L
          in a pod                kubectl exec -it POD -- sh: the image's tools (wget, nslookup, ...)
          jobs                    COMMAND &  jobs  kill %1  fg  (kubectl port-forward ... &)
          text tools              cat echo grep head tail wc sort uniq cut tr sed awk tee base64 seq
          files                   ls cat rm cp mv mkdir touch cd pwd (your workspace folder)
          shell                   export alias unalias history clear env sleep date [ ]
          shell syntax            | > >> <<EOF $VAR $(...) $((1+2)) {1..5} && || ; for/while loops

        """
    case .ko:
      return """
        kubetutor 셸: 시뮬레이션된 노트북과 kubeadm 클러스터입니다.
          kubectl (별칭 k)        클러스터 조작: get, describe, create, apply, expose, ...
          네트워크                curl ping ssh 노드(나올 때는 exit) trace URL(kubetutor 전용)
          노드 안에서             ip, iptables -t nat -L도 사용 가능
          파드 안에서             kubectl exec -it 파드 -- sh: 이미지에 든 도구(wget, nslookup, ...)
          작업 제어               명령 &  jobs  kill %1  fg  (kubectl port-forward ... &)
          텍스트 도구             cat echo grep head tail wc sort uniq cut tr sed awk tee base64 seq
          파일                    ls cat rm cp mv mkdir touch cd pwd (작업 폴더 안에서)
          셸                      export alias unalias history clear env sleep date [ ]
          셸 문법                 | > >> <<EOF $VAR $(...) $((1+2)) {1..5} && || ; for/while 반복문

        """
    }
  }
}
