/// Running every controller until nothing changes.
extension ClusterState {
  /// Runs the controllers at time `time` until the cluster stops changing.
  ///
  /// - Complexity: Each pass is linear in the number of objects; a pass that changes
  ///   nothing ends the loop.
  public mutating func settle(at time: Instant) {
    if time > now { now = time }
    burstUsed = [:]
    for _ in 0..<50 {
      let before = resourceVersion
      workloadsThisPass = dirtyWorkloads
      dirtyWorkloads = []
      runNamespaceController()
      runDeploymentController()
      runReplicaSetController()
      runDaemonSetController()
      runGarbageCollector()
      runScheduler()
      runKubelet()
      reportProbes()
      allWorkloadsDirty = false
      if resourceVersion == before { break }
    }
    // Nothing above reads Services' endpoints or load balancer status, so these run once,
    // on the settled pods, instead of after every pass (at 5,000 pods each pass would
    // rebuild the endpoints of every Service whose pods moved).
    runLoadBalancerController()
    runEndpointsController()
  }

  /// Whether a workload's controller must look at it in this pass: it changed before the pass
  /// began or earlier in it.
  func workloadNeedsSync(_ object: some APIObject) -> Bool {
    guard let uid = object.metadata.uid else { return true }
    return allWorkloadsDirty || workloadsThisPass.contains(uid) || dirtyWorkloads.contains(uid)
  }

  /// Moves time forward by `seconds` in steps of at most one second, settling at each, so
  /// that chains of reactions (a rollout's waves, back-offs) happen as they would have.
  public mutating func advance(by seconds: Double) {
    var remaining = seconds
    while remaining > 0 {
      let step = min(1, remaining)
      settle(at: now.adding(step))
      remaining -= step
    }
  }
}
