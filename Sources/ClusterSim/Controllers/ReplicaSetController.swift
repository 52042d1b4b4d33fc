/// The ReplicaSet controller: creates and deletes pods until a ReplicaSet has as many as it
/// wants, and reports how many are ready.
extension ClusterState {
  /// The live pods a controller owns.
  public func ownedPods(by uid: String, in namespace: String) -> [Pod] {
    store.pods(ownedBy: uid, in: namespace).sorted { $0.name < $1.name }
  }

  /// Pods a ReplicaSet creates or deletes in one sync at most (kube-controller-manager's
  /// burstReplicas); the rest follow in the next seconds, as on a real cluster.
  public static let burstReplicas = 500

  mutating func runReplicaSetController() {
    for replicaSet in store.replicaSets.list(in: nil) where workloadNeedsSync(replicaSet) {
      guard let uid = replicaSet.metadata.uid else { continue }
      // A pod relabelled out of the selector is released (its owner reference removed) and
      // no longer counts, so a replacement is made.
      for pod in store.pods(ownedBy: uid, in: replicaSet.namespace)
      where pod.metadata.deletionTimestamp == nil && replicaSet.spec.selector?.matches(pod.metadata.labels) == false {
        var released = pod
        released.metadata.ownerReferences.removeAll { $0.uid == uid }
        write(released)
      }
      let pods = store.pods(ownedBy: uid, in: replicaSet.namespace)
      let active = pods.filter { $0.metadata.deletionTimestamp == nil && $0.status.phase != "Succeeded" && $0.status.phase != "Failed" }
      let want = Int(replicaSet.spec.replicas ?? 1)
      let allowance = ClusterState.burstReplicas - burstUsed[uid, default: 0]
      if active.count != want && allowance < abs(want - active.count) {
        dirtyWorkloads.insert(uid)  // more to do in the next settle
      }
      if active.count < want {
        let count = min(want - active.count, max(0, allowance))
        burstUsed[uid, default: 0] += count
        for _ in 0..<count { createPod(from: replicaSet) }
      } else if active.count > want {
        let count = min(active.count - want, max(0, allowance))
        burstUsed[uid, default: 0] += count
        let victims = active.sorted { lhs, rhs in
          deletionRank(lhs) < deletionRank(rhs)
        }.prefix(count)
        for victim in victims {
          _ = try? delete(victim.key)
          recordEvent(
            about: replicaSet, reason: "SuccessfulDelete", message: "Deleted pod: \(victim.name)",
            source: "replicaset-controller", at: now)
        }
      }
      var updated = replicaSet
      let current = store.pods(ownedBy: uid, in: replicaSet.namespace).filter {
        $0.metadata.deletionTimestamp == nil
      }
      updated.status.replicas = Int32(current.count)
      updated.status.fullyLabeledReplicas = Int32(current.count)
      let ready = Int32(current.filter(\.isReady).count)
      updated.status.readyReplicas = ready
      updated.status.availableReplicas = ready
      updated.status.observedGeneration = replicaSet.metadata.generation
      if updated.status != replicaSet.status { write(updated) }
    }
  }

  /// Which pod goes first when scaling down: unscheduled, then not ready, then newest.
  func deletionRank(_ pod: Pod) -> (Int, Int, Double, String) {
    (
      pod.spec.nodeName == nil ? 0 : 1, pod.isReady ? 1 : 0,
      -(pod.metadata.creationTimestamp?.seconds ?? 0), pod.name
    )
  }

  mutating func createPod(from replicaSet: ReplicaSet) {
    var meta = replicaSet.spec.template.metadata
    meta.name = ""
    meta.generateName = "\(replicaSet.name)-"
    meta.namespace = replicaSet.namespace
    meta.ownerReferences = [
      OwnerReference(
        apiVersion: "apps/v1", kind: "ReplicaSet", name: replicaSet.name,
        uid: replicaSet.metadata.uid ?? "")
    ]
    let pod = Pod(metadata: meta, spec: replicaSet.spec.template.spec)
    guard let created = try? create(pod) else { return }
    recordEvent(
      about: replicaSet, reason: "SuccessfulCreate", message: "Created pod: \(created.name)",
      source: "replicaset-controller", at: now)
  }
}
