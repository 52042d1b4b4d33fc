/// A place a connection can start from.
public enum NetworkHost: Hashable, Sendable, CustomStringConvertible {
  /// The learner's laptop, 192.168.1.10, outside the cluster.
  case laptop
  /// A node, by name (`controlplane`, `node01`).
  case node(String)
  /// A pod, by namespace and name.
  case pod(namespace: String, name: String)

  public var description: String {
    switch self {
    case .laptop: return "laptop"
    case .node(let name): return name
    case .pod(let namespace, let name): return "pod \(namespace)/\(name)"
    }
  }
}

/// One hop of a connection's path, for `trace`, the map and the lesson checks.
public struct ConnectionHop: Equatable, Hashable, Sendable {
  public enum Kind: String, Equatable, Hashable, Sendable {
    /// The client and its address.
    case source
    /// A DNS lookup and its answer.
    case dns
    /// A node port, a ClusterIP or a load balancer IP matched a kube-proxy rule.
    case service
    /// kube-proxy rewrote the destination to a pod.
    case dnat
    /// The packet reached a pod, a node or an outside host.
    case destination
  }
  public var kind: Kind
  /// The address (and port) at this hop, e.g. `192.168.1.2:30008`.
  public var address: String
  /// What is there: `node controlplane`, `NodePort of service default/web`, `pod web-7d...`.
  public var detail: String

  public init(_ kind: Kind, _ address: String, _ detail: String) {
    self.kind = kind
    self.address = address
    self.detail = detail
  }
}

/// Everything about one network attempt: where from, what was asked, how it was routed, and
/// whether it worked. Every curl, wget, ping and nslookup produces one.
public struct ConnectionRecord: Equatable, Hashable, Sendable {
  public enum Verdict: String, Equatable, Hashable, Sendable {
    /// Connected and answered (an HTTP status, a ping reply, a DNS answer).
    case answered
    /// The destination actively refused (nothing listens, a Service without endpoints).
    case refused
    /// Nothing came back (no route from here, a dropped packet).
    case timedOut
    /// The name did not resolve.
    case unresolved
  }
  public var source: NetworkHost
  public var sourceAddress: String
  /// What the client asked for, as typed: `http://web:80/`, `10.244.0.2`.
  public var target: String
  public var hops: [ConnectionHop]
  public var verdict: Verdict
  /// Why, in a sentence (English; the shell translates for the learner).
  public var reason: String
  /// The pod that answered, if a pod did.
  public var endpointPod: String?
  /// The HTTP status, for HTTP requests that were answered.
  public var httpStatus: Int?
  /// The body of the answer (HTTP body, for checks on the text).
  public var body: String

  public init(
    source: NetworkHost, sourceAddress: String, target: String, hops: [ConnectionHop] = [],
    verdict: Verdict, reason: String, endpointPod: String? = nil, httpStatus: Int? = nil,
    body: String = ""
  ) {
    self.source = source
    self.sourceAddress = sourceAddress
    self.target = target
    self.hops = hops
    self.verdict = verdict
    self.reason = reason
    self.endpointPod = endpointPod
    self.httpStatus = httpStatus
    self.body = body
  }

  /// True when the request was answered (for HTTP: any status; checks look at `httpStatus`).
  public var reached: Bool { verdict == .answered }
}
