import ClusterSim

/// A `kubectl port-forward` the learner started: localhost:localPort → pod:remotePort.
public struct PortForward: Equatable, Sendable {
  public var localPort: Int32
  public var namespace: String
  public var pod: String
  public var remotePort: Int32
}

/// A background job of the shell (`command &`).
public struct ShellJob: Equatable, Sendable {
  public var id: Int
  public var command: String
  public var forward: PortForward?
}

extension Shell {
  /// The port-forward listening on `localPort`, if any.
  func portForward(localPort: Int32) -> PortForward? {
    jobs.compactMap(\.forward).first { $0.localPort == localPort }
  }

  /// Registers a background job and returns its number.
  @discardableResult
  func addJob(_ command: String, forward: PortForward?) -> Int {
    let id = (jobs.map(\.id).max() ?? 0) + 1
    jobs.append(ShellJob(id: id, command: command, forward: forward))
    return id
  }

  /// Stands for a process id in `[1] 4242`.
  func processID(for job: Int) -> Int { 4200 + job * 17 }

  static func jobsTool(_ context: inout ToolContext) -> Int32 {
    let jobs = context.shell.jobs
    for (index, job) in jobs.enumerated() {
      let marker = index == jobs.count - 1 ? "+" : (index == jobs.count - 2 ? "-" : " ")
      let state = "Running".padding(toLength: 24, withPad: " ", startingAt: 0)
      context.output.line("[\(job.id)]\(marker)  \(state)\(job.command) &")
    }
    return 0
  }

  /// The job a `%N` (or no) argument names.
  func job(named argument: String?) -> ShellJob? {
    guard let argument else { return jobs.last }
    let text = argument.hasPrefix("%") ? String(argument.dropFirst()) : argument
    if text == "+" || text == "%" || text.isEmpty { return jobs.last }
    guard let id = Int(text) else { return nil }
    return jobs.first { $0.id == id }
  }

  static func killTool(_ context: inout ToolContext) -> Int32 {
    let shell = context.shell
    let targets = context.arguments.filter { !$0.hasPrefix("-") || $0.hasPrefix("%") }
    guard !targets.isEmpty else {
      context.output.errorLine("\(shell.location.shellName): kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]")
      return 2
    }
    var code: Int32 = 0
    for target in targets {
      let job = target.hasPrefix("%")
        ? shell.job(named: target)
        : shell.jobs.first { String(shell.processID(for: $0.id)) == target }
      guard let job else {
        context.output.errorLine("\(shell.location.shellName): kill: \(target): \(target.hasPrefix("%") ? "no such job" : "(\(target)) - No such process")")
        code = 1
        continue
      }
      shell.jobs.removeAll { $0.id == job.id }
      let marker = "+"
      context.output.line("[\(job.id)]\(marker)  " + "Terminated".padding(toLength: 24, withPad: " ", startingAt: 0) + job.command)
    }
    return code
  }

  static func fgTool(_ context: inout ToolContext) -> Int32 {
    let shell = context.shell
    guard let job = shell.job(named: context.arguments.first) else {
      context.output.errorLine("\(shell.location.shellName): fg: \(context.arguments.first ?? "current"): no such job")
      return 1
    }
    context.output.line(job.command)
    context.output.errorLine(Notes.foregroundJob(language: shell.language))
    context.output.line("^C")
    shell.jobs.removeAll { $0.id == job.id }
    return 130
  }
}

extension Notes {
  static func foregroundJob(language: Language) -> String {
    switch language {
    case .en: return "kubetutor: in the foreground it would hold this terminal until Ctrl-C; kubetutor stops it now, as Ctrl-C would."
    case .ko: return "kubetutor: 포그라운드에서는 Ctrl-C를 누를 때까지 이 터미널을 붙잡고 있습니다. kubetutor는 Ctrl-C를 누른 것처럼 지금 멈춥니다."
    }
  }

  static func portForwardBackground(language: Language) -> String {
    switch language {
    case .en: return "kubetutor: a real terminal would now be busy with port-forward (open another one to use it); here it keeps running in the background. Stop it with: kill %1"
    case .ko: return "kubetutor: 실제 터미널이라면 port-forward가 터미널을 계속 차지합니다(다른 터미널을 열어 사용). 여기서는 백그라운드에서 계속 실행됩니다. 멈추려면: kill %1"
    }
  }
}
