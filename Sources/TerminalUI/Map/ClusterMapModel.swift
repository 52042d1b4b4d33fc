import ClusterSim

/// What the cluster map shows, taken from the cluster: the laptop, each node with its pods,
/// each Service with its ports and endpoints, and the path of the last connection.
///
/// The cluster's own namespaces (`kube-system`, `kube-flannel`, any `kube-*`) and the
/// `kubernetes` Service are left out: the map is about the learner's objects.
struct ClusterMapModel: Equatable {
  enum Health: Equatable {
    case ready
    case progressing
    case failing
    case terminating
  }

  struct PodItem: Equatable {
    var key: String  // namespace/name
    var name: String
    var ip: String?
    /// The status word shown when the pod is not simply Ready (`Pending`, `CrashLoopBackOff`).
    var status: String?
    var health: Health
    var onPath = false
  }

  struct NodeItem: Equatable {
    var name: String
    var ip: String
    var pods: [PodItem]
    var onPath = false
  }

  struct ServiceItem: Equatable {
    var name: String
    var type: String
    /// The ClusterIP, `None` for a headless Service, or the external name.
    var address: String
    var externalIPs: [String]
    /// `port:nodePort→targetPort` for each port.
    var ports: [String]
    /// Pods behind it (namespace/name), ready or not.
    var endpoints: [String]
    var onPath = false
  }

  var laptopAddress = ClusterOptions.laptopAddress.description
  var laptopOnPath = false
  var nodes: [NodeItem] = []
  var services: [ServiceItem] = []
  /// NodePorts open on every node (kube-proxy), for the node boxes' titles.
  var nodePorts: [Int32] = []
  /// The row-independent part of the path: pods on it, by namespace/name.
  var podsOnPath: Set<String> = []
  var unscheduled: [PodItem] = []
  var connection: ConnectionRecord?
  /// The nodePort the connection came in by, if it did.
  var pathNodePort: Int32?

  init(_ state: ClusterState, connection: ConnectionRecord?) {
    self.connection = connection
    var pathAddresses: [String: Int32?] = [:]
    for hop in connection?.hops ?? [] {
      let parts = hop.address.split(separator: ":")
      if let host = parts.first {
        pathAddresses[String(host)] = parts.count > 1 ? Int32(parts[1]) : nil
      }
    }
    if let connection, connection.source == .laptop { laptopOnPath = true }
    let pods = state.store.list(Pod.self, in: nil).filter { !$0.namespace.hasPrefix("kube-") }
    var byNode: [String: [PodItem]] = [:]
    for pod in pods {
      var item = ClusterMapModel.item(for: pod)
      if let ip = item.ip, pathAddresses[ip] != nil { item.onPath = true }
      if let endpoint = connection?.endpointPod, endpoint == pod.name || endpoint == item.key {
        item.onPath = true
      }
      if case .pod(let namespace, let name) = connection?.source, namespace == pod.namespace,
        name == pod.name
      {
        item.onPath = true
      }
      if item.onPath { podsOnPath.insert(item.key) }
      if let node = pod.spec.nodeName {
        byNode[node, default: []].append(item)
      } else {
        unscheduled.append(item)
      }
    }
    for service in state.store.list(Service.self, in: nil)
    where !service.namespace.hasPrefix("kube-")
      && !(service.namespace == "default" && service.name == "kubernetes")
    {
      var item = ServiceItem(
        name: service.namespace == "default"
          ? service.name : "\(service.namespace)/\(service.name)",
        type: service.type,
        address: service.type == "ExternalName"
          ? (service.spec.externalName ?? "") : (service.spec.clusterIP ?? ""),
        externalIPs: service.ingressIPs + (service.spec.externalIPs ?? []),
        ports: service.spec.ports.map(ClusterMapModel.portText), endpoints: [])
      if let endpoints = state.store.get(Endpoints.self, service.namespace, service.name) {
        for subset in endpoints.subsets {
          for address in subset.addresses + subset.notReadyAddresses {
            if let target = address.targetRef {
              item.endpoints.append("\(target.namespace)/\(target.name)")
            }
          }
        }
      }
      for (address, port) in pathAddresses {
        if address == item.address || item.externalIPs.contains(address) { item.onPath = true }
        if let port, service.spec.ports.contains(where: { $0.nodePort == port }),
          state.nodes.contains(where: { $0.internalIP == address })
        {
          item.onPath = true
          pathNodePort = port
        }
      }
      services.append(item)
      nodePorts += service.spec.ports.compactMap(\.nodePort)
    }
    nodePorts.sort()
    for node in state.nodes {
      var item = NodeItem(
        name: node.name, ip: node.internalIP,
        pods: (byNode[node.name] ?? []).sorted { $0.name < $1.name })
      if pathAddresses[node.internalIP] != nil { item.onPath = true }
      if case .node(let name) = connection?.source, name == node.name { item.onPath = true }
      nodes.append(item)
    }
  }

  static func item(for pod: Pod) -> PodItem {
    var status: String? = pod.status.phase ?? "Pending"
    var health = Health.progressing
    if pod.isTerminating {
      status = "Terminating"
      health = .terminating
    } else if pod.status.phase == "Running" && pod.isReady {
      status = nil
      health = .ready
    } else {
      for container in pod.status.containerStatuses {
        switch container.state {
        case .waiting(let reason, _) where !reason.isEmpty:
          status = reason
          if [
            "CrashLoopBackOff", "ErrImagePull", "ImagePullBackOff", "InvalidImageName",
            "CreateContainerConfigError",
          ].contains(reason) {
            health = .failing
          }
        case .terminated(_, let reason, _, _, _):
          status = reason.isEmpty ? "Error" : reason
          health = .failing
        case .running where !container.ready:
          status = "NotReady"
        default:
          break
        }
      }
      if pod.status.phase == "Failed" { health = .failing }
    }
    return PodItem(
      key: "\(pod.namespace)/\(pod.name)", name: pod.name, ip: pod.status.podIP, status: status,
      health: health)
  }

  /// `80:30008→80/TCP` as kubectl's PORT(S) column writes it, with the target port added.
  static func portText(_ port: ServicePort) -> String {
    var text = String(port.port)
    if let nodePort = port.nodePort { text += ":\(nodePort)" }
    text += "→" + (port.targetPort?.description ?? String(port.port))
    if port.proto != "TCP" { text += "/" + port.proto }
    return text
  }
}
