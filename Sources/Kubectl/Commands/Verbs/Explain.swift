import ClusterSim

extension KubectlVerbs {
  static let explain = Verb(
    name: "explain", summary: "Get documentation for a resource",
    description: "Describe the fields of a kind of object, e.g. kubectl explain service.spec.ports.",
    usage: "kubectl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [options]",
    examples: [
      ("The fields of a Service's spec", "kubectl explain svc.spec"),
      ("Every field of a pod, as a tree", "kubectl explain pod --recursive"),
    ],
    flags: [
      FlagSpec("recursive", nil, .bool, "Show every field, nested."),
      FlagSpec("api-version", nil, .string, "The API version (group/version) of the kind."),
      FlagSpec("output", nil, .string, default: "plaintext", "plaintext or plaintext-openapiv2."),
    ],
    run: { invocation in
      guard let path = invocation.arguments.first else {
        invocation.errorLine("You must specify the type of resource to explain. Use \"kubectl api-resources\" for a complete list of supported resources.")
        invocation.errorLine("")
        invocation.errorLine("error: Required resource not specified.")
        invocation.errorLine("See 'kubectl explain -h' for help and examples")
        return 1
      }
      switch ExplainCatalogue.explain(
        path, recursive: invocation.flags.bool("recursive"), apiVersion: invocation.flags.string("api-version"))
      {
      case .success(let text):
        invocation.out(text)
        return 0
      case .failure(let failure):
        invocation.out(failure.output)
        invocation.errorLine(failure.message)
        return 1
      }
    })

  static let wait = Verb(
    name: "wait", summary: "Experimental: Wait for a specific condition on one or many resources",
    description: "Wait until objects meet a condition (Ready, Available), are deleted, or a field has a value.",
    usage: "kubectl wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]] [options]",
    examples: [
      ("Until pod nginx is Ready", "kubectl wait --for=condition=Ready pod/nginx --timeout=60s"),
      ("Until every pod of web is Ready", "kubectl wait --for=condition=Ready pod -l app=web"),
    ],
    flags: [
      FlagSpec("for", nil, .string, "The condition: condition=NAME[=value], delete, create or jsonpath='{...}'=value."),
      FlagSpec("timeout", nil, .duration, default: "30s", "How long to wait."),
      FlagSpec("selector", "l", .string, "The objects with these labels."),
      FlagSpec("all", nil, .bool, "Every object of the kind."),
      FlagSpec("all-namespaces", "A", .bool, "In every namespace."),
      outputFlag,
    ],
    run: { runWait(&$0) })

  static func runWait(_ invocation: inout Invocation) -> Int32 {
    guard let condition = invocation.flags.string("for"), !condition.isEmpty else {
      invocation.errorLine("error: --for must be specified")
      return 1
    }
    let request: ResourceRequest
    do { request = try ResourceArguments.parse(invocation.arguments, language: invocation.language) } catch {
      invocation.errorLine(error.message)
      return 1
    }
    let timeout = invocation.flags.string("timeout").flatMap(DurationText.seconds) ?? 30
    var keys: [ObjectKey] = request.objects.map { ObjectKey($0.kind, namespace: invocation.namespace, name: $0.name) }
    if !request.kinds.isEmpty {
      guard let query = try? ObjectQuery(invocation: invocation, allNamespaces: invocation.flags.bool("all-namespaces")) else { return 1 }
      for kind in request.kinds { keys += query.list(kind, in: invocation.cluster.state).map(\.key) }
      if keys.isEmpty {
        invocation.errorLine("error: no matching resources found")
        return 1
      }
    }
    if keys.isEmpty {
      invocation.errorLine("error: resource name may not be empty")
      return 1
    }
    func holds(_ object: (any APIObject)?) -> Bool {
      if condition == "delete" { return object == nil }
      guard let object else { return false }
      if condition == "create" { return true }
      if condition.lowercased().hasPrefix("condition=") {
        let body = condition.dropFirst("condition=".count)
        let parts = body.split(separator: "=", maxSplits: 1).map(String.init)
        let wanted = parts.count > 1 ? parts[1] : "True"
        let served = ObjectText.served(object)
        let conditions = served["status"]?["conditions"]?.arrayValue ?? []
        return conditions.contains {
          $0["type"]?.stringValue?.lowercased() == parts[0].lowercased()
            && $0["status"]?.stringValue?.lowercased() == wanted.lowercased()
        }
      }
      if condition.hasPrefix("jsonpath=") {
        let body = String(condition.dropFirst("jsonpath=".count))
        guard let close = body.lastIndex(of: "}") else { return false }
        let path = String(body[...close])
        let rest = body[body.index(after: close)...]
        let wanted = rest.hasPrefix("=") ? String(rest.dropFirst()) : nil
        guard let value = try? JSONPathText.evaluate(path, on: ObjectText.served(object)) else { return false }
        return wanted.map { value == $0 } ?? !value.isEmpty
      }
      return false
    }
    var waited = 0.0
    var remaining = keys
    var code: Int32 = 0
    while !remaining.isEmpty {
      remaining = remaining.filter { key in
        let object = invocation.cluster.state.store.object(key)
        if holds(object) {
          let name = "\(key.kind.qualifiedSingular)/\(key.name)"
          invocation.line(condition == "delete" ? "\(name) condition met" : "\(name) condition met")
          return false
        }
        if object == nil && condition != "delete" && condition != "create" {
          invocation.errorLine("Error from server (NotFound): \(key.kind.qualifiedPlural) \"\(key.name)\" not found")
          code = 1
          return false
        }
        return true
      }
      if remaining.isEmpty { break }
      if waited >= timeout {
        for key in remaining {
          invocation.errorLine("error: timed out waiting for the condition on \(key.kind.qualifiedPlural)/\(key.name)")
        }
        return 1
      }
      guard invocation.shell.wait(1) else { return 130 }
      waited += 1
    }
    return code
  }
}

