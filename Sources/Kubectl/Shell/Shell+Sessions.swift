import ClusterSim

/// What happens when the learner leaves a nested shell with `exit`.
enum ExitAction: Equatable {
  case none
  /// `kubectl run --rm -it`: the pod is deleted when the shell ends.
  case deletePod(namespace: String, name: String)
  /// `kubectl run -it` without --rm: the pod stays; kubectl says how to attach again.
  case sessionEnded(pod: String, container: String)
}

extension Shell {
  /// Enters a node (ssh) or a container (exec -it); `exit` comes back.
  func enter(_ location: Location, onExit action: ExitAction = .none) {
    sessionStack.append((self.location, action))
    variableStack.append(variables)
    variables = startingVariables(for: location)
    self.location = location
    effects.append(.locationChanged(location))
  }

  /// Leaves the current nested shell; returns false on the laptop.
  func leave(into output: inout Output) -> Bool {
    guard let (previous, action) = sessionStack.popLast() else { return false }
    if case .node = location { output.line("logout") }
    if case .node(let name) = location { output.line("Connection to \(name) closed.") }
    location = previous
    if let saved = variableStack.popLast() { variables = saved }
    effects.append(.locationChanged(previous))
    switch action {
    case .none: break
    case .deletePod(let namespace, let name):
      _ = try? cluster.state.delete(ObjectKey(.pod, namespace: namespace, name: name), options: DeleteOptions(gracePeriodSeconds: 0))
      output.line("pod \"\(name)\" deleted")
    case .sessionEnded(let pod, let container):
      output.line("Session ended, resume using 'kubectl attach \(pod) -c \(container) -i -t' command when the pod is running")
    }
    return true
  }

  /// The pod and container the shell is in, if it is in one.
  var currentContainer: (pod: Pod, container: Container, image: ImageInfo?)? {
    guard case .container(let namespace, let name, let containerName) = location,
      let pod = cluster.state.store.get(Pod.self, namespace, name),
      let container = pod.spec.containers.first(where: { $0.name == containerName })
    else { return nil }
    return (pod, container, ImageCatalogue.lookup(container.image))
  }

  /// Tools that exist inside containers when the image ships them (busybox applets and
  /// coreutils), mapped to kubetutor's implementations.
  static let containerToolImplementations: [String: Tool] = [
    "echo": TextTools.echo, "printf": TextTools.printf, "cat": TextTools.cat, "getent": GetentTool.run,
    "head": TextTools.head, "tail": TextTools.tail, "wc": TextTools.wc, "sort": TextTools.sort,
    "uniq": TextTools.uniq, "cut": TextTools.cut, "tr": TextTools.tr, "tee": TextTools.tee,
    "base64": TextTools.base64,
    "grep": PatternTools.grep, "sed": PatternTools.sed, "awk": Awk.run, "ls": FileTools.ls,
    "sleep": ShellBuiltins.sleep, "true": { _ in 0 }, "false": { _ in 1 },
    "test": TestBuiltin.run, "[": TestBuiltin.run, "seq": SeqTool.run,
    "break": Shell.loopBuiltin, "continue": Shell.loopBuiltin,
    "env": ContainerTools.env, "printenv": ContainerTools.env, "hostname": HostTools.hostname,
    "date": { context in
      context.output.line(Shell.dateText(context.shell.cluster.clock.now))
      return 0
    },
    "export": ShellBuiltins.export, "unset": ShellBuiltins.unset, "cd": { _ in 0 },
    "pwd": { $0.output.line("/"); return 0 },
    "wget": WgetTool.run, "curl": CurlTool.run, "nslookup": NslookupTool.run, "ping": PingTool.run,
    "ip": HostTools.ip,
    "exit": { context in
      var output = Output()
      _ = context.shell.leave(into: &output)
      context.output.append(output)
      return 0
    },
  ]
}

/// Commands as they behave inside a container.
enum ContainerTools {
  static func env(_ context: inout ToolContext) -> Int32 {
    guard let (pod, container, _) = context.shell.currentContainer else { return 1 }
    for line in ContainerEnvironment.variables(pod: pod, container: container, state: context.shell.cluster.state) {
      context.output.line(line)
    }
    return 0
  }

  static func hostname(_ context: inout ToolContext) -> Int32 {
    guard let (pod, _, _) = context.shell.currentContainer else { return 1 }
    context.output.line(pod.spec.hostname ?? pod.name)
    return 0
  }
}

/// The environment a container starts with: its own variables, kubelet's defaults and the
/// Service variables of Services that existed when the pod started (enableServiceLinks).
enum ContainerEnvironment {
  static func variables(pod: Pod, container: Container, state: ClusterState) -> [String] {
    var lines = [
      "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      "HOSTNAME=\(pod.spec.hostname ?? pod.name)",
    ]
    // Variables the image itself sets (its Dockerfile's ENV lines) come before the pod's own.
    if ImageCatalogue.lookup(container.image)?.app == .nginx {
      let version = HTTPApps.nginxVersion(container.image)
      lines.append("NGINX_VERSION=\(version)")
      // Only the current image's companion versions are known here; older tags show the main one.
      if version == "1.27.5" {
        lines += ["NJS_VERSION=0.8.10", "NJS_RELEASE=1~bookworm", "PKG_RELEASE=1~bookworm", "DYNPKG_RELEASE=1~bookworm"]
      }
    }
    for variable in container.env { lines.append("\(variable.name)=\(variable.value ?? "")") }
    var services: [Service] = []
    if pod.spec.enableServiceLinks != false {
      services += state.store.list(Service.self, in: pod.namespace)
    }
    if pod.namespace != "default", let kubernetes = state.store.get(Service.self, "default", "kubernetes") {
      services.append(kubernetes)
    }
    let started = pod.metadata.creationTimestamp ?? state.now
    for service in services where service.clusterIPAddress != nil {
      guard (service.metadata.creationTimestamp ?? started) <= started, let port = service.spec.ports.first else { continue }
      let prefix = service.name.uppercased().replacingOccurrences(of: "-", with: "_")
      let ip = service.spec.clusterIP!
      lines.append("\(prefix)_SERVICE_HOST=\(ip)")
      lines.append("\(prefix)_SERVICE_PORT=\(port.port)")
      if let name = port.name, !name.isEmpty {
        lines.append("\(prefix)_SERVICE_PORT_\(name.uppercased().replacingOccurrences(of: "-", with: "_"))=\(port.port)")
      }
      lines.append("\(prefix)_PORT=\(port.proto.lowercased())://\(ip):\(port.port)")
      for port in service.spec.ports {
        let base = "\(prefix)_PORT_\(port.port)_\(port.proto)"
        lines.append("\(base)=\(port.proto.lowercased())://\(ip):\(port.port)")
        lines.append("\(base)_PROTO=\(port.proto.lowercased())")
        lines.append("\(base)_PORT=\(port.port)")
        lines.append("\(base)_ADDR=\(ip)")
      }
    }
    lines.append("HOME=/root")
    return lines
  }
}

extension Shell {
  /// Where a location's own files live (a node's or a container's disk), by key.
  var filesKey: String {
    switch location {
    case .laptop: return ""
    case .node(let name): return "node/\(name)"
    case .container(let namespace, let pod, _): return "pod/\(namespace)/\(pod)"
    }
  }

  /// The file system of where the learner is: the workspace on the laptop, the node's or
  /// the container's own (empty at first) disk elsewhere.
  public var files: Workspace {
    if case .laptop = location { return workspace }
    if let existing = hostFiles[filesKey] { return existing }
    let created = MemoryWorkspace()
    for folder in location.isNode ? ["root", "tmp", "etc"] : ["tmp", "etc"] {
      try? created.makeDirectory(folder)
    }
    hostFiles[filesKey] = created
    return created
  }

  /// A path as the file system of the current location names it, or nil when it is outside
  /// what the learner may touch (absolute paths on the laptop outside the home folder).
  public func resolvePath(_ path: String) -> String? {
    if case .laptop = location { return normalizedPath(path, cwd: cwd) }
    var parts: [String] = path.hasPrefix("/") ? [] : (location.isNode ? ["root"] : [])
    for part in path.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      case "~": parts = location.isNode ? ["root"] : []
      default: parts.append(String(part))
      }
    }
    return parts.joined(separator: "/")
  }
}

extension Location {
  var isNode: Bool {
    if case .node = self { return true }
    return false
  }
}
