import Testing

@testable import ClusterSim

@Suite struct WorkloadTests {
  func deployment(_ name: String, replicas: Int32, image: String = "nginx") -> Deployment {
    let labels = ["app": name]
    var container = Container(name: "main", image: image)
    container.ports = [ContainerPort(containerPort: 80, name: "http")]
    return Deployment(
      metadata: ObjectMeta(name: name, namespace: "default", labels: labels),
      spec: DeploymentSpec(
        replicas: replicas, selector: LabelSelector(matchLabels: labels),
        template: PodTemplateSpec(metadata: ObjectMeta(labels: labels), spec: PodSpec(containers: [container]))))
  }

  func pods(_ cluster: Cluster, app: String) -> [Pod] {
    cluster.state.store.pods(matching: ["app": app], in: "default")
  }

  @Test func deploymentPodsAreNamedAfterTheirReplicaSetAndBecomeReady() throws {
    let cluster = Cluster(options: ClusterOptions(seed: 3, nodeCount: 1), clock: ManualClock())
    try cluster.state.create(deployment("web", replicas: 3))
    cluster.advance(by: 1)
    let replicaSet = try #require(cluster.state.store.list(ReplicaSet.self, in: "default").first)
    let hash = try #require(replicaSet.metadata.labels["pod-template-hash"])
    #expect(replicaSet.name == "web-\(hash)")
    #expect(hash.allSatisfy { "456789bcdf".contains($0) })
    let created = pods(cluster, app: "web")
    #expect(created.count == 3)
    for pod in created {
      #expect(pod.name.hasPrefix("web-\(hash)-"))
      let suffix = pod.name.dropFirst("web-\(hash)-".count)
      #expect(suffix.count == 5)
      #expect(suffix.allSatisfy { Naming.alphabet.contains($0) })
      #expect(!pod.isReady)
    }
    cluster.advance(by: 6)
    #expect(pods(cluster, app: "web").allSatisfy { $0.isReady })
    #expect(cluster.state.store.get(Deployment.self, "default", "web")?.status.readyReplicas == 3)
  }

  @Test func aReplacementPodGetsANewNameAndANewIP() throws {
    let cluster = Cluster(options: ClusterOptions(seed: 1, nodeCount: 2), clock: ManualClock())
    try cluster.state.create(deployment("web", replicas: 2))
    cluster.advance(by: 8)
    let before = pods(cluster, app: "web")
    let victim = before[0]
    try cluster.state.delete(victim.key)
    cluster.advance(by: 8)
    let after = pods(cluster, app: "web")
    #expect(after.count == 2)
    let replacement = try #require(after.first { $0.name != before[1].name })
    #expect(replacement.name != victim.name)
    #expect(replacement.status.podIP != victim.status.podIP)
    #expect(replacement.status.podIP != nil)
  }

  @Test func podsOfAFreshWorkerStartAtDotTwoAndCoreDNSHoldsTheControlPlane() throws {
    let cluster = Cluster(options: ClusterOptions(seed: 1, nodeCount: 2), clock: ManualClock())
    try cluster.state.create(deployment("web", replicas: 1))
    cluster.advance(by: 5)
    let pod = try #require(pods(cluster, app: "web").first)
    #expect(pod.spec.nodeName == "node01")
    #expect(pod.status.podIP == "10.244.1.2")
  }

  @Test func theTaintedControlPlaneGetsNoWorkloadsWhenWorkersExist() throws {
    let cluster = Cluster(options: ClusterOptions(seed: 5, nodeCount: 3), clock: ManualClock())
    try cluster.state.create(deployment("web", replicas: 6))
    cluster.advance(by: 5)
    let nodes = pods(cluster, app: "web").compactMap(\.spec.nodeName)
    #expect(!nodes.contains("controlplane"))
    #expect(nodes.filter { $0 == "node01" }.count == 3)
    #expect(nodes.filter { $0 == "node02" }.count == 3)
  }

  @Test func anUnknownImageGoesToErrImagePullThenImagePullBackOff() throws {
    let cluster = Cluster(options: ClusterOptions(seed: 1), clock: ManualClock())
    try cluster.state.create(deployment("bad", replicas: 1, image: "nginy"))
    cluster.advance(by: 3)
    var pod = try #require(pods(cluster, app: "bad").first)
    guard case .waiting(let reason, _) = pod.status.containerStatuses.first?.state else {
      Issue.record("not waiting")
      return
    }
    #expect(reason == "ErrImagePull")
    cluster.advance(by: 3)
    pod = try #require(pods(cluster, app: "bad").first)
    guard case .waiting(let later, _) = pod.status.containerStatuses.first?.state else {
      Issue.record("not waiting")
      return
    }
    #expect(later == "ImagePullBackOff")
    let reasons = cluster.state.events(about: pod).map(\.reason)
    #expect(reasons.contains("Failed"))
    #expect(reasons.contains("BackOff"))
  }

  @Test func deletingADeploymentCollectsItsReplicaSetsAndPods() throws {
    let cluster = Cluster(options: ClusterOptions(seed: 1), clock: ManualClock())
    try cluster.state.create(deployment("web", replicas: 2))
    cluster.advance(by: 5)
    try cluster.state.delete(ObjectKey(.deployment, namespace: "default", name: "web"))
    cluster.advance(by: 5)
    #expect(cluster.state.store.list(ReplicaSet.self, in: "default").isEmpty)
    #expect(pods(cluster, app: "web").isEmpty)
  }

  @Test func endpointsListReadyPodsAndResolveNamedTargetPorts() throws {
    let cluster = Cluster(options: ClusterOptions(seed: 1), clock: ManualClock())
    try cluster.state.create(deployment("web", replicas: 2))
    try cluster.state.create(
      Service(
        metadata: ObjectMeta(name: "web", namespace: "default"),
        spec: ServiceSpec(ports: [ServicePort(port: 80, targetPort: .string("http"))], selector: ["app": "web"])))
    cluster.advance(by: 1)
    var endpoints = try #require(cluster.state.store.get(Endpoints.self, "default", "web"))
    #expect(endpoints.subsets.first?.addresses.isEmpty ?? true)
    cluster.advance(by: 6)
    endpoints = try #require(cluster.state.store.get(Endpoints.self, "default", "web"))
    let subset = try #require(endpoints.subsets.first)
    #expect(subset.addresses.count == 2)
    #expect(subset.ports.first?.port == 80)
    #expect(Set(subset.addresses.map(\.ip)) == Set(pods(cluster, app: "web").compactMap(\.status.podIP)))
  }

  @Test func aHeadlessServiceWithoutPortsListsAddressesAlone() throws {
    let cluster = Cluster(options: ClusterOptions(seed: 1), clock: ManualClock())
    try cluster.state.create(deployment("db", replicas: 2))
    var spec = ServiceSpec(selector: ["app": "db"])
    spec.clusterIP = "None"
    try cluster.state.create(Service(metadata: ObjectMeta(name: "db", namespace: "default"), spec: spec))
    cluster.advance(by: 8)
    let endpoints = try #require(cluster.state.store.get(Endpoints.self, "default", "db"))
    let subset = try #require(endpoints.subsets.first)
    #expect(subset.ports.isEmpty)
    #expect(Set(subset.addresses.map(\.ip)) == Set(pods(cluster, app: "db").compactMap(\.status.podIP)))
    #expect(subset.addresses.count == 2)
  }

  @Test func aTagWithAnUnknownSuffixDoesNotExist() throws {
    let cluster = Cluster(options: ClusterOptions(seed: 1), clock: ManualClock())
    try cluster.state.create(deployment("typo", replicas: 1, image: "nginx:1.27-typo"))
    try cluster.state.create(deployment("alpine", replicas: 1, image: "nginx:1.27-alpine"))
    cluster.advance(by: 8)
    let typo = try #require(pods(cluster, app: "typo").first)
    guard case .waiting(let reason, _) = typo.status.containerStatuses.first?.state else {
      Issue.record("nginx:1.27-typo should not start")
      return
    }
    #expect(reason == "ImagePullBackOff")
    let alpine = try #require(pods(cluster, app: "alpine").first)
    #expect(alpine.status.phase == "Running")
  }

  @Test(arguments: [
    ("nginx", nil), ("nginx:1.27-alpine", nil), ("registry.k8s.io/e2e-test-images/agnhost:2.39", nil),
    ("curlimages/curl:8.5.0", nil), ("localhost:5000/My/app", "invalid reference format: repository name (My/app) must be lowercase"),
    ("=nginx", "invalid reference format"), ("nginx:", "invalid reference format"), ("Nginx", "invalid reference format: repository name (Nginx) must be lowercase"),
    ("nginx:1.27 ", "invalid reference format"), ("web//app", "invalid reference format"),
  ] as [(String, String?)])
  func imageReferencesParseAsTheRuntimeParsesThem(image: String, failure: String?) {
    #expect(ImageReference.parseFailure(image) == failure)
  }

  @Test func anUnparsableImageNameWaitsAsInvalidImageName() throws {
    let cluster = Cluster(options: ClusterOptions(seed: 1), clock: ManualClock())
    try cluster.state.create(deployment("bad", replicas: 1, image: "=nginx"))
    cluster.advance(by: 20)
    let pod = try #require(pods(cluster, app: "bad").first)
    guard case .waiting(let reason, let message) = pod.status.containerStatuses.first?.state else {
      Issue.record("not waiting")
      return
    }
    #expect(reason == "InvalidImageName")
    #expect(message == "Failed to apply default image tag \"=nginx\": couldn't parse image name \"=nginx\": invalid reference format")
    #expect(!cluster.state.events(about: pod).map(\.reason).contains("Pulling"))
  }

  @Test func aSelectorThatMatchesNothingLeavesNoEndpoints() throws {
    let cluster = Cluster(options: ClusterOptions(seed: 1), clock: ManualClock())
    try cluster.state.create(
      Service(
        metadata: ObjectMeta(name: "lonely", namespace: "default"),
        spec: ServiceSpec(ports: [ServicePort(port: 80)], selector: ["app": "nothing"])))
    cluster.advance(by: 3)
    #expect(cluster.state.store.get(Endpoints.self, "default", "lonely")?.subsets == [])
  }

  @Test func aBusyboxWithoutACommandCrashLoops() throws {
    let cluster = Cluster(options: ClusterOptions(seed: 1), clock: ManualClock())
    try cluster.state.create(
      Pod(metadata: ObjectMeta(name: "box", namespace: "default"), spec: PodSpec(containers: [Container(name: "box", image: "busybox")])))
    cluster.advance(by: 30)
    let pod = try #require(cluster.state.store.get(Pod.self, "default", "box"))
    let status = try #require(pod.status.containerStatuses.first)
    #expect(status.restartCount >= 1)
    #expect(pod.status.phase == "Running")
  }

  @Test func aContainerThatExitsIsRestartedOnceAtOnceThenBacksOff() throws {
    let cluster = Cluster(options: ClusterOptions(seed: 1), clock: ManualClock())
    var container = Container(name: "once", image: "busybox")
    container.command = ["true"]
    try cluster.state.create(
      Pod(metadata: ObjectMeta(name: "once", namespace: "default"), spec: PodSpec(containers: [container])))
    var seen: [String] = []
    for _ in 0..<80 {
      cluster.advance(by: 0.5)
      let pod = try #require(cluster.state.store.get(Pod.self, "default", "once"))
      let status = try #require(pod.status.containerStatuses.first)
      switch status.state {
      case .waiting(let reason, _):
        // A real kubelet backs off only from the second exit: never CrashLoopBackOff with 0 restarts.
        if reason == "CrashLoopBackOff" { #expect(status.restartCount > 0) }
        seen.append("\(reason) \(status.restartCount)")
      case .terminated(_, let reason, _, _, _): seen.append("\(reason) \(status.restartCount)")
      case .running: seen.append("Running \(status.restartCount)")
      }
    }
    #expect(seen.contains("Completed 0"))
    #expect(seen.contains("CrashLoopBackOff 1"))
    #expect(seen.last?.hasSuffix(" 0") == false)
  }

  @Test func theSameSeedGivesTheSameCluster() throws {
    func build() throws -> [String] {
      let cluster = Cluster(options: ClusterOptions(seed: 9, nodeCount: 2), clock: ManualClock())
      try cluster.state.create(deployment("web", replicas: 3))
      cluster.advance(by: 6)
      return cluster.state.store.list(Pod.self, in: nil).map { "\($0.name) \($0.status.podIP ?? "")" }
    }
    #expect(try build() == build())
  }

  @Test func aBigScaleUpArrivesInBurstsOfFiveHundred() throws {
    let cluster = Cluster(options: ClusterOptions(seed: 3, nodeCount: 3), clock: ManualClock())
    try cluster.state.create(deployment("big", replicas: 1200))
    cluster.tick()
    #expect(pods(cluster, app: "big").count == ClusterState.burstReplicas)
    cluster.advance(by: 1)
    #expect(pods(cluster, app: "big").count == 2 * ClusterState.burstReplicas)
    cluster.advance(by: 1)
    #expect(pods(cluster, app: "big").count == 1200)
    #expect(cluster.state.invariantViolations() == [])
  }
}
