import ClusterSim

extension KubectlVerbs {
  static let outputFlag = FlagSpec(
    "output", "o", .string, default: "",
    "Output format: json, yaml, name, wide, jsonpath=..., custom-columns=...")

  static let get = Verb(
    name: "get", summary: "Show one or many resources",
    description: """
      Show one or many resources as a table, or in full as YAML or JSON.

      Name the type (pods, services, deployments, ...), optionally names, or use -l to select by labels. \
      Add -o wide for more columns, -A for every namespace.
      """,
    usage:
      "kubectl get [(-o|--output=)json|yaml|name|wide|custom-columns=...|jsonpath=...] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]",
    examples: [
      ("Pods in the current namespace, with their IPs and nodes", "kubectl get pods -o wide"),
      ("One service in full, as the API server stores it", "kubectl get svc web -o yaml"),
      ("Everything in every namespace", "kubectl get all -A"),
      ("Just the ClusterIP of a service", "kubectl get svc web -o jsonpath='{.spec.clusterIP}'"),
    ],
    flags: [
      outputFlag,
      FlagSpec("all-namespaces", "A", .bool, "List the requested objects across all namespaces."),
      FlagSpec("selector", "l", .string, "Label selector to filter on, e.g. -l app=web,tier!=db"),
      FlagSpec("field-selector", nil, .string, "Field selector to filter on, e.g. --field-selector status.phase=Running"),
      FlagSpec("show-labels", nil, .bool, "Add a column with each object's labels."),
      FlagSpec("label-columns", "L", .stringArray, "Add a column for each of these label keys."),
      FlagSpec("sort-by", nil, .string, "Sort rows by a JSONPath expression, e.g. .metadata.creationTimestamp"),
      FlagSpec("no-headers", nil, .bool, "Leave out the header row."),
      FlagSpec("watch", "w", .bool, "Watch for changes (kubetutor shows the current state once)."),
      FlagSpec("watch-only", nil, .bool, "Watch for changes only (not simulated)."),
      FlagSpec("ignore-not-found", nil, .bool, "Print nothing and succeed when a named object does not exist."),
      FlagSpec("filename", "f", .stringArray, "Get the objects named in these files."),
      FlagSpec("recursive", "R", .bool, "Process the directory given with -f recursively."),
      FlagSpec("show-kind", nil, .bool, "Prefix names with their kind."),
      FlagSpec("chunk-size", nil, .int, default: "500", "Return large lists in chunks of this size.", hidden: true),
      FlagSpec("show-managed-fields", nil, .bool, "Keep managedFields in JSON or YAML output."),
    ],
    run: { runGet(&$0) })

  static func runGet(_ invocation: inout Invocation) -> Int32 {
    let files = invocation.flags.list("filename")
    if invocation.arguments.isEmpty && files.isEmpty {
      invocation.errorLine(
        "You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.")
      invocation.errorLine("")
      invocation.errorLine("error: Required resource not specified.")
      invocation.errorLine(
        "Use \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).")
      invocation.errorLine("See 'kubectl get -h' for help and examples")
      return 1
    }
    let format: OutputFormat
    let request: ResourceRequest
    do {
      format = try OutputFormat.parse(invocation.flags.string("output"), shell: invocation.shell)
      request = files.isEmpty
        ? try ResourceArguments.parse(invocation.arguments, language: invocation.language)
        : try ManifestFiles.request(files, invocation: &invocation)
    } catch {
      invocation.errorLine(error.message)
      return 1
    }
    let allNamespaces = invocation.flags.bool("all-namespaces")
    if allNamespaces && !request.objects.isEmpty && files.isEmpty {
      invocation.errorLine("error: a resource cannot be retrieved by name across all namespaces")
      return 1
    }
    if invocation.flags.bool("watch") || invocation.flags.bool("watch-only") {
      invocation.errorLine(Notes.unsupportedFlag("--watch", language: invocation.language))
    }
    let query: ObjectQuery
    do {
      query = try ObjectQuery(invocation: invocation, allNamespaces: allNamespaces)
    } catch {
      invocation.errorLine(error.message)
      return 1
    }
    var found: [any APIObject] = []
    var errors: [String] = []
    let state = invocation.cluster.state
    for kind in request.kinds {
      found += query.list(kind, in: state)
    }
    for (kind, name, explicit) in request.objects {
      let namespace = explicit ?? query.namespace ?? invocation.namespace
      if let object = state.store.object(ObjectKey(kind, namespace: namespace, name: name)) {
        found.append(object)
      } else if !invocation.flags.bool("ignore-not-found") {
        errors.append("Error from server (NotFound): \(kind.qualifiedPlural) \"\(name)\" not found")
      }
    }
    do {
      found = try ObjectQuery.sorted(found, by: invocation.flags.string("sort-by"))
    } catch {
      invocation.errorLine(error.message)
      return 1
    }
    let isListQuery = !request.kinds.isEmpty || request.objects.count > 1 || request.all
    var code: Int32 = errors.isEmpty ? 0 : 1
    if found.isEmpty {
      for error in errors { invocation.errorLine(error) }
      if errors.isEmpty && !request.kinds.isEmpty && !format.isJSONLike {
        let scoped = request.kinds.allSatisfy(\.isNamespaced) && !allNamespaces
        invocation.errorLine(scoped ? "No resources found in \(invocation.namespace) namespace." : "No resources found")
      }
      if format.isJSONLike && isListQuery {
        code = printObjects([], format: format, asList: true, invocation: &invocation) == 0 ? code : 1
      }
      return code
    }
    let printed = printObjects(
      found, format: format, asList: isListQuery, invocation: &invocation,
      kindPrefix: request.all || Set(found.map { type(of: $0).kind }).count > 1 || invocation.flags.bool("show-kind"),
      allNamespaces: allNamespaces)
    for error in errors { invocation.errorLine(error) }
    return printed == 0 ? code : printed
  }

  /// Prints objects in the chosen format; tables one per kind, in the order found.
  static func printObjects(
    _ objects: [any APIObject], format: OutputFormat, asList: Bool, invocation: inout Invocation,
    kindPrefix: Bool = false, allNamespaces: Bool = false
  ) -> Int32 {
    switch format {
    case .table, .wide:
      var kinds: [ResourceKind] = []
      for object in objects where !kinds.contains(type(of: object).kind) {
        kinds.append(type(of: object).kind)
      }
      var tables: [String] = []
      for kind in kinds {
        let group = objects.filter { type(of: $0).kind == kind }
        tables.append(
          TablePrinter(
            kind: kind, wide: format == .wide, allNamespaces: allNamespaces, kindPrefix: kindPrefix,
            showLabels: invocation.flags.bool("show-labels"),
            labelColumns: invocation.flags.strings("label-columns"),
            noHeaders: invocation.flags.bool("no-headers")
          ).render(group, now: invocation.now))
      }
      invocation.out(tables.joined(separator: "\n"))
    case .yaml:
      let values = objects.map(ObjectText.served)
      invocation.out(ObjectText.yaml(asList ? ObjectText.list(values) : values[0]))
    case .json:
      let values = objects.map(ObjectText.served)
      invocation.out(ObjectText.json(asList ? ObjectText.list(values) : values[0]) + "\n")
    case .name:
      for object in objects { invocation.line(ObjectText.name(object)) }
    case .jsonPath(let template):
      let values = objects.map(ObjectText.served)
      do {
        invocation.out(try JSONPathText.evaluate(template, on: asList ? ObjectText.list(values) : values[0]))
      } catch {
        invocation.errorLine("error: \(error.message)")
        return 1
      }
    case .customColumns(let spec):
      do {
        invocation.out(
          try JSONPathText.customColumns(
            spec, objects: objects.map(ObjectText.served), noHeaders: invocation.flags.bool("no-headers")))
      } catch {
        invocation.errorLine("error: \(error.message)")
        return 1
      }
    }
    return 0
  }
}

extension OutputFormat {
  var isJSONLike: Bool {
    switch self {
    case .yaml, .json, .jsonPath: return true
    default: return false
    }
  }
}
