import ClusterSim

extension Describer {
  static func describeNode(_ node: Node, state: ClusterState) -> String {
    var w = DescribeWriter()
    w.field(0, "Name", node.name)
    w.field(0, "Roles", node.roles.isEmpty ? "<none>" : node.roles.joined(separator: ","))
    w.map(0, "Labels", node.metadata.labels)
    w.map(0, "Annotations", node.metadata.annotations, separator: ": ")
    let created = node.metadata.creationTimestamp ?? state.now
    w.field(0, "CreationTimestamp", created.rfc1123Z)
    if node.taints.isEmpty {
      w.field(0, "Taints", "<none>")
    } else {
      for (index, taint) in node.taints.enumerated() {
        if index == 0 { w.field(0, "Taints", taint.text) } else { w.write(0, "\t\(taint.text)\n") }
      }
    }
    w.field(0, "Unschedulable", node.unschedulable ? "true" : "false")
    w.write(0, "Lease:\n")
    w.field(1, "HolderIdentity", node.name)
    w.field(1, "AcquireTime", "<unset>")
    let renew = Instant(seconds: (state.now.seconds / 10).rounded(.down) * 10)
    w.field(1, "RenewTime", renew.rfc1123Z)
    w.write(0, "Conditions:\n")
    w.write(1, "Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n")
    w.write(1, "----\t------\t-----------------\t------------------\t------\t-------\n")
    let heartbeat = Instant(seconds: max(created.seconds, state.now.seconds - 23)).rfc1123Z
    let flannel = created.adding(40).rfc1123Z
    w.write(1, "NetworkUnavailable\tFalse\t\(flannel)\t\(flannel)\tFlannelIsUp\tFlannel is running on this node\n")
    w.write(1, "MemoryPressure\tFalse\t\(heartbeat)\t\(created.rfc1123Z)\tKubeletHasSufficientMemory\tkubelet has sufficient memory available\n")
    w.write(1, "DiskPressure\tFalse\t\(heartbeat)\t\(created.rfc1123Z)\tKubeletHasNoDiskPressure\tkubelet has no disk pressure\n")
    w.write(1, "PIDPressure\tFalse\t\(heartbeat)\t\(created.rfc1123Z)\tKubeletHasSufficientPID\tkubelet has sufficient PID available\n")
    w.write(1, "Ready\tTrue\t\(heartbeat)\t\(node.readySince.rfc1123Z)\tKubeletReady\tkubelet is posting ready status\n")
    w.write(0, "Addresses:\n")
    w.field(1, "InternalIP", node.internalIP)
    w.field(1, "Hostname", node.name)
    for title in ["Capacity", "Allocatable"] {
      w.write(0, "\(title):\n")
      w.field(1, "cpu", "2")
      w.field(1, "ephemeral-storage", title == "Capacity" ? "50620216Ki" : "46651590989")
      w.field(1, "hugepages-1Gi", "0")
      w.field(1, "hugepages-2Mi", "0")
      w.field(1, "memory", title == "Capacity" ? "4015440Ki" : "3913040Ki")
      w.field(1, "pods", "110")
    }
    w.write(0, "System Info:\n")
    for (label, value) in [
      ("Machine ID", ""), ("System UUID", ""), ("Boot ID", ""), ("Kernel Version", Node.kernelVersion),
      ("OS Image", Node.osImage), ("Operating System", "linux"), ("Architecture", "amd64"),
      ("Container Runtime Version", Node.containerRuntime), ("Kubelet Version", Node.kubeletVersion),
      ("Kube-Proxy Version", Node.kubeletVersion),
    ] {
      w.field(1, label, value)
    }
    w.field(0, "PodCIDR", node.podCIDR)
    w.field(0, "PodCIDRs", node.podCIDR)
    let pods = state.store.list(Pod.self, in: nil).filter {
      $0.spec.nodeName == node.name && $0.status.phase != "Succeeded" && $0.status.phase != "Failed"
    }
    w.field(0, "Non-terminated Pods", "(\(pods.count) in total)")
    w.write(1, "Namespace\tName\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n")
    w.write(1, "---------\t----\t------------\t----------\t---------------\t-------------\t---\n")
    for pod in pods {
      w.write(1, "\(pod.namespace)\t\(pod.name)\t0 (0%)\t0 (0%)\t0 (0%)\t0 (0%)\t\(HumanDuration.age(pod.metadata.creationTimestamp, now: state.now))\n")
    }
    w.write(0, "Allocated resources:\n")
    w.write(1, "(Total limits may be over 100 percent, i.e., overcommitted.)\n")
    w.write(1, "Resource\tRequests\tLimits\n")
    w.write(1, "--------\t--------\t------\n")
    for resource in ["cpu", "memory", "ephemeral-storage", "hugepages-1Gi", "hugepages-2Mi"] {
      w.write(1, "\(resource)\t0 (0%)\t0 (0%)\n")
    }
    w.events(state.events(about: node), now: state.now)
    return w.rendered()
  }
}
