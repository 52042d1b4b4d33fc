/// Every object in the cluster, one table a kind, with an index of pods by label.
public struct ObjectStore: Equatable, Sendable {
  public private(set) var pods = Table<Pod>()
  public private(set) var services = Table<Service>()
  public private(set) var deployments = Table<Deployment>()
  public private(set) var replicaSets = Table<ReplicaSet>()
  public private(set) var daemonSets = Table<DaemonSet>()
  public private(set) var endpoints = Table<Endpoints>()
  public private(set) var endpointSlices = Table<EndpointSlice>()
  public private(set) var events = Table<Event>()
  public private(set) var namespaces = Table<Namespace>()
  public private(set) var nodes = Table<Node>()
  /// namespace → "key=value" → pod names.
  private var podLabelIndex: [String: [String: Set<String>]] = [:]
  /// controller uid → names of the pods it owns (in the controller's namespace).
  private var podOwnerIndex: [String: Set<String>] = [:]
  /// controller uid → how many of its pods exist, run and are ready, kept as pods change so
  /// that a ReplicaSet's sync need not read its 5,000 pods to count them.
  private var ownedCounts: [String: OwnedPodCounts] = [:]
  /// Controllers one of whose pods had its labels changed since the controller last looked.
  private var relabelledOwners: Set<String> = []

  public init() {}

  public func get<T: APIObject>(_ type: T.Type, _ namespace: String, _ name: String) -> T? {
    let namespace = T.kind.isNamespaced ? namespace : ""
    switch T.kind {
    case .pod: return pods.get(namespace, name) as! T?
    case .service: return services.get(namespace, name) as! T?
    case .deployment: return deployments.get(namespace, name) as! T?
    case .replicaSet: return replicaSets.get(namespace, name) as! T?
    case .daemonSet: return daemonSets.get(namespace, name) as! T?
    case .endpoints: return endpoints.get(namespace, name) as! T?
    case .endpointSlice: return endpointSlices.get(namespace, name) as! T?
    case .event: return events.get(namespace, name) as! T?
    case .namespace: return namespaces.get(namespace, name) as! T?
    case .node: return nodes.get(namespace, name) as! T?
    }
  }

  /// Any object by key.
  public func object(_ key: ObjectKey) -> (any APIObject)? {
    switch key.kind {
    case .pod: return pods.get(key.namespace, key.name)
    case .service: return services.get(key.namespace, key.name)
    case .deployment: return deployments.get(key.namespace, key.name)
    case .replicaSet: return replicaSets.get(key.namespace, key.name)
    case .daemonSet: return daemonSets.get(key.namespace, key.name)
    case .endpoints: return endpoints.get(key.namespace, key.name)
    case .endpointSlice: return endpointSlices.get(key.namespace, key.name)
    case .event: return events.get(key.namespace, key.name)
    case .namespace: return namespaces.get("", key.name)
    case .node: return nodes.get("", key.name)
    }
  }

  /// Stores an object, replacing any with the same key. The caller sets resourceVersion.
  public mutating func put<T: APIObject>(_ object: T) {
    switch T.kind {
    case .pod:
      let pod = object as! Pod
      let old = pods.get(pod.namespace, pod.name)
      if let old, old.metadata.labels == pod.metadata.labels,
        old.metadata.controllerReference?.uid == pod.metadata.controllerReference?.uid
      {
        // A status change (the common case): the indexes stay, only the counts move.
        count(old, by: -1)
        count(pod, by: 1)
      } else {
        if let old {
          unindex(old)
          if let owner = old.metadata.controllerReference?.uid { relabelledOwners.insert(owner) }
        }
        index(pod)
      }
      pods.put(pod)
    case .service: services.put(object as! Service)
    case .deployment: deployments.put(object as! Deployment)
    case .replicaSet: replicaSets.put(object as! ReplicaSet)
    case .daemonSet: daemonSets.put(object as! DaemonSet)
    case .endpoints: endpoints.put(object as! Endpoints)
    case .endpointSlice: endpointSlices.put(object as! EndpointSlice)
    case .event: events.put(object as! Event)
    case .namespace: namespaces.put(object as! Namespace)
    case .node: nodes.put(object as! Node)
    }
  }

  /// Stores a type-erased object.
  public mutating func put(any object: any APIObject) {
    func open<T: APIObject>(_ typed: T) { put(typed) }
    open(object)
  }

  @discardableResult
  public mutating func remove(_ key: ObjectKey) -> (any APIObject)? {
    switch key.kind {
    case .pod:
      guard let pod = pods.remove(key.namespace, key.name) else { return nil }
      unindex(pod)
      return pod
    case .service: return services.remove(key.namespace, key.name)
    case .deployment: return deployments.remove(key.namespace, key.name)
    case .replicaSet: return replicaSets.remove(key.namespace, key.name)
    case .daemonSet: return daemonSets.remove(key.namespace, key.name)
    case .endpoints: return endpoints.remove(key.namespace, key.name)
    case .endpointSlice: return endpointSlices.remove(key.namespace, key.name)
    case .event: return events.remove(key.namespace, key.name)
    case .namespace: return namespaces.remove("", key.name)
    case .node: return nodes.remove("", key.name)
    }
  }

  /// The objects of a kind in a namespace (every namespace when nil), sorted.
  public func list(_ kind: ResourceKind, in namespace: String?) -> [any APIObject] {
    let namespace = kind.isNamespaced ? namespace : nil
    switch kind {
    case .pod: return pods.list(in: namespace)
    case .service: return services.list(in: namespace)
    case .deployment: return deployments.list(in: namespace)
    case .replicaSet: return replicaSets.list(in: namespace)
    case .daemonSet: return daemonSets.list(in: namespace)
    case .endpoints: return endpoints.list(in: namespace)
    case .endpointSlice: return endpointSlices.list(in: namespace)
    case .event: return events.list(in: namespace)
    case .namespace: return namespaces.list(in: nil)
    case .node: return nodes.list(in: nil)
    }
  }

  public func list<T: APIObject>(_ type: T.Type, in namespace: String?) -> [T] {
    list(T.kind, in: namespace) as! [T]
  }

  /// Every pod, sorted by namespace and name; the order is remembered until pods come or go.
  public mutating func sortedPods() -> [Pod] { pods.sortedList() }

  /// The number of objects of a kind.
  public func count(_ kind: ResourceKind) -> Int {
    switch kind {
    case .pod: return pods.count
    case .service: return services.count
    case .deployment: return deployments.count
    case .replicaSet: return replicaSets.count
    case .daemonSet: return daemonSets.count
    case .endpoints: return endpoints.count
    case .endpointSlice: return endpointSlices.count
    case .event: return events.count
    case .namespace: return namespaces.count
    case .node: return nodes.count
    }
  }

  /// The pods in `namespace` whose labels include every pair of `selector`.
  ///
  /// - Complexity: O(*m*) where *m* is the number of pods carrying the rarest of the
  ///   selector's labels, thanks to the label index.
  public func pods(matching selector: [String: String], in namespace: String, sorted: Bool = true) -> [Pod] {
    guard !selector.isEmpty else { return [] }
    guard let index = podLabelIndex[namespace] else { return [] }
    var smallest: Set<String>?
    for (key, value) in selector {
      guard let names = index["\(key)=\(value)"] else { return [] }
      if smallest == nil || names.count < smallest!.count { smallest = names }
    }
    return (sorted ? smallest!.sorted() : Array(smallest!)).compactMap { name in
      guard let pod = pods.get(namespace, name),
        selector.allSatisfy({ pod.metadata.labels[$0.key] == $0.value })
      else { return nil }
      return pod
    }
  }

  /// The pods whose controller has `uid`, in `namespace`.
  ///
  /// - Complexity: O(*m*) in the number of pods the controller owns.
  public func pods(ownedBy uid: String, in namespace: String) -> [Pod] {
    guard let names = podOwnerIndex[uid] else { return [] }
    return names.compactMap { pods.get(namespace, $0) }.filter {
      $0.metadata.controllerReference?.uid == uid
    }
  }

  /// How many pods `uid` owns that exist (not being deleted), run (not Succeeded or Failed)
  /// and are ready.
  public func ownedPodCounts(_ uid: String) -> OwnedPodCounts { ownedCounts[uid] ?? OwnedPodCounts() }

  /// Whether a pod of `uid` changed its labels (or its owner) since the last call.
  public mutating func takeRelabelled(_ uid: String) -> Bool { relabelledOwners.remove(uid) != nil }

  private mutating func count(_ pod: Pod, by delta: Int) {
    guard let owner = pod.metadata.controllerReference?.uid, pod.metadata.deletionTimestamp == nil
    else { return }
    var counts = ownedCounts[owner] ?? OwnedPodCounts()
    counts.existing += delta
    if pod.status.phase != "Succeeded" && pod.status.phase != "Failed" { counts.active += delta }
    if pod.isReady { counts.ready += delta }
    ownedCounts[owner] = counts == OwnedPodCounts() ? nil : counts
  }

  private mutating func index(_ pod: Pod) {
    count(pod, by: 1)
    if let owner = pod.metadata.controllerReference?.uid {
      podOwnerIndex[owner, default: []].insert(pod.name)
    }
    for (key, value) in pod.metadata.labels {
      podLabelIndex[pod.namespace, default: [:]]["\(key)=\(value)", default: []].insert(pod.name)
    }
  }

  private mutating func unindex(_ pod: Pod) {
    count(pod, by: -1)
    if let owner = pod.metadata.controllerReference?.uid {
      podOwnerIndex[owner]?.remove(pod.name)
      if podOwnerIndex[owner]?.isEmpty == true { podOwnerIndex[owner] = nil }
    }
    for (key, value) in pod.metadata.labels {
      podLabelIndex[pod.namespace]?["\(key)=\(value)"]?.remove(pod.name)
      if podLabelIndex[pod.namespace]?["\(key)=\(value)"]?.isEmpty == true {
        podLabelIndex[pod.namespace]?["\(key)=\(value)"] = nil
      }
    }
  }
}

/// A controller's pods, counted (see ``ObjectStore/ownedPodCounts(_:)``).
public struct OwnedPodCounts: Equatable, Sendable {
  /// Not being deleted.
  public var existing = 0
  /// Not being deleted, and neither Succeeded nor Failed.
  public var active = 0
  /// Not being deleted, and Ready.
  public var ready = 0

  public init() {}
}
