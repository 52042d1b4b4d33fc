/// The Deployment controller: one ReplicaSet per pod template, rolled from old to new within
/// maxSurge and maxUnavailable, with the revision annotations and conditions kubectl shows.
extension ClusterState {
  static let revisionAnnotation = "deployment.kubernetes.io/revision"

  /// Resolves an int-or-percent value (`25%`, `1`) against `total`.
  static func scaledValue(_ value: JSONValue?, total: Int, roundUp: Bool) -> Int {
    switch value {
    case .int(let number)?: return Int(number)
    case .string(let text)? where text.hasSuffix("%"):
      let percent = Double(text.dropLast()) ?? 25
      let exact = percent * Double(total) / 100
      return Int(roundUp ? exact.rounded(.up) : exact.rounded(.down))
    case .string(let text)?: return Int(text) ?? 0
    default: return 0
    }
  }

  /// A template with the pod-template-hash label removed, for comparing templates.
  public static func withoutHash(_ template: PodTemplateSpec) -> PodTemplateSpec {
    var copy = template
    copy.metadata.labels["pod-template-hash"] = nil
    return copy
  }

  public func replicaSets(ownedBy deployment: Deployment) -> [ReplicaSet] {
    guard let uid = deployment.metadata.uid else { return [] }
    return (store.replicaSets.unordered(in: deployment.namespace).map(Array.init) ?? []).filter {
      $0.metadata.controllerReference?.uid == uid
    }.sorted { $0.name < $1.name }
  }

  public static func revision(_ replicaSet: ReplicaSet) -> Int {
    Int(replicaSet.metadata.annotations[revisionAnnotation] ?? "0") ?? 0
  }

  mutating func runDeploymentController() {
    for deployment in store.deployments.list(in: nil)
    where deployment.metadata.deletionTimestamp == nil && workloadNeedsSync(deployment) {
      reconcile(deployment)
    }
  }

  mutating func reconcile(_ deployment: Deployment) {
    let desired = Int(deployment.spec.replicas ?? 1)
    let strategy = deployment.spec.strategy ?? .emptyObject
    let recreate = strategy["type"]?.stringValue == "Recreate"
    var maxSurge = recreate ? 0 : ClusterState.scaledValue(strategy["rollingUpdate"]?["maxSurge"], total: desired, roundUp: true)
    var maxUnavailable = recreate ? desired : ClusterState.scaledValue(strategy["rollingUpdate"]?["maxUnavailable"], total: desired, roundUp: false)
    if maxSurge == 0 && maxUnavailable == 0 { maxUnavailable = 1 }
    maxSurge = max(0, maxSurge)

    var owned = replicaSets(ownedBy: deployment)
    let template = ClusterState.withoutHash(deployment.spec.template)
    var newSet = owned.first { ClusterState.withoutHash($0.spec.template) == template }
    let maxRevision = owned.map(ClusterState.revision).max() ?? 0
    if deployment.spec.paused == true { return updateStatus(of: deployment, newSet: newSet, owned: owned, maxUnavailable: maxUnavailable) }

    if newSet == nil {
      let hash = Naming.templateHash(deployment.spec.template)
      var meta = ObjectMeta(name: "\(deployment.name)-\(hash)", namespace: deployment.namespace)
      meta.labels = deployment.spec.template.metadata.labels
      meta.labels["pod-template-hash"] = hash
      meta.annotations = [
        "deployment.kubernetes.io/desired-replicas": String(desired),
        "deployment.kubernetes.io/max-replicas": String(desired + maxSurge),
        ClusterState.revisionAnnotation: String(maxRevision + 1),
      ]
      if let cause = deployment.metadata.annotations["kubernetes.io/change-cause"] {
        meta.annotations["kubernetes.io/change-cause"] = cause
      }
      meta.ownerReferences = [
        OwnerReference(
          apiVersion: "apps/v1", kind: "Deployment", name: deployment.name,
          uid: deployment.metadata.uid ?? "")
      ]
      var podTemplate = deployment.spec.template
      podTemplate.metadata.labels["pod-template-hash"] = hash
      var selector = deployment.spec.selector ?? LabelSelector()
      selector.matchLabels["pod-template-hash"] = hash
      let replicaSet = ReplicaSet(
        metadata: meta, spec: ReplicaSetSpec(replicas: 0, selector: selector, template: podTemplate))
      guard let created = try? create(replicaSet) else { return }
      newSet = created
      owned.append(created)
      setProgressing(deployment, reason: "NewReplicaSetCreated", message: "Created new replica set \"\(created.name)\"")
    } else if var current = newSet {
      // A rollback to an earlier template makes that ReplicaSet the newest revision.
      let revision = ClusterState.revision(current)
      if revision == 0 || revision < maxRevision {
        current.metadata.annotations[ClusterState.revisionAnnotation] =
          String(revision == 0 ? max(1, maxRevision + 1) : maxRevision + 1)
        if let cause = deployment.metadata.annotations["kubernetes.io/change-cause"] {
          current.metadata.annotations["kubernetes.io/change-cause"] = cause
        }
        write(current)
        newSet = current
      }
    }
    guard var newSet else { return }
    let olds = owned.filter { $0.name != newSet.name }
      .sorted { ClusterState.revision($0) < ClusterState.revision($1) }
    let oldActive = olds.filter { ($0.spec.replicas ?? 0) > 0 }

    if oldActive.isEmpty {
      scale(&newSet, to: desired, deployment: deployment, maxSurge: maxSurge)
    } else if recreate {
      for old in oldActive { var copy = old; scale(&copy, to: 0, deployment: deployment, maxSurge: maxSurge) }
      let stillRunning = olds.contains { !ownedPods(by: $0.metadata.uid ?? "", in: $0.namespace).isEmpty }
      if !stillRunning { scale(&newSet, to: desired, deployment: deployment, maxSurge: maxSurge) }
    } else {
      let total = owned.reduce(0) { $0 + Int($1.spec.replicas ?? 0) }
      let newReplicas = Int(newSet.spec.replicas ?? 0)
      if newReplicas < desired {
        let room = desired + maxSurge - total
        let up = min(room, desired - newReplicas)
        if up > 0 { scale(&newSet, to: newReplicas + up, deployment: deployment, maxSurge: maxSurge) }
      } else if newReplicas > desired {
        scale(&newSet, to: desired, deployment: deployment, maxSurge: maxSurge)
      }
      // Scale old ReplicaSets down as far as availability allows.
      let minAvailable = desired - maxUnavailable
      let allPods = owned.flatMap { ownedPods(by: $0.metadata.uid ?? "", in: $0.namespace) }
        .filter { $0.metadata.deletionTimestamp == nil }
      let available = allPods.filter(\.isReady).count
      let currentTotal = owned.reduce(0) { $0 + Int($1.spec.replicas ?? 0) }
        - (newReplicas - Int(newSet.spec.replicas ?? 0))
      var budget = max(0, available - minAvailable)
      // Old replicas that are not ready can always go.
      for old in oldActive {
        let pods = ownedPods(by: old.metadata.uid ?? "", in: old.namespace).filter {
          $0.metadata.deletionTimestamp == nil
        }
        let unready = pods.filter { !$0.isReady }.count
        budget += unready
      }
      budget = min(budget, max(0, currentTotal - minAvailable))
      for old in oldActive where budget > 0 {
        var copy = old
        let replicas = Int(old.spec.replicas ?? 0)
        let reduction = min(budget, replicas)
        scale(&copy, to: replicas - reduction, deployment: deployment, maxSurge: maxSurge)
        budget -= reduction
      }
      setProgressing(deployment, reason: "ReplicaSetUpdated", message: "ReplicaSet \"\(newSet.name)\" is progressing.")
    }
    if deployment.metadata.annotations[ClusterState.revisionAnnotation] != newSet.metadata.annotations[ClusterState.revisionAnnotation] {
      var copy = store.get(Deployment.self, deployment.namespace, deployment.name) ?? deployment
      copy.metadata.annotations[ClusterState.revisionAnnotation] = newSet.metadata.annotations[ClusterState.revisionAnnotation]
      write(copy)
    }
    // Keep at most revisionHistoryLimit old ReplicaSets with no replicas.
    let limit = Int(deployment.spec.revisionHistoryLimit ?? 10)
    let idle = olds.filter { ($0.spec.replicas ?? 0) == 0 && ownedPods(by: $0.metadata.uid ?? "", in: $0.namespace).isEmpty }
    if idle.count > limit {
      for old in idle.prefix(idle.count - limit) { erase(old.key) }
    }
    let fresh = store.get(Deployment.self, deployment.namespace, deployment.name) ?? deployment
    updateStatus(of: fresh, newSet: store.get(ReplicaSet.self, newSet.namespace, newSet.name), owned: replicaSets(ownedBy: fresh), maxUnavailable: maxUnavailable)
  }

  mutating func scale(_ replicaSet: inout ReplicaSet, to replicas: Int, deployment: Deployment, maxSurge: Int) {
    let current = Int(replicaSet.spec.replicas ?? 0)
    let desired = Int(deployment.spec.replicas ?? 1)
    var changed = false
    if current != replicas {
      replicaSet.spec.replicas = Int32(replicas)
      replicaSet.metadata.generation = (replicaSet.metadata.generation ?? 1) + 1
      changed = true
    }
    let annotations = [
      "deployment.kubernetes.io/desired-replicas": String(desired),
      "deployment.kubernetes.io/max-replicas": String(desired + maxSurge),
    ]
    for (key, value) in annotations where replicaSet.metadata.annotations[key] != value {
      replicaSet.metadata.annotations[key] = value
      changed = true
    }
    guard changed else { return }
    write(replicaSet)
    if current != replicas {
      let direction = replicas > current ? "up" : "down"
      recordEvent(
        about: deployment, reason: "ScalingReplicaSet",
        message: "Scaled \(direction) replica set \(replicaSet.name) from \(current) to \(replicas)",
        source: "deployment-controller", at: now)
    }
  }

  mutating func setProgressing(_ deployment: Deployment, reason: String, message: String) {
    guard var current = store.get(Deployment.self, deployment.namespace, deployment.name) else { return }
    if let index = current.status.conditions.firstIndex(where: { $0.type == "Progressing" }) {
      if current.status.conditions[index].reason == reason && current.status.conditions[index].message == message { return }
      current.status.conditions[index].reason = reason
      current.status.conditions[index].message = message
      current.status.conditions[index].lastUpdateTime = now
    } else {
      current.status.conditions.append(
        WorkloadCondition(type: "Progressing", status: "True", at: now, reason: reason, message: message))
    }
    write(current)
  }

  mutating func updateStatus(of deployment: Deployment, newSet: ReplicaSet?, owned: [ReplicaSet], maxUnavailable: Int) {
    guard var current = store.get(Deployment.self, deployment.namespace, deployment.name) else { return }
    let desired = Int32(current.spec.replicas ?? 1)
    var status = current.status
    status.replicas = owned.reduce(0) { $0 + $1.status.replicas }
    status.updatedReplicas = newSet?.status.replicas ?? 0
    status.readyReplicas = owned.reduce(0) { $0 + $1.status.readyReplicas }
    status.availableReplicas = owned.reduce(0) { $0 + $1.status.availableReplicas }
    status.unavailableReplicas = max(0, desired - status.availableReplicas)
    status.observedGeneration = current.metadata.generation
    let available = Int(status.availableReplicas) >= Int(desired) - maxUnavailable
    let availableCondition = WorkloadCondition(
      type: "Available", status: available ? "True" : "False", at: now,
      reason: available ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable",
      message: available ? "Deployment has minimum availability." : "Deployment does not have minimum availability.")
    if let index = status.conditions.firstIndex(where: { $0.type == "Available" }) {
      if status.conditions[index].status != availableCondition.status {
        status.conditions[index] = availableCondition
      }
    } else {
      status.conditions.insert(availableCondition, at: 0)
    }
    let complete = status.updatedReplicas == desired && status.replicas == desired
      && status.availableReplicas == desired
    if complete, let newSet, let index = status.conditions.firstIndex(where: { $0.type == "Progressing" }),
      status.conditions[index].reason != "NewReplicaSetAvailable"
    {
      status.conditions[index].reason = "NewReplicaSetAvailable"
      status.conditions[index].message = "ReplicaSet \"\(newSet.name)\" has successfully progressed."
      status.conditions[index].lastUpdateTime = now
    }
    if status != current.status {
      current.status = status
      write(current)
    }
  }
}
