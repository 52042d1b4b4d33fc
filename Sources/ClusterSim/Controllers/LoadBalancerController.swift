/// A simulated cloud load balancer: a LoadBalancer Service gets an external IP from a small
/// pool a couple of seconds after it is created. A bare kubeadm cluster has no such
/// controller (its LoadBalancer Services stay `<pending>`); the lessons say so.
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
      if events(about: service).first(where: { $0.reason == "EnsuringLoadBalancer" }) == nil {
        recordEvent(
          about: service, reason: "EnsuringLoadBalancer", message: "Ensuring load balancer",
          source: "service-controller", at: created)
      }
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
          about: service, type: "Warning", reason: "SyncLoadBalancerFailed",
          message: "Error syncing load balancer: failed to ensure load balancer: no available IPs",
          source: "service-controller", at: now)
        continue
      }
      var updated = service
      updated.status.loadBalancerIngress = [ServiceStatus.Ingress(ip: chosen.description)]
      inUse.insert(chosen.description)
      write(updated)
      recordEvent(
        about: updated, reason: "EnsuredLoadBalancer", message: "Ensured load balancer",
        source: "service-controller", at: created.adding(ClusterState.loadBalancerDelay))
    }
  }
}
