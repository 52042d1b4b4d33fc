import ClusterSim
import Foundation

/// ip, iptables, hostname and the files of /etc, as they look on a node or in a pod.
enum HostTools {
  static func hostname(_ context: inout ToolContext) -> Int32 {
    // -i / -I: the host's addresses instead of its name (Linux hostname prints -I with a
    // trailing space).
    if let flag = context.arguments.first, flag == "-i" || flag == "-I" || flag == "--all-ip-addresses" {
      let address = context.shell.cluster.state.address(of: context.shell.host)?.description ?? "127.0.0.1"
      context.output.line(flag == "-i" ? address : address + " ")
      return 0
    }
    switch context.shell.location {
    case .laptop: context.output.line("laptop")
    case .node(let name): context.output.line(name)
    case .container:
      guard let (pod, _, _) = context.shell.currentContainer else { return 1 }
      context.output.line(pod.spec.hostname ?? pod.name)
    }
    return 0
  }

  static func mac(_ seed: String) -> String {
    var hash: UInt64 = 1_469_598_103_934_665_603
    for byte in seed.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
    let bytes = (0..<5).map { String(format: "%02x", Int((hash >> (UInt64($0) * 8)) & 0xff)) }
    return "a2:" + bytes.joined(separator: ":")
  }

  static func ip(_ context: inout ToolContext) -> Int32 {
    let shell = context.shell
    let state = shell.cluster.state
    let words = context.arguments.filter { $0 != "-4" && $0 != "-br" }
    guard let object = words.first else {
      context.output.errorLine("Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }")
      context.output.errorLine("where  OBJECT := { address | link | neighbour | route | rule | tunnel | ... }")
      return 255
    }
    let isAddress = ["a", "ad", "addr", "address"].contains(object)
    let isRoute = ["r", "ro", "route"].contains(object)
    let isLink = ["l", "link"].contains(object)
    guard isAddress || isRoute || isLink else {
      context.output.errorLine("Object \"\(object)\" is unknown, try \"ip help\".")
      return 255
    }
    let loopback = [
      "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000",
      "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00",
    ]
    switch shell.location {
    case .node(let name):
      guard let index = ClusterOptions.nodeNames.firstIndex(of: name), let node = state.node(named: name) else { return 1 }
      let cidr = ClusterOptions.podCIDR(index)
      if isRoute {
        context.output.line("default via 192.168.1.1 dev eth0 proto dhcp src \(node.internalIP) metric 100 ")
        for (other, otherName) in ClusterOptions.nodeNames.enumerated() where state.node(named: otherName) != nil {
          let network = ClusterOptions.podCIDR(other)
          if other == index {
            context.output.line("\(network) dev cni0 proto kernel scope link src \(network.address(at: 1)) ")
          } else {
            context.output.line("\(network) via \(network.base) dev flannel.1 onlink ")
          }
        }
        context.output.line("192.168.1.0/24 dev eth0 proto kernel scope link src \(node.internalIP) metric 100 ")
        return 0
      }
      var lines = loopback
      if isAddress { lines += ["    inet 127.0.0.1/8 scope host lo", "       valid_lft forever preferred_lft forever"] }
      lines.append("2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP group default qlen 1000")
      lines.append("    link/ether \(mac(name + "eth0")) brd ff:ff:ff:ff:ff:ff")
      if isAddress {
        lines += ["    inet \(node.internalIP)/24 brd 192.168.1.255 scope global eth0", "       valid_lft forever preferred_lft forever"]
      }
      lines.append("3: flannel.1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UNKNOWN group default ")
      lines.append("    link/ether \(Bootstrap_mac(index)) brd ff:ff:ff:ff:ff:ff")
      if isAddress {
        lines += ["    inet \(cidr.base)/32 scope global flannel.1", "       valid_lft forever preferred_lft forever"]
      }
      lines.append("4: cni0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UP group default qlen 1000")
      lines.append("    link/ether \(mac(name + "cni0")) brd ff:ff:ff:ff:ff:ff")
      if isAddress {
        lines += ["    inet \(cidr.address(at: 1))/24 brd \(cidr.address(at: 255)) scope global cni0", "       valid_lft forever preferred_lft forever"]
      }
      let pods = state.store.list(Pod.self, in: nil).filter { $0.spec.nodeName == name && $0.spec.hostNetwork != true && $0.status.podIP != nil }
      for (offset, pod) in pods.enumerated() {
        let veth = "veth" + mac(pod.name).replacingOccurrences(of: ":", with: "").dropFirst(2).prefix(8)
        lines.append("\(5 + offset): \(veth)@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue master cni0 state UP group default ")
        lines.append("    link/ether \(mac(pod.name + "host")) brd ff:ff:ff:ff:ff:ff link-netns cni-\(pod.metadata.uid ?? "")")
      }
      for line in lines { context.output.line(line) }
      return 0
    case .container:
      guard let (pod, _, _) = shell.currentContainer, let ip = pod.status.podIP,
        let index = pod.spec.nodeName.flatMap({ ClusterOptions.nodeNames.firstIndex(of: $0) })
      else { return 1 }
      let cidr = ClusterOptions.podCIDR(index)
      if isRoute {
        context.output.line("default via \(cidr.address(at: 1)) dev eth0 ")
        context.output.line("\(ClusterOptions.podNetwork) via \(cidr.address(at: 1)) dev eth0 ")
        context.output.line("\(cidr) dev eth0 scope link  src \(ip) ")
        return 0
      }
      var lines = [
        "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000",
        "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00",
      ]
      if isAddress { lines += ["    inet 127.0.0.1/8 scope host lo", "       valid_lft forever preferred_lft forever"] }
      lines.append("2: eth0@if\(5 + (pod.name.count % 7)): <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1450 qdisc noqueue ")
      lines.append("    link/ether \(mac(pod.name)) brd ff:ff:ff:ff:ff:ff")
      if isAddress {
        lines += ["    inet \(ip)/24 brd \(cidr.address(at: 255)) scope global eth0", "       valid_lft forever preferred_lft forever"]
      }
      for line in lines { context.output.line(line) }
      return 0
    case .laptop:
      context.output.errorLine("bash: ip: command not found")
      return 127
    }
  }

  /// The MAC flannel announces for node `index` (as in the node's annotation).
  static func Bootstrap_mac(_ index: Int) -> String {
    ["8a:3e:5f:01:c2:7d", "a6:1b:90:4e:33:d8", "f2:7c:18:b5:6a:04"][index]
  }

  static let serviceNames: [String: String] = ["443": "https", "80": "http", "53": "domain", "22": "ssh", "6443": "6443"]

  static func iptables(_ context: inout ToolContext) -> Int32 {
    guard case .node(let name) = context.shell.location else { return 127 }
    var table = "filter"
    var list = false
    var numeric = false
    var chain: String?
    var arguments = context.arguments[...]
    while let argument = arguments.popFirst() {
      switch argument {
      case "-t", "--table": table = arguments.popFirst() ?? table
      case "-L", "--list":
        list = true
        if let next = arguments.first, !next.hasPrefix("-") { chain = arguments.popFirst() }
      case "-n", "--numeric": numeric = true
      case "-nL", "-Ln":
        list = true
        numeric = true
        if let next = arguments.first, !next.hasPrefix("-") { chain = arguments.popFirst() }
      case "-v", "--line-numbers": break
      default:
        context.output.errorLine("iptables v1.8.7 (nf_tables): unknown option \"\(argument)\"")
        context.output.errorLine("Try `iptables -h' or 'iptables --help' for more information.")
        return 2
      }
    }
    guard list else {
      context.output.errorLine(Notes.readOnlyIptables(language: context.shell.language))
      return 1
    }
    guard table == "nat" else {
      context.output.errorLine(Notes.natOnly(language: context.shell.language))
      return table == "filter" ? 0 : 1
    }
    let chains = context.shell.cluster.state.natTable(on: name)
    let selected = chain.map { wanted in chains.filter { $0.chain == wanted } } ?? chains
    if let chain, selected.isEmpty {
      context.output.errorLine("iptables v1.8.7 (nf_tables): chain `\(chain)' in table `nat' is incompatible, use 'nft' tool.")
      return 1
    }
    func address(_ text: String) -> String {
      if numeric { return text }
      if text == "0.0.0.0/0" { return "anywhere" }
      if text == "!10.244.0.0/16" { return "!10.244.0.0/16" }
      return text
    }
    func extra(_ text: String) -> String {
      guard !numeric else { return text }
      var result = text
      for (port, service) in serviceNames { result = result.replacingOccurrences(of: "dpt:\(port)", with: "dpt:\(service)") }
      return result
    }
    var blocks: [String] = []
    for entry in selected {
      var lines: [String] = []
      if let policy = entry.policy {
        lines.append("Chain \(entry.chain) (policy \(policy))")
      } else {
        lines.append("Chain \(entry.chain) (\(entry.references) references)")
      }
      lines.append("target     prot opt source               destination         ")
      for rule in entry.rules {
        func pad(_ text: String, _ width: Int) -> String {
          text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
        }
        let line = pad(rule.target, 10) + " " + pad(rule.proto, 4) + " " + pad("--", 3) + " "
          + pad(address(rule.source), 20) + " " + pad(address(rule.destination), 20) + " " + extra(rule.extra)
        lines.append(rule.extra.isEmpty ? String(line.dropLast()) : line)
      }
      blocks.append(lines.joined(separator: "\n"))
    }
    context.output.line(blocks.joined(separator: "\n\n"))
    return 0
  }

  /// Files that exist where the learner is, outside the workspace: /etc/resolv.conf and the like.
  static func virtualFile(_ path: String, shell: Shell) -> String? {
    let clean = path.hasPrefix("/") ? path : "/" + path
    let state = shell.cluster.state
    switch shell.location {
    case .laptop, .node:
      let isNode = shell.location.isNode
      switch clean {
      case "/etc/resolv.conf":
        return "nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n"
      case "/etc/hosts":
        var text = "127.0.0.1 localhost\n"
        if case .node(let name) = shell.location, let ip = state.node(named: name)?.internalIP { text += "\(ip) \(name)\n" }
        for (index, name) in ClusterOptions.nodeNames.enumerated() where state.node(named: name) != nil {
          if case .node(let current) = shell.location, current == name { continue }
          text += "\(ClusterOptions.nodeAddress(index)) \(name)\n"
        }
        return text
      case "/etc/hostname":
        if case .node(let name) = shell.location { return name + "\n" }
        return "laptop\n"
      case "/etc/os-release":
        return "PRETTY_NAME=\"Ubuntu 22.04.5 LTS\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"22.04\"\nVERSION=\"22.04.5 LTS (Jammy Jellyfish)\"\nID=ubuntu\n"
      case "/etc/kubernetes/manifests/kube-apiserver.yaml" where isNode:
        return nil
      default:
        return nil
      }
    case .container(let namespace, _, _):
      guard let (pod, _, _) = shell.currentContainer else { return nil }
      switch clean {
      case "/etc/resolv.conf":
        if state.usesClusterDNS(shell.host) {
          return "search \(state.searchDomains(namespace: namespace).joined(separator: " "))\nnameserver \(ClusterState.dnsServer)\noptions ndots:5\n"
        }
        return "nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n"
      case "/etc/hosts":
        let ip = pod.status.podIP ?? ""
        return "# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n\(ip)\t\(pod.spec.hostname ?? pod.name)\n"
      case "/etc/hostname":
        return (pod.spec.hostname ?? pod.name) + "\n"
      case "/var/run/secrets/kubernetes.io/serviceaccount/namespace":
        return namespace
      default:
        return nil
      }
    }
  }
}

extension Notes {
  static func readOnlyIptables(language: Language) -> String {
    switch language {
    case .en: return "kubetutor: iptables here only lists rules (-t nat -L); kube-proxy writes them from the Services."
    case .ko: return "kubetutor: 여기서 iptables는 규칙 조회(-t nat -L)만 됩니다. 규칙은 kube-proxy가 Service를 보고 씁니다."
    }
  }

  static func natOnly(language: Language) -> String {
    switch language {
    case .en: return "kubetutor: kube-proxy's Service rules are in the nat table: iptables -t nat -L -n"
    case .ko: return "kubetutor: kube-proxy의 Service 규칙은 nat 테이블에 있습니다: iptables -t nat -L -n"
    }
  }
}
