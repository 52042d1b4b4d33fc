import Testing

@testable import ClusterSim

@Suite struct AllocationTests {
  func cluster(seed: UInt64 = 1, nodes: Int = 1) -> Cluster {
    Cluster(options: ClusterOptions(seed: seed, nodeCount: nodes), clock: ManualClock())
  }

  func service(_ name: String, type: String = "ClusterIP", nodePort: Int32? = nil) -> Service {
    Service(
      metadata: ObjectMeta(name: name, namespace: "default"),
      spec: ServiceSpec(ports: [ServicePort(port: 80, nodePort: nodePort)], selector: ["app": name], type: type))
  }

  @Test func hostLocalIPAMNeverHandsBackTheAddressJustFreed() {
    var ipam = HostLocalIPAM(network: IPv4Network("10.244.1.0/24")!)
    let first = ipam.allocate()!
    #expect(first.description == "10.244.1.2")
    ipam.release(first)
    #expect(ipam.allocate()?.description == "10.244.1.3")
  }

  @Test func hostLocalIPAMWrapsAroundWhenItReachesTheEnd() {
    var ipam = HostLocalIPAM(network: IPv4Network("10.244.0.0/24")!)
    var addresses: [IPv4Address] = []
    for _ in 0..<253 { addresses.append(ipam.allocate()!) }
    #expect(addresses.last?.description == "10.244.0.254")
    #expect(ipam.allocate() == nil)
    ipam.release(addresses[10])
    #expect(ipam.allocate() == addresses[10])
  }

  @Test(arguments: [1, 2, 3, 42, 99] as [UInt64])
  func clusterIPsAreRandomInTheServiceNetworkAboveTheStaticBand(seed: UInt64) throws {
    let cluster = cluster(seed: seed)
    var seen: Set<String> = []
    for index in 0..<40 {
      let created = try cluster.state.create(service("svc-\(index)"))
      let address = try #require(created.clusterIPAddress)
      #expect(ClusterOptions.serviceNetwork.contains(address))
      #expect(address.value - ClusterOptions.serviceNetwork.base.value > 256)
      #expect(seen.insert(address.description).inserted)
    }
    // Not handed out in sequence.
    let sorted = seen.compactMap(IPv4Address.init).sorted()
    #expect(sorted.last!.value - sorted.first!.value > 1000)
  }

  @Test func nodePortsComeFromTheDynamicBandUnlessRequested() throws {
    let cluster = cluster()
    for index in 0..<40 {
      let created = try cluster.state.create(service("np-\(index)", type: "NodePort"))
      let port = try #require(created.spec.ports[0].nodePort)
      #expect((30086...32767).contains(port))
    }
    let fixed = try cluster.state.create(service("fixed", type: "NodePort", nodePort: 30008))
    #expect(fixed.spec.ports[0].nodePort == 30008)
  }

  @Test func nodePortOutsideTheRangeOrTakenIsInvalid() throws {
    let cluster = cluster()
    _ = try cluster.state.create(service("a", type: "NodePort", nodePort: 30080))
    #expect(throws: APIError.self) { try cluster.state.create(service("b", type: "NodePort", nodePort: 30080)) }
    do {
      _ = try cluster.state.create(service("c", type: "NodePort", nodePort: 8080))
      Issue.record("expected an error")
    } catch {
      #expect(
        error.message
          == "Service \"c\" is invalid: spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767")
    }
  }

  @Test func aTakenNodePortIsReportedBeforeAnExistingName() throws {
    let cluster = cluster()
    _ = try cluster.state.create(service("a", type: "NodePort", nodePort: 30080))
    _ = try cluster.state.create(service("b", type: "NodePort"))
    do {
      _ = try cluster.state.create(service("b", type: "NodePort", nodePort: 30080))
      Issue.record("expected an error")
    } catch {
      #expect(
        error.message
          == "Service \"b\" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated")
    }
  }

  @Test func clusterIPIsImmutableButKeptWhenAnUpdateLeavesItOut() throws {
    let cluster = cluster()
    let created = try cluster.state.create(service("web", type: "NodePort"))
    var changed = created
    changed.spec.clusterIP = nil
    changed.spec.clusterIPs = nil
    changed.spec.ports[0].nodePort = nil
    changed.metadata.labels["tier"] = "front"
    let updated = try cluster.state.update(changed).object
    #expect(updated.spec.clusterIP == created.spec.clusterIP)
    #expect(updated.spec.ports[0].nodePort == created.spec.ports[0].nodePort)
    var moved = updated
    moved.spec.clusterIP = "10.96.5.5"
    moved.spec.clusterIPs = ["10.96.5.5"]
    #expect(throws: APIError.self) { try cluster.state.update(moved) }
  }

  @Test func changingTypeToClusterIPDropsTheNodePort() throws {
    let cluster = cluster()
    var service = try cluster.state.create(service("web", type: "NodePort"))
    service.spec.type = "ClusterIP"
    let updated = try cluster.state.update(service).object
    #expect(updated.spec.ports[0].nodePort == nil)
    #expect(updated.spec.externalTrafficPolicy == nil)
  }

  @Test func loadBalancerGetsAnAddressFromThePoolAfterAFewSeconds() throws {
    let cluster = cluster()
    _ = try cluster.state.create(service("lb", type: "LoadBalancer"))
    cluster.advance(by: 1)
    #expect(cluster.state.store.get(Service.self, "default", "lb")?.ingressIPs == [])
    cluster.advance(by: 2)
    #expect(cluster.state.store.get(Service.self, "default", "lb")?.ingressIPs == ["192.168.1.240"])
    _ = try cluster.state.create(service("lb2", type: "LoadBalancer"))
    cluster.advance(by: 3)
    #expect(cluster.state.store.get(Service.self, "default", "lb2")?.ingressIPs == ["192.168.1.241"])
  }

  @Test func externalNameHasNoClusterIP() throws {
    let cluster = cluster()
    var external = service("db", type: "ExternalName")
    external.spec.ports = []
    external.spec.externalName = "db.example.com"
    let created = try cluster.state.create(external)
    #expect(created.spec.clusterIP == nil)
    #expect(created.spec.clusterIPs == nil)
  }
}
