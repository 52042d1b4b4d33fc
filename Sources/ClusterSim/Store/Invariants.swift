/// Rules every reachable state of the cluster keeps, as a real API server and its controllers
/// keep them. Tests call ``invariantViolations(since:)`` after every command; an empty answer
/// means the state is sound.
extension ClusterState {
  /// What is wrong with this state, in words; `previous` (the state before the last command)
  /// adds the checks that resourceVersions only grow.
  public func invariantViolations(since previous: ClusterState? = nil) -> [String] {
    var problems: [String] = []
    checkPodAddresses(into: &problems)
    checkServiceAllocations(into: &problems)
    checkEndpoints(into: &problems)
    checkOwners(into: &problems)
    checkOwnedPodCounts(into: &problems)
    checkResourceVersions(since: previous, into: &problems)
    return problems
  }

  /// The counts the store keeps per controller (``ObjectStore/ownedPodCounts(_:)``) agree
  /// with counting the pods.
  private func checkOwnedPodCounts(into problems: inout [String]) {
    var recount: [String: OwnedPodCounts] = [:]
    for pod in store.list(Pod.self, in: nil) where pod.metadata.deletionTimestamp == nil {
      guard let owner = pod.metadata.controllerReference?.uid else { continue }
      recount[owner, default: OwnedPodCounts()].existing += 1
      if pod.status.phase != "Succeeded" && pod.status.phase != "Failed" { recount[owner]!.active += 1 }
      if pod.isReady { recount[owner]!.ready += 1 }
    }
    let owners = Set(recount.keys).union(store.replicaSets.list(in: nil).compactMap(\.metadata.uid))
    for owner in owners where store.ownedPodCounts(owner) != recount[owner] ?? OwnedPodCounts() {
      problems.append("the pod counts kept for owner \(owner) are \(store.ownedPodCounts(owner)), not \(recount[owner] ?? OwnedPodCounts())")
    }
  }

  private func checkPodAddresses(into problems: inout [String]) {
    let nodes = Dictionary(uniqueKeysWithValues: store.list(Node.self, in: nil).map { ($0.name, $0) })
    var owners: [String: String] = [:]
    for pod in store.list(Pod.self, in: nil) {
      guard let ip = pod.status.podIP else { continue }
      let name = "pod \(pod.namespace)/\(pod.name)"
      guard let nodeName = pod.spec.nodeName, let node = nodes[nodeName] else {
        problems.append("\(name) has IP \(ip) but no node")
        continue
      }
      if pod.spec.hostNetwork == true {
        if ip != node.internalIP { problems.append("\(name) uses the host network but has IP \(ip), not \(node.internalIP)") }
        continue
      }
      guard let address = IPv4Address(ip), let cidr = IPv4Network(node.podCIDR), cidr.contains(address) else {
        problems.append("\(name) has IP \(ip) outside node \(nodeName)'s \(node.podCIDR)")
        continue
      }
      if let other = owners[ip] { problems.append("\(name) and \(other) share IP \(ip)") }
      owners[ip] = name
    }
  }

  private func checkServiceAllocations(into problems: inout [String]) {
    var clusterIPs: [String: String] = [:]
    var nodePorts: [Int32: String] = [:]
    for service in store.list(Service.self, in: nil) {
      let name = "service \(service.namespace)/\(service.name)"
      if let ip = service.spec.clusterIP, ip != "None", !ip.isEmpty {
        if let address = IPv4Address(ip), ClusterOptions.serviceNetwork.contains(address) {
          if let other = clusterIPs[ip] { problems.append("\(name) and \(other) share ClusterIP \(ip)") }
          clusterIPs[ip] = name
        } else {
          problems.append("\(name) has ClusterIP \(ip) outside \(ClusterOptions.serviceNetwork)")
        }
      }
      if service.type == "ExternalName", service.spec.clusterIP != nil {
        problems.append("\(name) is ExternalName but has a ClusterIP")
      }
      var ports = service.spec.ports.compactMap(\.nodePort)
      if let health = service.spec.healthCheckNodePort { ports.append(health) }
      for port in ports {
        guard ClusterOptions.nodePortRange.contains(port) else {
          problems.append("\(name) has nodePort \(port) outside 30000-32767")
          continue
        }
        if let other = nodePorts[port], other != name { problems.append("\(name) and \(other) share nodePort \(port)") }
        nodePorts[port] = name
      }
      if ["ClusterIP", "ExternalName"].contains(service.type), service.spec.ports.contains(where: { $0.nodePort != nil }) {
        problems.append("\(name) is \(service.type) but has a nodePort")
      }
    }
  }

  /// Every endpoint address is a pod that matches the selector and is ready (or listed as
  /// not ready), and every such pod is there.
  private func checkEndpoints(into problems: inout [String]) {
    for service in store.list(Service.self, in: nil) {
      guard let selector = service.spec.selector, !selector.isEmpty, service.type != "ExternalName" else { continue }
      let name = "endpoints \(service.namespace)/\(service.name)"
      var expectedReady: Set<String> = []
      var expectedNotReady: Set<String> = []
      for pod in store.pods(matching: selector, in: service.namespace) {
        guard let ip = pod.status.podIP, !pod.isTerminating,
          service.spec.ports.isEmpty || service.spec.ports.contains(where: { ClusterState.resolveTargetPort($0, on: pod) != nil })
        else { continue }
        if pod.isReady || service.spec.publishNotReadyAddresses == true {
          expectedReady.insert(ip)
        } else {
          expectedNotReady.insert(ip)
        }
      }
      guard let endpoints = store.get(Endpoints.self, service.namespace, service.name) else {
        problems.append("\(name) is missing")
        continue
      }
      let ready = Set(endpoints.subsets.flatMap { $0.addresses.map(\.ip) })
      let notReady = Set(endpoints.subsets.flatMap { $0.notReadyAddresses.map(\.ip) })
      if ready != expectedReady {
        problems.append("\(name) lists ready \(ready.sorted()), the ready matching pods are \(expectedReady.sorted())")
      }
      if notReady != expectedNotReady {
        problems.append("\(name) lists not ready \(notReady.sorted()), the unready matching pods are \(expectedNotReady.sorted())")
      }
    }
  }

  /// No object outlives its owner (objects already being deleted may, for a moment).
  private func checkOwners(into problems: inout [String]) {
    var uids: Set<String> = []
    let kinds: [ResourceKind] = [.deployment, .replicaSet, .daemonSet, .service, .node, .namespace, .pod]
    for kind in kinds {
      for object in store.list(kind, in: nil) {
        if let uid = object.metadata.uid { uids.insert(uid) }
      }
    }
    for kind in [ResourceKind.replicaSet, .pod, .endpointSlice] {
      for object in store.list(kind, in: nil) where object.metadata.deletionTimestamp == nil {
        for owner in object.metadata.ownerReferences where !uids.contains(owner.uid) {
          problems.append("\(kind.rawValue) \(object.metadata.namespace ?? "")/\(object.metadata.name) outlived its owner \(owner.kind) \(owner.name)")
        }
      }
    }
  }

  private func checkResourceVersions(since previous: ClusterState?, into problems: inout [String]) {
    var before: [String: Int] = [:]
    if let previous {
      for kind in ResourceKind.allCases where kind != .event {
        for object in previous.store.list(kind, in: nil) {
          if let uid = object.metadata.uid, let version = object.metadata.resourceVersion.flatMap({ Int($0) }) {
            before[uid] = version
          }
        }
      }
    }
    for kind in ResourceKind.allCases where kind != .event {
      for object in store.list(kind, in: nil) {
        guard let text = object.metadata.resourceVersion else { continue }
        guard let version = Int(text), version <= resourceVersion else {
          problems.append("\(kind.rawValue) \(object.metadata.name) has resourceVersion \(text), beyond the last handed out (\(resourceVersion))")
          continue
        }
        if let uid = object.metadata.uid, let old = before[uid], version < old {
          problems.append("\(kind.rawValue) \(object.metadata.name)'s resourceVersion went back from \(old) to \(version)")
        }
      }
    }
    if let previous, resourceVersion < previous.resourceVersion {
      problems.append("the cluster's resourceVersion went back from \(previous.resourceVersion) to \(resourceVersion)")
    }
  }
}
