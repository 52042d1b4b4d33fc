/// Where a TCP connection ended up.
public enum ConnectionEnd: Equatable, Sendable {
  /// A port of a pod (a container that listens there).
  case pod(namespace: String, name: String, port: Int32)
  /// A port of a node itself (sshd, the kubelet, the API server).
  case node(name: String, port: Int32)
  /// A host on the internet.
  case internet(name: String)
}

/// The outcome of opening a TCP connection.
public enum TCPOutcome: Equatable, Sendable {
  case connected(ConnectionEnd, hops: [ConnectionHop], sourceSeen: String)
  /// Refused at once (RST or ICMP port unreachable).
  case refused(hops: [ConnectionHop], reason: String)
  /// Nothing answered; `noRoute` is an ICMP host unreachable after ~3 s (an unused address
  /// on a node's bridge), otherwise a silent drop until the client gives up.
  case timedOut(hops: [ConnectionHop], reason: String, noRoute: Bool)
}

/// Addresses and kube-proxy's routing, decided from the cluster's objects, never from
/// special cases: what a host can reach follows from its routes and the Service rules.
extension ClusterState {
  /// The home router of the laptop and the nodes.
  public static let gateway = IPv4Address(192, 168, 1, 1)
  static let machineNetwork = IPv4Network(IPv4Address(192, 168, 1, 0), prefixLength: 24)

  /// The address a host has.
  public func address(of host: NetworkHost) -> IPv4Address? {
    switch host {
    case .laptop: return ClusterOptions.laptopAddress
    case .node(let name): return node(named: name).flatMap { IPv4Address($0.internalIP) }
    case .pod(let namespace, let name): return store.get(Pod.self, namespace, name)?.ip
    }
  }

  /// The node a host sits on (a pod's node; a node itself); nil for the laptop.
  public func nodeName(of host: NetworkHost) -> String? {
    switch host {
    case .laptop: return nil
    case .node(let name): return name
    case .pod(let namespace, let name): return store.get(Pod.self, namespace, name)?.spec.nodeName
    }
  }

  /// The running, non-hostNetwork pod that holds `address`, if any.
  public func pod(at address: IPv4Address) -> Pod? {
    let text = address.description
    guard ClusterOptions.podNetwork.contains(address) else { return nil }
    return store.pods.unordered.first { $0.status.podIP == text && $0.spec.hostNetwork != true }
  }

  /// The Service whose ClusterIP is `address`.
  public func service(clusterIP address: IPv4Address) -> Service? {
    let text = address.description
    return store.services.unordered.first { $0.spec.clusterIP == text }
  }

  /// The LoadBalancer Service whose external IP is `address`.
  public func service(loadBalancerIP address: IPv4Address) -> Service? {
    let text = address.description
    return store.services.unordered.first { $0.ingressIPs.contains(text) || ($0.spec.externalIPs ?? []).contains(text) }
  }

  /// Whether `source` has a route to `address` at all.
  func hasRoute(from source: NetworkHost, to address: IPv4Address) -> Bool {
    if case .laptop = source {
      return ClusterState.machineNetwork.contains(address) || Internet.site(at: address) != nil
    }
    return true
  }

  /// Whether a pod's container listens on `port` right now.
  func listens(_ pod: Pod, port: Int32) -> Bool {
    for (index, container) in pod.spec.containers.enumerated() {
      guard index < pod.status.containerStatuses.count,
        case .running = pod.status.containerStatuses[index].state,
        let image = ImageCatalogue.lookup(container.image)
      else { continue }
      if image.listens(on: port) { return true }
    }
    return false
  }

  /// Ports a node itself answers on.
  func nodeListens(_ node: Node, port: Int32) -> Bool {
    var ports: Set<Int32> = [22, 10250, 10256]
    if node.isControlPlane { ports.formUnion([6443, 2379, 2380, 10257, 10259]) }
    if ports.contains(port) { return true }
    return store.pods.unordered.contains { pod in
      pod.spec.nodeName == node.name
        && (pod.spec.hostNetwork == true && listens(pod, port: port)
          || pod.spec.containers.contains { $0.ports.contains { $0.hostPort == port } })
    }
  }

  /// Opens a TCP connection from `source` to `address:port`, through kube-proxy's rules
  /// where the address is a Service's. Draws the endpoint at random (seeded), so it mutates.
  public mutating func connectTCP(from source: NetworkHost, to address: IPv4Address, port: Int32)
    -> TCPOutcome
  {
    var hops: [ConnectionHop] = []
    guard let sourceAddress = self.address(of: source) else {
      return .refused(hops: [], reason: "the source has no address")
    }
    hops.append(ConnectionHop(.source, sourceAddress.description, source.description))
    let target = "\(address):\(port)"
    guard hasRoute(from: source, to: address) else {
      return .timedOut(
        hops: hops,
        reason: "\(source) has no route to \(address): only the nodes know the pod and Service networks",
        noRoute: false)
    }
    // A Service's ClusterIP: kube-proxy on the source's node (nodes and pods only).
    if let service = service(clusterIP: address) {
      guard let servicePort = service.spec.ports.first(where: { $0.port == port && $0.proto == "TCP" }) else {
        hops.append(ConnectionHop(.service, target, "ClusterIP of service \(service.namespace)/\(service.name), no rule for port \(port)"))
        return .timedOut(hops: hops, reason: "service \(service.name) has no port \(port): kube-proxy has no rule and the ClusterIP is not a real host", noRoute: false)
      }
      hops.append(ConnectionHop(.service, target, "ClusterIP of service \(service.namespace)/\(service.name)"))
      let local = service.spec.internalTrafficPolicy == "Local" ? nodeName(of: source) : nil
      return forward(service, servicePort, from: source, sourceAddress: sourceAddress, entryNode: nodeName(of: source), onlyNode: local, hops: hops, masquerade: !isPod(source))
    }
    // A load balancer's external IP: the balancer (or kube-proxy) sends it to the Service.
    if let service = service(loadBalancerIP: address) {
      guard let servicePort = service.spec.ports.first(where: { $0.port == port && $0.proto == "TCP" }) else {
        return .refused(hops: hops, reason: "the load balancer has no listener on port \(port)")
      }
      hops.append(ConnectionHop(.service, target, "load balancer IP of service \(service.namespace)/\(service.name)"))
      var onlyNode: String?
      var entry = nodeName(of: source)
      if entry == nil {
        let names = nodes.map(\.name)
        entry = names[Int.random(in: 0..<names.count, using: &random.network)]
      }
      if service.spec.externalTrafficPolicy == "Local" {
        let nodesWithEndpoints = readyEndpoints(service, servicePort).compactMap(\.node)
        guard let first = nodes.map(\.name).first(where: { nodesWithEndpoints.contains($0) }) else {
          return .timedOut(hops: hops, reason: "externalTrafficPolicy Local: no node has a ready endpoint, so the balancer has no healthy node", noRoute: false)
        }
        onlyNode = first
        entry = first
      }
      return forward(service, servicePort, from: source, sourceAddress: sourceAddress, entryNode: entry, onlyNode: onlyNode, hops: hops, masquerade: service.spec.externalTrafficPolicy != "Local")
    }
    // A node: a NodePort Service, or something on the node itself.
    if let node = node(at: address) {
      if let service = store.services.unordered.first(where: { service in
        service.spec.ports.contains { $0.nodePort == port && $0.proto == "TCP" }
      }), let servicePort = service.spec.ports.first(where: { $0.nodePort == port }) {
        hops.append(ConnectionHop(.service, target, "NodePort of service \(service.namespace)/\(service.name) on node \(node.name)"))
        let local = service.spec.externalTrafficPolicy == "Local"
        return forward(service, servicePort, from: source, sourceAddress: sourceAddress, entryNode: node.name, onlyNode: local ? node.name : nil, hops: hops, masquerade: !local)
      }
      if let service = healthCheckService(port: port) {
        hops.append(ConnectionHop(.destination, target, "kube-proxy's health check of service \(service.namespace)/\(service.name) on node \(node.name)"))
        return .connected(.node(name: node.name, port: port), hops: hops, sourceSeen: sourceAddress.description)
      }
      hops.append(ConnectionHop(.destination, target, "node \(node.name)"))
      if nodeListens(node, port: port) {
        return .connected(.node(name: node.name, port: port), hops: hops, sourceSeen: sourceAddress.description)
      }
      return .refused(hops: hops, reason: "nothing listens on port \(port) of node \(node.name)")
    }
    // A pod, straight to its IP through the CNI.
    if let pod = pod(at: address) {
      hops.append(ConnectionHop(.destination, target, "pod \(pod.namespace)/\(pod.name)"))
      if listens(pod, port: port) {
        // A node reaches pods over cni0 (its own pods) or flannel.1 (the others'), and uses
        // that interface's address as the source.
        var seen = sourceAddress.description
        if case .node(let name) = source, let index = ClusterOptions.nodeNames.firstIndex(of: name) {
          seen = ClusterOptions.podCIDR(index).address(at: pod.spec.nodeName == name ? 1 : 0).description
        }
        return .connected(.pod(namespace: pod.namespace, name: pod.name, port: port), hops: hops, sourceSeen: seen)
      }
      return .refused(hops: hops, reason: "pod \(pod.name) does not listen on port \(port)")
    }
    if let site = Internet.site(at: address) {
      hops.append(ConnectionHop(.destination, target, site.name))
      return port == 80 || port == 443
        ? .connected(.internet(name: site.name), hops: hops, sourceSeen: sourceAddress.description)
        : .timedOut(hops: hops, reason: "\(site.name) drops port \(port)", noRoute: false)
    }
    if ClusterOptions.podNetwork.contains(address) {
      hops.append(ConnectionHop(.destination, target, "no pod has this address"))
      return .timedOut(hops: hops, reason: "no pod has the address \(address)", noRoute: true)
    }
    if ClusterOptions.serviceNetwork.contains(address) {
      hops.append(ConnectionHop(.destination, target, "no Service has this ClusterIP"))
      return .timedOut(hops: hops, reason: "no Service has the ClusterIP \(address)", noRoute: false)
    }
    hops.append(ConnectionHop(.destination, target, "no such host"))
    return .timedOut(hops: hops, reason: "no host has the address \(address)", noRoute: ClusterState.machineNetwork.contains(address))
  }

  func isPod(_ host: NetworkHost) -> Bool {
    if case .pod = host { return true }
    return false
  }

  /// A ready endpoint of a Service port: the pod, its node and the port it resolves to.
  struct Backend: Equatable {
    var namespace: String
    var pod: String
    var ip: String
    var node: String?
    var port: Int32
  }

  /// The ready endpoints of a service port, from its EndpointSlices (as kube-proxy reads them).
  /// The `externalTrafficPolicy: Local` Service whose health check kube-proxy serves on `port`.
  func healthCheckService(port: Int32) -> Service? {
    store.services.unordered.first { $0.spec.healthCheckNodePort == port && $0.spec.externalTrafficPolicy == "Local" }
  }

  /// kube-proxy's answer on a health check node port: how many ready endpoints of the
  /// Service run on this node (200 with at least one, 503 without).
  func healthCheckAnswer(_ service: Service, node: String) -> (status: Int, body: String, count: Int) {
    let local = Set(service.spec.ports.flatMap { readyEndpoints(service, $0) }.filter { $0.node == node }.map(\.ip)).count
    let body = """
      {
      \t"service": {
      \t\t"namespace": "\(service.namespace)",
      \t\t"name": "\(service.name)"
      \t},
      \t"localEndpoints": \(local),
      \t"serviceProxyHealthy": true
      }
      """
    return (local > 0 ? 200 : 503, body, local)
  }

  func readyEndpoints(_ service: Service, _ servicePort: ServicePort) -> [Backend] {
    let slices = store.endpointSlices.unordered(in: service.namespace).map(Array.init) ?? []
    var backends: [Backend] = []
    for slice in slices where slice.metadata.labels[ClusterState.serviceNameLabel] == service.name {
      guard let port = slice.ports?.first(where: { ($0.name ?? "") == (servicePort.name ?? "") && $0.protocol == servicePort.proto }) else { continue }
      for endpoint in slice.endpoints where endpoint.ready {
        for address in endpoint.addresses {
          backends.append(
            Backend(namespace: service.namespace, pod: endpoint.targetRef?.name ?? address, ip: address, node: endpoint.nodeName, port: port.port))
        }
      }
    }
    return backends.sorted { ($0.ip, $0.port) < ($1.ip, $1.port) }
  }

  /// kube-proxy's choice of endpoint for a Service port, and the connection to it.
  mutating func forward(
    _ service: Service, _ servicePort: ServicePort, from source: NetworkHost, sourceAddress: IPv4Address,
    entryNode: String?, onlyNode: String?, hops: [ConnectionHop], masquerade: Bool
  ) -> TCPOutcome {
    var hops = hops
    var backends = readyEndpoints(service, servicePort)
    if backends.isEmpty {
      return .refused(
        hops: hops,
        reason: "service \(service.name) has no ready endpoints, so kube-proxy's REJECT rule refuses the connection")
    }
    if let onlyNode {
      backends = backends.filter { $0.node == onlyNode }
      if backends.isEmpty {
        return .timedOut(
          hops: hops,
          reason: "traffic policy Local: no ready endpoint of service \(service.name) on node \(onlyNode), so the packets are dropped",
          noRoute: false)
      }
    }
    var chosen: Backend
    let affinityKey = "\(service.namespace)/\(service.name):\(servicePort.port)|\(sourceAddress)"
    if service.spec.sessionAffinity == "ClientIP", let entry = network.affinity[affinityKey], entry.until > now,
      let sticky = backends.first(where: { $0.ip == entry.endpoint })
    {
      chosen = sticky
    } else {
      chosen = backends[Int.random(in: 0..<backends.count, using: &random.network)]
    }
    if service.spec.sessionAffinity == "ClientIP" {
      network.affinity[affinityKey] = NetworkState.AffinityEntry(
        endpoint: chosen.ip, until: now.adding(Double(service.spec.affinityTimeoutSeconds)))
    }
    let destination = "\(chosen.ip):\(chosen.port)"
    let byName = chosen.pod == chosen.ip ? nil : store.get(Pod.self, chosen.namespace, chosen.pod)
    if byName == nil, let address = IPv4Address(chosen.ip) {
      // A hand-written endpoint (Endpoints of a Service without a selector): kube-proxy
      // sends the packet to the address, whatever is there.
      hops.append(ConnectionHop(.dnat, destination, "DNAT to \(destination), an endpoint written by hand"))
      if let pod = pod(at: address) {
        guard listens(pod, port: chosen.port) else {
          return .refused(hops: hops, reason: "pod \(pod.name) does not listen on port \(chosen.port)")
        }
        return .connected(.pod(namespace: pod.namespace, name: pod.name, port: chosen.port), hops: hops, sourceSeen: sourceAddress.description)
      }
      if let node = node(at: address) {
        guard nodeListens(node, port: chosen.port) else {
          return .refused(hops: hops, reason: "nothing listens on port \(chosen.port) of node \(node.name)")
        }
        return .connected(.node(name: node.name, port: chosen.port), hops: hops, sourceSeen: sourceAddress.description)
      }
      if let site = Internet.site(at: address), chosen.port == 80 || chosen.port == 443 {
        return .connected(.internet(name: site.name), hops: hops, sourceSeen: sourceAddress.description)
      }
      return .timedOut(hops: hops, reason: "nothing answers at \(destination)", noRoute: false)
    }
    hops.append(ConnectionHop(.dnat, destination, "DNAT to pod \(chosen.namespace)/\(chosen.pod)"))
    guard let pod = byName else {
      return .refused(hops: hops, reason: "the endpoint \(destination) is gone")
    }
    guard listens(pod, port: chosen.port) else {
      return .refused(hops: hops, reason: "pod \(pod.name) does not listen on port \(chosen.port) (the Service's targetPort)")
    }
    var seen = sourceAddress.description
    if masquerade, let podNode = pod.spec.nodeName, let from = entryNode {
      // SNAT to the node's address toward the pod: cni0 (.1) on the pod's own node,
      // flannel.1 (.0) from another node.
      if let index = ClusterOptions.nodeNames.firstIndex(of: from) {
        seen = from == podNode
          ? ClusterOptions.podCIDR(index).address(at: 1).description
          : ClusterOptions.podCIDR(index).address(at: 0).description
      }
    }
    return .connected(.pod(namespace: pod.namespace, name: pod.name, port: chosen.port), hops: hops, sourceSeen: seen)
  }
}
