import ClusterSim

extension KubectlVerbs {
  static func metadataVerb(annotations: Bool) -> Verb {
    let noun = annotations ? "annotation" : "label"
    return Verb(
      name: annotations ? "annotate" : "label",
      summary: annotations ? "Update the annotations on a resource" : "Update the labels on a resource",
      description: annotations
        ? "Add, change or remove annotations: key=value adds, key- removes. Changing an existing value needs --overwrite."
        : "Add, change or remove labels: key=value adds, key- removes. Changing an existing value needs --overwrite. Services select pods by their labels.",
      usage: "kubectl \(annotations ? "annotate" : "label") [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]",
      examples: annotations
        ? [("Record why a deployment changed", "kubectl annotate deployment web kubernetes.io/change-cause=\"image 1.27\"")]
        : [
          ("Label a pod", "kubectl label pod nginx tier=frontend"),
          ("Change a label", "kubectl label pod nginx tier=backend --overwrite"),
          ("Remove a label", "kubectl label pod nginx tier-"),
        ],
      flags: [
        FlagSpec("overwrite", nil, .bool, "Allow changing an existing \(noun)."),
        FlagSpec("all", nil, .bool, "Every object of the kind in the namespace."),
        FlagSpec("all-namespaces", "A", .bool, "With --all: in every namespace."),
        FlagSpec("selector", "l", .string, "The objects with these labels."),
        FlagSpec("list", nil, .bool, "Show the \(noun)s instead of changing them."),
        FlagSpec("filename", "f", .stringArray, "The objects named in these files."),
        FlagSpec("dry-run", nil, .string, default: "none", "none, client or server."),
        FlagSpec("resource-version", nil, .string, "Only change the object at this version."),
        outputFlag,
      ],
      run: { runMetadata(&$0, annotations: annotations) })
  }

  static let label = metadataVerb(annotations: false)
  static let annotate = metadataVerb(annotations: true)

  static func runMetadata(_ invocation: inout Invocation, annotations: Bool) -> Int32 {
    let noun = annotations ? "annotation" : "label"
    var resourceArguments: [String] = []
    var changes: [(String, String?)] = []
    var seenChange = false
    for (index, argument) in invocation.arguments.enumerated() {
      let isChange = argument.contains("=") || (argument.hasSuffix("-") && index > 0 && !argument.contains("/"))
      if isChange && (index > 0 || argument.contains("=")) {
        seenChange = true
        if argument.hasSuffix("-") && !argument.contains("=") {
          changes.append((String(argument.dropLast()), nil))
        } else {
          let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
          changes.append((parts[0], parts.count > 1 ? parts[1] : ""))
        }
      } else if !seenChange {
        resourceArguments.append(argument)
      } else {
        invocation.errorLine("error: all resources must be specified before \(noun) changes: \(argument)")
        return 1
      }
    }
    if changes.isEmpty && !invocation.flags.bool("list") {
      return invocation.usageError("at least one \(noun) update is required")
    }
    for (key, value) in changes {
      if let problem = NameRules.qualifiedName(key).first {
        invocation.errorLine("error: invalid \(noun) spec: \(key)\(value.map { "=\($0)" } ?? "-"): \(problem)")
        return 1
      }
      if !annotations, let value, let problem = NameRules.labelValue(value).first {
        invocation.errorLine("error: invalid label value: \"\(key)=\(value)\": \(problem)")
        return 1
      }
    }
    let request: ResourceRequest
    do { request = try ResourceArguments.parse(resourceArguments, language: invocation.language) } catch {
      invocation.errorLine(error.message)
      return 1
    }
    var targets: [any APIObject] = []
    var code: Int32 = 0
    if !request.kinds.isEmpty {
      guard invocation.flags.bool("all") || invocation.flags.isSet("selector") else {
        invocation.errorLine("error: resource(s) were provided, but no name was specified")
        return 1
      }
      let query = try? ObjectQuery(invocation: invocation, allNamespaces: invocation.flags.bool("all-namespaces"))
      for kind in request.kinds { targets += query?.list(kind, in: invocation.cluster.state) ?? [] }
    }
    for (kind, name, _) in request.objects {
      if let object = invocation.cluster.state.store.object(ObjectKey(kind, namespace: invocation.namespace, name: name)) {
        targets.append(object)
      } else {
        invocation.errorLine("Error from server (NotFound): \(kind.qualifiedPlural) \"\(name)\" not found")
        code = 1
      }
    }
    if targets.isEmpty && request.objects.isEmpty {
      invocation.errorLine(resourceArguments.isEmpty ? "error: one or more resources must be specified as <resource> <name> or <resource>/<name>" : "No resources found")
      return resourceArguments.isEmpty ? 1 : 0
    }
    for object in targets {
      var map = annotations ? object.metadata.annotations : object.metadata.labels
      if invocation.flags.bool("list") {
        for key in map.keys.sorted() { invocation.line("\(key)=\(map[key]!)") }
        continue
      }
      var failed = false
      for (key, value) in changes {
        if let value {
          if let existing = map[key], existing != value, !invocation.flags.bool("overwrite") {
            invocation.errorLine("error: '\(key)' already has a value (\(existing)), and --overwrite is false")
            failed = true
            break
          }
          map[key] = value
        } else {
          map[key] = nil
        }
      }
      if failed { code = 1; continue }
      let original = annotations ? object.metadata.annotations : object.metadata.labels
      var updated = object
      if annotations { updated.metadata.annotations = map } else { updated.metadata.labels = map }
      let verb: String
      if map == original {
        verb = annotations ? "annotated" : "not labeled"
      } else if !annotations && changes.allSatisfy({ $0.1 == nil }) {
        verb = "unlabeled"
      } else {
        verb = annotations ? "annotated" : "labeled"
      }
      if map != original {
        func open<T: APIObject>(_ typed: T) throws(APIError) { try invocation.cluster.state.update(typed) }
        do { try open(updated) } catch {
          invocation.fail(error)
          code = 1
          continue
        }
      }
      invocation.line("\(ObjectText.name(object)) \(verb)")
    }
    return code
  }
}
