/// How the kubelet reports a pod: phase, conditions, IPs and container states.
extension ClusterState {
  /// Whether a running container passes its readiness probe at `now`.
  func isReady(_ container: ContainerRuntime, spec: Container) -> Bool {
    guard case .running(let since, _, _) = container.stage else { return false }
    guard let probe = spec.readinessProbe else { return true }
    let delay = Double(probe.initialDelaySeconds ?? 0)
    return now.since(since) >= delay && probePasses(probe, spec: spec)
  }

  mutating func deriveStatus(of pod: inout Pod, from runtime: PodRuntime) {
    let node = self.node(named: runtime.node)
    var status = pod.status
    status.hostIP = node?.internalIP
    status.startTime = status.startTime ?? runtime.scheduledAt
    if runtime.sandboxReady, let ip = runtime.ip { status.podIP = ip.description }
    var statuses: [ContainerStatus] = []
    var readySince = runtime.scheduledAt
    var allReady = !runtime.containers.isEmpty
    var anyRunning = false
    var allStartedOnce = true
    var allFinished = true
    var anyFailed = false
    for (index, container) in runtime.containers.enumerated() {
      guard index < pod.spec.containers.count else { continue }
      let spec = pod.spec.containers[index]
      let pulled = imagesOnNode[runtime.node, default: []].contains(ImageFacts.shared.canonical(container.image))
      var state: ContainerStatus.State
      switch container.stage {
      case .running(let since, _, _):
        state = .running(startedAt: since)
        anyRunning = true
      case .finished where container.lastExit != nil,
        .crashed where container.lastExit != nil && container.waitingReason == nil:
        let exit = container.lastExit!
        state = .terminated(
          exitCode: exit.code, reason: exit.reason, startedAt: exit.started,
          finishedAt: exit.finished, containerID: "containerd://\(container.containerID)")
        if exit.code != 0 { anyFailed = true }
      default:
        state = .waiting(
          reason: container.waitingReason ?? "ContainerCreating", message: container.waitingMessage)
      }
      if case .finished = container.stage {} else { allFinished = false }
      if container.startedAt == nil { allStartedOnce = false }
      var entry = ContainerStatus(
        name: container.name, state: state,
        image: pulled ? ImageFacts.shared.canonical(container.image) : container.image)
      if pulled || container.startedAt != nil {
        entry.imageID = "\(ImageCatalogue.canonicalRepository(ImageReference(container.image).repository))@sha256:\(ImageCatalogue.digest(container.image))"
      }
      if !container.containerID.isEmpty {
        entry.containerID = "containerd://\(container.containerID)"
      }
      if let exit = container.lastExit, container.startedAt != nil || exit.reason == "StartError" {
        if case .terminated = state {} else {
          entry.lastState = .terminated(
            exitCode: exit.code, reason: exit.reason, startedAt: exit.started,
            finishedAt: exit.finished, containerID: nil)
        }
      }
      entry.restartCount = container.restartCount
      entry.ready = isReady(container, spec: spec)
      if entry.ready, case .running(let since, _, _) = container.stage {
        let delay = Double(spec.readinessProbe?.initialDelaySeconds ?? 0)
        readySince = max(readySince, since.adding(delay))
      }
      if case .running = container.stage { entry.started = true } else { entry.started = false }
      if !entry.ready { allReady = false }
      statuses.append(entry)
    }
    status.containerStatuses = statuses
    if allFinished && !runtime.containers.isEmpty && runtime.containers.allSatisfy({ $0.lastExit != nil }) {
      status.phase = anyFailed ? "Failed" : "Succeeded"
    } else if anyRunning || (allStartedOnce && !runtime.containers.isEmpty) {
      status.phase = "Running"
    } else {
      status.phase = "Pending"
    }
    let unready = statuses.filter { !$0.ready }.map(\.name)
    let readyReason = unready.isEmpty ? nil : (status.phase == "Succeeded" ? "PodCompleted" : "ContainersNotReady")
    let readyMessage = unready.isEmpty || status.phase == "Succeeded"
      ? nil : "containers with unready status: [\(unready.joined(separator: " "))]"
    let completed = status.phase == "Succeeded" || status.phase == "Failed"
    setCondition(&status, "PodReadyToStartContainers", runtime.sandboxReady && !completed,
      at: runtime.sandboxReady ? runtime.sandboxAt : runtime.scheduledAt)
    setCondition(&status, "Initialized", true, at: runtime.scheduledAt,
      reason: completed ? "PodCompleted" : nil)
    let readyTime = allReady ? readySince : now
    setCondition(&status, "Ready", allReady && !completed, at: readyTime, reason: readyReason, message: readyMessage)
    setCondition(&status, "ContainersReady", allReady && !completed, at: readyTime, reason: readyReason, message: readyMessage)
    setCondition(&status, "PodScheduled", true, at: runtime.scheduledAt)
    pod.status = status
  }

  /// Sets a condition, keeping its transition time when its status did not change.
  func setCondition(
    _ status: inout PodStatus, _ type: String, _ value: Bool, at time: Instant,
    reason: String? = nil, message: String? = nil
  ) {
    let text = value ? "True" : "False"
    let order = ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"]
    if let index = status.conditions.firstIndex(where: { $0.type == type }) {
      if status.conditions[index].status != text {
        status.conditions[index].status = text
        status.conditions[index].lastTransitionTime = Instant(seconds: time.seconds.rounded(.down))
      }
      status.conditions[index].reason = value ? nil : reason
      status.conditions[index].message = value ? nil : message
    } else {
      var condition = PodCondition(
        type: type, status: text, lastTransitionTime: Instant(seconds: time.seconds.rounded(.down)))
      condition.reason = value ? nil : reason
      condition.message = value ? nil : message
      status.conditions.append(condition)
      status.conditions.sort {
        (order.firstIndex(of: $0.type) ?? 9) < (order.firstIndex(of: $1.type) ?? 9)
      }
    }
  }

  /// Reports failing readiness probes as Unhealthy events, one a period.
  mutating func reportProbes() {
    for pod in podsWithRuntimes() where pod.metadata.deletionTimestamp == nil {
      guard let uid = pod.metadata.uid, let runtime = runtimes[uid], !runtime.isStatic,
        let ip = runtime.ip
      else { continue }
      for (index, container) in runtime.containers.enumerated() where index < pod.spec.containers.count {
        let spec = pod.spec.containers[index]
        guard let probe = spec.readinessProbe, case .running(let since, _, _) = container.stage,
          !probePasses(probe, spec: spec)
        else { continue }
        let first = since.adding(Double(probe.initialDelaySeconds ?? 0) + 1)
        guard first <= now else { continue }
        let period = Double(probe.periodSeconds ?? 10)
        let count = Int32(now.since(first) / period) + 1
        let message = "Readiness probe failed: \(probeFailure(probe, spec: spec, ip: ip.description))"
        let key = EventKey(uid: uid, reason: "Unhealthy", message: message)
        if let name = eventIndex[key], var event = store.get(Event.self, pod.namespace, name) {
          guard event.count != count else { continue }
          event.count = count
          event.lastTimestamp = first.adding(Double(count - 1) * period)
          write(event)
        } else {
          recordEvent(
            about: pod, type: "Warning", reason: "Unhealthy", message: message, source: "kubelet",
            host: runtime.node, at: first)
        }
      }
    }
  }

  /// Starts stopping a deleted pod: Killing events now, gone when its containers stopped.
  mutating func beginTermination(of pod: inout Pod, grace: Double) {
    guard let uid = pod.metadata.uid, var runtime = runtimes[uid] else { return }
    let started = runtime.containers.contains { $0.startedAt != nil }
    var stopTime = 0.3
    for (index, container) in runtime.containers.enumerated() where index < pod.spec.containers.count {
      guard case .running = container.stage else { continue }
      let image = ImageCatalogue.lookup(pod.spec.containers[index].image)
      let handles = image?.handlesSigterm ?? true
      stopTime = max(stopTime, handles ? 0.8 : grace)
      recordEvent(
        about: pod, reason: "Killing", message: "Stopping container \(container.name)",
        source: "kubelet", host: runtime.node, at: now)
    }
    if !started { stopTime = 0.3 }
    runtime.goneAt = now.adding(min(stopTime, max(grace, 0.3)))
    runtimes[uid] = runtime
    for index in pod.status.conditions.indices
    where ["Ready", "ContainersReady"].contains(pod.status.conditions[index].type) {
      pod.status.conditions[index].status = "False"
    }
    for index in pod.status.containerStatuses.indices {
      pod.status.containerStatuses[index].ready = false
    }
  }
}
