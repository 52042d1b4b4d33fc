import ClusterSim

extension KubectlVerbs {
  static let portForward = Verb(
    name: "port-forward", summary: "Forward one or more local ports to a pod",
    description: """
      Forward a port on your machine to a port of one pod (for a service or deployment, one \
      of its pods). Traffic goes through the API server and the kubelet, not through the \
      Service: a debugging tool, not a way to publish an app.
      """,
    usage: "kubectl port-forward TYPE/NAME [options] [LOCAL_PORT:]REMOTE_PORT [...[LOCAL_PORT_N:]REMOTE_PORT_N]",
    examples: [
      ("localhost:8080 to port 80 of the web service's pods, in the background", "kubectl port-forward svc/web 8080:80 &"),
      ("The same port number on both sides", "kubectl port-forward pod/nginx 80"),
    ],
    flags: [
      FlagSpec("address", nil, .stringArray, default: "[localhost]", "Addresses to listen on."),
      FlagSpec("pod-running-timeout", nil, .duration, default: "1m0s", "How long to wait for the pod to run."),
    ],
    run: { runPortForward(&$0) })

  static func runPortForward(_ invocation: inout Invocation) -> Int32 {
    guard invocation.arguments.count >= 2 else {
      invocation.errorLine("error: TYPE/NAME and list of ports are required for port-forward")
      invocation.errorLine("See 'kubectl port-forward -h' for help and examples")
      return 1
    }
    let target = invocation.arguments[0]
    let state = invocation.cluster.state
    let namespace = invocation.namespace
    let parts = target.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    guard parts.allSatisfy({ !$0.isEmpty }) else {
      invocation.errorLine("error: arguments in resource/name form must have a single resource and name")
      return 1
    }
    var service: Service?
    var pod: Pod?
    if parts.count == 1 || ResourceKind.named(parts[0]) == .pod {
      pod = state.store.get(Pod.self, namespace, parts.last!)
      if pod == nil {
        invocation.errorLine("Error from server (NotFound): pods \"\(parts.last!)\" not found")
        return 1
      }
    } else if ResourceKind.named(parts[0]) == .service {
      guard let found = state.store.get(Service.self, namespace, parts[1]) else {
        invocation.errorLine("Error from server (NotFound): services \"\(parts[1])\" not found")
        return 1
      }
      guard let selector = found.spec.selector, !selector.isEmpty else {
        invocation.errorLine("error: cannot attach to *v1.Service: invalid service '\(found.name)': Service is defined without a selector")
        return 1
      }
      service = found
      pod = state.store.pods(matching: selector, in: namespace).filter { $0.metadata.deletionTimestamp == nil }
        .sorted { ($0.isReady ? 0 : 1, $0.name) < ($1.isReady ? 0 : 1, $1.name) }.first
    } else {
      guard let found = podFor(target, invocation: &invocation) else { return 1 }
      pod = found
    }
    guard let pod else {
      invocation.errorLine("error: timed out waiting for the condition")
      return 1
    }
    guard pod.status.phase == "Running" else {
      invocation.errorLine("error: unable to forward port because pod is not running. Current status=\(pod.status.phase ?? "Pending")")
      return 1
    }
    var forwards: [PortForward] = []
    for spec in invocation.arguments.dropFirst() {
      let pieces = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
      let remoteText = pieces.last!
      let localText = pieces.count > 1 ? pieces[0] : remoteText
      var remote: Int32?
      if let service {
        if let port = service.spec.ports.first(where: { String($0.port) == remoteText || $0.name == remoteText }) {
          remote = ClusterState.resolveTargetPort(port, on: pod)
        } else if Int32(remoteText) != nil {
          invocation.errorLine("error: Service \(service.name) does not have a service port \(remoteText)")
          return 1
        }
      } else if let number = Int32(remoteText) {
        remote = number
      } else {
        remote = pod.spec.containers.compactMap { $0.portNumber(named: remoteText) }.first
      }
      guard let remote, let local = Int32(localText.isEmpty ? "0" : localText) else {
        invocation.errorLine("error: Pod '\(pod.name)' does not have a named port '\(remoteText)'")
        return 1
      }
      if invocation.shell.portForward(localPort: local) != nil {
        invocation.errorLine("Unable to listen on port \(local): Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:\(local): bind: address already in use unable to create listener: Error listen tcp6 [::1]:\(local): bind: address already in use]")
        invocation.errorLine("error: unable to listen on any of the requested ports: [{\(local) \(remote)}]")
        return 1
      }
      forwards.append(PortForward(localPort: local, namespace: namespace, pod: pod.name, remotePort: remote))
    }
    let command = (["kubectl"] + invocation.context.arguments).joined(separator: " ")
    for forward in forwards {
      let id = invocation.shell.addJob(command, forward: forward)
      if invocation.context.background && forward == forwards.first {
        invocation.errorLine("[\(id)] \(invocation.shell.processID(for: id))")
      }
    }
    for forward in forwards {
      invocation.line("Forwarding from 127.0.0.1:\(forward.localPort) -> \(forward.remotePort)")
      invocation.line("Forwarding from [::1]:\(forward.localPort) -> \(forward.remotePort)")
    }
    if !invocation.context.background {
      invocation.errorLine(Notes.portForwardBackground(language: invocation.language))
    }
    return 0
  }
}
