/// The DaemonSet controller: one pod on every node the pod template tolerates.
extension ClusterState {
  mutating func runDaemonSetController() {
    for daemonSet in store.daemonSets.list(in: nil) where workloadNeedsSync(daemonSet) {
      guard let uid = daemonSet.metadata.uid else { continue }
      let pods = ownedPods(by: uid, in: daemonSet.namespace).filter {
        $0.metadata.deletionTimestamp == nil
      }
      var eligible: [Node] = []
      for node in nodes {
        var probe = Pod(metadata: ObjectMeta(), spec: daemonSet.spec.template.spec)
        probe.spec.tolerations = (probe.spec.tolerations ?? []) + ClusterState.daemonSetTolerations
        if fits(probe, on: node) { eligible.append(node) }
      }
      for node in eligible where !pods.contains(where: { pinnedNode($0) == node.name }) {
        var meta = daemonSet.spec.template.metadata
        meta.name = ""
        meta.generateName = "\(daemonSet.name)-"
        meta.namespace = daemonSet.namespace
        meta.ownerReferences = [
          OwnerReference(apiVersion: "apps/v1", kind: "DaemonSet", name: daemonSet.name, uid: uid)
        ]
        var spec = daemonSet.spec.template.spec
        spec.affinity = [
          "nodeAffinity": [
            "requiredDuringSchedulingIgnoredDuringExecution": [
              "nodeSelectorTerms": [
                [
                  "matchFields": [
                    ["key": "metadata.name", "operator": "In", "values": [.string(node.name)]]
                  ]
                ]
              ]
            ]
          ]
        ]
        spec.tolerations = (spec.tolerations ?? []) + ClusterState.daemonSetTolerations
        if let created = try? create(Pod(metadata: meta, spec: spec)) {
          recordEvent(
            about: daemonSet, reason: "SuccessfulCreate", message: "Created pod: \(created.name)",
            source: "daemonset-controller", at: now)
        }
      }
      let current = ownedPods(by: uid, in: daemonSet.namespace).filter {
        $0.metadata.deletionTimestamp == nil
      }
      var updated = daemonSet
      updated.status.desiredNumberScheduled = Int32(eligible.count)
      updated.status.currentNumberScheduled = Int32(current.filter { $0.spec.nodeName != nil }.count)
      updated.status.numberReady = Int32(current.filter(\.isReady).count)
      updated.status.numberAvailable = updated.status.numberReady
      updated.status.updatedNumberScheduled = Int32(current.count)
      updated.status.observedGeneration = daemonSet.metadata.generation
      if updated.status != daemonSet.status { write(updated) }
    }
  }

  static let daemonSetTolerations: [Toleration] = [
    Toleration(key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute"),
    Toleration(key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute"),
    Toleration(key: "node.kubernetes.io/disk-pressure", operator: "Exists", effect: "NoSchedule"),
    Toleration(key: "node.kubernetes.io/memory-pressure", operator: "Exists", effect: "NoSchedule"),
    Toleration(key: "node.kubernetes.io/pid-pressure", operator: "Exists", effect: "NoSchedule"),
    Toleration(key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule"),
  ]
}
