import Testing

@testable import ClusterSim

/// What is reachable from where, decided by addresses and kube-proxy's rules: the matrix of
/// source × destination × Service type the course teaches.
@Suite struct ReachabilityTests {
  /// A 3-node cluster with one nginx pod on node01 behind Services of every type.
  static func cluster(policy: String = "Cluster") throws -> Cluster {
    let cluster = Cluster(options: ClusterOptions(seed: 4, nodeCount: 3), clock: ManualClock())
    var container = Container(name: "web", image: "nginx")
    container.ports = [ContainerPort(containerPort: 80)]
    var spec = PodSpec(containers: [container])
    spec.nodeSelector = ["kubernetes.io/hostname": "node01"]
    try cluster.state.create(Pod(metadata: ObjectMeta(name: "web", namespace: "default", labels: ["app": "web"]), spec: spec))
    try cluster.state.create(Pod(metadata: ObjectMeta(name: "client", namespace: "default"), spec: PodSpec(containers: [{
      var box = Container(name: "box", image: "busybox")
      box.command = ["sleep", "3600"]
      return box
    }()])))
    for (name, type) in [("web-cip", "ClusterIP"), ("web-np", "NodePort"), ("web-lb", "LoadBalancer")] {
      var service = Service(
        metadata: ObjectMeta(name: name, namespace: "default"),
        spec: ServiceSpec(ports: [ServicePort(port: 80, targetPort: .int(80))], selector: ["app": "web"], type: type))
      if type != "ClusterIP" { service.spec.externalTrafficPolicy = policy }
      if type == "NodePort" { service.spec.ports[0].nodePort = 30008 }
      try cluster.state.create(service)
    }
    cluster.advance(by: 8)
    return cluster
  }

  enum Destination: String, CaseIterable {
    case nodeIP, podIP, clusterIP, nodePortSameNode, nodePortOtherNode, loadBalancer
  }

  static func address(_ destination: Destination, in state: ClusterState) -> (IPv4Address, Int32) {
    switch destination {
    case .nodeIP: return (IPv4Address(192, 168, 1, 3), 22)
    case .podIP: return (state.store.get(Pod.self, "default", "web")!.ip!, 80)
    case .clusterIP: return (state.store.get(Service.self, "default", "web-cip")!.clusterIPAddress!, 80)
    case .nodePortSameNode: return (IPv4Address(192, 168, 1, 3), 30008)
    case .nodePortOtherNode: return (IPv4Address(192, 168, 1, 4), 30008)
    case .loadBalancer: return (IPv4Address(state.store.get(Service.self, "default", "web-lb")!.ingressIPs[0])!, 80)
    }
  }

  static func source(_ name: String) -> NetworkHost {
    switch name {
    case "laptop": return .laptop
    case "node01", "node02", "controlplane": return .node(name)
    default: return .pod(namespace: "default", name: "client")
    }
  }

  static let cases: [(String, Destination, String, Bool)] = [
    // from the laptop: only what is on the machines' network
    ("laptop", .nodeIP, "Cluster", true), ("laptop", .podIP, "Cluster", false),
    ("laptop", .clusterIP, "Cluster", false), ("laptop", .nodePortSameNode, "Cluster", true),
    ("laptop", .nodePortOtherNode, "Cluster", true), ("laptop", .loadBalancer, "Cluster", true),
    // externalTrafficPolicy Local: only the node with the pod answers
    ("laptop", .nodePortSameNode, "Local", true), ("laptop", .nodePortOtherNode, "Local", false),
    ("laptop", .loadBalancer, "Local", true),
    // from a node: everything (CNI routes, kube-proxy on every node)
    ("node02", .podIP, "Cluster", true), ("node02", .clusterIP, "Cluster", true),
    ("controlplane", .nodePortOtherNode, "Cluster", true), ("node02", .loadBalancer, "Cluster", true),
    // from a pod: everything
    ("pod", .podIP, "Cluster", true), ("pod", .clusterIP, "Cluster", true),
    ("pod", .nodeIP, "Cluster", true), ("pod", .nodePortOtherNode, "Cluster", true),
  ]

  @Test(arguments: 0..<cases.count)
  func reachability(index: Int) throws {
    let (from, destination, policy, expected) = ReachabilityTests.cases[index]
    var state = try ReachabilityTests.cluster(policy: policy).state
    let (address, port) = ReachabilityTests.address(destination, in: state)
    let outcome = state.connectTCP(from: ReachabilityTests.source(from), to: address, port: port)
    let connected: Bool
    if case .connected = outcome { connected = true } else { connected = false }
    #expect(connected == expected, "\(from) → \(destination) (\(policy)): \(outcome)")
  }

  @Test func aClusterIPNeverAnswersPingButAPodDoesFromANode() throws {
    var state = try ReachabilityTests.cluster().state
    let clusterIP = state.store.get(Service.self, "default", "web-cip")!.clusterIPAddress!
    guard case .silent = state.ping(from: .node("node02"), to: clusterIP).0 else {
      Issue.record("a ClusterIP answered ping")
      return
    }
    let podIP = state.store.get(Pod.self, "default", "web")!.ip!
    guard case .reply(let ttl, _) = state.ping(from: .node("node02"), to: podIP).0 else {
      Issue.record("the pod did not answer")
      return
    }
    #expect(ttl == 63)
    guard case .silent = state.ping(from: .laptop, to: podIP).0 else {
      Issue.record("the laptop reached the pod network")
      return
    }
  }

  @Test func clusterDNSWorksOnlyInPods() throws {
    let state = try ReachabilityTests.cluster().state
    let fqdn = "web-cip.default.svc.cluster.local"
    guard case .addresses(_, _, let addresses) = state.resolve("web-cip", from: .pod(namespace: "default", name: "client")) else {
      Issue.record("the pod could not resolve the service")
      return
    }
    #expect(addresses.first == state.store.get(Service.self, "default", "web-cip")?.clusterIPAddress)
    #expect(state.resolve(fqdn, from: .laptop) == .nxdomain(fqdn))
    #expect(state.resolve(fqdn, from: .node("node01")) == .nxdomain(fqdn))
    #expect(state.resolve("web-cip.prod", from: .pod(namespace: "default", name: "client")) == .nxdomain("web-cip.prod"))
  }

  @Test func refusedWhenNoEndpointsOrNothingListens() throws {
    let cluster = try ReachabilityTests.cluster()
    try cluster.state.create(
      Service(
        metadata: ObjectMeta(name: "wrong", namespace: "default"),
        spec: ServiceSpec(ports: [ServicePort(port: 80, targetPort: .int(8080))], selector: ["app": "web"])))
    try cluster.state.create(
      Service(
        metadata: ObjectMeta(name: "empty", namespace: "default"),
        spec: ServiceSpec(ports: [ServicePort(port: 80)], selector: ["app": "nothing"])))
    cluster.advance(by: 1)
    var state = cluster.state
    for name in ["wrong", "empty"] {
      let address = state.store.get(Service.self, "default", name)!.clusterIPAddress!
      guard case .refused = state.connectTCP(from: .pod(namespace: "default", name: "client"), to: address, port: 80) else {
        Issue.record("\(name) was not refused")
        continue
      }
    }
  }

  @Test func kubeProxyChainNamesMatchTheRealOnes() throws {
    let state = try ReachabilityTests.cluster().state
    let kubernetes = state.store.get(Service.self, "default", "kubernetes")!
    #expect(ClusterState.chainName("KUBE-SVC-", kubernetes, kubernetes.spec.ports[0]) == "KUBE-SVC-NPX46M4PTMTKRN6Y")
    let dns = state.store.get(Service.self, "kube-system", "kube-dns")!
    #expect(ClusterState.chainName("KUBE-SVC-", dns, dns.spec.ports[0]) == "KUBE-SVC-TCOU7JCQXEZGVUNU")
    #expect(ClusterState.chainName("KUBE-SVC-", dns, dns.spec.ports[1]) == "KUBE-SVC-ERIFXISQEP7F7OF4")
    #expect(ClusterState.chainName("KUBE-SVC-", dns, dns.spec.ports[2]) == "KUBE-SVC-JD5MR3NA4I4DYORP")
    #expect(ClusterState.probabilityText(1.0 / 3) == "0.33333333349")
    #expect(ClusterState.probabilityText(0.5) == "0.50000000000")
  }

  @Test func theNginxWelcomePageIsItsRealSize() {
    #expect(HTTPApps.nginxWelcome.utf8.count == 615)
  }
}
