import ClusterSim

extension KubectlVerbs {
  static let logs = Verb(
    name: "logs", summary: "Print the logs for a container in a pod",
    description: "Print what a container wrote to its output. Web servers log one line per request they served.",
    usage: "kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]",
    examples: [
      ("The log of pod nginx", "kubectl logs nginx"),
      ("The last 5 lines of a deployment's first pod", "kubectl logs deploy/web --tail=5"),
    ],
    flags: [
      FlagSpec("container", "c", .string, "The container to read."),
      FlagSpec("follow", "f", .bool, "Keep printing new lines (kubetutor prints what is there)."),
      FlagSpec("previous", "p", .bool, "The log of the previous, crashed container."),
      FlagSpec("tail", nil, .int, default: "-1", "Only the last N lines."),
      FlagSpec("timestamps", nil, .bool, "Prefix each line with its time."),
      FlagSpec("selector", "l", .string, "The pods with these labels."),
      FlagSpec("all-containers", nil, .bool, "Every container of the pod."),
      FlagSpec("prefix", nil, .bool, "Prefix each line with the pod and container name."),
      FlagSpec("since", nil, .duration, default: "0s", "Only lines newer than this."),
    ],
    run: { runLogs(&$0) })

  static func runLogs(_ invocation: inout Invocation) -> Int32 {
    let state = invocation.cluster.state
    var pods: [Pod] = []
    if let selector = invocation.flags.string("selector") {
      guard let query = try? ObjectQuery(invocation: invocation, allNamespaces: false) else { return 1 }
      _ = selector
      pods = query.list(.pod, in: state).compactMap { $0 as? Pod }
      if pods.isEmpty {
        invocation.errorLine("No resources found in \(invocation.namespace) namespace.")
        return 0
      }
    } else {
      guard let target = invocation.arguments.first else {
        invocation.errorLine("error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.")
        invocation.errorLine("POD or TYPE/NAME is a required argument for the logs command")
        invocation.errorLine("See 'kubectl logs -h' for help and examples")
        return 1
      }
      guard let pod = podFor(target, invocation: &invocation) else { return 1 }
      pods = [pod]
    }
    for pod in pods {
      var containerName = invocation.flags.string("container") ?? (invocation.arguments.count > 1 ? invocation.arguments[1] : nil)
      if containerName == nil {
        if pod.spec.containers.count > 1 && !invocation.flags.bool("all-containers") {
          invocation.errorLine("Defaulted container \"\(pod.spec.containers[0].name)\" out of: \(pod.spec.containers.map(\.name).joined(separator: ", "))")
        }
        containerName = pod.spec.containers.first?.name
      }
      guard let name = containerName, pod.spec.containers.contains(where: { $0.name == name }) else {
        invocation.errorLine("error: container \(containerName ?? "") is not valid for pod \(pod.name)")
        return 1
      }
      guard let status = pod.status.containerStatuses.first(where: { $0.name == name }), status.started == true || status.restartCount > 0 || { switch status.state { case .running, .terminated: return true; default: return false } }() else {
        let reason: String
        if case .waiting(let waiting, _)? = pod.status.containerStatuses.first(where: { $0.name == name })?.state {
          reason = waiting == "ImagePullBackOff" || waiting == "ErrImagePull" ? "trying and failing to pull image" : waiting
        } else {
          reason = "ContainerCreating"
        }
        invocation.errorLine("Error from server (BadRequest): container \"\(name)\" in pod \"\(pod.name)\" is waiting to start: \(reason)")
        return 1
      }
      var lines = ContainerLogs.lines(pod: pod, container: name, state: state, previous: invocation.flags.bool("previous"))
      if let tail = invocation.flags.int("tail"), tail >= 0 { lines = Array(lines.suffix(tail)) }
      if invocation.flags.bool("prefix") { lines = lines.map { "[pod/\(pod.name)/\(name)] " + $0 } }
      invocation.out(joinedLines(lines))
    }
    return 0
  }

  /// The pod named by `name` or `deploy/NAME`, `svc/NAME`, ...: the first pod behind it.
  static func podFor(_ target: String, invocation: inout Invocation) -> Pod? {
    let state = invocation.cluster.state
    let namespace = invocation.namespace
    let parts = target.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    guard parts.allSatisfy({ !$0.isEmpty }) else {
      invocation.errorLine("error: arguments in resource/name form must have a single resource and name")
      return nil
    }
    if parts.count == 1 || ResourceKind.named(parts[0]) == .pod {
      let name = parts.last!
      guard let pod = state.store.get(Pod.self, namespace, name) else {
        invocation.errorLine("Error from server (NotFound): pods \"\(name)\" not found")
        return nil
      }
      return pod
    }
    guard let kind = ResourceKind.named(parts[0]) else {
      invocation.errorLine("error: the server doesn't have a resource type \"\(parts[0])\"")
      return nil
    }
    var selector: [String: String]?
    switch kind {
    case .deployment: selector = state.store.get(Deployment.self, namespace, parts[1])?.spec.selector?.matchLabels
    case .replicaSet: selector = state.store.get(ReplicaSet.self, namespace, parts[1])?.spec.selector?.matchLabels
    case .daemonSet: selector = state.store.get(DaemonSet.self, namespace, parts[1])?.spec.selector?.matchLabels
    case .service: selector = state.store.get(Service.self, namespace, parts[1])?.spec.selector
    default:
      invocation.errorLine("error: cannot attach to *v1.\(kind.kind): selector for *v1.\(kind.kind) not implemented")
      return nil
    }
    guard let selector else {
      invocation.errorLine("Error from server (NotFound): \(kind.qualifiedPlural) \"\(parts[1])\" not found")
      return nil
    }
    let pods = state.store.pods(matching: selector, in: namespace).filter { $0.metadata.deletionTimestamp == nil }
    guard let pod = pods.sorted(by: { ($0.isReady ? 0 : 1, $0.name) < ($1.isReady ? 0 : 1, $1.name) }).first else {
      invocation.errorLine("error: timed out waiting for the condition")
      return nil
    }
    return pod
  }
}

/// What containers write to their logs, by image: start-up lines, then one line per request.
enum ContainerLogs {
  static func lines(pod: Pod, container: String, state: ClusterState, previous: Bool) -> [String] {
    guard let spec = pod.spec.containers.first(where: { $0.name == container }),
      let image = ImageCatalogue.lookup(spec.image),
      let status = pod.status.containerStatuses.first(where: { $0.name == container })
    else { return [] }
    var started = Instant(seconds: 0)
    if case .running(let at) = status.state { started = at }
    var lines: [String] = []
    switch image.app {
    case .nginx:
      let stamp = nginxStamp(started)
      lines = [
        "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
        "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
        "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
        "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
        "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
        "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
        "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
        "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
        "/docker-entrypoint.sh: Configuration complete; ready for start up",
        "\(stamp) [notice] 1#1: using the \"epoll\" event method",
        "\(stamp) [notice] 1#1: nginx/\(HTTPApps.nginxVersion(spec.image))",
        "\(stamp) [notice] 1#1: OS: Linux \(Node.kernelVersion)",
        "\(stamp) [notice] 1#1: start worker processes",
      ]
    case .httpd:
      let ip = pod.status.podIP ?? "127.0.0.1"
      lines = [
        "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using \(ip). Set the 'ServerName' directive globally to suppress this message",
        "[\(apacheStamp(started))] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.63 (Unix) configured -- resuming normal operations",
      ]
    case .helloApp:
      lines = ["\(goLogStamp(started)) Server listening on port 8080"]
    case .redis:
      lines = ["1:M \(redisStamp(started)) * Ready to accept connections tcp"]
    default:
      lines = echoed((spec.command ?? []) + (spec.args ?? []))
    }
    if let uid = pod.metadata.uid { lines += state.network.accessLogs[uid] ?? [] }
    return lines
  }

  /// What a container started as `echo WORDS` (or `sh -c 'echo WORDS'`) wrote: the common
  /// one-shot pod of an exercise. Other programs' output is not simulated.
  static func echoed(_ words: [String]) -> [String] {
    var words = words
    if words.count == 3, ["sh", "/bin/sh", "bash"].contains(words[0]), words[1] == "-c" {
      let script = words[2]
      guard !script.contains(where: { ";|&$`<>\\\"'".contains($0) }) else { return [] }
      words = script.split(separator: " ").map(String.init)
    }
    guard words.first == "echo" else { return [] }
    return [words.dropFirst().joined(separator: " ")]
  }

  static func nginxStamp(_ instant: Instant) -> String {
    let text = instant.rfc3339
    return text.prefix(10).replacingOccurrences(of: "-", with: "/") + " " + text.dropFirst(11).prefix(8)
  }

  static func apacheStamp(_ instant: Instant) -> String {
    let parts = instant.rfc1123Z.split(separator: " ")
    return "\(parts[0].dropLast()) \(parts[2]) \(parts[1]) \(parts[4]).000000 \(parts[3])"
  }

  static func goLogStamp(_ instant: Instant) -> String {
    let text = instant.rfc3339
    return text.prefix(10).replacingOccurrences(of: "-", with: "/") + " " + text.dropFirst(11).prefix(8)
  }

  static func redisStamp(_ instant: Instant) -> String {
    let parts = instant.rfc1123Z.split(separator: " ")
    return "\(parts[1]) \(parts[2]) \(parts[3]) \(parts[4]).000"
  }
}
