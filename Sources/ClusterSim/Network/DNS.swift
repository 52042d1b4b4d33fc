/// What a DNS lookup returned.
public enum DNSAnswer: Equatable, Sendable {
  /// The name resolved: its full name, any CNAME it went through, and its addresses.
  case addresses(fqdn: String, cname: String?, [IPv4Address])
  /// No such name (every search domain tried).
  case nxdomain(String)
  /// No DNS server answered (CoreDNS has no ready endpoints).
  case timeout
}

/// Cluster DNS as CoreDNS answers it, and the resolvers of nodes and the laptop.
extension ClusterState {
  public static let clusterDomain = "cluster.local"
  public static let dnsServer = IPv4Address(10, 96, 0, 10)

  /// Whether `host` asks the cluster's DNS (a pod with dnsPolicy ClusterFirst).
  public func usesClusterDNS(_ host: NetworkHost) -> Bool {
    guard case .pod(let namespace, let name) = host, let pod = store.get(Pod.self, namespace, name)
    else { return false }
    let policy = pod.spec.dnsPolicy ?? "ClusterFirst"
    if policy == "ClusterFirst" { return pod.spec.hostNetwork != true }
    return policy == "ClusterFirstWithHostNet"
  }

  /// The search domains of a pod's /etc/resolv.conf.
  public func searchDomains(namespace: String) -> [String] {
    ["\(namespace).svc.\(ClusterState.clusterDomain)", "svc.\(ClusterState.clusterDomain)", ClusterState.clusterDomain]
  }

  /// Resolves `name` as a resolver on `host` would: /etc/hosts, then the search path and
  /// cluster DNS in pods, or the upstream resolver (which knows only the internet) elsewhere.
  public func resolve(_ rawName: String, from host: NetworkHost) -> DNSAnswer {
    let name = rawName.lowercased()
    if let literal = IPv4Address(name) { return .addresses(fqdn: name, cname: nil, [literal]) }
    if name == "localhost" { return .addresses(fqdn: name, cname: nil, [IPv4Address(127, 0, 0, 1)]) }
    if let address = hostsFile(of: host)[name] { return .addresses(fqdn: name, cname: nil, [address]) }
    guard usesClusterDNS(host) else {
      if let site = Internet.site(named: name) { return .addresses(fqdn: site.name, cname: nil, [site.address]) }
      return .nxdomain(name)
    }
    guard let dns = store.get(Service.self, "kube-system", "kube-dns"),
      let port = dns.spec.ports.first(where: { $0.proto == "UDP" }), !readyEndpoints(dns, port).isEmpty
    else { return .timeout }
    guard case .pod(let namespace, _) = host else { return .timeout }
    let absolute = name.hasSuffix(".")
    let bare = absolute ? String(name.dropLast()) : name
    var candidates: [String] = []
    if !absolute && bare.filter({ $0 == "." }).count < 5 {
      candidates = searchDomains(namespace: namespace).map { "\(bare).\($0)" } + [bare]
    } else {
      candidates = [bare]
    }
    var last = bare
    for candidate in candidates {
      last = candidate
      if let answer = lookup(candidate, depth: 0) { return answer }
    }
    return .nxdomain(last)
  }

  /// One fully qualified name, as CoreDNS answers it (cluster zone, then upstream).
  func lookup(_ fqdn: String, depth: Int) -> DNSAnswer? {
    guard depth < 5 else { return nil }
    let zone = "." + ClusterState.clusterDomain
    guard fqdn.hasSuffix(zone) else {
      if let site = Internet.site(named: fqdn) { return .addresses(fqdn: site.name, cname: nil, [site.address]) }
      return nil
    }
    let labels = fqdn.dropLast(zone.count).split(separator: ".").map(String.init)
    if labels.count == 3 && labels[2] == "pod" {
      let parts = labels[0].split(separator: "-").compactMap { UInt8($0) }
      guard parts.count == 4, store.namespaces.get("", labels[1]) != nil else { return nil }
      return .addresses(fqdn: fqdn, cname: nil, [IPv4Address(parts[0], parts[1], parts[2], parts[3])])
    }
    guard labels.last == "svc" else { return nil }
    if labels.count == 3, let service = store.get(Service.self, labels[1], labels[0]) {
      if service.type == "ExternalName", let external = service.spec.externalName {
        let target = external.lowercased()
        guard case .addresses(let resolved, _, let addresses)? = lookup(target, depth: depth + 1)
        else { return .addresses(fqdn: fqdn, cname: target, []) }
        return .addresses(fqdn: resolved, cname: target, addresses)
      }
      if service.isHeadless {
        let ips = Set(service.spec.ports.flatMap { readyEndpoints(service, $0).map(\.ip) })
          .union(service.spec.ports.isEmpty ? headlessAddresses(service) : [])
        let addresses = ips.compactMap(IPv4Address.init).sorted()
        return addresses.isEmpty ? nil : .addresses(fqdn: fqdn, cname: nil, addresses)
      }
      guard let address = service.clusterIPAddress else { return nil }
      return .addresses(fqdn: fqdn, cname: nil, [address])
    }
    if labels.count == 4, let service = store.get(Service.self, labels[2], labels[1]), service.isHeadless {
      // <hostname>.<subdomain>.<namespace>.svc: a pod with hostname and subdomain set.
      let pod = store.list(Pod.self, in: labels[2]).first {
        $0.spec.hostname == labels[0] && $0.spec.subdomain == labels[1] && $0.isReady
      }
      if let ip = pod?.ip { return .addresses(fqdn: fqdn, cname: nil, [ip]) }
    }
    return nil
  }

  /// Addresses of a headless Service without ports (its endpoints list no ports).
  func headlessAddresses(_ service: Service) -> Set<String> {
    guard let selector = service.spec.selector else { return [] }
    return Set(store.pods(matching: selector, in: service.namespace).filter(\.isReady).compactMap(\.status.podIP))
  }

  /// The names a host knows without DNS.
  public func hostsFile(of host: NetworkHost) -> [String: IPv4Address] {
    var entries: [String: IPv4Address] = [:]
    switch host {
    case .laptop, .node:
      for (index, name) in ClusterOptions.nodeNames.enumerated() where node(named: name) != nil {
        entries[name] = ClusterOptions.nodeAddress(index)
      }
    case .pod(let namespace, let name):
      if let pod = store.get(Pod.self, namespace, name), let ip = pod.ip {
        entries[pod.spec.hostname ?? pod.name] = ip
      }
    }
    return entries
  }
}
