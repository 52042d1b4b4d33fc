/// What the embedded cluster is made of at start.
public struct ClusterOptions: Equatable, Hashable, Sendable {
  /// The seed of every random choice: names, IPs, nodePorts, load balancing.
  public var seed: UInt64
  /// 1 to 3 nodes: `controlplane`, then `node01` and `node02`.
  public var nodeCount: Int
  /// How long before the session's start the cluster was set up (nodes' AGE).
  public var clusterAge: Double
  /// The addresses the simulated cloud load balancer hands out.
  public var loadBalancerPool: ClosedRange<IPv4Address>
  /// Mixed into the seed's draws (each lesson its own), while `seed` stays the one shown.
  public var variant: UInt64 = 0

  public init(seed: UInt64 = 1, nodeCount: Int = 1, clusterAge: Double = 14 * 60) {
    self.seed = seed
    self.nodeCount = max(1, min(3, nodeCount))
    self.clusterAge = clusterAge
    loadBalancerPool = IPv4Address(192, 168, 1, 240)...IPv4Address(192, 168, 1, 250)
  }

  public static let nodeNames = ["controlplane", "node01", "node02"]
  public static let serviceNetwork = IPv4Network(IPv4Address(10, 96, 0, 0), prefixLength: 12)
  public static let podNetwork = IPv4Network(IPv4Address(10, 244, 0, 0), prefixLength: 16)
  public static let nodePortRange: ClosedRange<Int32> = 30000...32767
  public static let laptopAddress = IPv4Address(192, 168, 1, 10)

  /// The IP of the node at `index` (0 is the control plane): 192.168.1.2, .3, .4.
  public static func nodeAddress(_ index: Int) -> IPv4Address {
    IPv4Address(192, 168, 1, UInt8(2 + index))
  }

  /// The pod CIDR of the node at `index`: 10.244.<index>.0/24.
  public static func podCIDR(_ index: Int) -> IPv4Network {
    IPv4Network(IPv4Address(10, 244, UInt8(index), 0), prefixLength: 24)
  }
}

/// The whole state of the embedded cluster, as a value: copying it is a snapshot.
///
/// API operations (``create(_:dryRun:)``, ``update(_:dryRun:)``, ``delete(_:options:)``) and the
/// controllers (``settle(at:)``) are mutating methods on it, so that undo, presenter steps
/// and tests can restore any earlier state exactly.
public struct ClusterState: Equatable, Sendable {
  public internal(set) var store = ObjectStore()
  /// The time the controllers last ran at.
  public internal(set) var now: Instant
  /// The last resourceVersion handed out; it only grows.
  public internal(set) var resourceVersion: Int = 1000
  public var random: RandomStreams
  public let options: ClusterOptions
  var runtimes: [String: PodRuntime] = [:]
  var ipam: [String: HostLocalIPAM] = [:]
  var imagesOnNode: [String: Set<String>] = [:]
  var dirtyEndpointNamespaces: Set<String> = []
  /// Namespaces where every Service needs new endpoints (at start).
  var endpointsFullyDirty: Set<String> = ["default", "kube-system"]
  /// Services (or their Endpoints) that changed, by namespace.
  var dirtyServiceNames: [String: Set<String>] = [:]
  /// "key=value" labels of pods that changed, by namespace.
  var dirtyEndpointLabels: [String: Set<String>] = [:]
  /// Set when an owner may have gone (or an owned object appeared): the garbage collector runs.
  var ownersChanged = true
  /// Deployments, ReplicaSets and DaemonSets (by uid) whose controller must look again: the
  /// object itself, one of its ReplicaSets or one of its pods changed.
  var dirtyWorkloads: Set<String> = []
  /// Every workload must be looked at (at start, and when nodes change).
  var allWorkloadsDirty = true
  /// Pods each ReplicaSet created or deleted in the current settle, against the
  /// controller's burst limit.
  var burstUsed: [String: Int] = [:]
  /// The dirty workloads at the start of the current settle pass.
  var workloadsThisPass: Set<String> = []
  /// "service|manager" → EndpointSlice name, for the namespace being reconciled.
  var sliceIndex: [String: String] = [:]
  var eventIndex: [EventKey: String] = [:]
  var eventSequence: UInt64 = 0
  /// Bumped whenever room may have appeared for pending pods (a pod or node changed).
  var schedulingGeneration = 0
  /// The scheduling generation at which each pending pod last failed to fit.
  var failedSchedulingGeneration: [String: Int] = [:]
  /// Network state: session affinity, access logs and the path of the last connection.
  public var network = NetworkState()

  /// A new cluster as kubeadm leaves it, at time `start`.
  public init(options: ClusterOptions, start: Instant) {
    self.options = options
    now = start
    random = RandomStreams(seed: options.seed &+ options.variant)
    Bootstrap.build(into: &self, start: start)
  }

  /// Hands out the next resourceVersion.
  mutating func nextResourceVersion() -> String {
    resourceVersion += 1
    return String(resourceVersion)
  }

  /// Stores an object with a new resourceVersion and marks what depends on it for the
  /// controllers.
  mutating func write<T: APIObject>(_ object: T) {
    var object = object
    object.metadata.resourceVersion = nextResourceVersion()
    if T.kind == .pod {
      dirtyEndpointNamespaces.insert(object.namespace)
      let old = store.get(Pod.self, object.namespace, object.name)
      markLabelsDirty(object.metadata.labels, namespace: object.namespace)
      if let old, old.metadata.labels != object.metadata.labels {
        markLabelsDirty(old.metadata.labels, namespace: object.namespace)
      }
    } else if T.kind == .service
      || (T.kind == .endpoints && store.get(Service.self, object.namespace, object.name) != nil)
    {
      // NB: Endpoints written before their Service stay as they are (the endpoints controller
      // reacts to Services and pods; it deletes Endpoints only when their Service goes).
      dirtyEndpointNamespaces.insert(object.namespace)
      dirtyServiceNames[object.namespace, default: []].insert(object.name)
    }
    if T.kind == .deployment || T.kind == .replicaSet || T.kind == .daemonSet,
      !object.metadata.ownerReferences.isEmpty, store.object(object.key) == nil
    {
      ownersChanged = true
    }
    if T.kind == .node {
      schedulingGeneration += 1
      allWorkloadsDirty = true
    }
    if T.kind == .pod, let old = store.get(Pod.self, object.namespace, object.name) { markOwnersDirty(of: old) }
    markOwnersDirty(of: object)
    store.put(object)
  }

  /// Marks the workloads an object belongs to (and the object itself, if it is one) for
  /// their controllers.
  mutating func markOwnersDirty(of object: some APIObject) {
    let kind = type(of: object).kind
    if [.deployment, .replicaSet, .daemonSet].contains(kind), let uid = object.metadata.uid {
      dirtyWorkloads.insert(uid)
    }
    guard kind == .pod || kind == .replicaSet, let owner = object.metadata.controllerReference else { return }
    dirtyWorkloads.insert(owner.uid)
    // A pod's ReplicaSet belongs to a Deployment, which watches its pods too.
    if owner.kind == "ReplicaSet",
      let grandOwner = store.get(ReplicaSet.self, object.metadata.namespace ?? "", owner.name)?.metadata.controllerReference
    {
      dirtyWorkloads.insert(grandOwner.uid)
    }
  }

  /// Removes an object and marks what depends on it.
  mutating func erase(_ key: ObjectKey) {
    guard let removed = store.remove(key) else { return }
    resourceVersion += 1
    markOwnersDirty(of: removed)
    if key.kind == .node { allWorkloadsDirty = true }
    if [.deployment, .replicaSet, .daemonSet, .service, .node, .namespace].contains(key.kind) {
      ownersChanged = true
    }
    if key.kind == .pod {
      dirtyEndpointNamespaces.insert(key.namespace)
      markLabelsDirty(removed.metadata.labels, namespace: key.namespace)
      failedSchedulingGeneration[removed.metadata.uid ?? ""] = nil
      schedulingGeneration += 1
      if let uid = removed.metadata.uid, let runtime = runtimes.removeValue(forKey: uid),
        let ip = runtime.ip
      {
        ipam[runtime.node]?.release(ip)
      }
    }
    if key.kind == .service
      || (key.kind == .endpoints && store.get(Service.self, key.namespace, key.name) != nil)
    {
      dirtyEndpointNamespaces.insert(key.namespace)
      dirtyServiceNames[key.namespace, default: []].insert(key.name)
    }
  }

  /// Notes that pods with these labels changed, so Services selecting them need new endpoints.
  mutating func markLabelsDirty(_ labels: [String: String], namespace: String) {
    for (key, value) in labels { dirtyEndpointLabels[namespace, default: []].insert("\(key)=\(value)") }
  }

  /// The nodes, in join order.
  public var nodes: [Node] {
    ClusterOptions.nodeNames.compactMap { store.get(Node.self, "", $0) }
  }

  /// The node named `name`.
  public func node(named name: String) -> Node? { store.get(Node.self, "", name) }

  /// The node whose InternalIP is `address`.
  public func node(at address: IPv4Address) -> Node? {
    nodes.first { $0.internalIP == address.description }
  }
}
