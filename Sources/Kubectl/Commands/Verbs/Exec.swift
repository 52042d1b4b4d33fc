import ClusterSim

extension KubectlVerbs {
  static let exec = Verb(
    name: "exec", summary: "Execute a command in a container",
    description: "Run a command in a running container, or open a shell in it with -it ... -- sh.",
    usage: "kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...] [options]",
    examples: [
      ("Fetch a page from inside a pod", "kubectl exec client -- wget -qO- http://web"),
      ("Open a shell in a pod (exit to leave)", "kubectl exec -it client -- sh"),
    ],
    flags: [
      FlagSpec("container", "c", .string, "The container to run the command in."),
      FlagSpec("stdin", "i", .bool, "Pass standard input to the command."),
      FlagSpec("tty", "t", .bool, "Allocate a terminal."),
      FlagSpec("quiet", "q", .bool, "Print only the command's output."),
      FlagSpec("filename", "f", .stringArray, "The pod named in this file."),
      FlagSpec("pod-running-timeout", nil, .duration, default: "1m0s", "How long to wait for the pod to run."),
    ],
    run: { runExec(&$0) })

  static func runExec(_ invocation: inout Invocation) -> Int32 {
    guard let target = invocation.arguments.first else {
      return invocation.usageError("pod, type/name or --filename must be specified")
    }
    guard let command = invocation.flags.afterDash else {
      if invocation.arguments.count > 1 {
        invocation.errorLine("error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead")
        invocation.errorLine("See 'kubectl exec -h' for help and examples")
        return 1
      }
      return invocation.usageError("you must specify at least one command for the container")
    }
    guard !command.isEmpty else {
      return invocation.usageError("you must specify at least one command for the container")
    }
    guard let pod = podFor(target, invocation: &invocation) else { return 1 }
    return ContainerExec.run(
      command, in: pod, container: invocation.flags.string("container"),
      interactive: invocation.flags.bool("stdin") && invocation.flags.bool("tty"),
      stdin: invocation.flags.bool("stdin") ? invocation.context.stdin : nil, invocation: &invocation)
  }
}

/// Running a command in a container: one-shot, or an interactive shell the learner enters.
enum ContainerExec {
  static func run(
    _ command: [String], in pod: Pod, container requested: String?, interactive: Bool, stdin: String?,
    invocation: inout Invocation, onExit: ExitAction = .none, asMainProcess: Bool = false
  ) -> Int32 {
    guard let container = requested.flatMap({ name in pod.spec.containers.first { $0.name == name } }) ?? pod.spec.containers.first else {
      invocation.errorLine("error: container \(requested ?? "") not found in pod \(pod.name)")
      return 1
    }
    if pod.spec.containers.count > 1 && requested == nil {
      invocation.errorLine("Defaulted container \"\(container.name)\" out of: \(pod.spec.containers.map(\.name).joined(separator: ", "))")
    }
    if !asMainProcess && (pod.status.phase == "Succeeded" || pod.status.phase == "Failed") {
      invocation.errorLine("error: cannot exec into a container in a completed pod; current phase is \(pod.status.phase!)")
      return 1
    }
    let running = pod.status.containerStatuses.first { $0.name == container.name }.map { status -> Bool in
      if case .running = status.state { return true }
      if asMainProcess, case .terminated = status.state { return true }
      return false
    } ?? false
    guard running else {
      invocation.errorLine("error: unable to upgrade connection: container not found (\"\(container.name)\")")
      return 1
    }
    let shell = invocation.shell
    let image = ImageCatalogue.lookup(container.image)
    let executable = command[0].split(separator: "/").last.map(String.init) ?? command[0]
    let isShell = ["sh", "bash", "ash"].contains(executable)
    let present = image.map { ProcessModel.available(command[0], in: $0) || ($0.tools.contains("sh") && isShell) } ?? false
    guard present else {
      invocation.errorLine(
        "error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec \"\(shell.cluster.state.random.identifiers.hex(count: 64))\": OCI runtime exec failed: exec failed: unable to start container process: exec: \"\(command[0])\": executable file not found in $PATH: unknown")
      return 1
    }
    let location = Location.container(namespace: pod.namespace, pod: pod.name, container: container.name)
    if isShell && command.count == 1 {
      if interactive {
        shell.enter(location, onExit: onExit)
        return 0
      }
      return 0
    }
    let saved = shell.location
    let savedStack = shell.sessionStack
    let savedVariables = shell.variables
    let savedVariableStack = shell.variableStack
    shell.location = location
    shell.variables = shell.startingVariables(for: location)
    var output = Output()
    let code: Int32
    if isShell, let flag = command.firstIndex(of: "-c"), flag + 1 < command.count {
      code = shell.execute(command[flag + 1], into: &output)
    } else {
      var context = ToolContext(
        shell: shell, name: executable, arguments: Array(command.dropFirst()), stdin: stdin,
        toTerminal: true, background: false)
      code = shell.dispatch(&context)
      output = context.output
    }
    if shell.location == location || shell.sessionStack.count < savedStack.count {
      shell.location = saved
      shell.sessionStack = savedStack
      shell.variables = savedVariables
      shell.variableStack = savedVariableStack
    }
    invocation.context.output.append(output)
    if code != 0 {
      invocation.errorLine("command terminated with exit code \(code)")
    }
    return code
  }
}

/// `kubectl run -it [--rm] ... -- COMMAND`: create the pod, wait until it runs, run the
/// command attached, and delete the pod afterwards with --rm.
enum AttachedRun {
  static func run(_ pod: Pod, invocation: inout Invocation) -> Int32 {
    var pod = pod
    if pod.metadata.namespace == nil { pod.metadata.namespace = invocation.namespace }
    let created: Pod
    do { created = try invocation.cluster.state.create(pod) } catch {
      return invocation.fail(error)
    }
    let key = created.key
    var waited = 0.0
    let timeout = invocation.flags.string("pod-running-timeout").flatMap(DurationText.seconds) ?? 60
    while waited < timeout {
      guard let current = invocation.cluster.state.store.get(Pod.self, key.namespace, key.name) else { break }
      let started = current.status.containerStatuses.contains { status in
        if case .running = status.state { return true }
        if case .terminated = status.state { return true }
        return status.restartCount > 0
      }
      if started { break }
      guard invocation.shell.wait(1) else { return 130 }
      waited += 1
    }
    guard let current = invocation.cluster.state.store.get(Pod.self, key.namespace, key.name) else { return 1 }
    let remove = invocation.flags.bool("rm")
    let started = current.status.containerStatuses.contains { status in
      if case .waiting = status.state { return status.restartCount > 0 }
      return true
    }
    if !started {
      invocation.errorLine("error: timed out waiting for the condition")
      if remove {
        _ = try? invocation.cluster.state.delete(key, options: DeleteOptions(gracePeriodSeconds: 0))
        invocation.line("pod \"\(key.name)\" deleted")
      }
      return 1
    }
    let container = current.spec.containers[0]
    var argv = (container.command ?? []) + (container.args ?? [])
    let image = ImageCatalogue.lookup(container.image)
    if argv.isEmpty { argv = image?.tools.contains("sh") == true ? ["sh"] : [] }
    let interactiveShell = argv.count == 1 && ["sh", "bash", "ash", "/bin/sh", "/bin/bash"].contains(argv[0])
    if interactiveShell && invocation.flags.bool("tty") {
      if !invocation.flags.bool("quiet") {
        invocation.line("If you don't see a command prompt, try pressing enter.")
      }
      invocation.shell.enter(
        .container(namespace: key.namespace, pod: key.name, container: container.name),
        onExit: remove ? .deletePod(namespace: key.namespace, name: key.name) : .sessionEnded(pod: key.name, container: container.name))
      return 0
    }
    var code: Int32 = 0
    if !argv.isEmpty {
      code = ContainerExec.run(argv, in: current, container: nil, interactive: false, stdin: nil, invocation: &invocation, asMainProcess: true)
      // The error line "command terminated" is not printed by run; the pod's status says it.
      if code != 0, let last = invocation.context.output.chunks.last, last.stream == .error,
        last.text.split(separator: "\n").last?.hasPrefix("command terminated") == true
      {
        invocation.context.output = dropLastLine(invocation.context.output)
      }
    }
    if remove {
      _ = try? invocation.cluster.state.delete(key, options: DeleteOptions(gracePeriodSeconds: 0))
      invocation.line("pod \"\(key.name)\" deleted")
      if code != 0 {
        invocation.errorLine("pod \(key.namespace)/\(key.name) terminated (Error)")
      }
    } else if code != 0 {
      invocation.errorLine("pod \(key.namespace)/\(key.name) terminated (Error)")
    }
    return code
  }

  static func dropLastLine(_ output: Output) -> Output {
    var result = Output()
    for (index, chunk) in output.chunks.enumerated() {
      if index == output.chunks.count - 1 && chunk.stream == .error {
        var lines = chunk.text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        if !lines.isEmpty { lines.removeLast() }
        if !lines.isEmpty { result.err(lines.joined(separator: "\n") + "\n") }
      } else {
        result.append(chunk.stream, chunk.text)
      }
    }
    return result
  }
}
