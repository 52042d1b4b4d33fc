import ClusterSim

/// The READY, STATUS and RESTARTS cells of `kubectl get pods`, computed as kubectl's server
/// side printer does.
enum PodStatusText {
  static func ready(_ pod: Pod) -> String {
    let total = pod.spec.containers.count
    let ready = pod.status.containerStatuses.filter(\.ready).count
    return "\(ready)/\(total)"
  }

  static func status(_ pod: Pod) -> String {
    var reason = pod.status.phase ?? "Pending"
    if let podReason = pod.status.reason, !podReason.isEmpty { reason = podReason }
    var hasRunning = false
    for status in pod.status.containerStatuses.reversed() {
      switch status.state {
      case .waiting(let waiting, _) where !waiting.isEmpty:
        reason = waiting
      case .terminated(let code, let terminated, _, _, _):
        reason = terminated.isEmpty ? "ExitCode:\(code)" : terminated
      case .running where status.ready:
        hasRunning = true
      default:
        break
      }
    }
    if reason == "Completed" && hasRunning {
      let ready = pod.status.conditions.first { $0.type == "Ready" }?.status == "True"
      reason = ready ? "Running" : "NotReady"
    }
    if pod.metadata.deletionTimestamp != nil { reason = "Terminating" }
    return reason
  }

  static func restarts(_ pod: Pod, now: Instant) -> String {
    var count: Int32 = 0
    var last: Instant?
    for status in pod.status.containerStatuses {
      count += status.restartCount
      if case .terminated(_, _, _, let finished?, _)? = status.lastState, status.restartCount > 0 {
        if last == nil || finished > last! { last = finished }
      }
    }
    if let last, count > 0 { return "\(count) (\(HumanDuration.text(now.since(last))) ago)" }
    return String(count)
  }
}
