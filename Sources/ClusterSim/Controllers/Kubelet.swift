import Foundation

/// The kubelet: starts scheduled pods (sandbox and IP, image pulls, containers), restarts
/// crashed containers with back-off, evaluates readiness, and stops deleted pods.
///
/// Each pod's life is a sequence of timed transitions; the kubelet applies every transition
/// due by `now`, stamping events with the time they happened, so a clock that jumps still
/// produces the history a real node would.
extension ClusterState {
  /// The pods that have a runtime, in namespace and name order (as ``ObjectStore/sortedPods()``).
  /// At 5,000 pods of which a few hundred run, reading every pod on every pass was a third of
  /// a settle.
  func podsWithRuntimes() -> [Pod] {
    runtimes.values.map { ($0.namespace, $0.name) }.sorted { $0 < $1 }.compactMap { key in
      guard let pod = store.pods.get(key.0, key.1), let uid = pod.metadata.uid, runtimes[uid] != nil
      else { return nil }
      return pod
    }
  }

  mutating func runKubelet() {
    for var pod in podsWithRuntimes() {
      guard pod.spec.nodeName != nil, let uid = pod.metadata.uid, var runtime = runtimes[uid]
      else { continue }
      if let goneAt = runtime.goneAt, goneAt <= now {
        erase(pod.key)
        continue
      }
      if runtime.isStatic { continue }
      let before = runtime
      advance(&runtime, pod: &pod)
      let probing = pod.spec.containers.contains { $0.readinessProbe != nil }
      guard runtime != before || runtime.statusDirty || probing else { continue }
      runtime.statusDirty = false
      runtimes[uid] = runtime
      let previous = pod.status
      deriveStatus(of: &pod, from: runtime)
      if pod.status != previous { write(pod) }
    }
  }

  /// Starts the kubelet's view of a pod just bound to `node`.
  mutating func startRuntime(for pod: Pod, on node: String) {
    guard let uid = pod.metadata.uid else { return }
    let sandboxDelay = Double.random(in: 0.4...0.9, using: &random.timing)
    var runtime = PodRuntime(
      node: node, scheduledAt: now, sandboxAt: now.adding(sandboxDelay),
      containers: pod.spec.containers.map { ContainerRuntime(name: $0.name, image: $0.image) })
    runtime.statusDirty = true
    runtime.namespace = pod.namespace
    runtime.name = pod.name
    if pod.spec.hostNetwork == true, let address = self.node(named: node)?.internalIP {
      runtime.ip = IPv4Address(address)
    }
    runtimes[uid] = runtime
  }

  func pullDuration(_ image: String, using random: inout SeededRandom) -> Double {
    let size = Double(ImageCatalogue.lookup(image)?.sizeBytes ?? 20_000_000)
    let seconds = 0.35 + size / 70_000_000 + Double.random(in: 0...0.9, using: &random)
    return (seconds * 1000).rounded() / 1000
  }

  /// Go's time.Duration text for a duration truncated to milliseconds: `1.284s`, `812ms`.
  static func goDuration(_ seconds: Double) -> String {
    let millis = Int((seconds * 1000).rounded())
    if millis < 1000 { return "\(millis)ms" }
    var text = String(format: "%.3f", Double(millis) / 1000)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text + "s"
  }

  mutating func advance(_ runtime: inout PodRuntime, pod: inout Pod) {
    let nodeName = runtime.node
    if !runtime.sandboxReady {
      guard runtime.sandboxAt <= now else { return }
      runtime.sandboxReady = true
      if runtime.ip == nil {
        if ipam[nodeName] == nil, let cidr = node(named: nodeName).flatMap({ IPv4Network($0.podCIDR) }) {
          ipam[nodeName] = HostLocalIPAM(network: cidr)
        }
        runtime.ip = ipam[nodeName]?.allocate()
      }
      for index in runtime.containers.indices {
        beginPull(&runtime.containers[index], pod: pod, at: runtime.sandboxAt, node: nodeName)
      }
    }
    guard pod.metadata.deletionTimestamp == nil else { return }
    for index in runtime.containers.indices {
      guard index < pod.spec.containers.count else { continue }
      for _ in 0..<200 {
        if !step(&runtime.containers[index], spec: pod.spec.containers[index], pod: pod, node: nodeName) {
          break
        }
      }
    }
  }

  /// Begins pulling (or finds present) the image of one container at `time`.
  mutating func beginPull(
    _ container: inout ContainerRuntime, pod: Pod, at time: Instant, node: String
  ) {
    let spec = pod.spec.containers.first { $0.name == container.name }
    let image = spec?.image ?? container.image
    container.image = image
    let policy = spec?.imagePullPolicy ?? "IfNotPresent"
    let present = imagesOnNode[node, default: []].contains(ImageFacts.shared.canonical(image))
    container.waitingReason = "ContainerCreating"
    container.waitingMessage = nil
    if let failure = ImageReference.parseFailure(image) {
      // The kubelet never pulls a name it cannot parse; the pod waits as InvalidImageName.
      let message = "Failed to apply default image tag \"\(image)\": couldn't parse image name \"\(image)\": \(failure)"
      container.waitingReason = "InvalidImageName"
      container.waitingMessage = message
      recordEvent(
        about: pod, type: "Warning", reason: "InspectFailed", message: message, source: "kubelet",
        host: node, at: time)
      recordEvent(
        about: pod, type: "Warning", reason: "Failed", message: "Error: InvalidImageName",
        source: "kubelet", host: node, at: time)
      container.stage = .finished
      return
    }
    if policy == "Never" && !present {
      container.waitingReason = "ErrImageNeverPull"
      container.waitingMessage =
        "Container image \"\(image)\" is not present with pull policy of Never"
      recordEvent(
        about: pod, type: "Warning", reason: "ErrImageNeverPull",
        message: "Container image \"\(image)\" is not present with pull policy of Never",
        source: "kubelet", host: node, at: time)
      container.stage = .finished
      return
    }
    if present && policy != "Always" {
      recordEvent(
        about: pod, reason: "Pulled",
        message: "Container image \"\(image)\" already present on machine", source: "kubelet",
        host: node, at: time)
      container.stage = .starting(at: time)
      return
    }
    recordEvent(
      about: pod, reason: "Pulling", message: "Pulling image \"\(image)\"", source: "kubelet",
      host: node, at: time)
    let fails = ImageCatalogue.pullFailure(image) != nil
    let duration = fails
      ? 0.6 + Double.random(in: 0...0.6, using: &random.timing)
      : pullDuration(image, using: &random.timing)
    container.pullMessage = fails ? nil : ClusterState.goDuration(duration)
    container.stage = .pulling(until: time.adding(duration), fails: fails)
  }

  /// Applies the next transition of a container if it is due; returns whether it did.
  mutating func step(
    _ container: inout ContainerRuntime, spec: Container, pod: Pod, node: String
  ) -> Bool {
    switch container.stage {
    case .waitingForSandbox, .finished:
      return false
    case .pulling(let until, let fails):
      guard until <= now else { return false }
      if fails {
        let reason = ImageCatalogue.pullFailure(container.image) ?? "not found"
        recordEvent(
          about: pod, type: "Warning", reason: "Failed",
          message: "Failed to pull image \"\(container.image)\": \(reason)", source: "kubelet",
          host: node, at: until)
        recordEvent(
          about: pod, type: "Warning", reason: "Failed", message: "Error: ErrImagePull",
          source: "kubelet", host: node, at: until)
        container.waitingReason = "ErrImagePull"
        container.waitingMessage = "Failed to pull image \"\(container.image)\": \(reason)"
        let backOffAt = until.adding(1.5)
        container.stage = .pullFailed(
          backOffAt: backOffAt, retryAt: backOffAt.adding(container.pullBackOff))
      } else {
        let duration = container.pullMessage ?? "1s"
        let size = ImageCatalogue.lookup(container.image)?.sizeBytes ?? 0
        recordEvent(
          about: pod, reason: "Pulled",
          message:
            "Successfully pulled image \"\(container.image)\" in \(duration) (\(duration) including waiting). Image size: \(size) bytes.",
          source: "kubelet", host: node, at: until)
        imagesOnNode[node, default: []].insert(ImageFacts.shared.canonical(container.image))
        container.stage = .starting(at: until)
      }
      return true
    case .pullFailed(let backOffAt, let retryAt):
      if container.waitingReason == "ErrImagePull", backOffAt <= now {
        recordEvent(
          about: pod, reason: "BackOff", message: "Back-off pulling image \"\(container.image)\"",
          source: "kubelet", host: node, at: backOffAt)
        recordEvent(
          about: pod, type: "Warning", reason: "Failed", message: "Error: ImagePullBackOff",
          source: "kubelet", host: node, at: backOffAt)
        container.waitingReason = "ImagePullBackOff"
        container.waitingMessage = "Back-off pulling image \"\(container.image)\""
        return true
      }
      guard retryAt <= now else { return false }
      container.pullBackOff = min(container.pullBackOff * 2, 300)
      beginPull(&container, pod: pod, at: retryAt, node: node)
      container.waitingReason = "ImagePullBackOff"
      return true
    case .starting(let at):
      guard at <= now else { return false }
      container.containerID = random.identifiers.hex(count: 64)
      let image = ImageCatalogue.lookup(spec.image)
      let process = image.map { ProcessModel.of(spec, image: $0) }
        ?? ProcessModel(exitsAfter: nil, exitCode: 0)
      if let missing = process.missingExecutable {
        let message =
          "Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: \"\(missing)\": executable file not found in $PATH: unknown"
        recordEvent(
          about: pod, reason: "Created", message: "Created container: \(spec.name)",
          source: "kubelet", host: node, at: at)
        recordEvent(
          about: pod, type: "Warning", reason: "Failed", message: message, source: "kubelet",
          host: node, at: at)
        container.lastExit = ContainerRuntime.ExitRecord(
          code: 128, reason: "StartError", started: nil, finished: at)
        crash(&container, pod: pod, at: at, node: node)
        return true
      }
      recordEvent(
        about: pod, reason: "Created", message: "Created container: \(spec.name)",
        source: "kubelet", host: node, at: at)
      recordEvent(
        about: pod, reason: "Started", message: "Started container \(spec.name)",
        source: "kubelet", host: node, at: at)
      container.startedAt = at
      container.waitingReason = nil
      container.waitingMessage = nil
      var exitsAt = process.exitsAfter.map { at.adding($0) }
      var exitCode = process.exitCode
      if let liveness = spec.livenessProbe, !probePasses(liveness, spec: spec) {
        let delay = Double(liveness.initialDelaySeconds ?? 0)
          + Double(liveness.periodSeconds ?? 10) * Double(liveness.failureThreshold ?? 3)
        if exitsAt.map({ $0 > at.adding(delay) }) ?? true {
          exitsAt = at.adding(delay)
          exitCode = 137
        }
      }
      container.stage = .running(since: at, exitsAt: exitsAt, exitCode: exitCode)
      return true
    case .running(let since, let exitsAt, let code):
      guard let exitsAt, exitsAt <= now else { return false }
      if code == 137 {
        recordEvent(
          about: pod, reason: "Killing",
          message: "Container \(spec.name) failed liveness probe, will be restarted",
          source: "kubelet", host: node, at: exitsAt)
      }
      container.lastExit = ContainerRuntime.ExitRecord(
        code: code, reason: code == 0 ? "Completed" : "Error", started: since, finished: exitsAt)
      let policy = pod.spec.restartPolicy ?? "Always"
      if policy == "Always" || (policy == "OnFailure" && code != 0) {
        crash(&container, pod: pod, at: exitsAt, node: node)
      } else {
        container.stage = .finished
      }
      return true
    case .crashed(let restartAt), .startFailed(let restartAt):
      guard restartAt <= now else { return false }
      container.restartCount += 1
      beginPull(&container, pod: pod, at: restartAt, node: node)
      return true
    }
  }

  /// A container exited and will be restarted after its back-off.
  mutating func crash(_ container: inout ContainerRuntime, pod: Pod, at time: Instant, node: String) {
    if container.restartCount == 0 {
      // The first exit is restarted at the kubelet's next sync, with no back-off: the
      // container shows as terminated (Completed, Error) until then.
      container.waitingReason = nil
      container.waitingMessage = nil
      container.stage = .crashed(restartAt: time.adding(1))
      return
    }
    let delay = container.backOff
    container.backOff = min(container.backOff * 2, 300)
    let podRef = "\(pod.name)_\(pod.namespace)(\(pod.metadata.uid ?? ""))"
    recordEvent(
      about: pod, type: "Warning", reason: "BackOff",
      message: "Back-off restarting failed container \(container.name) in pod \(podRef)",
      source: "kubelet", host: node, at: time.adding(1))
    container.waitingReason = "CrashLoopBackOff"
    container.waitingMessage =
      "back-off \(Int(delay))s restarting failed container=\(container.name) pod=\(podRef)"
    container.stage = .crashed(restartAt: time.adding(delay))
  }

  /// Whether a probe succeeds against what the container's image serves.
  func probePasses(_ probe: Probe, spec: Container) -> Bool {
    guard let image = ImageCatalogue.lookup(spec.image) else { return false }
    func resolve(_ port: IntOrString) -> Int32? {
      switch port {
      case .int(let number): return number
      case .string(let name): return spec.portNumber(named: name)
      }
    }
    switch probe.action {
    case .httpGet(let path, let port, _):
      guard let number = resolve(port), image.listens(on: number),
        let status = image.app.httpStatus(path: path ?? "/")
      else { return false }
      return (200..<400).contains(status)
    case .tcpSocket(let port):
      guard let number = resolve(port) else { return false }
      return image.listens(on: number)
    case .exec(let command):
      let joined = command.joined(separator: " ")
      return !(command.first == "false" || joined.contains("exit 1"))
    case .none:
      return true
    }
  }

  /// The message of a failing probe, as the kubelet reports it.
  func probeFailure(_ probe: Probe, spec: Container, ip: String) -> String {
    func resolve(_ port: IntOrString) -> String {
      switch port {
      case .int(let number): return String(number)
      case .string(let name): return spec.portNumber(named: name).map(String.init) ?? name
      }
    }
    let image = ImageCatalogue.lookup(spec.image)
    switch probe.action {
    case .httpGet(let path, let port, _):
      let number = resolve(port)
      if let image, let value = Int32(number), image.listens(on: value),
        let status = image.app.httpStatus(path: path ?? "/")
      {
        return "HTTP probe failed with statuscode: \(status)"
      }
      return "Get \"http://\(ip):\(number)\(path ?? "/")\": dial tcp \(ip):\(number): connect: connection refused"
    case .tcpSocket(let port):
      return "dial tcp \(ip):\(resolve(port)): connect: connection refused"
    case .exec:
      return "command failed"
    case .none:
      return ""
    }
  }
}
