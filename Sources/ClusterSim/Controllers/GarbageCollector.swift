/// The garbage collector: deletes objects whose owner is gone (background cascading
/// deletion), and the namespace controller: empties a terminating namespace, then removes it.
extension ClusterState {
  mutating func runGarbageCollector() {
    guard ownersChanged else { return }
    ownersChanged = false
    var liveUIDs: Set<String> = []
    for object in store.deployments.unordered { if let uid = object.metadata.uid { liveUIDs.insert(uid) } }
    for object in store.replicaSets.unordered { if let uid = object.metadata.uid { liveUIDs.insert(uid) } }
    for object in store.daemonSets.unordered { if let uid = object.metadata.uid { liveUIDs.insert(uid) } }
    for object in store.services.unordered { if let uid = object.metadata.uid { liveUIDs.insert(uid) } }
    for object in store.nodes.unordered { if let uid = object.metadata.uid { liveUIDs.insert(uid) } }
    for replicaSet in store.replicaSets.list(in: nil) {
      if let owner = replicaSet.metadata.controllerReference, !liveUIDs.contains(owner.uid) {
        erase(replicaSet.key)
        liveUIDs.remove(replicaSet.metadata.uid ?? "")
      }
    }
    for slice in store.endpointSlices.list(in: nil) {
      if let owner = slice.metadata.ownerReferences.first, !liveUIDs.contains(owner.uid) {
        erase(slice.key)
      }
    }
    for pod in store.sortedPods() where pod.metadata.deletionTimestamp == nil {
      if let owner = pod.metadata.controllerReference, !liveUIDs.contains(owner.uid) {
        _ = try? delete(pod.key)
      } else if let node = pod.spec.nodeName, self.node(named: node) == nil {
        erase(pod.key)
      }
    }
  }

  mutating func runNamespaceController() {
    for namespace in store.namespaces.list(in: nil) where namespace.metadata.deletionTimestamp != nil {
      var remaining = 0
      for kind in ResourceKind.allCases where kind.isNamespaced {
        for object in store.list(kind, in: namespace.name) {
          remaining += 1
          if kind == .pod {
            if object.metadata.deletionTimestamp == nil { _ = try? delete(object.key) }
          } else {
            erase(ObjectKey(kind, namespace: namespace.name, name: object.metadata.name))
          }
        }
      }
      if remaining == 0, let since = namespace.metadata.deletionTimestamp, now.since(since) >= 1 {
        erase(namespace.key)
      }
    }
  }
}
