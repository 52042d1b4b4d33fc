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
      // NB: the store keeps each controller's pods counted; the pods themselves are read
      // only when one was relabelled or some must go. At 5,000 pods, reading them on every
      // pass was most of a settle.
      if store.takeRelabelled(uid) {
        for pod in store.pods(ownedBy: uid, in: replicaSet.namespace)
        where pod.metadata.deletionTimestamp == nil && replicaSet.spec.selector?.matches(pod.metadata.labels) == false {
          var released = pod
          released.metadata.ownerReferences.removeAll { $0.uid == uid }
          write(released)
        }
        _ = store.takeRelabelled(uid)
      }
      let active = store.ownedPodCounts(uid).active
      let want = Int(replicaSet.spec.replicas ?? 1)
      let allowance = ClusterState.burstReplicas - burstUsed[uid, default: 0]
      if active != want && allowance < abs(want - active) {
        dirtyWorkloads.insert(uid)  // more to do in the next settle
      }
      if active < want {
        let count = min(want - active, max(0, allowance))
        burstUsed[uid, default: 0] += count
        for _ in 0..<count { createPod(from: replicaSet) }
      } else if active > want {
        let count = min(active - want, max(0, allowance))
        burstUsed[uid, default: 0] += count
        let running = store.pods(ownedBy: uid, in: replicaSet.namespace).filter {
          $0.metadata.deletionTimestamp == nil && $0.status.phase != "Succeeded" && $0.status.phase != "Failed"
        }
        let victims = running.sorted { lhs, rhs in
          deletionRank(lhs) < deletionRank(rhs)
        }.prefix(count)
        for victim in victims {
          guard (try? delete(victim.key)) != nil else { continue }
          recordEvent(
            about: replicaSet, reason: "SuccessfulDelete", message: "Deleted pod: \(victim.name)",
            source: "replicaset-controller", at: now)
        }
      }
      var updated = replicaSet
      let counts = store.ownedPodCounts(uid)
      updated.status.replicas = Int32(counts.existing)
      updated.status.fullyLabeledReplicas = Int32(counts.existing)
      let ready = Int32(counts.ready)
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

  /// Creates one pod of `replicaSet`; returns whether it was created.
  @discardableResult
  mutating func createPod(from replicaSet: ReplicaSet) -> Bool {
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
    guard let created = try? create(pod) else { return false }
    recordEvent(
      about: replicaSet, reason: "SuccessfulCreate", message: "Created pod: \(created.name)",
      source: "replicaset-controller", at: now)
    return true
  }
}
