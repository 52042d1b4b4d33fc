/// A simulated MetalLB in layer-2 mode: a LoadBalancer Service gets an external IP from a
/// small pool a couple of seconds after it is created, with MetalLB's events. A bare kubeadm
/// cluster has no such controller (its LoadBalancer Services stay `<pending>`); the lessons
/// say so.
extension ClusterState {
  static let loadBalancerDelay = 2.0

  mutating func runLoadBalancerController() {
    let waiting = store.services.unordered.filter {
      $0.type == "LoadBalancer" && $0.status.loadBalancerIngress.isEmpty
    }.sorted { ($0.namespace, $0.name) < ($1.namespace, $1.name) }
    guard !waiting.isEmpty else { return }
    var inUse = Set(store.services.unordered.flatMap(\.ingressIPs))
    for service in waiting {
      let created = service.metadata.creationTimestamp ?? now
      guard now.since(created) >= ClusterState.loadBalancerDelay else { continue }
      let pool = options.loadBalancerPool
      var chosen: IPv4Address?
      if let requested = service.spec.loadBalancerIP.flatMap(IPv4Address.init),
        pool.contains(requested), !inUse.contains(requested.description)
      {
        chosen = requested
      } else if service.spec.loadBalancerIP == nil || service.spec.loadBalancerIP == "" {
        var candidate = pool.lowerBound
        while candidate <= pool.upperBound {
          if !inUse.contains(candidate.description) { chosen = candidate; break }
          candidate = candidate.advanced(by: 1)
        }
      }
      guard let chosen else {
        recordEvent(
          about: service, type: "Warning", reason: "AllocationFailed",
          message: "Failed to allocate IP for \"\(service.namespace)/\(service.name)\": no available IPs",
          source: "metallb-controller", at: now)
        continue
      }
      var updated = service
      updated.status.loadBalancerIngress = [ServiceStatus.Ingress(ip: chosen.description)]
      inUse.insert(chosen.description)
      write(updated)
      let at = created.adding(ClusterState.loadBalancerDelay)
      recordEvent(
        about: updated, reason: "IPAllocated", message: "Assigned IP [\"\(chosen)\"]",
        source: "metallb-controller", at: at)
      // In layer-2 mode one node answers ARP for the address: one that runs a ready pod of
      // the Service if there is one.
      let announcer =
        store.get(Endpoints.self, service.namespace, service.name)?.subsets
        .flatMap(\.addresses).compactMap(\.nodeName).sorted().first
        ?? nodes.first(where: { !$0.unschedulable })?.name ?? "controlplane"
      recordEvent(
        about: updated, reason: "nodeAssigned",
        message: "announcing from node \"\(announcer)\" with protocol \"layer2\"",
        source: "metallb-speaker", at: at)
    }
  }
}
