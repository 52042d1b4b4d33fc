import ClusterSim

extension KubectlVerbs {
  static let fileFlags: [FlagSpec] = [
    FlagSpec("filename", "f", .stringArray, "The files, folders or - (standard input) that hold the manifests."),
    FlagSpec("recursive", "R", .bool, "Process the folder given with -f recursively."),
    outputFlag,
    FlagSpec("dry-run", nil, .string, default: "none", "none, client or server: only show what would happen."),
    FlagSpec("validate", nil, .string, default: "strict", "strict, warn, ignore: how to check fields against the schema."),
    FlagSpec("save-config", nil, .bool, "Store the manifest in the last-applied annotation."),
  ]

  static let apply = Verb(
    name: "apply", summary: "Apply a configuration to a resource by file name or stdin",
    description: """
      Make the cluster match the manifests you give: create what does not exist yet, and \
      change what does, keeping fields that the cluster filled in (such as a Service's \
      ClusterIP and nodePort). Running it twice with the same file changes nothing.
      """,
    usage: "kubectl apply (-f FILENAME | -k DIRECTORY) [options]",
    examples: [
      ("Create or update what web.yaml describes", "kubectl apply -f web.yaml"),
      ("Apply a manifest typed in a here-document", "kubectl apply -f - <<EOF"),
    ],
    flags: fileFlags + [
      FlagSpec("force", nil, .bool, "Delete and re-create objects that cannot be updated."),
      FlagSpec("server-side", nil, .bool, "Use server-side apply (kubetutor applies client-side)."),
      FlagSpec("prune", nil, .bool, "Delete objects not in the manifests (not simulated)."),
      FlagSpec("kustomize", "k", .string, "Apply a kustomization folder (not simulated)."),
    ],
    run: { runFromFiles(&$0, mode: .apply) })

  static let replace = Verb(
    name: "replace", summary: "Replace a resource by file name or stdin",
    description: "Replace existing objects with the manifests given, as a whole.",
    usage: "kubectl replace -f FILENAME [options]",
    examples: [("Replace a service with the one in web-svc.yaml", "kubectl replace -f web-svc.yaml"),
      ("Delete and re-create a pod whose spec cannot be changed", "kubectl replace --force -f pod.yaml")],
    flags: fileFlags + [
      FlagSpec("force", nil, .bool, "Delete the objects, then create them again."),
      FlagSpec("grace-period", nil, .int, default: "-1", "Seconds pods get to stop, with --force."),
    ],
    run: { runFromFiles(&$0, mode: .replace) })

  enum FileMode { case create, apply, replace }

  static func dryRunMode(_ invocation: inout Invocation) -> String? {
    guard let value = invocation.flags.string("dry-run") else { return "none" }
    switch value {
    case "none", "client", "server": return value
    case "true", "": return "client"
    case "false": return "none"
    default:
      invocation.errorLine("error: Invalid dry-run value (\(value)). Must be \"none\", \"server\", or \"client\".")
      return nil
    }
  }

  static func runFromFiles(_ invocation: inout Invocation, mode: FileMode) -> Int32 {
    let files = invocation.flags.list("filename")
    if invocation.flags.isSet("kustomize") {
      invocation.errorLine(Notes.unsupportedFlag("-k", language: invocation.language))
      return 1
    }
    if files.isEmpty {
      if mode == .apply {
        invocation.errorLine("error: must specify one of -f and -k")
        invocation.errorLine("")
        return 1
      }
      return invocation.usageError("must specify --filename to \(mode == .replace ? "replace" : "create")")
    }
    guard let dryRun = dryRunMode(&invocation) else { return 1 }
    let format: OutputFormat
    let objects: [ManifestObject]
    do {
      format = try OutputFormat.parse(invocation.flags.string("output"), shell: invocation.shell)
      objects = try ManifestFiles.objects(files, invocation: &invocation)
    } catch let error as ManifestFiles.Failure {
      invocation.errorLine(error.message)
      return 1
    } catch let error as SelectorParsing.Failure {
      invocation.errorLine(error.message)
      return 1
    } catch {
      return 1
    }
    var code: Int32 = 0
    var printed: [any APIObject] = []
    for object in objects {
      let namespace = object.namespace ?? invocation.namespace
      let typed: any APIObject
      do {
        typed = try ManifestFiles.decode(object, namespace: namespace)
      } catch {
        let exists = invocation.cluster.state.store.object(ObjectKey(object.kind, namespace: namespace, name: object.name)) != nil
        if mode == .apply && exists {
          invocation.errorLine(
            "Error from server (BadRequest): error when applying patch:\n\(JSONText.compact(object.document.sortedKeys()))\nto:\nResource: \"\(resourceText(object.kind))\", GroupVersionKind: \"\(kindText(object.kind))\"\nName: \"\(object.name)\", Namespace: \"\(namespace)\"\nfor: \"\(object.source)\": error when patching \"\(object.source)\": \(error.message)")
        } else {
          invocation.fail(error, file: object.source, action: mode == .replace ? "replacing" : "creating")
        }
        code = 1
        continue
      }
      let result: (object: any APIObject, verb: String)?
      switch mode {
      case .create: result = createObject(typed, source: object.source, dryRun: dryRun, invocation: &invocation)
      case .replace: result = replaceObject(typed, source: object.source, dryRun: dryRun, invocation: &invocation)
      case .apply: result = applyObject(typed, manifest: object, dryRun: dryRun, invocation: &invocation)
      }
      guard let result else { code = 1; continue }
      if format == .table {
        let suffix = dryRun == "client" ? " (dry run)" : dryRun == "server" ? " (server dry run)" : ""
        invocation.line("\(ObjectText.name(result.object)) \(result.verb)\(suffix)")
      } else {
        printed.append(result.object)
      }
    }
    if !printed.isEmpty {
      if format == .name {
        for object in printed { invocation.line(ObjectText.name(object)) }
      } else if printObjects(printed, format: format, asList: printed.count > 1, invocation: &invocation) != 0 {
        code = 1
      }
    }
    return code
  }

  static func resourceText(_ kind: ResourceKind) -> String {
    "\(kind.group.isEmpty ? "/v1" : kind.group + "/v1"), Resource=\(kind.plural)"
  }

  static func kindText(_ kind: ResourceKind) -> String {
    "\(kind.group.isEmpty ? "/v1" : kind.group + "/v1"), Kind=\(kind.kind)"
  }

  static func createObject(
    _ object: any APIObject, source: String?, dryRun: String, invocation: inout Invocation
  ) -> (object: any APIObject, verb: String)? {
    if dryRun == "client" { return (object, "created") }
    // kubectl clears resourceVersion before it creates (so a `get -o yaml` file can be
    // created again, e.g. by `replace --force`).
    var object = object
    object.metadata.resourceVersion = nil
    func open<T: APIObject>(_ typed: T) throws(APIError) -> any APIObject {
      try invocation.cluster.state.create(typed, dryRun: dryRun == "server")
    }
    do {
      return (try open(object), "created")
    } catch {
      invocation.fail(error, file: source)
      return nil
    }
  }

  static func replaceObject(
    _ object: any APIObject, source: String, dryRun: String, invocation: inout Invocation
  ) -> (object: any APIObject, verb: String)? {
    if dryRun == "client" { return (object, "replaced") }
    if invocation.flags.bool("force") {
      let key = object.key
      if invocation.cluster.state.store.object(key) != nil {
        _ = try? invocation.cluster.state.delete(key, options: DeleteOptions(gracePeriodSeconds: Int64(invocation.flags.int("grace-period") ?? -1) >= 0 ? Int64(invocation.flags.int("grace-period")!) : nil))
        invocation.line("\(ObjectText.name(object).replacingOccurrences(of: "/", with: " \"") + "\"") deleted")
        waitUntilGone(key, invocation: &invocation)
      }
      return createObject(object, source: source, dryRun: dryRun, invocation: &invocation).map { ($0.object, "replaced") }
    }
    func open<T: APIObject>(_ typed: T) throws(APIError) -> any APIObject {
      try invocation.cluster.state.update(typed, dryRun: dryRun == "server").object
    }
    do {
      return (try open(object), "replaced")
    } catch {
      invocation.fail(error, file: source, action: "replacing")
      return nil
    }
  }

  static func applyObject(
    _ object: any APIObject, manifest: ManifestObject, dryRun: String, invocation: inout Invocation
  ) -> (object: any APIObject, verb: String)? {
    let namespace = object.metadata.namespace
    let annotationText = ApplyMerge.lastApplied(manifest.document, namespace: manifest.kind.isNamespaced ? namespace : nil)
    guard let live = invocation.cluster.state.store.object(object.key) else {
      var annotated = object
      annotated.metadata.annotations[ApplyMerge.annotation] = annotationText
      return createObject(annotated, source: manifest.source, dryRun: dryRun, invocation: &invocation)
    }
    let liveJSON = live.encoded()
    let originalText = live.metadata.annotations[ApplyMerge.annotation]
    if originalText == nil && dryRun != "client" {
      invocation.errorLine(
        "Warning: resource \(type(of: live).kind.qualifiedPlural)/\(live.name) is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.")
    }
    let original = originalText.flatMap { try? ManifestText.documents($0).first }
    var modified = manifest.document
    var metadata = modified["metadata"] ?? .emptyObject
    var annotations = metadata["annotations"] ?? .emptyObject
    annotations[ApplyMerge.annotation] = .string(annotationText)
    metadata["annotations"] = annotations
    modified["metadata"] = metadata
    let merged = ApplyMerge.merge(original: original, modified: modified, current: liveJSON)
    let typed: any APIObject
    do {
      typed = try ManifestFiles.decode(ManifestObject(source: manifest.source, kind: manifest.kind, document: merged), namespace: namespace ?? invocation.namespace)
    } catch {
      invocation.fail(error, file: manifest.source)
      return nil
    }
    if dryRun == "client" { return (typed, "configured") }
    func open<T: APIObject>(_ typed: T) throws(APIError) -> (any APIObject, Bool) {
      let result = try invocation.cluster.state.update(typed, dryRun: dryRun == "server")
      return (result.object, result.unchanged)
    }
    do {
      let (updated, unchanged) = try open(typed)
      return (updated, unchanged ? "unchanged" : "configured")
    } catch {
      invocation.fail(error, file: manifest.source, action: "applying")
      return nil
    }
  }

  /// Waits (moving simulated time) until an object is gone, as `kubectl delete` does.
  static func waitUntilGone(_ key: ObjectKey, invocation: inout Invocation, limit: Double = 120) {
    var waited = 0.0
    while invocation.cluster.state.store.object(key) != nil && waited < limit {
      guard invocation.shell.wait(1) else { return }
      waited += 1
    }
  }
}
