import ClusterSim

/// The columns and cells of `kubectl get` for each kind, as kubectl v1.32's printers give them.
enum TableColumns {
  static func headers(_ kind: ResourceKind, wide: Bool) -> [String] {
    switch kind {
    case .pod:
      return ["NAME", "READY", "STATUS", "RESTARTS", "AGE"]
        + (wide ? ["IP", "NODE", "NOMINATED NODE", "READINESS GATES"] : [])
    case .service:
      return ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"] + (wide ? ["SELECTOR"] : [])
    case .deployment:
      return ["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"]
        + (wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : [])
    case .replicaSet:
      return ["NAME", "DESIRED", "CURRENT", "READY", "AGE"]
        + (wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : [])
    case .daemonSet:
      return ["NAME", "DESIRED", "CURRENT", "READY", "UP-TO-DATE", "AVAILABLE", "NODE SELECTOR", "AGE"]
        + (wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : [])
    case .endpoints: return ["NAME", "ENDPOINTS", "AGE"]
    case .endpointSlice: return ["NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE"]
    case .event: return ["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"]
    case .namespace: return ["NAME", "STATUS", "AGE"]
    case .node:
      return ["NAME", "STATUS", "ROLES", "AGE", "VERSION"]
        + (wide ? ["INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"] : [])
    }
  }

  static func cells(_ object: any APIObject, wide: Bool, now: Instant) -> [String] {
    let age = HumanDuration.age(object.metadata.creationTimestamp, now: now)
    switch object {
    case let pod as Pod:
      var cells = [
        pod.name, PodStatusText.ready(pod), PodStatusText.status(pod),
        PodStatusText.restarts(pod, now: now), age,
      ]
      if wide {
        cells += [pod.status.podIP ?? "<none>", pod.spec.nodeName ?? "<none>", "<none>", "<none>"]
      }
      return cells
    case let service as Service:
      var cells = [
        service.name, service.type, clusterIP(service), externalIP(service, wide: wide),
        ports(service), age,
      ]
      if wide { cells.append(service.spec.selector.map(selectorText).flatMap { $0.isEmpty ? nil : $0 } ?? "<none>") }
      return cells
    case let deployment as Deployment:
      let desired = deployment.spec.replicas ?? 1
      var cells = [
        deployment.name, "\(deployment.status.readyReplicas)/\(desired)",
        String(deployment.status.updatedReplicas), String(deployment.status.availableReplicas), age,
      ]
      if wide {
        cells += containerCells(deployment.spec.template.spec)
        cells.append(deployment.spec.selector.map { $0.text } ?? "<none>")
      }
      return cells
    case let replicaSet as ReplicaSet:
      var cells = [
        replicaSet.name, String(replicaSet.spec.replicas ?? 1), String(replicaSet.status.replicas),
        String(replicaSet.status.readyReplicas), age,
      ]
      if wide {
        cells += containerCells(replicaSet.spec.template.spec)
        cells.append(replicaSet.spec.selector.map { $0.text } ?? "<none>")
      }
      return cells
    case let daemonSet as DaemonSet:
      let selector = daemonSet.spec.template.spec.nodeSelector.map(selectorText) ?? ""
      var cells = [
        daemonSet.name, String(daemonSet.status.desiredNumberScheduled),
        String(daemonSet.status.currentNumberScheduled), String(daemonSet.status.numberReady),
        String(daemonSet.status.updatedNumberScheduled), String(daemonSet.status.numberAvailable),
        selector.isEmpty ? "<none>" : selector, age,
      ]
      if wide {
        cells += containerCells(daemonSet.spec.template.spec)
        cells.append(daemonSet.spec.selector.map { $0.text } ?? "<none>")
      }
      return cells
    case let endpoints as Endpoints:
      return [endpoints.name, endpointsText(endpoints), age]
    case let slice as EndpointSlice:
      let ports = slice.ports.map { $0.map { String($0.port) } } ?? []
      let addresses = slice.endpoints.flatMap(\.addresses)
      return [
        slice.name, slice.addressType, ports.isEmpty ? "<unset>" : limited(ports),
        addresses.isEmpty ? "<unset>" : limited(addresses), age,
      ]
    case let event as Event:
      let seen = HumanDuration.age(event.lastTimestamp, now: now)
      return [
        seen, event.type, event.reason,
        "\(event.involvedObject.kind.lowercased())/\(event.involvedObject.name)", event.message,
      ]
    case let namespace as Namespace:
      return [namespace.name, namespace.phase, age]
    case let node as Node:
      var status = node.ready ? "Ready" : "NotReady"
      if node.unschedulable { status += ",SchedulingDisabled" }
      let roles = node.roles.isEmpty ? "<none>" : node.roles.joined(separator: ",")
      var cells = [node.name, status, roles, age, Node.kubeletVersion]
      if wide {
        cells += [node.internalIP, "<none>", Node.osImage, Node.kernelVersion, Node.containerRuntime]
      }
      return cells
    default:
      return [object.metadata.name, age]
    }
  }

  static func containerCells(_ spec: PodSpec) -> [String] {
    [
      spec.containers.map(\.name).joined(separator: ","),
      spec.containers.map(\.image).joined(separator: ","),
    ]
  }

  static func clusterIP(_ service: Service) -> String {
    if service.type == "ExternalName" { return "<none>" }
    guard let ip = service.spec.clusterIPs?.first ?? service.spec.clusterIP, !ip.isEmpty else {
      return "<none>"
    }
    return ip
  }

  static func externalIP(_ service: Service, wide: Bool) -> String {
    let external = service.spec.externalIPs ?? []
    switch service.type {
    case "ClusterIP", "NodePort":
      return external.isEmpty ? "<none>" : external.joined(separator: ",")
    case "ExternalName":
      return service.spec.externalName ?? "<none>"
    case "LoadBalancer":
      let ingress = service.ingressIPs.sorted()
      if ingress.isEmpty && external.isEmpty { return "<pending>" }
      var text = ingress.joined(separator: ",")
      if !wide && text.count > 16 { text = String(text.prefix(13)) + "..." }
      return ([text] + external).filter { !$0.isEmpty }.joined(separator: ",")
    default:
      return "<unknown>"
    }
  }

  static func ports(_ service: Service) -> String {
    guard !service.spec.ports.isEmpty else { return "<none>" }
    return service.spec.ports.map { port in
      if let nodePort = port.nodePort, nodePort != 0 {
        return "\(port.port):\(nodePort)/\(port.proto)"
      }
      return "\(port.port)/\(port.proto)"
    }.joined(separator: ",")
  }

  /// At most three items, then ` + N more...`.
  static func limited(_ items: [String]) -> String {
    if items.count <= 3 { return items.joined(separator: ",") }
    return items.prefix(3).joined(separator: ",") + " + \(items.count - 3) more..."
  }

  static func endpointsText(_ endpoints: Endpoints) -> String {
    var items: [String] = []
    var total = 0
    for subset in endpoints.subsets {
      for port in subset.ports {
        for address in subset.addresses {
          total += 1
          if items.count < 3 { items.append("\(address.ip):\(port.port)") }
        }
      }
      if subset.ports.isEmpty {
        for address in subset.addresses {
          total += 1
          if items.count < 3 { items.append(address.ip) }
        }
      }
    }
    if items.isEmpty { return "<none>" }
    return items.joined(separator: ",") + (total > 3 ? " + \(total - 3) more..." : "")
  }
}
