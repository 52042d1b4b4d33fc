/// The endpoints and EndpointSlice controllers: for every Service with a selector, the
/// addresses of the pods it selects, ready ones and not-ready ones apart, with named
/// target ports resolved per pod; and a mirrored slice for hand-written Endpoints.
extension ClusterState {
  static let managedBy = "endpointslice.kubernetes.io/managed-by"
  static let serviceNameLabel = "kubernetes.io/service-name"
  static let triggerTime = "endpoints.kubernetes.io/last-change-trigger-time"

  /// The port a service port reaches on `pod`, or nil when a named target port is not
  /// declared by any of the pod's containers.
  public static func resolveTargetPort(_ port: ServicePort, on pod: Pod) -> Int32? {
    switch port.targetPort ?? .int(port.port) {
    case .int(let number): return number
    case .string(let name):
      for container in pod.spec.containers {
        if let number = container.portNumber(named: name) { return number }
      }
      return nil
    }
  }

  mutating func runEndpointsController() {
    guard !dirtyEndpointNamespaces.isEmpty else { return }
    let namespaces = dirtyEndpointNamespaces
    for namespace in namespaces.sorted() {
      let services = store.list(Service.self, in: namespace)
      sliceIndex = [:]
      for slice in store.endpointSlices.unordered(in: namespace) ?? [:].values {
        guard let service = slice.metadata.labels[ClusterState.serviceNameLabel],
          let manager = slice.metadata.labels[ClusterState.managedBy]
        else { continue }
        sliceIndex["\(service)|\(manager)"] = slice.name
      }
      let everything = endpointsFullyDirty.contains(namespace)
      let labels = dirtyEndpointLabels[namespace] ?? []
      let changed = dirtyServiceNames[namespace] ?? []
      // Services that share a selector (a ClusterIP and a NodePort for one app) share the
      // pods it matches: found once.
      var matched: [[String: String]: [Pod]] = [:]
      for service in services {
        if let selector = service.spec.selector, !selector.isEmpty, service.type != "ExternalName" {
          guard everything || changed.contains(service.name)
            || selector.contains(where: { labels.contains("\($0.key)=\($0.value)") })
          else {
            continue
          }
          if matched[selector] == nil {
            matched[selector] = store.pods(matching: selector, in: namespace, sorted: false)
              .filter { $0.status.podIP != nil }
          }
          syncEndpoints(of: service, pods: matched[selector]!)
        } else if (service.name != "kubernetes" || namespace != "default")
          && (everything || changed.contains(service.name))
        {
          mirrorEndpoints(of: service)
        }
      }
      for name in changed where store.get(Service.self, namespace, name) == nil {
        if store.get(Endpoints.self, namespace, name) != nil {
          erase(ObjectKey(.endpoints, namespace: namespace, name: name))
        }
      }
    }
    dirtyEndpointNamespaces.subtract(namespaces)
    endpointsFullyDirty.subtract(namespaces)
    for namespace in namespaces {
      dirtyEndpointLabels[namespace] = nil
      dirtyServiceNames[namespace] = nil
    }
  }

  /// Writes the Endpoints and EndpointSlice of `service` from the pods its selector matches
  /// (those with an IP).
  mutating func syncEndpoints(of service: Service, pods: [Pod]) {
    var groups: [[Endpoints.Port]: (ready: [Endpoints.Address], notReady: [Endpoints.Address])] = [:]
    var order: [[Endpoints.Port]] = []
    var sliceEndpoints: [EndpointSlice.Endpoint] = []
    var slicePorts: [Endpoints.Port]?
    for pod in pods {
      let target = EndpointTarget(namespace: pod.namespace, name: pod.name, uid: pod.metadata.uid ?? "")
      let terminating = pod.metadata.deletionTimestamp != nil
      let ready = pod.isReady || service.spec.publishNotReadyAddresses == true
      var ports: [Endpoints.Port] = []
      for port in service.spec.ports {
        guard let number = ClusterState.resolveTargetPort(port, on: pod) else { continue }
        ports.append(Endpoints.Port(name: port.name, port: number, protocol: port.proto))
      }
      sliceEndpoints.append(
        EndpointSlice.Endpoint(
          addresses: [pod.status.podIP!], ready: ready && !terminating, serving: ready,
          terminating: terminating, nodeName: pod.spec.nodeName, targetRef: target))
      if slicePorts == nil && !ports.isEmpty { slicePorts = ports }
      // A headless Service may have no ports at all: its endpoints are then addresses alone.
      guard !terminating, !ports.isEmpty || service.spec.ports.isEmpty else { continue }
      let address = Endpoints.Address(ip: pod.status.podIP!, nodeName: pod.spec.nodeName, targetRef: target)
      if groups[ports] == nil { order.append(ports) }
      if ready { groups[ports, default: ([], [])].ready.append(address) }
      else { groups[ports, default: ([], [])].notReady.append(address) }
    }
    let subsets = order.map { ports in
      Endpoints.Subset(
        addresses: groups[ports]!.ready.sorted { $0.ip < $1.ip },
        notReadyAddresses: groups[ports]!.notReady.sorted { $0.ip < $1.ip }, ports: ports)
    }
    var meta = ObjectMeta(name: service.name, namespace: service.namespace, labels: service.metadata.labels)
    let existing = store.get(Endpoints.self, service.namespace, service.name)
    if let existing {
      meta = existing.metadata
      meta.labels = service.metadata.labels
    } else {
      meta.uid = random.identifiers.uuid()
      meta.creationTimestamp = Instant(seconds: now.seconds.rounded(.down))
    }
    if existing?.subsets != subsets || existing == nil {
      meta.annotations[ClusterState.triggerTime] = Instant(seconds: now.seconds.rounded(.down)).rfc3339
      write(Endpoints(metadata: meta, subsets: subsets))
    }
    if sliceEndpoints.isEmpty {
      // No pods: the reconciler's placeholder slice, with no ports (kubectl prints <unset>).
      slicePorts = []
    } else if slicePorts == nil {
      let numbered = service.spec.ports.compactMap { port -> Endpoints.Port? in
        guard case .int(let number) = port.targetPort ?? .int(port.port) else { return nil }
        return Endpoints.Port(name: port.name, port: number, protocol: port.proto)
      }
      slicePorts = numbered.count == service.spec.ports.count ? numbered : nil
    }
    syncSlice(
      of: service, endpoints: sliceEndpoints.sorted { $0.addresses[0] < $1.addresses[0] },
      ports: slicePorts, managedBy: "endpointslice-controller.k8s.io")
  }

  /// Keeps the one EndpointSlice of a Service in line with its endpoints.
  mutating func syncSlice(
    of service: Service, endpoints: [EndpointSlice.Endpoint], ports: [Endpoints.Port]?,
    managedBy: String
  ) {
    let existing = sliceIndex["\(service.name)|\(managedBy)"].flatMap {
      store.get(EndpointSlice.self, service.namespace, $0)
    }
    if let existing, existing.endpoints == endpoints, existing.ports == ports,
      existing.metadata.labels.filter({ $0.key != ClusterState.managedBy && $0.key != ClusterState.serviceNameLabel }) == service.metadata.labels
    {
      return
    }
    var meta: ObjectMeta
    if let existing {
      meta = existing.metadata
    } else {
      meta = ObjectMeta(name: generatedName("\(service.name)-"), namespace: service.namespace)
      meta.generateName = "\(service.name)-"
      meta.uid = random.identifiers.uuid()
      meta.creationTimestamp = Instant(seconds: now.seconds.rounded(.down))
      meta.generation = 1
      meta.ownerReferences = [
        OwnerReference(apiVersion: "v1", kind: "Service", name: service.name, uid: service.metadata.uid ?? "")
      ]
    }
    meta.labels = service.metadata.labels
    meta.labels[ClusterState.managedBy] = managedBy
    meta.labels[ClusterState.serviceNameLabel] = service.name
    meta.annotations[ClusterState.triggerTime] = Instant(seconds: now.seconds.rounded(.down)).rfc3339
    if existing != nil { meta.generation = (meta.generation ?? 1) + 1 }
    write(EndpointSlice(metadata: meta, endpoints: endpoints, ports: ports))
  }

  /// Mirrors hand-written Endpoints of a Service without a selector into a slice.
  mutating func mirrorEndpoints(of service: Service) {
    // Without a selector the EndpointSlice controller lets go of the Service: its own slices
    // go, and the mirroring controller copies whatever Endpoints someone writes.
    for slice in store.list(EndpointSlice.self, in: service.namespace)
    where slice.metadata.labels[ClusterState.serviceNameLabel] == service.name
      && slice.metadata.labels[ClusterState.managedBy] == "endpointslice-controller.k8s.io"
    {
      erase(slice.key)
    }
    guard let endpoints = store.get(Endpoints.self, service.namespace, service.name) else {
      for slice in store.list(EndpointSlice.self, in: service.namespace)
      where slice.metadata.labels[ClusterState.serviceNameLabel] == service.name
        && slice.metadata.labels[ClusterState.managedBy] == "endpointslicemirroring-controller.k8s.io"
      {
        erase(slice.key)
      }
      return
    }
    var entries: [EndpointSlice.Endpoint] = []
    for subset in endpoints.subsets {
      for address in subset.addresses {
        entries.append(
          EndpointSlice.Endpoint(
            addresses: [address.ip], ready: true, serving: true, terminating: false,
            nodeName: address.nodeName, targetRef: address.targetRef))
      }
      for address in subset.notReadyAddresses {
        entries.append(
          EndpointSlice.Endpoint(
            addresses: [address.ip], ready: false, serving: false, terminating: false,
            nodeName: address.nodeName, targetRef: address.targetRef))
      }
    }
    syncSlice(
      of: service, endpoints: entries, ports: endpoints.subsets.first?.ports,
      managedBy: "endpointslicemirroring-controller.k8s.io")
  }
}
