/// Allocation of ClusterIPs and nodePorts, as the API server's allocators do it.
extension ClusterState {
  var allocatedClusterIPs: Set<IPv4Address> {
    Set(store.services.unordered.compactMap(\.clusterIPAddress))
  }

  var allocatedNodePorts: Set<Int32> {
    var ports: Set<Int32> = []
    for service in store.services.unordered {
      for port in service.spec.ports { if let nodePort = port.nodePort { ports.insert(nodePort) } }
      if let health = service.spec.healthCheckNodePort { ports.insert(health) }
    }
    return ports
  }

  /// A random ClusterIP from the upper band of 10.96.0.0/12 (the lowest 256 addresses are
  /// kept for addresses chosen by hand, as since Kubernetes 1.27).
  mutating func randomClusterIP() -> IPv4Address? {
    let network = ClusterOptions.serviceNetwork
    let used = allocatedClusterIPs
    for _ in 0..<10_000 {
      let offset = Int.random(in: 257...(network.size - 2), using: &random.serviceIPs)
      let candidate = network.address(at: offset)
      if !used.contains(candidate) { return candidate }
    }
    return nil
  }

  /// A random free nodePort, from 30086-32767 first (30000-30085 are kept for ports chosen
  /// by hand).
  mutating func randomNodePort(excluding extra: Set<Int32>) -> Int32? {
    let used = allocatedNodePorts.union(extra)
    for _ in 0..<10_000 {
      let candidate = Int32.random(in: 30086...32767, using: &random.nodePorts)
      if !used.contains(candidate) { return candidate }
    }
    return ClusterOptions.nodePortRange.first { !used.contains($0) }
  }

  func needsNodePorts(_ service: Service) -> Bool {
    service.type == "NodePort"
      || (service.type == "LoadBalancer" && service.spec.allocateLoadBalancerNodePorts != false)
  }

  /// Allocates the ClusterIP and nodePorts of a new Service.
  mutating func allocate<T: APIObject>(_ object: inout T) throws(APIError) {
    var service = object as! Service
    var errors: [FieldError] = []
    errors += allocateClusterIP(&service)
    errors += allocateNodePorts(&service, previous: nil)
    if !errors.isEmpty { throw .invalid(.service, service.name, errors) }
    object = service as! T
  }

  mutating func allocateClusterIP(_ service: inout Service) -> [FieldError] {
    if service.type == "ExternalName" {
      service.spec.clusterIP = nil
      service.spec.clusterIPs = nil
      service.spec.ipFamilies = nil
      service.spec.ipFamilyPolicy = nil
      return []
    }
    service.spec.ipFamilies = ["IPv4"]
    service.spec.ipFamilyPolicy = service.spec.ipFamilyPolicy ?? "SingleStack"
    if service.spec.clusterIP == "None" {
      service.spec.clusterIPs = ["None"]
      return []
    }
    if let requested = service.spec.clusterIP, !requested.isEmpty {
      let address = IPv4Address(requested)!
      let network = ClusterOptions.serviceNetwork
      if !network.contains(address) || address == network.base
        || address == network.address(at: network.size - 1)
      {
        return [
          FieldError(
            field: "spec.clusterIPs", kind: .invalid(value: FieldError.goStrings([requested])),
            detail:
              "failed to allocate IP \(requested): the provided IP (\(requested)) is not in the valid range. The range of valid IPs is \(network)"
          )
        ]
      }
      if allocatedClusterIPs.contains(address) {
        return [
          FieldError(
            field: "spec.clusterIPs", kind: .invalid(value: FieldError.goStrings([requested])),
            detail: "failed to allocate IP \(requested): provided IP is already allocated")
        ]
      }
      service.spec.clusterIPs = [requested]
      return []
    }
    guard let address = randomClusterIP() else {
      return [
        FieldError(
          field: "spec.clusterIPs", kind: .invalid(value: "[]string(nil)"),
          detail: "failed to allocate a serviceIP: range is full")
      ]
    }
    service.spec.clusterIP = address.description
    service.spec.clusterIPs = [address.description]
    return []
  }

  mutating func allocateNodePorts(_ service: inout Service, previous: Service?) -> [FieldError] {
    guard needsNodePorts(service) else {
      for index in service.spec.ports.indices { service.spec.ports[index].nodePort = nil }
      return []
    }
    var errors: [FieldError] = []
    var mine: Set<Int32> = []
    let previousPorts = Set(previous?.spec.ports.compactMap(\.nodePort) ?? [])
    let taken = allocatedNodePorts.subtracting(previousPorts)
    for index in service.spec.ports.indices {
      if let requested = service.spec.ports[index].nodePort, requested != 0 {
        let field = "spec.ports[\(index)].nodePort"
        if !ClusterOptions.nodePortRange.contains(requested) {
          errors.append(
            .invalid(
              field, number: Int64(requested),
              "provided port is not in the valid range. The range of valid ports is 30000-32767"))
        } else if taken.contains(requested) || (mine.contains(requested) && !sharesNodePort(service, index)) {
          errors.append(.invalid(field, number: Int64(requested), "provided port is already allocated"))
        }
        mine.insert(requested)
      }
    }
    guard errors.isEmpty else { return errors }
    for index in service.spec.ports.indices where (service.spec.ports[index].nodePort ?? 0) == 0 {
      guard let port = randomNodePort(excluding: mine.union(taken)) else {
        errors.append(.invalid("spec.ports[\(index)].nodePort", number: 0, "range is full"))
        continue
      }
      service.spec.ports[index].nodePort = port
      mine.insert(port)
    }
    if service.type == "LoadBalancer" && service.spec.externalTrafficPolicy == "Local" {
      if service.spec.healthCheckNodePort == nil || service.spec.healthCheckNodePort == 0 {
        service.spec.healthCheckNodePort = randomNodePort(excluding: mine.union(taken))
      }
    } else {
      service.spec.healthCheckNodePort = nil
    }
    return errors
  }

  /// Two ports of one Service may share a nodePort when their protocols differ (DNS on 53).
  func sharesNodePort(_ service: Service, _ index: Int) -> Bool {
    let port = service.spec.ports[index]
    return service.spec.ports.enumerated().contains { other in
      other.offset != index && other.element.nodePort == port.nodePort
        && other.element.proto != port.proto
    }
  }

  /// Keeps what the server allocated when an update leaves it out, and drops what the new
  /// type no longer needs (as `patchAllocatedValues` and `dropTypeDependentFields` do).
  func keepAllocatedValues(_ service: inout Service, from old: Service) {
    let typeChanged = service.type != old.type
    if typeChanged {
      if service.type == "ExternalName", service.spec.clusterIP == old.spec.clusterIP {
        service.spec.clusterIP = nil
        service.spec.clusterIPs = nil
      }
      if !needsNodePorts(service) {
        for index in service.spec.ports.indices {
          let port = service.spec.ports[index]
          if let old = old.spec.ports.first(where: { $0.port == port.port && $0.proto == port.proto }),
            old.nodePort == port.nodePort
          {
            service.spec.ports[index].nodePort = nil
          }
        }
      }
      if service.type == "ClusterIP" || service.type == "ExternalName",
        service.spec.externalTrafficPolicy == old.spec.externalTrafficPolicy
      {
        service.spec.externalTrafficPolicy = nil
      }
      if service.type != "LoadBalancer" {
        if service.spec.allocateLoadBalancerNodePorts == old.spec.allocateLoadBalancerNodePorts {
          service.spec.allocateLoadBalancerNodePorts = nil
        }
        if service.spec.healthCheckNodePort == old.spec.healthCheckNodePort {
          service.spec.healthCheckNodePort = nil
        }
      }
    }
    if service.type != "ExternalName", old.type != "ExternalName",
      service.spec.clusterIP == nil || service.spec.clusterIP == ""
    {
      service.spec.clusterIP = old.spec.clusterIP
      service.spec.clusterIPs = old.spec.clusterIPs
    }
    if service.spec.clusterIPs == nil, service.spec.clusterIP == old.spec.clusterIP {
      service.spec.clusterIPs = old.spec.clusterIPs
    }
    if service.spec.ipFamilies == nil { service.spec.ipFamilies = old.spec.ipFamilies }
    if service.spec.ipFamilyPolicy == nil { service.spec.ipFamilyPolicy = old.spec.ipFamilyPolicy }
    if needsNodePorts(service) {
      for index in service.spec.ports.indices where (service.spec.ports[index].nodePort ?? 0) == 0 {
        let port = service.spec.ports[index]
        if let previous = old.spec.ports.first(where: {
          $0.port == port.port && $0.proto == port.proto
        }) {
          service.spec.ports[index].nodePort = previous.nodePort
        }
      }
      if service.spec.healthCheckNodePort == nil {
        service.spec.healthCheckNodePort = old.spec.healthCheckNodePort
      }
    }
  }

  /// Allocates what an updated Service newly needs.
  mutating func reallocate(_ service: inout Service, old: Service) throws(APIError) {
    var errors: [FieldError] = []
    if service.type == "ExternalName" {
      errors += allocateClusterIP(&service)
    } else if old.type == "ExternalName" || (service.spec.clusterIP ?? "").isEmpty {
      errors += allocateClusterIP(&service)
    }
    errors += allocateNodePorts(&service, previous: old)
    if !errors.isEmpty { throw .invalid(.service, service.name, errors) }
  }
}
