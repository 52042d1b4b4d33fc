import Testing

@testable import ClusterSim

@Suite struct BootstrapTests {
  @Test func oneNodeClusterLooksLikeKubeadm() {
    let cluster = Cluster(options: ClusterOptions(seed: 1, nodeCount: 1), clock: ManualClock())
    let pods = cluster.state.store.list(Pod.self, in: nil)
    let names = pods.map(\.name)
    #expect(names.contains("etcd-controlplane"))
    #expect(names.contains("kube-apiserver-controlplane"))
    #expect(names.filter { $0.hasPrefix("coredns-668d6bf9bc-") }.count == 2)
    #expect(names.filter { $0.hasPrefix("kube-proxy-") }.count == 1)
    #expect(names.filter { $0.hasPrefix("kube-flannel-ds-") }.count == 1)
    for pod in pods {
      #expect(pod.status.phase == "Running", "\(pod.name) is \(pod.status.phase ?? "-")")
      #expect(pod.isReady, "\(pod.name) not ready")
    }
    let dnsIPs = pods.filter { $0.name.hasPrefix("coredns") }.compactMap(\.status.podIP).sorted()
    #expect(dnsIPs == ["10.244.0.2", "10.244.0.3"])
    let kubeDNS = cluster.state.store.get(Service.self, "kube-system", "kube-dns")
    #expect(kubeDNS?.spec.clusterIP == "10.96.0.10")
    let endpoints = cluster.state.store.get(Endpoints.self, "kube-system", "kube-dns")
    #expect(endpoints?.subsets.first?.addresses.map(\.ip) == ["10.244.0.2", "10.244.0.3"])
    #expect(cluster.state.node(named: "controlplane")?.taints.isEmpty == true)
  }

  @Test func threeNodeClusterTaintsTheControlPlane() {
    let cluster = Cluster(options: ClusterOptions(seed: 7, nodeCount: 3), clock: ManualClock())
    #expect(cluster.state.nodes.map(\.name) == ["controlplane", "node01", "node02"])
    #expect(cluster.state.node(named: "controlplane")?.taints.first?.effect == "NoSchedule")
    let proxies = cluster.state.store.list(Pod.self, in: "kube-system").filter {
      $0.name.hasPrefix("kube-proxy-")
    }
    #expect(Set(proxies.compactMap(\.spec.nodeName)) == ["controlplane", "node01", "node02"])
    #expect(Set(proxies.compactMap(\.status.podIP)) == ["192.168.1.2", "192.168.1.3", "192.168.1.4"])
  }
}
