/// How a delete should proceed.
public struct DeleteOptions: Equatable, Sendable {
  /// Seconds the pod gets to stop; nil uses the pod's own terminationGracePeriodSeconds.
  public var gracePeriodSeconds: Int64?
  /// `--cascade=orphan`: leave the dependents in place.
  public var orphan: Bool
  public var dryRun: Bool

  public init(gracePeriodSeconds: Int64? = nil, orphan: Bool = false, dryRun: Bool = false) {
    self.gracePeriodSeconds = gracePeriodSeconds
    self.orphan = orphan
    self.dryRun = dryRun
  }
}

/// What an update did.
public struct UpdateResult<T: APIObject> {
  public var object: T
  /// True when the stored object did not change (apply prints `unchanged`).
  public var unchanged: Bool
}

extension ClusterState {
  static let protectedNamespaces: Set<String> = [
    "default", "kube-system", "kube-public", "kube-node-lease",
  ]

  /// Reads one object.
  public func get<T: APIObject>(_ type: T.Type, namespace: String, name: String)
    throws(APIError) -> T
  {
    guard let object = store.get(T.self, namespace, name) else {
      throw .notFound(resource: T.kind.qualifiedPlural, name: name)
    }
    return object
  }

  /// Reads one object of any kind.
  public func object(_ key: ObjectKey) throws(APIError) -> any APIObject {
    guard let object = store.object(key) else {
      throw .notFound(resource: key.kind.qualifiedPlural, name: key.name)
    }
    return object
  }

  /// A name from `generateName`: the prefix and five random characters.
  mutating func generatedName(_ prefix: String) -> String {
    let base = prefix.count > 58 ? String(prefix.prefix(58)) : prefix
    return base + random.names.string(count: 5, from: Naming.alphabet)
  }

  /// Creates an object as the API server does: namespace checks, generated names, defaults,
  /// validation, allocation of IPs and ports, uid and timestamps.
  @discardableResult
  public mutating func create<T: APIObject>(_ input: T, dryRun: Bool = false) throws(APIError) -> T {
    var object = input
    let kind = T.kind
    if kind.isNamespaced {
      let namespace = object.metadata.namespace ?? "default"
      object.metadata.namespace = namespace
      guard let owner = store.get(Namespace.self, "", namespace) else {
        throw .notFound(resource: "namespaces", name: namespace)
      }
      if owner.metadata.deletionTimestamp != nil {
        let name = object.metadata.name.isEmpty ? "" : " \"\(object.metadata.name)\""
        throw .forbidden(
          "\(kind.qualifiedPlural)\(name) is forbidden: unable to create new content in namespace \(namespace) because it is being terminated"
        )
      }
    } else {
      object.metadata.namespace = nil
    }
    if let version = object.metadata.resourceVersion, !version.isEmpty {
      throw .badRequest("resourceVersion should not be set on objects to be created")
    }
    if object.metadata.name.isEmpty, let prefix = object.metadata.generateName, !prefix.isEmpty {
      object.metadata.name = generatedName(prefix)
    }
    object.metadata.uid = nil
    object.metadata.deletionTimestamp = nil
    try prepareForCreate(&object)
    // The Service registry allocates ClusterIPs and node ports before storage finds a name
    // taken, so a bad node port is reported even when the name exists.
    if kind == .service { try allocate(&object) }
    if store.object(object.key) != nil {
      throw .alreadyExists(resource: kind.qualifiedPlural, name: object.name)
    }
    object.metadata.uid = random.identifiers.uuid()
    object.metadata.creationTimestamp = Instant(seconds: now.seconds.rounded(.down))
    if kind == .deployment || kind == .replicaSet || kind == .daemonSet {
      object.metadata.generation = 1
    }
    if dryRun { return object }
    write(object)
    return store.get(T.self, object.namespace, object.name) ?? object
  }

  /// Defaults and validates an object of any kind before it is stored.
  mutating func prepareForCreate<T: APIObject>(_ object: inout T) throws(APIError) {
    var errors: [FieldError]
    switch T.kind {
    case .pod:
      var pod = object as! Pod
      Defaulting.apply(to: &pod, tokenSuffix: random.names.string(count: 5, from: Naming.alphabet))
      errors = ObjectValidation.validate(pod)
      pod.status = PodStatus(phase: "Pending")
      pod.status.qosClass = "BestEffort"
      object = pod as! T
    case .service:
      var service = object as! Service
      errors = ObjectValidation.validate(service)
      if errors.isEmpty { Defaulting.apply(to: &service) }
      service.status = ServiceStatus()
      object = service as! T
    case .deployment:
      var deployment = object as! Deployment
      Defaulting.apply(to: &deployment)
      errors = ObjectValidation.validate(deployment)
      deployment.status = DeploymentStatus()
      object = deployment as! T
    case .replicaSet:
      var replicaSet = object as! ReplicaSet
      Defaulting.apply(to: &replicaSet)
      errors = ObjectValidation.validate(replicaSet)
      object = replicaSet as! T
    case .daemonSet:
      var daemonSet = object as! DaemonSet
      Defaulting.apply(to: &daemonSet)
      errors = ObjectValidation.validate(daemonSet)
      object = daemonSet as! T
    case .namespace:
      var namespace = object as! Namespace
      errors = ObjectValidation.validate(namespace)
      namespace.metadata.labels["kubernetes.io/metadata.name"] = namespace.name
      namespace.phase = "Active"
      object = namespace as! T
    case .endpoints:
      errors = ObjectValidation.validate(object as! Endpoints)
    case .endpointSlice, .event:
      errors = ObjectValidation.metadata(object.metadata, kind: T.kind)
    case .node:
      throw .forbidden(
        "nodes \"\(object.name)\" is forbidden: kubetutor's cluster has a fixed set of nodes (set with --nodes)"
      )
    }
    if !errors.isEmpty { throw .invalid(T.kind, object.name, errors) }
  }

  /// Replaces an existing object (kubectl replace, apply, patch, edit, scale, label...).
  ///
  /// Server-managed fields (uid, creationTimestamp, status) are kept; immutable fields are
  /// checked; a Service keeps its allocated ClusterIP and nodePorts where the new spec leaves
  /// them out.
  @discardableResult
  public mutating func update<T: APIObject>(_ input: T, dryRun: Bool = false) throws(APIError)
    -> UpdateResult<T>
  {
    var object = input
    let kind = T.kind
    let namespace = kind.isNamespaced ? (object.metadata.namespace ?? "default") : ""
    guard let old = store.get(T.self, namespace, object.name) else {
      throw .notFound(resource: kind.qualifiedPlural, name: object.name)
    }
    if let version = object.metadata.resourceVersion, !version.isEmpty,
      version != old.metadata.resourceVersion
    {
      throw .conflict(
        "Operation cannot be fulfilled on \(kind.qualifiedPlural) \"\(object.name)\": the object has been modified; please apply your changes to the latest version and try again"
      )
    }
    object.metadata.namespace = kind.isNamespaced ? namespace : nil
    object.metadata.uid = old.metadata.uid
    object.metadata.creationTimestamp = old.metadata.creationTimestamp
    object.metadata.deletionTimestamp = old.metadata.deletionTimestamp
    object.metadata.deletionGracePeriodSeconds = old.metadata.deletionGracePeriodSeconds
    object.metadata.generation = old.metadata.generation
    object.metadata.resourceVersion = old.metadata.resourceVersion
    if object.metadata.ownerReferences.isEmpty && !input.metadata.ownerReferences.isEmpty {
      object.metadata.ownerReferences = old.metadata.ownerReferences
    }
    try prepareForUpdate(&object, old: old)
    if object == old { return UpdateResult(object: old, unchanged: true) }
    if dryRun { return UpdateResult(object: object, unchanged: false) }
    if kind == .pod { schedulingGeneration += 1 }
    write(object)
    return UpdateResult(object: store.get(T.self, namespace, object.name)!, unchanged: false)
  }

  mutating func prepareForUpdate<T: APIObject>(_ object: inout T, old: T) throws(APIError) {
    var errors: [FieldError] = []
    switch T.kind {
    case .pod:
      var pod = object as! Pod
      let previous = old as! Pod
      var candidate = previous
      for index in candidate.spec.containers.indices where index < pod.spec.containers.count {
        candidate.spec.containers[index].image = pod.spec.containers[index].image
      }
      candidate.spec.activeDeadlineSeconds = pod.spec.activeDeadlineSeconds
      if let tolerations = pod.spec.tolerations { candidate.spec.tolerations = tolerations }
      candidate.spec.terminationGracePeriodSeconds = pod.spec.terminationGracePeriodSeconds
      var comparable = pod
      Defaulting.apply(to: &comparable.spec)
      comparable.spec.serviceAccountName = comparable.spec.serviceAccountName ?? previous.spec.serviceAccountName
      comparable.spec.serviceAccount = comparable.spec.serviceAccount ?? previous.spec.serviceAccount
      fillServerPodFields(&comparable, from: previous)
      if comparable.spec != candidate.spec {
        throw .invalid(
          .pod, pod.name,
          [
            .forbidden(
              "spec",
              "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)"
            )
          ])
      }
      pod.spec = comparable.spec
      pod.status = previous.status
      errors = ObjectValidation.validate(pod)
      object = pod as! T
    case .service:
      var service = object as! Service
      let previous = old as! Service
      keepAllocatedValues(&service, from: previous)
      errors = ObjectValidation.validate(service)
      if errors.isEmpty {
        Defaulting.apply(to: &service)
        if let oldIP = previous.spec.clusterIP, !oldIP.isEmpty, service.type != "ExternalName",
          let newIP = service.spec.clusterIP, newIP != oldIP
        {
          errors.append(
            FieldError(
              field: "spec.clusterIPs[0]", kind: .invalid(value: FieldError.goStrings([newIP])),
              detail: "may not change once set"))
        }
      }
      service.status = previous.status
      if errors.isEmpty { try reallocate(&service, old: previous) }
      if service.type != "LoadBalancer" { service.status = ServiceStatus() }
      object = service as! T
    case .deployment:
      var deployment = object as! Deployment
      let previous = old as! Deployment
      Defaulting.apply(to: &deployment)
      errors = ObjectValidation.validate(deployment)
      if errors.isEmpty, deployment.spec.selector != previous.spec.selector {
        errors.append(
          FieldError(
            field: "spec.selector",
            kind: .invalid(value: ObjectValidation.selectorDescription(deployment.spec.selector ?? LabelSelector())),
            detail: "field is immutable"))
      }
      deployment.status = previous.status
      if deployment.spec != previous.spec {
        deployment.metadata.generation = (previous.metadata.generation ?? 1) + 1
      }
      object = deployment as! T
    case .replicaSet:
      var replicaSet = object as! ReplicaSet
      let previous = old as! ReplicaSet
      Defaulting.apply(to: &replicaSet)
      errors = ObjectValidation.validate(replicaSet)
      replicaSet.status = previous.status
      if replicaSet.spec != previous.spec {
        replicaSet.metadata.generation = (previous.metadata.generation ?? 1) + 1
      }
      object = replicaSet as! T
    case .daemonSet:
      var daemonSet = object as! DaemonSet
      let previous = old as! DaemonSet
      Defaulting.apply(to: &daemonSet)
      errors = ObjectValidation.validate(daemonSet)
      daemonSet.status = previous.status
      object = daemonSet as! T
    case .namespace:
      var namespace = object as! Namespace
      namespace.metadata.labels["kubernetes.io/metadata.name"] = namespace.name
      namespace.phase = (old as! Namespace).phase
      errors = ObjectValidation.validate(namespace)
      object = namespace as! T
    case .endpoints:
      errors = ObjectValidation.validate(object as! Endpoints)
    case .node:
      var node = old as! Node
      node.metadata.labels = object.metadata.labels
      node.metadata.annotations = object.metadata.annotations
      errors = NameRules.labels(node.metadata.labels, field: "metadata.labels")
      object = node as! T
    case .endpointSlice, .event:
      break
    }
    if !errors.isEmpty { throw .invalid(T.kind, object.name, errors) }
  }

  /// Copies what the API server added to a pod at creation into a pod being updated, so
  /// that comparing specs only sees what the user changed.
  func fillServerPodFields(_ pod: inout Pod, from previous: Pod) {
    pod.spec.enableServiceLinks = pod.spec.enableServiceLinks ?? previous.spec.enableServiceLinks
    pod.spec.priority = pod.spec.priority ?? previous.spec.priority
    pod.spec.preemptionPolicy = pod.spec.preemptionPolicy ?? previous.spec.preemptionPolicy
    pod.spec.tolerations = pod.spec.tolerations ?? previous.spec.tolerations
    pod.spec.volumes = pod.spec.volumes ?? previous.spec.volumes
    pod.spec.nodeName = pod.spec.nodeName ?? previous.spec.nodeName
    for index in pod.spec.containers.indices where index < previous.spec.containers.count {
      if pod.spec.containers[index].volumeMounts.isEmpty {
        pod.spec.containers[index].volumeMounts = previous.spec.containers[index].volumeMounts
      }
    }
  }

  /// Deletes an object. Pods terminate gracefully; namespaces terminate with their content;
  /// owned objects are collected by the garbage collector afterwards.
  @discardableResult
  public mutating func delete(_ key: ObjectKey, options: DeleteOptions = DeleteOptions())
    throws(APIError) -> any APIObject
  {
    guard let object = store.object(key) else {
      throw .notFound(resource: key.kind.qualifiedPlural, name: key.name)
    }
    if key.kind == .namespace && ClusterState.protectedNamespaces.contains(key.name) {
      throw .forbidden(
        "namespaces \"\(key.name)\" is forbidden: this namespace may not be deleted")
    }
    if options.dryRun { return object }
    if options.orphan {
      orphanDependents(of: object)
    }
    switch key.kind {
    case .pod:
      var pod = object as! Pod
      if pod.metadata.deletionTimestamp != nil && options.gracePeriodSeconds != 0 { return pod }
      let grace = options.gracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30
      if grace == 0 || pod.spec.nodeName == nil || runtimes[pod.metadata.uid ?? ""] == nil {
        erase(key)
        return pod
      }
      pod.metadata.deletionTimestamp = Instant(seconds: now.seconds.rounded(.down) + Double(grace))
      pod.metadata.deletionGracePeriodSeconds = grace
      beginTermination(of: &pod, grace: Double(grace))
      write(pod)
      return pod
    case .namespace:
      var namespace = object as! Namespace
      if namespace.metadata.deletionTimestamp == nil {
        namespace.metadata.deletionTimestamp = now
        namespace.phase = "Terminating"
        write(namespace)
      }
      return namespace
    default:
      erase(key)
      return object
    }
  }

  mutating func orphanDependents(of owner: any APIObject) {
    guard let uid = owner.metadata.uid else { return }
    for replicaSet in store.list(ReplicaSet.self, in: owner.metadata.namespace)
    where replicaSet.metadata.ownerReferences.contains(where: { $0.uid == uid }) {
      var orphan = replicaSet
      orphan.metadata.ownerReferences.removeAll { $0.uid == uid }
      write(orphan)
    }
    for pod in store.list(Pod.self, in: owner.metadata.namespace)
    where pod.metadata.ownerReferences.contains(where: { $0.uid == uid }) {
      var orphan = pod
      orphan.metadata.ownerReferences.removeAll { $0.uid == uid }
      write(orphan)
    }
  }
}
