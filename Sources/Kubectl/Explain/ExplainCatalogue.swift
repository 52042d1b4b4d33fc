import ClusterSim

/// Why `kubectl explain` printed no page: the error line and what reached standard output first.
struct ExplainFailure: Error, Equatable, Sendable {
  /// The full line kubectl prints on standard error, e.g. `error: field "foo" does not exist`.
  let message: String
  /// What kubectl had already written to standard output: the `KIND`/`VERSION` header when only
  /// the field path was wrong, otherwise empty.
  let output: String

  /// Creates a failure; `output` defaults to nothing printed.
  init(_ message: String, output: String = "") {
    self.message = message
    self.output = output
  }
}

/// The schema of every kind the simulation serves, and `kubectl explain` over it.
///
/// ```swift
/// ExplainCatalogue.explain("svc.spec.type", recursive: false)  // .success("KIND:  ...")
/// ExplainCatalogue.fieldExists("deploy.spec.strategy.rollingUpdate.maxSurge")  // true
/// ```
enum ExplainCatalogue {
  /// The top-level type of each kind.
  static func rootType(for kind: ResourceKind) -> ExplainType {
    switch kind {
    case .pod: return ExplainSchemas.pod
    case .service: return ExplainSchemas.service
    case .daemonSet: return ExplainSchemas.daemonSet
    case .deployment: return ExplainSchemas.deployment
    case .replicaSet: return ExplainSchemas.replicaSet
    case .endpoints: return ExplainSchemas.endpoints
    case .endpointSlice: return ExplainSchemas.endpointSlice
    case .event: return ExplainSchemas.event
    case .namespace: return ExplainSchemas.namespace
    case .node: return ExplainSchemas.node
    }
  }

  /// The output of `kubectl explain PATH [--recursive] [--api-version=GROUP/VERSION]`.
  ///
  /// `path` is a resource name (plural, singular, short name or kind, as `kubectl get` takes
  /// them) followed by dot-separated field names, e.g. `deploy.spec.strategy`.
  static func explain(
    _ path: String, recursive: Bool, apiVersion: String? = nil
  ) -> Result<String, ExplainFailure> {
    switch target(of: path, apiVersion: apiVersion) {
    case .failure(let failure):
      return .failure(failure)
    case .success(let (kind, fields)):
      let root = rootType(for: kind)
      if fields.isEmpty {
        return .success(
          ExplainPage(kind: kind, root: root, target: nil, recursive: recursive)
            .rendered())
      }
      guard let field = field(at: fields, in: root) else {
        return .failure(
          ExplainFailure(
            "error: field \"\(fields[fields.count - 1])\" does not exist",
            output: ExplainPage.header(for: kind)))
      }
      return .success(
        ExplainPage(kind: kind, root: root, target: field, recursive: recursive)
          .rendered())
    }
  }

  /// Whether `kubectl explain` knows this path, e.g. `pod.spec.containers.ports.containerPort`.
  static func fieldExists(_ dottedPath: String) -> Bool {
    guard case .success(let (kind, fields)) = target(of: dottedPath, apiVersion: nil) else {
      return false
    }
    return fields.isEmpty || field(at: fields, in: rootType(for: kind)) != nil
  }

  /// Follows field names down from a type, through lists and maps; nil when one is missing.
  static func field(at names: [String], in root: ExplainType) -> ExplainField? {
    var type: ExplainType? = root
    var found: ExplainField?
    for name in names {
      guard let next = type?.field(named: name) else { return nil }
      found = next
      type = next.shape.namedType
    }
    return found
  }

  /// The kind and the field names of a path, or the error kubectl gives before printing.
  ///
  /// NB: kubectl reads `deployments.apps.spec` as the `deployments.apps` resource with the
  /// field `spec`, but `deploy.apps.spec` as `deploy` with fields `apps` and `spec`.
  static func target(
    of path: String, apiVersion: String?
  ) -> Result<(ResourceKind, [String]), ExplainFailure> {
    let trimmed = path.hasSuffix(".") ? String(path.dropLast()) : path
    let segments = trimmed.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    let invalid = segments.contains { $0.isEmpty || $0.contains { "[]*{}".contains($0) } }
    if invalid {
      return .failure(
        ExplainFailure("error: invalid jsonpath syntax, first node must be field node"))
    }
    guard let kind = ResourceKind.named(segments[0]) else {
      return .failure(
        ExplainFailure("the server doesn't have a resource type \"\(segments[0])\""))
    }
    var fields = Array(segments.dropFirst())
    if let apiVersion, !apiVersion.isEmpty {
      if let failure = versionFailure(apiVersion, kind: kind) { return .failure(failure) }
    } else if trimmed.hasPrefix(kind.qualifiedPlural) {
      let suffix = trimmed.dropFirst(kind.qualifiedPlural.count)
      fields = suffix.split(separator: ".", omittingEmptySubsequences: false).dropFirst()
        .map(String.init)
    }
    return .success((kind, fields))
  }

  /// The error for an `--api-version` that does not serve `kind`, or nil when it does.
  static func versionFailure(_ apiVersion: String, kind: ResourceKind) -> ExplainFailure? {
    let parts = apiVersion.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count <= 2 else {
      return ExplainFailure("error: unexpected GroupVersion string: \(apiVersion)")
    }
    let group = parts.count == 2 ? String(parts[0]) : ""
    let version = String(parts[parts.count - 1])
    let resource = "\(group)/\(version), Resource=\(kind.plural)"
    let served = Set(ResourceKind.allCases.map(\.apiVersion))
    let asked = group.isEmpty ? version : "\(group)/\(version)"
    if !served.contains(asked) {
      return ExplainFailure("error: couldn't find resource for \"\(resource)\"")
    }
    if asked != kind.apiVersion {
      return ExplainFailure("error: GVR (\(resource)) not found in OpenAPI schema")
    }
    return nil
  }
}
