import ClusterSim

extension KubectlVerbs {
  static let expose = Verb(
    name: "expose", summary: "Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service",
    description: """
      Create a Service for a deployment, replica set, pod or service: it takes the selector \
      and the labels of what you expose, and its port from --port or the first container port.
      """,
    usage: "kubectl expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]",
    examples: [
      ("A ClusterIP service for a deployment, port 80 to the pods' 8080", "kubectl expose deployment web --port=80 --target-port=8080"),
      ("A NodePort service named web-np", "kubectl expose deployment web --name=web-np --type=NodePort --port=80"),
      ("A service for one pod", "kubectl expose pod nginx --port=80"),
    ],
    flags: generatorFlags + [
      FlagSpec("port", nil, .string, "The port the service listens on."),
      FlagSpec("target-port", nil, .string, "The container port (number or name) traffic goes to; defaults to --port."),
      FlagSpec("name", nil, .string, "The name of the new service; defaults to the name of what is exposed."),
      FlagSpec("type", nil, .string, "ClusterIP, NodePort, LoadBalancer or ExternalName."),
      FlagSpec("protocol", nil, .string, "TCP, UDP or SCTP."),
      FlagSpec("selector", nil, .string, "A selector to use instead of the exposed object's."),
      FlagSpec("labels", "l", .string, "Labels for the service."),
      FlagSpec("external-ip", nil, .string, "An external IP for the service."),
      FlagSpec("cluster-ip", nil, .string, "The ClusterIP to use, or None for a headless service."),
      FlagSpec("session-affinity", nil, .string, "None or ClientIP."),
      FlagSpec("load-balancer-ip", nil, .string, "The IP to ask the load balancer for."),
      FlagSpec("filename", "f", .stringArray, "Expose the object named in this file."),
    ],
    run: { runExpose(&$0) })

  static func runExpose(_ invocation: inout Invocation) -> Int32 {
    let request: ResourceRequest
    do {
      let files = invocation.flags.list("filename")
      request = files.isEmpty
        ? try ResourceArguments.parse(invocation.arguments, language: invocation.language)
        : try ManifestFiles.request(files, invocation: &invocation)
    } catch {
      invocation.errorLine(error.message)
      return 1
    }
    guard let target = request.objects.first else {
      if invocation.arguments.isEmpty {
        invocation.errorLine("error: You must provide one or more resources by argument or filename.")
        invocation.errorLine("Example resource specifications include:")
        invocation.errorLine("   '-f rsrc.yaml'")
        invocation.errorLine("   '--filename=rsrc.json'")
        invocation.errorLine("   '<resource> <name>'")
        invocation.errorLine("   '<resource>'")
        return 1
      }
      return invocation.usageError("exactly one NAME is required, got 0")
    }
    let namespace = target.namespace ?? invocation.namespace
    guard let object = invocation.cluster.state.store.object(ObjectKey(target.kind, namespace: namespace, name: target.name)) else {
      invocation.errorLine("Error from server (NotFound): \(target.kind.qualifiedPlural) \"\(target.name)\" not found")
      return 1
    }
    var selector: [String: String]
    var ports: [ContainerPort] = []
    var sourceLabels = object.metadata.labels
    switch object {
    case let deployment as Deployment:
      guard let matchLabels = deployment.spec.selector?.matchLabels, deployment.spec.selector?.matchExpressions.isEmpty ?? true else {
        invocation.errorLine("error: couldn't convert expressions - \"\(deployment.spec.selector?.text ?? "")\" to map-based selector format")
        return 1
      }
      selector = matchLabels
      ports = deployment.spec.template.spec.containers.flatMap(\.ports)
    case let replicaSet as ReplicaSet:
      selector = replicaSet.spec.selector?.matchLabels ?? [:]
      ports = replicaSet.spec.template.spec.containers.flatMap(\.ports)
    case let pod as Pod:
      selector = pod.metadata.labels
      if selector.isEmpty {
        invocation.errorLine("error: couldn't retrieve selectors via --selector flag or introspection: the pod has no labels and cannot be exposed")
        invocation.errorLine("See 'kubectl expose -h' for help and examples")
        return 1
      }
      ports = pod.spec.containers.flatMap(\.ports)
    case let service as Service:
      selector = service.spec.selector ?? [:]
      ports = service.spec.ports.map { ContainerPort(containerPort: $0.port, name: $0.name, protocol: $0.protocol) }
      sourceLabels = service.metadata.labels
    default:
      invocation.errorLine("error: cannot expose a \(type(of: object).kind.kind)")
      return 1
    }
    if let text = invocation.flags.string("selector") {
      selector = [:]
      for pair in text.split(separator: ",") {
        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
        if parts.count == 2 { selector[parts[0]] = parts[1] }
      }
    }
    var servicePorts: [ServicePort] = []
    let proto = invocation.flags.string("protocol")
    if let portText = invocation.flags.string("port"), !portText.isEmpty {
      guard let port = Int32(portText) else {
        invocation.errorLine("error: strconv.Atoi: parsing \"\(portText)\": invalid syntax")
        return 1
      }
      servicePorts = [ServicePort(port: port, targetPort: .int(port), protocol: proto ?? "TCP")]
    } else if !ports.isEmpty {
      if ports.count == 1 {
        servicePorts = [ServicePort(port: ports[0].containerPort, targetPort: .int(ports[0].containerPort), protocol: proto ?? ports[0].protocol ?? "TCP")]
      } else {
        for (index, port) in ports.enumerated() {
          servicePorts.append(
            ServicePort(port: port.containerPort, targetPort: .int(port.containerPort), name: "port-\(index + 1)", protocol: proto ?? port.protocol ?? "TCP"))
        }
      }
    } else {
      invocation.errorLine("error: couldn't find port via --port flag or introspection")
      invocation.errorLine("See 'kubectl expose -h' for help and examples")
      return 1
    }
    if let target = invocation.flags.string("target-port"), !target.isEmpty {
      for index in servicePorts.indices {
        servicePorts[index].targetPort = Int32(target).map(IntOrString.int) ?? .string(target)
      }
    }
    let name = invocation.flags.string("name") ?? target.name
    if let labelText = invocation.flags.string("labels") {
      sourceLabels = [:]
      for pair in labelText.split(separator: ",") {
        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
        if parts.count == 2 { sourceLabels[parts[0]] = parts[1] }
      }
    }
    var meta = ObjectMeta(name: name, labels: sourceLabels)
    meta.namespace = explicitNamespace(invocation)
    var spec = ServiceSpec(ports: servicePorts, selector: selector, type: invocation.flags.string("type"))
    if let ip = invocation.flags.string("external-ip") { spec.externalIPs = [ip] }
    if let clusterIP = invocation.flags.string("cluster-ip") { spec.clusterIP = clusterIP }
    if let affinity = invocation.flags.string("session-affinity") { spec.sessionAffinity = affinity }
    if let lbIP = invocation.flags.string("load-balancer-ip") { spec.loadBalancerIP = lbIP }
    return finish(Service(metadata: meta, spec: spec), &invocation, verb: "exposed")
  }
}
