import ClusterSim

extension Describer {
  static func describePod(_ pod: Pod, state: ClusterState) -> String {
    var w = DescribeWriter()
    w.field(0, "Name", pod.name)
    w.field(0, "Namespace", pod.namespace)
    w.field(0, "Priority", String(pod.spec.priority ?? 0))
    if let priorityClass = pod.spec.priorityClassName { w.field(0, "Priority Class Name", priorityClass) }
    w.field(0, "Service Account", pod.spec.serviceAccountName ?? "default")
    if let node = pod.spec.nodeName {
      w.field(0, "Node", "\(node)/\(pod.status.hostIP ?? state.node(named: node)?.internalIP ?? "")")
    } else {
      w.field(0, "Node", "<none>")
    }
    if let start = pod.status.startTime { w.field(0, "Start Time", start.rfc1123Z) }
    w.map(0, "Labels", pod.metadata.labels)
    w.map(0, "Annotations", pod.metadata.annotations, separator: ": ")
    if let deletion = pod.metadata.deletionTimestamp {
      w.field(0, "Status", "Terminating (lasts \(HumanDuration.text(state.now.since(deletion) + Double(pod.metadata.deletionGracePeriodSeconds ?? 30))))")
      w.field(0, "Termination Grace Period", "\(pod.metadata.deletionGracePeriodSeconds ?? 30)s")
    } else {
      w.field(0, "Status", pod.status.phase ?? "Pending")
    }
    if let reason = pod.status.reason { w.field(0, "Reason", reason) }
    if let message = pod.status.message { w.field(0, "Message", message) }
    w.field(0, "IP", pod.status.podIP ?? "")
    if let ip = pod.status.podIP {
      w.write(0, "IPs:\n")
      w.field(1, "IP", ip)
    } else {
      w.field(0, "IPs", "<none>")
    }
    if let owner = pod.metadata.controllerReference {
      w.field(0, "Controlled By", "\(owner.kind)/\(owner.name)")
    }
    w.write(0, "Containers:\n")
    for container in pod.spec.containers {
      let status = pod.status.containerStatuses.first { $0.name == container.name }
      describeContainer(container, status: status, into: &w, inPod: true)
    }
    w.write(0, "Conditions:\n  Type\tStatus\n")
    for condition in pod.status.conditions {
      w.write(1, "\(condition.type) \t\(condition.status) \n")
    }
    describeVolumes(pod.spec.volumes, into: &w, level: 0)
    w.field(0, "QoS Class", pod.status.qosClass ?? "BestEffort")
    let selectors = pod.spec.nodeSelector ?? [:]
    w.field(0, "Node-Selectors", selectors.isEmpty ? "<none>" : selectorText(selectors))
    tolerations(pod.spec.tolerations ?? [], into: &w, level: 0)
    w.events(state.events(about: pod), now: state.now)
    return w.rendered()
  }

  static func tolerations(_ tolerations: [Toleration], into w: inout DescribeWriter, level: Int) {
    guard !tolerations.isEmpty else {
      w.field(level, "Tolerations", "<none>")
      return
    }
    for (index, toleration) in tolerations.enumerated() {
      var text = toleration.key ?? ""
      if let value = toleration.value, !value.isEmpty { text += "=\(value)" }
      if let effect = toleration.effect, !effect.isEmpty { text += ":\(effect)" }
      if toleration.operator == "Exists" && toleration.value == nil {
        text += (text.isEmpty ? "" : " ") + "op=Exists"
      }
      if let seconds = toleration.tolerationSeconds { text += " for \(seconds)s" }
      if index == 0 { w.field(level, "Tolerations", text) } else { w.write(level, "\t\(text)\n") }
    }
  }

  static func describeVolumes(_ volumes: JSONValue?, into w: inout DescribeWriter, level: Int) {
    let list = volumes?.arrayValue ?? []
    guard !list.isEmpty else {
      w.field(level, "Volumes", "<none>")
      return
    }
    w.write(level, "Volumes:\n")
    for volume in list {
      w.write(level + 1, "\(volume["name"]?.stringValue ?? ""):\n")
      if let projected = volume["projected"] {
        w.field(level + 2, "Type", "Projected (a volume that contains injected data from multiple sources)")
        let sources = projected["sources"]?.arrayValue ?? []
        if let token = sources.first(where: { $0["serviceAccountToken"] != nil }) {
          w.field(level + 2, "TokenExpirationSeconds", String(token["serviceAccountToken"]?["expirationSeconds"]?.intValue ?? 3607))
        }
        if let map = sources.first(where: { $0["configMap"] != nil }) {
          w.field(level + 2, "ConfigMapName", map["configMap"]?["name"]?.stringValue ?? "")
          w.field(level + 2, "ConfigMapOptional", "<nil>")
        }
        if sources.contains(where: { $0["downwardAPI"] != nil }) { w.field(level + 2, "DownwardAPI", "true") }
      } else if let empty = volume["emptyDir"] {
        w.field(level + 2, "Type", "EmptyDir (a temporary directory that shares a pod's lifetime)")
        w.field(level + 2, "Medium", empty["medium"]?.stringValue ?? "")
        w.field(level + 2, "SizeLimit", empty["sizeLimit"]?.stringValue ?? "<unset>")
      } else if let map = volume["configMap"] {
        w.field(level + 2, "Type", "ConfigMap (a volume populated by a ConfigMap)")
        w.field(level + 2, "Name", map["name"]?.stringValue ?? "")
        w.field(level + 2, "Optional", "false")
      } else if let host = volume["hostPath"] {
        w.field(level + 2, "Type", "HostPath (bare host directory volume)")
        w.field(level + 2, "Path", host["path"]?.stringValue ?? "")
        w.field(level + 2, "HostPathType", host["type"]?.stringValue ?? "")
      } else {
        w.field(level + 2, "Type", "<unknown>")
      }
    }
  }

  static func probeText(_ probe: Probe) -> String {
    var text: String
    switch probe.action {
    case .httpGet(let path, let port, let scheme):
      text = "http-get \((scheme ?? "HTTP").lowercased())://:\(port)\(path ?? "/")"
    case .tcpSocket(let port): text = "tcp-socket :\(port)"
    case .exec(let command): text = "exec [\(command.joined(separator: " "))]"
    case .none: text = "unknown"
    }
    return text
      + " delay=\(probe.initialDelaySeconds ?? 0)s timeout=\(probe.timeoutSeconds ?? 1)s period=\(probe.periodSeconds ?? 10)s #success=\(probe.successThreshold ?? 1) #failure=\(probe.failureThreshold ?? 3)"
  }

  static func stateLines(_ label: String, _ state: ContainerStatus.State, into w: inout DescribeWriter) {
    switch state {
    case .running(let started):
      w.field(2, label, "Running")
      w.field(3, "Started", started.rfc1123Z)
    case .waiting(let reason, _):
      w.field(2, label, "Waiting")
      w.field(3, "Reason", reason)
    case .terminated(let code, let reason, let started, let finished, _):
      w.field(2, label, "Terminated")
      w.field(3, "Reason", reason)
      w.field(3, "Exit Code", String(code))
      w.field(3, "Started", started?.rfc1123Z ?? "Thu, 01 Jan 1970 00:00:00 +0000")
      w.field(3, "Finished", finished?.rfc1123Z ?? "Thu, 01 Jan 1970 00:00:00 +0000")
    }
  }

  /// One container, in a pod (with its status) or in a template.
  static func describeContainer(
    _ container: Container, status: ContainerStatus?, into w: inout DescribeWriter, inPod: Bool
  ) {
    if inPod {
      w.write(1, "\(container.name):\n")
      w.field(2, "Container ID", status?.containerID ?? "")
      w.field(2, "Image", container.image)
      w.field(2, "Image ID", status?.imageID ?? "")
    } else {
      w.write(1, " \(container.name):\n")
      w.field(2, "Image", container.image)
    }
    let ports = container.ports.map { "\($0.containerPort)/\($0.protocol ?? "TCP")" }
    let hostPorts = container.ports.map { "\($0.hostPort ?? 0)/\($0.protocol ?? "TCP")" }
    w.field(2, ports.count > 1 ? "Ports" : "Port", ports.isEmpty ? "<none>" : ports.joined(separator: ", "))
    w.field(2, hostPorts.count > 1 ? "Host Ports" : "Host Port", hostPorts.isEmpty ? "<none>" : hostPorts.joined(separator: ", "))
    if let command = container.command, !command.isEmpty {
      w.write(2, "Command:\n")
      for part in command { w.write(3, "\(part)\n") }
    }
    if let args = container.args, !args.isEmpty {
      w.write(2, "Args:\n")
      for part in args { w.write(3, "\(part)\n") }
    }
    if inPod {
      if let status {
        stateLines("State", status.state, into: &w)
        if let last = status.lastState, case .terminated = last { stateLines("Last State", last, into: &w) }
        w.field(2, "Ready", status.ready ? "True" : "False")
        w.field(2, "Restart Count", String(status.restartCount))
      } else {
        w.field(2, "State", "Waiting")
        w.field(3, "Reason", "ContainerCreating")
        w.field(2, "Ready", "False")
        w.field(2, "Restart Count", "0")
      }
    }
    if let probe = container.livenessProbe { w.field(2, "Liveness", probeText(probe)) }
    if let probe = container.readinessProbe { w.field(2, "Readiness", probeText(probe)) }
    if container.env.isEmpty {
      w.field(2, "Environment", "<none>")
    } else {
      w.write(2, "Environment:\n")
      for variable in container.env {
        if let value = variable.value {
          w.field(3, variable.name, value)
        } else if let source = variable.valueFrom {
          w.field(3, variable.name, fieldSource(source))
        } else {
          w.field(3, variable.name, "")
        }
      }
    }
    if container.volumeMounts.isEmpty {
      w.field(2, "Mounts", "<none>")
    } else {
      w.write(2, "Mounts:\n")
      for mount in container.volumeMounts {
        w.write(3, "\(mount.mountPath) from \(mount.name) (\(mount.readOnly == true ? "ro" : "rw"))\n")
      }
    }
  }

  static func fieldSource(_ source: JSONValue) -> String {
    if let field = source["fieldRef"] {
      return " (\(field["apiVersion"]?.stringValue ?? "v1"):\(field["fieldPath"]?.stringValue ?? ""))"
    }
    if let key = source["configMapKeyRef"] {
      return "<set to the key '\(key["key"]?.stringValue ?? "")' of config map '\(key["name"]?.stringValue ?? "")'>"
    }
    if let key = source["secretKeyRef"] {
      return "<set to the key '\(key["key"]?.stringValue ?? "")' in secret '\(key["name"]?.stringValue ?? "")'>"
    }
    return ""
  }

  /// The `Pod Template:` section of deployments, replica sets and daemon sets.
  static func describeTemplate(_ template: PodTemplateSpec, into w: inout DescribeWriter) {
    w.write(0, "Pod Template:\n")
    w.map(1, "Labels", template.metadata.labels)
    if !template.metadata.annotations.isEmpty {
      w.map(1, "Annotations", template.metadata.annotations, separator: ": ")
    }
    if let account = template.spec.serviceAccountName, account != "default" {
      w.field(1, "Service Account", account)
    }
    w.write(1, "Containers:\n")
    for container in template.spec.containers {
      describeContainer(container, status: nil, into: &w, inPod: false)
    }
    describeVolumes(template.spec.volumes, into: &w, level: 1)
    let selectors = template.spec.nodeSelector ?? [:]
    w.field(1, "Node-Selectors", selectors.isEmpty ? "<none>" : selectorText(selectors))
    tolerations(template.spec.tolerations ?? [], into: &w, level: 1)
  }
}
