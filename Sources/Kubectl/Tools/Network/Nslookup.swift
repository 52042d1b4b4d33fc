import ClusterSim

/// busybox nslookup, in the format of busybox 1.28 or of the newer versions.
enum NslookupTool {
  static func run(_ context: inout ToolContext) -> Int32 {
    let shell = context.shell
    let names = context.arguments.filter { !$0.hasPrefix("-") }
    guard let name = names.first else {
      context.output.errorLine("BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.")
      context.output.errorLine("")
      context.output.errorLine("Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]")
      return 1
    }
    let old = shell.isOldBusybox
    let server = ClusterState.dnsServer.description
    let usesCluster = shell.cluster.state.usesClusterDNS(shell.host)
    let serverAddress = usesCluster ? server : "192.168.1.1"
    let answer = shell.cluster.state.resolve(name, from: shell.host)
    shell.cluster.state.network.lastConnection = ConnectionRecord(
      source: shell.host, sourceAddress: shell.cluster.state.address(of: shell.host)?.description ?? "",
      target: name, hops: [ConnectionHop(.dns, "\(serverAddress):53", usesCluster ? "CoreDNS (Service kube-dns)" : "the node's resolver")],
      verdict: {
        // A CNAME whose target does not resolve is still a failed lookup (NXDOMAIN).
        if case .addresses(_, _, let addresses) = answer, !addresses.isEmpty { return .answered }
        return .unresolved
      }(), reason: "")
    if case .timeout = answer {
      shell.wait(15)
      context.output.line(old ? "Server:    \(server)\nAddress 1: \(server)\n" : ";; connection timed out; no servers could be reached\n")
      if old { context.output.errorLine("nslookup: can't resolve '\(name)'") }
      return 1
    }
    if old {
      context.output.line("Server:    \(serverAddress)")
      context.output.line(usesCluster ? "Address 1: \(server) kube-dns.kube-system.svc.cluster.local" : "Address 1: \(serverAddress)")
      context.output.line("")
      guard case .addresses(let fqdn, _, let addresses) = answer, !addresses.isEmpty else {
        context.output.errorLine("nslookup: can't resolve '\(name)'")
        return 1
      }
      context.output.line("Name:      \(name)")
      for (index, address) in addresses.enumerated() {
        context.output.line("Address \(index + 1): \(address) \(reverseName(address, fqdn: fqdn, state: shell.cluster.state))")
      }
      return 0
    }
    context.output.line("Server:\t\t\(serverAddress)")
    context.output.line("Address:\t\(serverAddress):53")
    context.output.line("")
    switch answer {
    case .addresses(let fqdn, let cname, let addresses) where !addresses.isEmpty:
      if let cname {
        let asked = name.contains(".") && name.hasSuffix(ClusterState.clusterDomain) ? name : qualify(name, shell: shell)
        context.output.line("\(asked)\tcanonical name = \(cname)")
      }
      for address in addresses {
        context.output.line("Name:\t\(fqdn)")
        context.output.line("Address: \(address)")
      }
      context.output.line("")
      return 0
    case .addresses(_, let cname, _):
      if let cname { context.output.line("\(qualify(name, shell: shell))\tcanonical name = \(cname)") }
      context.output.line("** server can't find \(cname ?? name): NXDOMAIN")
      context.output.line("")
      return 1
    default:
      context.output.line("** server can't find \(name): NXDOMAIN")
      context.output.line("")
      return 1
    }
  }

  /// The fully qualified name a short name resolved as (first search domain that exists).
  static func qualify(_ name: String, shell: Shell) -> String {
    guard case .pod(let namespace, _) = shell.host else { return name }
    for domain in shell.cluster.state.searchDomains(namespace: namespace) {
      let candidate = "\(name).\(domain)"
      if case .addresses = shell.cluster.state.resolve(candidate + ".", from: shell.host) { return candidate }
    }
    return name
  }

  /// What busybox 1.28 prints after an address: its reverse name.
  static func reverseName(_ address: IPv4Address, fqdn: String, state: ClusterState) -> String {
    if state.service(clusterIP: address) != nil { return fqdn }
    if state.pod(at: address) != nil {
      let namespace = fqdn.split(separator: ".").dropFirst().first.map(String.init) ?? "default"
      return "\(address.dashed).\(fqdn.split(separator: ".").first.map(String.init) ?? namespace).\(namespace).svc.cluster.local"
    }
    return fqdn
  }
}
