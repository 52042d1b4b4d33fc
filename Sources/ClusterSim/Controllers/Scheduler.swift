/// The scheduler: binds each pending pod to a node it fits on, spreading a controller's
/// pods over the nodes.
extension ClusterState {
  mutating func runScheduler() {
    let pending = store.pods.unordered.filter {
      $0.spec.nodeName == nil && $0.metadata.deletionTimestamp == nil
        && failedSchedulingGeneration[$0.metadata.uid ?? ""] != schedulingGeneration
    }.sorted { ($0.metadata.creationTimestamp ?? now, $0.name) < ($1.metadata.creationTimestamp ?? now, $1.name) }
    guard !pending.isEmpty else { return }
    var podsPerNode: [String: Int] = [:]
    var ownedPerNode: [String: [String: Int]] = [:]
    for pod in store.pods.unordered {
      guard let node = pod.spec.nodeName, pod.status.phase != "Succeeded", pod.status.phase != "Failed"
      else { continue }
      podsPerNode[node, default: 0] += 1
      if let owner = pod.metadata.controllerReference?.uid {
        ownedPerNode[owner, default: [:]][node, default: 0] += 1
      }
    }
    // Pods that ask for the same nodes fail for the same reasons until one is placed: at
    // 5,000 pending pods, working the message out once is most of a pass.
    var failures: [SchedulingDemand: String] = [:]
    for var pod in pending {
      let demand = SchedulingDemand(
        pinned: pinnedNode(pod), nodeSelector: pod.spec.nodeSelector, tolerations: pod.spec.tolerations)
      if let message = failures[demand] {
        reportUnschedulable(pod, message: message)
        continue
      }
      let candidates = nodes.filter { fits(pod, on: $0) && (podsPerNode[$0.name] ?? 0) < Node.podCapacity }
      guard !candidates.isEmpty else {
        let message = unschedulableMessage(pod, podsPerNode: podsPerNode)
        failures[demand] = message
        reportUnschedulable(pod, message: message)
        continue
      }
      failures = [:]
      let owner = pod.metadata.controllerReference?.uid
      let scored = candidates.map { node -> (Node, Int, Int, UInt64) in
        (
          node, owner.map { ownedPerNode[$0]?[node.name] ?? 0 } ?? 0, podsPerNode[node.name] ?? 0,
          random.scheduling.next()
        )
      }
      let chosen = scored.min { ($0.1, $0.2, $0.3) < ($1.1, $1.2, $1.3) }!.0
      pod.spec.nodeName = chosen.name
      setCondition(&pod.status, "PodScheduled", true, at: now)
      podsPerNode[chosen.name, default: 0] += 1
      if let owner { ownedPerNode[owner, default: [:]][chosen.name, default: 0] += 1 }
      write(pod)
      recordEvent(
        about: pod, reason: "Scheduled",
        message: "Successfully assigned \(pod.namespace)/\(pod.name) to \(chosen.name)",
        source: "default-scheduler", at: now)
      startRuntime(for: pod, on: chosen.name)
    }
  }

  /// The node a DaemonSet pod is pinned to through its node affinity.
  func pinnedNode(_ pod: Pod) -> String? {
    pod.spec.affinity?["nodeAffinity"]?["requiredDuringSchedulingIgnoredDuringExecution"]?[
      "nodeSelectorTerms"]?[0]?["matchFields"]?[0]?["values"]?[0]?.stringValue
  }

  func fits(_ pod: Pod, on node: Node) -> Bool {
    if node.unschedulable || !node.ready { return false }
    if let pinned = pinnedNode(pod), pinned != node.name { return false }
    for (key, value) in pod.spec.nodeSelector ?? [:] where node.metadata.labels[key] != value {
      return false
    }
    let tolerations = pod.spec.tolerations ?? []
    for taint in node.taints where taint.effect != "PreferNoSchedule" {
      if !tolerations.contains(where: { $0.tolerates(taint) }) { return false }
    }
    return true
  }

  /// Why no node takes `pod`, as the scheduler words it.
  func unschedulableMessage(_ pod: Pod, podsPerNode: [String: Int]) -> String {
    let all = nodes
    var reasons: [String: Int] = [:]
    for node in all {
      if node.unschedulable {
        reasons["node(s) were unschedulable", default: 0] += 1
      } else if (podsPerNode[node.name] ?? 0) >= Node.podCapacity && fits(pod, on: node) {
        reasons["Too many pods", default: 0] += 1
      } else if let pinned = pinnedNode(pod), pinned != node.name {
        reasons["node(s) didn't satisfy plugin(s) [NodeAffinity]", default: 0] += 1
      } else if (pod.spec.nodeSelector ?? [:]).contains(where: { node.metadata.labels[$0.key] != $0.value }) {
        reasons["node(s) didn't match Pod's node affinity/selector", default: 0] += 1
      } else if let taint = node.taints.first(where: { taint in
        taint.effect != "PreferNoSchedule"
          && !(pod.spec.tolerations ?? []).contains(where: { $0.tolerates(taint) })
      }) {
        reasons["node(s) had untolerated taint {\(taint.key): \(taint.value ?? "")}", default: 0] += 1
      }
    }
    let summary = reasons.keys.sorted().map { "\(reasons[$0]!) \($0)" }.joined(separator: ", ")
    let tooMany = reasons["Too many pods"] ?? 0
    let preemption =
      tooMany > 0
      ? "\(tooMany) No preemption victims found for incoming pod"
        + (all.count > tooMany ? ", \(all.count - tooMany) Preemption is not helpful for scheduling" : "")
      : "\(all.count) Preemption is not helpful for scheduling"
    return
      "0/\(all.count) nodes are available: \(summary). preemption: 0/\(all.count) nodes are available: \(preemption)."
  }

  mutating func reportUnschedulable(_ pod: Pod, message: String) {
    // The scheduler tries again when something changes: a pod goes, a node changes.
    failedSchedulingGeneration[pod.metadata.uid ?? ""] = schedulingGeneration
    recordEvent(
      about: pod, type: "Warning", reason: "FailedScheduling", message: message,
      source: "default-scheduler", at: now)
    if var stored = store.get(Pod.self, pod.namespace, pod.name),
      stored.status.conditions.first(where: { $0.type == "PodScheduled" })?.status != "False"
    {
      var condition = PodCondition(type: "PodScheduled", status: "False", lastTransitionTime: now)
      condition.reason = "Unschedulable"
      condition.message = message
      stored.status.conditions = [condition]
      write(stored)
    }
  }
}

/// What a pod asks of a node, as far as the scheduler's choice goes.
struct SchedulingDemand: Hashable {
  var pinned: String?
  var nodeSelector: [String: String]?
  var tolerations: [Toleration]?
}
