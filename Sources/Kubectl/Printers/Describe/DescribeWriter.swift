import ClusterSim

/// Writes `kubectl describe` text: two spaces of indent per level, cells separated by tabs
/// and aligned as kubectl's tabwriter aligns them.
struct DescribeWriter {
  private var writer = TabWriter.describe()

  mutating func write(_ level: Int, _ text: String) {
    writer.write(String(repeating: "  ", count: level) + text)
  }

  /// `Label:\tvalue\n` at `level`.
  mutating func field(_ level: Int, _ label: String, _ value: String) {
    write(level, "\(label):\t\(value)\n")
  }

  /// A map, one `k=v` (or `k: v` for annotations) a line, sorted, `<none>` when empty.
  mutating func map(_ level: Int, _ label: String, _ values: [String: String], separator: String = "=") {
    var values = values
    // kubectl describe never shows the copy `kubectl apply` keeps of the applied file.
    if label == "Annotations" { values["kubectl.kubernetes.io/last-applied-configuration"] = nil }
    guard !values.isEmpty else {
      field(level, label, "<none>")
      return
    }
    for (index, key) in values.keys.sorted().enumerated() {
      let entry = "\(key)\(separator)\(values[key]!)"
      if index == 0 { field(level, label, entry) } else { write(level, "\t\(entry)\n") }
    }
  }

  /// The Events section.
  mutating func events(_ events: [Event], now: Instant) {
    guard !events.isEmpty else {
      write(0, "Events:\t<none>\n")
      return
    }
    write(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n")
    write(1, "----\t------\t----\t----\t-------\n")
    for event in events.sorted(by: { ($0.lastTimestamp, $0.firstTimestamp) < ($1.lastTimestamp, $1.firstTimestamp) }) {
      let first = HumanDuration.age(event.firstTimestamp, now: now)
      let interval = event.count > 1
        ? "\(HumanDuration.age(event.lastTimestamp, now: now)) (x\(event.count) over \(first))" : first
      write(1, "\(event.type)\t\(event.reason)\t\(interval)\t\(event.source)\t\(event.message.trimmingCharacters(in: .whitespaces))\n")
    }
  }

  func rendered() -> String { writer.rendered() }
}

/// `kubectl describe` for each kind.
enum Describer {
  static func describe(_ object: any APIObject, state: ClusterState) -> String {
    switch object {
    case let service as Service: return describeService(service, state: state)
    case let pod as Pod: return describePod(pod, state: state)
    case let deployment as Deployment: return describeDeployment(deployment, state: state)
    case let replicaSet as ReplicaSet: return describeReplicaSet(replicaSet, state: state)
    case let endpoints as Endpoints: return describeEndpoints(endpoints, state: state)
    case let slice as EndpointSlice: return describeSlice(slice, state: state)
    case let node as Node: return describeNode(node, state: state)
    case let namespace as Namespace: return describeNamespace(namespace, state: state)
    case let daemonSet as DaemonSet: return describeDaemonSet(daemonSet, state: state)
    case let event as Event: return describeEvent(event, state: state)
    default: return "Name:  \(object.name)\n"
    }
  }

  static func describeService(_ service: Service, state: ClusterState) -> String {
    var w = DescribeWriter()
    w.field(0, "Name", service.name)
    w.field(0, "Namespace", service.namespace)
    w.map(0, "Labels", service.metadata.labels)
    w.map(0, "Annotations", service.metadata.annotations, separator: ": ")
    let selector = service.spec.selector.map(selectorText) ?? ""
    w.field(0, "Selector", selector.isEmpty ? "<none>" : selector)
    w.field(0, "Type", service.type)
    if let policy = service.spec.ipFamilyPolicy { w.field(0, "IP Family Policy", policy) }
    let families = service.spec.ipFamilies ?? []
    w.field(0, "IP Families", families.isEmpty ? "<none>" : families.joined(separator: ","))
    w.field(0, "IP", service.spec.clusterIP ?? "")
    let ips = service.spec.clusterIPs ?? []
    w.field(0, "IPs", ips.isEmpty ? "<none>" : ips.joined(separator: ","))
    if let external = service.spec.externalIPs, !external.isEmpty {
      w.field(0, "External IPs", external.joined(separator: ","))
    }
    if let desired = service.spec.loadBalancerIP, !desired.isEmpty {
      w.field(0, "Desired LoadBalancer IP", desired)
    }
    if service.type == "ExternalName" { w.field(0, "External Name", service.spec.externalName ?? "") }
    if !service.status.loadBalancerIngress.isEmpty {
      w.field(
        0, "LoadBalancer Ingress",
        service.status.loadBalancerIngress.map { ingress in
          ingress.ipMode.map { "\(ingress.ip) (\($0))" } ?? ingress.ip
        }.joined(separator: ", "))
    }
    let slices = state.store.list(EndpointSlice.self, in: service.namespace).filter {
      $0.metadata.labels["kubernetes.io/service-name"] == service.name
    }
    for port in service.spec.ports {
      let name = (port.name ?? "").isEmpty ? "<unset>" : port.name!
      w.field(0, "Port", "\(name)  \(port.port)/\(port.proto)")
      switch port.targetPort {
      case .int(let number)?: w.field(0, "TargetPort", "\(number)/\(port.proto)")
      case .string(let text)?: w.field(0, "TargetPort", "\(text)/\(port.proto)")
      case nil: w.field(0, "TargetPort", "<unset>/\(port.proto)")
      }
      if let nodePort = port.nodePort, nodePort != 0 {
        w.field(0, "NodePort", "\(name)  \(nodePort)/\(port.proto)")
      }
      w.field(0, "Endpoints", endpointsText(slices, port: port))
    }
    w.field(0, "Session Affinity", service.spec.sessionAffinity ?? "None")
    if service.type == "NodePort" || service.type == "LoadBalancer" {
      w.field(0, "External Traffic Policy", service.spec.externalTrafficPolicy ?? "Cluster")
    }
    if let policy = service.spec.internalTrafficPolicy {
      w.field(0, "Internal Traffic Policy", policy)
    }
    if let health = service.spec.healthCheckNodePort, health != 0 {
      w.field(0, "HealthCheck NodePort", String(health))
    }
    if let ranges = service.spec.loadBalancerSourceRanges, !ranges.isEmpty {
      w.field(0, "LoadBalancer Source Ranges", ranges.joined(separator: ","))
    }
    w.events(state.events(about: service), now: state.now)
    return w.rendered()
  }

  /// The ready endpoints of one service port, from the EndpointSlices, as describe shows them.
  static func endpointsText(_ slices: [EndpointSlice], port: ServicePort) -> String {
    guard !slices.isEmpty else { return "<none>" }
    var items: [String] = []
    for slice in slices {
      guard let slicePort = slice.ports?.first(where: { ($0.name ?? "") == (port.name ?? "") && $0.protocol == port.proto })
      else { continue }
      for endpoint in slice.endpoints where endpoint.ready {
        for address in endpoint.addresses { items.append("\(address):\(slicePort.port)") }
      }
    }
    if items.count > 3 { return items.prefix(3).joined(separator: ",") + " + \(items.count - 3) more..." }
    return items.joined(separator: ",")
  }
}
