import Testing

@testable import ClusterSim

/// The invariant checker itself: a sound cluster passes, and each kind of damage is named.
@Suite struct InvariantTests {
  func cluster() throws -> ClusterState {
    let cluster = Cluster(options: ClusterOptions(seed: 3, nodeCount: 3), clock: ManualClock())
    let labels = ["app": "web"]
    var container = Container(name: "web", image: "nginx")
    container.ports = [ContainerPort(containerPort: 80)]
    try cluster.state.create(
      Deployment(
        metadata: ObjectMeta(name: "web", namespace: "default", labels: labels),
        spec: DeploymentSpec(
          replicas: 3, selector: LabelSelector(matchLabels: labels),
          template: PodTemplateSpec(metadata: ObjectMeta(labels: labels), spec: PodSpec(containers: [container])))))
    try cluster.state.create(
      Service(
        metadata: ObjectMeta(name: "web", namespace: "default"),
        spec: ServiceSpec(ports: [ServicePort(port: 80, targetPort: .int(80))], selector: labels, type: "NodePort")))
    cluster.advance(by: 10)
    return cluster.state
  }

  @Test func aSettledClusterKeepsThemAll() throws {
    let state = try cluster()
    #expect(state.invariantViolations() == [])
  }

  @Test func duplicateAndStrayAddressesAreFound() throws {
    var state = try cluster()
    let pods = state.store.list(Pod.self, in: "default").filter { $0.name.hasPrefix("web-") }
    var copy = pods[1]
    copy.status.podIP = pods[0].status.podIP
    copy.spec.nodeName = pods[0].spec.nodeName
    state.store.put(copy)
    var stray = pods[2]
    stray.status.podIP = "10.250.0.9"
    state.store.put(stray)
    let problems = state.invariantViolations()
    #expect(problems.contains { $0.contains("share IP") })
    #expect(problems.contains { $0.contains("outside node") })
  }

  @Test func servicesOutsideTheirRangesAreFound() throws {
    var state = try cluster()
    var service = try #require(state.store.get(Service.self, "default", "web"))
    service.spec.clusterIP = "10.200.0.1"
    service.spec.ports[0].nodePort = 8080
    state.store.put(service)
    let problems = state.invariantViolations()
    #expect(problems.contains { $0.contains("outside 10.96.0.0/12") })
    #expect(problems.contains { $0.contains("outside 30000-32767") })
  }

  @Test func staleEndpointsAndOrphansAreFound() throws {
    var state = try cluster()
    let pod = try #require(state.store.list(Pod.self, in: "default").first { $0.name.hasPrefix("web-") })
    var lonely = pod
    lonely.metadata.ownerReferences[0].uid = "gone"
    state.store.put(lonely)
    var endpoints = try #require(state.store.get(Endpoints.self, "default", "web"))
    endpoints.subsets[0].addresses.removeFirst()
    state.store.put(endpoints)
    let problems = state.invariantViolations()
    #expect(problems.contains { $0.contains("lists ready") })
    #expect(problems.contains { $0.contains("outlived its owner") })
  }

  @Test func resourceVersionsMustNotGoBack() throws {
    let before = try cluster()
    var after = before
    var service = try #require(after.store.get(Service.self, "default", "web"))
    service.metadata.resourceVersion = "5"
    after.store.put(service)
    #expect(after.invariantViolations(since: before).contains { $0.contains("went back") })
  }
}
