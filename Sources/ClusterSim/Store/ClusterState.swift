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
  var eventIndex: [EventKey: String] = [:]
  var eventSequence: UInt64 = 0
  /// Network state: session affinity, access logs and the path of the last connection.
  public var network = NetworkState()

  /// A new cluster as kubeadm leaves it, at time `start`.
  public init(options: ClusterOptions, start: Instant) {
    self.options = options
    now = start
    random = RandomStreams(seed: options.seed)
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
    if T.kind == .pod || T.kind == .service || T.kind == .endpoints {
      dirtyEndpointNamespaces.insert(object.namespace)
    }
    store.put(object)
  }

  /// Removes an object and marks what depends on it.
  mutating func erase(_ key: ObjectKey) {
    guard let removed = store.remove(key) else { return }
    resourceVersion += 1
    if key.kind == .pod {
      dirtyEndpointNamespaces.insert(key.namespace)
      if let uid = removed.metadata.uid, let runtime = runtimes.removeValue(forKey: uid),
        let ip = runtime.ip
      {
        ipam[runtime.node]?.release(ip)
      }
    }
    if key.kind == .service || key.kind == .endpoints {
      dirtyEndpointNamespaces.insert(key.namespace)
    }
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
