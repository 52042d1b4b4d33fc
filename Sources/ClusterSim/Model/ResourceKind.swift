/// The kinds of object the embedded cluster serves, with the names kubectl knows them by.
public enum ResourceKind: String, CaseIterable, Hashable, Sendable, Comparable {
  case pod = "Pod"
  case service = "Service"
  case daemonSet = "DaemonSet"
  case deployment = "Deployment"
  case replicaSet = "ReplicaSet"
  case endpoints = "Endpoints"
  case endpointSlice = "EndpointSlice"
  case event = "Event"
  case namespace = "Namespace"
  case node = "Node"

  /// The kind as it appears in `kind:`.
  public var kind: String { rawValue }

  /// The resource name, e.g. `pods`, `deployments`.
  public var plural: String {
    switch self {
    case .pod: return "pods"
    case .service: return "services"
    case .daemonSet: return "daemonsets"
    case .deployment: return "deployments"
    case .replicaSet: return "replicasets"
    case .endpoints: return "endpoints"
    case .endpointSlice: return "endpointslices"
    case .event: return "events"
    case .namespace: return "namespaces"
    case .node: return "nodes"
    }
  }

  /// The singular name, e.g. `pod`.
  public var singular: String { rawValue.lowercased() }

  /// kubectl's short names, e.g. `po`, `svc`.
  public var shortNames: [String] {
    switch self {
    case .pod: return ["po"]
    case .service: return ["svc"]
    case .daemonSet: return ["ds"]
    case .deployment: return ["deploy"]
    case .replicaSet: return ["rs"]
    case .endpoints: return ["ep"]
    case .endpointSlice: return []
    case .event: return ["ev"]
    case .namespace: return ["ns"]
    case .node: return ["no"]
    }
  }

  /// The API group: "" for the core group.
  public var group: String {
    switch self {
    case .daemonSet, .deployment, .replicaSet: return "apps"
    case .endpointSlice: return "discovery.k8s.io"
    default: return ""
    }
  }

  /// `v1`, `apps/v1`, `discovery.k8s.io/v1`.
  public var apiVersion: String { group.isEmpty ? "v1" : "\(group)/v1" }

  /// Whether objects of this kind live in a namespace.
  public var isNamespaced: Bool { self != .namespace && self != .node }

  /// The resource with its group, as errors name it: `pods`, `deployments.apps`.
  public var qualifiedPlural: String { group.isEmpty ? plural : "\(plural).\(group)" }

  /// The prefix of `-o name` output and of multi-kind tables: `pod`, `deployment.apps`.
  public var qualifiedSingular: String { group.isEmpty ? singular : "\(singular).\(group)" }

  /// The kind with its group, as "is invalid" errors from some commands name it:
  /// `Deployment.apps`.
  public var qualifiedKind: String { group.isEmpty ? kind : "\(kind).\(group)" }

  /// The order of `kubectl get all` and of api-resources listings.
  public static func < (lhs: ResourceKind, rhs: ResourceKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }

  /// Finds a kind by any name kubectl accepts: plural, singular, short name, kind, or any
  /// of those with the group appended (`deployments.apps`, `deploy.apps`).
  public static func named(_ text: String) -> ResourceKind? {
    let lowered = text.lowercased()
    for kind in allCases {
      var names = [kind.plural, kind.singular] + kind.shortNames
      if !kind.group.isEmpty {
        names += names.map { "\($0).\(kind.group)" }
        names += [kind.plural, kind.singular].map { "\($0).v1.\(kind.group)" }
      } else {
        names += [kind.plural, kind.singular].map { "\($0).v1" }
      }
      if names.contains(lowered) { return kind }
    }
    return nil
  }

  /// Finds a kind by its `apiVersion` and `kind` fields, as in a manifest.
  public static func fromManifest(apiVersion: String, kind: String) -> ResourceKind? {
    allCases.first { $0.kind == kind && $0.apiVersion == apiVersion }
  }
}
