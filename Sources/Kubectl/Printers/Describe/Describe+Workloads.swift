import ClusterSim

extension Describer {
  static func podsStatus(_ pods: [Pod]) -> String {
    let running = pods.filter { $0.status.phase == "Running" }.count
    let waiting = pods.filter { $0.status.phase == "Pending" }.count
    let succeeded = pods.filter { $0.status.phase == "Succeeded" }.count
    let failed = pods.filter { $0.status.phase == "Failed" }.count
    return "\(running) Running / \(waiting) Waiting / \(succeeded) Succeeded / \(failed) Failed"
  }

  static func describeDeployment(_ deployment: Deployment, state: ClusterState) -> String {
    var w = DescribeWriter()
    w.field(0, "Name", deployment.name)
    w.field(0, "Namespace", deployment.namespace)
    w.field(0, "CreationTimestamp", deployment.metadata.creationTimestamp?.rfc1123Z ?? "")
    w.map(0, "Labels", deployment.metadata.labels)
    w.map(0, "Annotations", deployment.metadata.annotations, separator: ": ")
    w.field(0, "Selector", deployment.spec.selector?.text ?? "<none>")
    let desired = deployment.spec.replicas ?? 1
    let status = deployment.status
    w.field(
      0, "Replicas",
      "\(desired) desired | \(status.updatedReplicas) updated | \(status.replicas) total | \(status.availableReplicas) available | \(status.unavailableReplicas) unavailable")
    let strategy = deployment.spec.strategy ?? .emptyObject
    let type = strategy["type"]?.stringValue ?? "RollingUpdate"
    w.field(0, "StrategyType", type)
    w.field(0, "MinReadySeconds", String(deployment.spec.minReadySeconds ?? 0))
    if type == "RollingUpdate" {
      let rolling = strategy["rollingUpdate"]
      func text(_ value: JSONValue?) -> String {
        switch value {
        case .int(let number)?: return String(number)
        case .string(let text)?: return text
        default: return "25%"
        }
      }
      w.field(
        0, "RollingUpdateStrategy",
        "\(text(rolling?["maxUnavailable"])) max unavailable, \(text(rolling?["maxSurge"])) max surge")
    }
    describeTemplate(deployment.spec.template, into: &w)
    if !status.conditions.isEmpty {
      w.write(0, "Conditions:\n  Type\tStatus\tReason\n")
      w.write(1, "----\t------\t------\n")
      for condition in status.conditions {
        w.write(1, "\(condition.type) \t\(condition.status)\t\(condition.reason)\n")
      }
    }
    let owned = state.replicaSets(ownedBy: deployment)
    let template = ClusterState.withoutHash(deployment.spec.template)
    let newSet = owned.first { ClusterState.withoutHash($0.spec.template) == template }
    let olds = owned.filter { $0.name != newSet?.name && ($0.spec.replicas ?? 0) > 0 }
    w.field(0, "OldReplicaSets", olds.isEmpty ? "<none>" : olds.map(replicaSetSummary).joined(separator: ", "))
    w.field(0, "NewReplicaSet", newSet.map(replicaSetSummary) ?? "<none>")
    w.events(state.events(about: deployment), now: state.now)
    return w.rendered()
  }

  static func replicaSetSummary(_ replicaSet: ReplicaSet) -> String {
    "\(replicaSet.name) (\(replicaSet.status.replicas)/\(replicaSet.spec.replicas ?? 0) replicas created)"
  }

  static func describeReplicaSet(_ replicaSet: ReplicaSet, state: ClusterState) -> String {
    var w = DescribeWriter()
    w.field(0, "Name", replicaSet.name)
    w.field(0, "Namespace", replicaSet.namespace)
    w.field(0, "Selector", replicaSet.spec.selector?.text ?? "<none>")
    w.map(0, "Labels", replicaSet.metadata.labels)
    w.map(0, "Annotations", replicaSet.metadata.annotations, separator: ": ")
    if let owner = replicaSet.metadata.controllerReference {
      w.field(0, "Controlled By", "\(owner.kind)/\(owner.name)")
    }
    w.field(0, "Replicas", "\(replicaSet.status.replicas) current / \(replicaSet.spec.replicas ?? 1) desired")
    let pods = state.ownedPods(by: replicaSet.metadata.uid ?? "", in: replicaSet.namespace)
    w.field(0, "Pods Status", podsStatus(pods))
    describeTemplate(replicaSet.spec.template, into: &w)
    w.events(state.events(about: replicaSet), now: state.now)
    return w.rendered()
  }

  static func describeDaemonSet(_ daemonSet: DaemonSet, state: ClusterState) -> String {
    var w = DescribeWriter()
    w.field(0, "Name", daemonSet.name)
    w.field(0, "Selector", daemonSet.spec.selector?.text ?? "<none>")
    let selectors = daemonSet.spec.template.spec.nodeSelector ?? [:]
    w.field(0, "Node-Selector", selectors.isEmpty ? "<none>" : selectorText(selectors))
    w.map(0, "Labels", daemonSet.metadata.labels)
    w.map(0, "Annotations", daemonSet.metadata.annotations, separator: ": ")
    let status = daemonSet.status
    w.write(0, "Desired Number of Nodes Scheduled: \(status.desiredNumberScheduled)\n")
    w.write(0, "Current Number of Nodes Scheduled: \(status.currentNumberScheduled)\n")
    w.write(0, "Number of Nodes Scheduled with Up-to-date Pods: \(status.updatedNumberScheduled)\n")
    w.write(0, "Number of Nodes Scheduled with Available Pods: \(status.numberAvailable)\n")
    w.write(0, "Number of Nodes Misscheduled: \(status.numberMisscheduled)\n")
    let pods = state.ownedPods(by: daemonSet.metadata.uid ?? "", in: daemonSet.namespace)
    w.field(0, "Pods Status", podsStatus(pods))
    describeTemplate(daemonSet.spec.template, into: &w)
    w.events(state.events(about: daemonSet), now: state.now)
    return w.rendered()
  }

  static func describeEndpoints(_ endpoints: Endpoints, state: ClusterState) -> String {
    var w = DescribeWriter()
    w.field(0, "Name", endpoints.name)
    w.field(0, "Namespace", endpoints.namespace)
    w.map(0, "Labels", endpoints.metadata.labels)
    w.map(0, "Annotations", endpoints.metadata.annotations, separator: ": ")
    w.write(0, "Subsets:\n")
    for subset in endpoints.subsets {
      let ready = subset.addresses.map(\.ip)
      let notReady = subset.notReadyAddresses.map(\.ip)
      w.field(1, "Addresses", ready.isEmpty ? "<none>" : ready.joined(separator: ","))
      w.field(1, "NotReadyAddresses", notReady.isEmpty ? "<none>" : notReady.joined(separator: ","))
      if subset.ports.isEmpty {
        w.field(1, "Ports", "<none>")
      } else {
        w.write(1, "Ports:\n")
        w.write(2, "Name\tPort\tProtocol\n")
        w.write(2, "----\t----\t--------\n")
        for port in subset.ports {
          let name = (port.name ?? "").isEmpty ? "<unset>" : port.name!
          w.write(2, "\(name)\t\(port.port)\t\(port.protocol)\n")
        }
      }
      w.write(0, "\n")
    }
    w.events(state.events(about: endpoints), now: state.now)
    return w.rendered()
  }

  static func describeSlice(_ slice: EndpointSlice, state: ClusterState) -> String {
    var w = DescribeWriter()
    w.field(0, "Name", slice.name)
    w.field(0, "Namespace", slice.namespace)
    w.map(0, "Labels", slice.metadata.labels)
    w.map(0, "Annotations", slice.metadata.annotations, separator: ": ")
    w.field(0, "AddressType", slice.addressType)
    if let ports = slice.ports, !ports.isEmpty {
      w.write(0, "Ports:\n")
      w.write(1, "Name\tPort\tProtocol\n")
      w.write(1, "----\t----\t--------\n")
      for port in ports {
        let name = (port.name ?? "").isEmpty ? "<unset>" : port.name!
        w.write(1, "\(name)\t\(port.port)\t\(port.protocol)\n")
      }
    } else {
      w.field(0, "Ports", "<unset>")
    }
    if slice.endpoints.isEmpty {
      w.field(0, "Endpoints", "<none>")
    } else {
      w.write(0, "Endpoints:\n")
      for endpoint in slice.endpoints {
        w.write(1, "- Addresses:\t\(endpoint.addresses.joined(separator: ","))\n")
        w.write(2, "Conditions:\n")
        w.field(3, "Ready", endpoint.ready ? "true" : "false")
        w.field(2, "Hostname", "<unset>")
        if let target = endpoint.targetRef { w.field(2, "TargetRef", "\(target.kind)/\(target.name)") }
        w.field(2, "NodeName", endpoint.nodeName ?? "<unset>")
        w.field(2, "Zone", "<unset>")
      }
    }
    w.events(state.events(about: slice), now: state.now)
    return w.rendered()
  }

  static func describeNamespace(_ namespace: Namespace, state: ClusterState) -> String {
    var w = DescribeWriter()
    w.field(0, "Name", namespace.name)
    w.map(0, "Labels", namespace.metadata.labels)
    w.map(0, "Annotations", namespace.metadata.annotations, separator: ": ")
    w.field(0, "Status", namespace.phase)
    w.write(0, "\nNo resource quota.\n\nNo LimitRange resource.\n")
    return w.rendered()
  }

  static func describeEvent(_ event: Event, state: ClusterState) -> String {
    var w = DescribeWriter()
    w.field(0, "Name", event.name)
    w.field(0, "Namespace", event.namespace)
    w.map(0, "Labels", event.metadata.labels)
    w.map(0, "Annotations", event.metadata.annotations, separator: ": ")
    w.field(0, "API Version", "v1")
    w.field(0, "Count", String(event.count))
    w.field(0, "First Timestamp", event.firstTimestamp.rfc3339)
    w.write(0, "Involved Object:\n")
    w.field(1, "Kind", event.involvedObject.kind)
    w.field(1, "Name", event.involvedObject.name)
    w.field(1, "Namespace", event.involvedObject.namespace)
    w.field(1, "UID", event.involvedObject.uid)
    w.field(0, "Kind", "Event")
    w.field(0, "Last Timestamp", event.lastTimestamp.rfc3339)
    w.field(0, "Message", event.message)
    w.field(0, "Reason", event.reason)
    w.write(0, "Source:\n")
    w.field(1, "Component", event.source)
    if let host = event.host { w.field(1, "Host", host) }
    w.field(0, "Type", event.type)
    w.field(0, "Events", "<none>")
    return w.rendered()
  }
}
