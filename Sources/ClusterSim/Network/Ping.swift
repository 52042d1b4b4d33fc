/// The outcome of one ICMP echo.
public enum PingOutcome: Equatable, Sendable {
  case reply(ttl: Int, milliseconds: Double)
  /// Nothing came back (no route, a virtual IP, a dropped packet).
  case silent(reason: String)
  /// The source's node reported the address unreachable (no one has it on that subnet).
  case hostUnreachable(from: String, reason: String)
}

extension ClusterState {
  /// Where ICMP from `source` to `address` ends. ClusterIPs and load balancer IPs never
  /// answer: kube-proxy only rewrites TCP, UDP and SCTP to a Service's ports.
  public mutating func ping(from source: NetworkHost, to address: IPv4Address) -> (PingOutcome, ConnectionRecord) {
    let sourceAddress = self.address(of: source)?.description ?? ""
    var record = ConnectionRecord(source: source, sourceAddress: sourceAddress, target: address.description, verdict: .timedOut, reason: "")
    record.hops.append(ConnectionHop(.source, sourceAddress, source.description))
    func result(_ outcome: PingOutcome, _ verdict: ConnectionRecord.Verdict, _ reason: String, detail: String) -> (PingOutcome, ConnectionRecord) {
      record.hops.append(ConnectionHop(.destination, address.description, detail))
      record.verdict = verdict
      record.reason = reason
      network.lastConnection = record
      return (outcome, record)
    }
    var generator = random.network
    defer { random.network = generator }
    func jitter(_ base: Double) -> Double {
      ((base + Double.random(in: 0...(base * 0.6), using: &generator)) * 1000).rounded() / 1000
    }
    if address == self.address(of: source) || address == IPv4Address(127, 0, 0, 1) {
      return result(.reply(ttl: 64, milliseconds: jitter(0.03)), .answered, "the source itself", detail: "itself")
    }
    guard hasRoute(from: source, to: address) else {
      return result(.silent(reason: "no route"), .timedOut, "\(source) has no route to \(address): only the nodes know the pod and Service networks", detail: "unreachable from here")
    }
    if let service = service(clusterIP: address) {
      return result(.silent(reason: "virtual IP"), .timedOut, "\(address) is the ClusterIP of service \(service.name): a virtual IP that only kube-proxy's TCP/UDP rules know; nothing answers ICMP", detail: "ClusterIP of service \(service.namespace)/\(service.name)")
    }
    if let service = service(loadBalancerIP: address) {
      return result(.silent(reason: "load balancer"), .timedOut, "\(address) belongs to the load balancer of service \(service.name), which forwards only its TCP ports", detail: "load balancer IP of service \(service.namespace)/\(service.name)")
    }
    let sourceNode = nodeName(of: source)
    if let node = node(at: address) {
      let hops = sourceNode == nil || sourceNode == node.name ? 0 : 1
      return result(.reply(ttl: 64 - hops, milliseconds: jitter(sourceNode == nil ? 0.45 : 0.35)), .answered, "node \(node.name) answers", detail: "node \(node.name)")
    }
    if let pod = pod(at: address) {
      var ttl = 64
      if let podNode = pod.spec.nodeName, podNode != sourceNode { ttl -= isPod(source) ? 2 : 1 }
      else if isPod(source) { ttl = 64 }
      return result(.reply(ttl: ttl, milliseconds: jitter(ttl == 64 ? 0.06 : 0.5)), .answered, "pod \(pod.name) answers", detail: "pod \(pod.namespace)/\(pod.name)")
    }
    if let site = Internet.site(at: address) {
      return result(.reply(ttl: 56, milliseconds: jitter(9.5)), .answered, "\(site.name) answers", detail: site.name)
    }
    if let sourceNode, ClusterOptions.podNetwork.contains(address),
      let index = ClusterOptions.nodeNames.firstIndex(of: sourceNode),
      ClusterOptions.podCIDR(index).contains(address)
    {
      let gateway = isPod(source) ? (self.address(of: source)?.description ?? "") : ClusterOptions.podCIDR(index).address(at: 1).description
      return result(.hostUnreachable(from: gateway, reason: "no pod has \(address)"), .timedOut, "no pod has the address \(address)", detail: "no such pod")
    }
    return result(.silent(reason: "no host"), .timedOut, "no host has the address \(address)", detail: "no such host")
  }
}
