import ClusterSim

extension KubectlVerbs {
  static let set = Verb(
    name: "set", summary: "Set specific features on objects",
    description: "Change one aspect of existing objects: a container image, a service's selector, environment variables.",
    usage: "kubectl set SUBCOMMAND [options]",
    subcommands: [setImage, setSelector, setEnv])

  static let setImage = Verb(
    name: "image", summary: "Update the image of a pod template",
    description: "Change the image of containers in a pod, deployment, replica set or daemon set. A deployment then rolls out new pods.",
    usage: "kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]",
    examples: [("Roll web's nginx container to nginx:1.27", "kubectl set image deployment/web nginx=nginx:1.27")],
    flags: [FlagSpec("all", nil, .bool, "Every object of the kind."), FlagSpec("selector", "l", .string, "Objects with these labels."),
      FlagSpec("dry-run", nil, .string, default: "none", "none, client or server."), outputFlag],
    run: { runSetImage(&$0) })

  static func splitAssignments(_ arguments: [String]) -> (resources: [String], pairs: [(String, String)]) {
    var resources: [String] = []
    var pairs: [(String, String)] = []
    for argument in arguments {
      if argument.contains("=") {
        let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        pairs.append((parts[0], parts.count > 1 ? parts[1] : ""))
      } else {
        resources.append(argument)
      }
    }
    return (resources, pairs)
  }

  static func targets(_ arguments: [String], invocation: inout Invocation) -> [any APIObject]? {
    do {
      let request = try ResourceArguments.parse(arguments, language: invocation.language)
      var found: [any APIObject] = []
      for (kind, name, _) in request.objects {
        guard let object = invocation.cluster.state.store.object(ObjectKey(kind, namespace: invocation.namespace, name: name)) else {
          invocation.errorLine("Error from server (NotFound): \(kind.qualifiedPlural) \"\(name)\" not found")
          return nil
        }
        found.append(object)
      }
      if found.isEmpty {
        invocation.errorLine("error: one or more resources must be specified as <resource> <name> or <resource>/<name>")
        return nil
      }
      return found
    } catch {
      invocation.errorLine(error.message)
      return nil
    }
  }

  static func runSetImage(_ invocation: inout Invocation) -> Int32 {
    let (resources, pairs) = splitAssignments(invocation.arguments)
    guard !pairs.isEmpty else { return invocation.usageError("at least one image update is required") }
    guard let objects = targets(resources, invocation: &invocation) else { return 1 }
    var code: Int32 = 0
    for object in objects {
      func change(_ spec: inout PodSpec) -> String? {
        for (container, image) in pairs {
          if container == "*" {
            for index in spec.containers.indices { spec.containers[index].image = image }
            continue
          }
          guard let index = spec.containers.firstIndex(where: { $0.name == container }) else { return container }
          spec.containers[index].image = image
        }
        return nil
      }
      var missing: String?
      do {
        switch object {
        case var deployment as Deployment:
          missing = change(&deployment.spec.template.spec)
          if missing == nil { try invocation.cluster.state.update(deployment) }
        case var replicaSet as ReplicaSet:
          missing = change(&replicaSet.spec.template.spec)
          if missing == nil { try invocation.cluster.state.update(replicaSet) }
        case var daemonSet as DaemonSet:
          missing = change(&daemonSet.spec.template.spec)
          if missing == nil { try invocation.cluster.state.update(daemonSet) }
        case var pod as Pod:
          missing = change(&pod.spec)
          if missing == nil { try invocation.cluster.state.update(pod) }
        default:
          invocation.errorLine("error: \(ObjectText.name(object)) has no containers")
          code = 1
          continue
        }
      } catch {
        invocation.fail(error)
        code = 1
        continue
      }
      if let missing {
        invocation.errorLine("error: unable to find container named \"\(missing)\"")
        code = 1
        continue
      }
      invocation.line("\(ObjectText.name(object)) image updated")
    }
    return code
  }

  static let setSelector = Verb(
    name: "selector", summary: "Set the selector on a resource",
    description: "Replace a service's selector: the labels its endpoints' pods must carry.",
    usage: "kubectl set selector (-f FILENAME | TYPE NAME) EXPRESSIONS [--resource-version=version] [options]",
    examples: [("Point web at the pods labelled app=web,version=v2", "kubectl set selector service web app=web,version=v2")],
    flags: [FlagSpec("dry-run", nil, .string, default: "none", "none, client or server."), outputFlag],
    run: { invocation in
      guard invocation.arguments.count >= 2 else {
        return invocation.usageError("one selector is required")
      }
      let selectorText = invocation.arguments.last!
      guard let objects = targets(Array(invocation.arguments.dropLast()), invocation: &invocation) else { return 1 }
      var selector: [String: String] = [:]
      for pair in selectorText.split(separator: ",") {
        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
          invocation.errorLine("error: invalid selector: \(selectorText)")
          return 1
        }
        selector[parts[0]] = parts[1]
      }
      for object in objects {
        guard var service = object as? Service else {
          invocation.errorLine("error: the resource \(ObjectText.name(object)) has no selector that can be set this way")
          return 1
        }
        service.spec.selector = selector
        do throws(APIError) { try invocation.cluster.state.update(service) } catch { return invocation.fail(error) }
        invocation.line("\(ObjectText.name(service)) selector updated")
      }
      return 0
    })

  static let setEnv = Verb(
    name: "env", summary: "Update environment variables on a pod template",
    description: "Add or remove environment variables of containers: KEY=value adds, KEY- removes.",
    usage: "kubectl set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N [options]",
    examples: [("Set APP_COLOR for web", "kubectl set env deployment/web APP_COLOR=blue")],
    flags: [FlagSpec("dry-run", nil, .string, default: "none", "none, client or server."), outputFlag],
    run: { invocation in
      var resources: [String] = []
      var pairs: [(String, String?)] = []
      for argument in invocation.arguments {
        if argument.contains("=") {
          let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
          pairs.append((parts[0], parts.count > 1 ? parts[1] : ""))
        } else if argument.hasSuffix("-") && !resources.isEmpty {
          pairs.append((String(argument.dropLast()), nil))
        } else {
          resources.append(argument)
        }
      }
      guard !pairs.isEmpty else { return invocation.usageError("at least one environment variable must be provided") }
      guard let objects = targets(resources, invocation: &invocation) else { return 1 }
      for object in objects {
        guard var deployment = object as? Deployment else {
          invocation.errorLine("error: kubetutor: set env is simulated for deployments only")
          return 1
        }
        for index in deployment.spec.template.spec.containers.indices {
          for (name, value) in pairs {
            deployment.spec.template.spec.containers[index].env.removeAll { $0.name == name }
            if let value { deployment.spec.template.spec.containers[index].env.append(EnvVar(name: name, value: value)) }
          }
        }
        do throws(APIError) { try invocation.cluster.state.update(deployment) } catch { return invocation.fail(error) }
        invocation.line("\(ObjectText.name(deployment)) env updated")
      }
      return 0
    })
}
