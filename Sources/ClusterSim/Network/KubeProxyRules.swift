import Foundation

/// One rule of an iptables chain.
public struct IptablesRule: Equatable, Sendable {
  public var target: String
  public var proto: String
  public var source: String
  public var destination: String
  /// Match extensions and target options, as `iptables -L -n` prints them after the addresses.
  public var extra: String
}

/// The nat table kube-proxy (iptables mode) writes on every node, derived from the live
/// Services and EndpointSlices: chain names are hashes of the service port, as kube-proxy's.
extension ClusterState {
  /// `ns/name:port` (or `ns/name` for an unnamed port), kube-proxy's service port name.
  static func servicePortName(_ service: Service, _ port: ServicePort) -> String {
    let base = "\(service.namespace)/\(service.name)"
    guard let name = port.name, !name.isEmpty else { return base }
    return "\(base):\(name)"
  }

  public static func chainName(_ prefix: String, _ service: Service, _ port: ServicePort) -> String {
    SHA256.chain(prefix, servicePortName(service, port) + port.proto.lowercased())
  }

  public static func endpointChain(_ service: Service, _ port: ServicePort, endpoint: String) -> String {
    SHA256.chain("KUBE-SEP-", servicePortName(service, port) + port.proto.lowercased() + endpoint)
  }

  /// iptables' printing of a `--probability` kube-proxy set (`%0.10f`, then stored in 31 bits).
  static func probabilityText(_ probability: Double) -> String {
    let rounded = (probability * 1e10).rounded() / 1e10
    let stored = (rounded * 2_147_483_648).rounded()
    return String(format: "%.11f", stored / 2_147_483_648)
  }

  /// The chains of the nat table on `node`, in the order iptables lists them.
  public func natTable(on node: String) -> [(chain: String, references: Int, policy: String?, rules: [IptablesRule])] {
    let any = "0.0.0.0/0"
    var services: [IptablesRule] = []
    var nodePorts: [IptablesRule] = []
    var extra: [(String, [IptablesRule])] = []
    for service in store.list(Service.self, in: nil) where service.type != "ExternalName" {
      guard let clusterIP = service.spec.clusterIP, clusterIP != "None" else { continue }
      for port in service.spec.ports where port.proto == "TCP" || port.proto == "UDP" {
        let name = ClusterState.servicePortName(service, port)
        let backends = readyEndpoints(service, port)
        guard !backends.isEmpty else { continue }
        let svcChain = ClusterState.chainName("KUBE-SVC-", service, port)
        let extChain = ClusterState.chainName("KUBE-EXT-", service, port)
        let proto = port.proto.lowercased()
        services.append(IptablesRule(target: svcChain, proto: proto, source: any, destination: clusterIP, extra: "/* \(name) cluster IP */ \(proto) dpt:\(port.port)"))
        for ip in service.ingressIPs {
          services.append(IptablesRule(target: extChain, proto: proto, source: any, destination: ip, extra: "/* \(name) loadbalancer IP */ \(proto) dpt:\(port.port)"))
        }
        if let nodePort = port.nodePort, nodePort != 0 {
          nodePorts.append(IptablesRule(target: extChain, proto: proto, source: any, destination: any, extra: "/* \(name) */ \(proto) dpt:\(nodePort)"))
          extra.append((extChain, [
            IptablesRule(target: "KUBE-MARK-MASQ", proto: "all", source: any, destination: any, extra: "/* masquerade traffic for \(name) external destinations */"),
            IptablesRule(target: svcChain, proto: "all", source: any, destination: any, extra: ""),
          ]))
        }
        var svcRules = [IptablesRule(target: "KUBE-MARK-MASQ", proto: proto, source: "!\(ClusterOptions.podNetwork)", destination: clusterIP, extra: "/* \(name) cluster IP */ \(proto) dpt:\(port.port)")]
        for (index, backend) in backends.enumerated() {
          let endpoint = "\(backend.ip):\(backend.port)"
          let sepChain = ClusterState.endpointChain(service, port, endpoint: endpoint)
          var match = "/* \(name) -> \(endpoint) */"
          if index < backends.count - 1 {
            match += " statistic mode random probability \(ClusterState.probabilityText(1 / Double(backends.count - index)))"
          }
          svcRules.append(IptablesRule(target: sepChain, proto: "all", source: any, destination: any, extra: match))
          extra.append((sepChain, [
            IptablesRule(target: "KUBE-MARK-MASQ", proto: "all", source: backend.ip, destination: any, extra: "/* \(name) */"),
            IptablesRule(target: "DNAT", proto: proto, source: any, destination: any, extra: "/* \(name) */ \(proto) to:\(endpoint)"),
          ]))
        }
        extra.append((svcChain, svcRules))
      }
    }
    services.append(IptablesRule(target: "KUBE-NODEPORTS", proto: "all", source: any, destination: any, extra: "/* kubernetes service nodeports; NOTE: this must be the last rule in this chain */ ADDRTYPE match dst-type LOCAL"))
    var chains: [(String, Int, String?, [IptablesRule])] = [
      ("PREROUTING", 0, "ACCEPT", [IptablesRule(target: "KUBE-SERVICES", proto: "all", source: any, destination: any, extra: "/* kubernetes service portals */")]),
      ("INPUT", 0, "ACCEPT", []),
      ("OUTPUT", 0, "ACCEPT", [IptablesRule(target: "KUBE-SERVICES", proto: "all", source: any, destination: any, extra: "/* kubernetes service portals */")]),
      ("POSTROUTING", 0, "ACCEPT", [
        IptablesRule(target: "KUBE-POSTROUTING", proto: "all", source: any, destination: any, extra: "/* kubernetes postrouting rules */"),
        IptablesRule(target: "FLANNEL-POSTRTG", proto: "all", source: any, destination: any, extra: "/* flanneld masq */"),
      ]),
      ("KUBE-MARK-MASQ", extra.count, nil, [IptablesRule(target: "MARK", proto: "all", source: any, destination: any, extra: "MARK or 0x4000")]),
      ("KUBE-NODEPORTS", 1, nil, nodePorts),
      ("KUBE-POSTROUTING", 1, nil, [
        IptablesRule(target: "RETURN", proto: "all", source: any, destination: any, extra: "mark match ! 0x4000/0x4000"),
        IptablesRule(target: "MARK", proto: "all", source: any, destination: any, extra: "MARK xor 0x4000"),
        IptablesRule(target: "MASQUERADE", proto: "all", source: any, destination: any, extra: "/* kubernetes service traffic requiring SNAT */ random-fully"),
      ]),
      ("KUBE-SERVICES", 2, nil, services),
    ]
    for (name, rules) in extra.sorted(by: { $0.0 < $1.0 }) {
      let references = name.hasPrefix("KUBE-SVC-") ? 1 + extra.filter { $0.1.contains { $0.target == name } }.count : 1
      chains.append((name, references, nil, rules))
    }
    _ = node
    return chains.map { (chain: $0.0, references: $0.1, policy: $0.2, rules: $0.3) }
  }
}
