import ClusterSim

extension KubectlVerbs {
  static let scale = Verb(
    name: "scale", summary: "Set a new size for a deployment, replica set, replication controller, or stateful set",
    description: "Set how many pods a deployment or replica set keeps running.",
    usage: "kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]",
    examples: [("Five pods for web", "kubectl scale deployment web --replicas=5")],
    flags: [
      FlagSpec("replicas", nil, .int, default: "0", "The new number of pods."),
      FlagSpec("current-replicas", nil, .int, default: "-1", "Only scale if the current size is this."),
      FlagSpec("selector", "l", .string, "Scale the objects with these labels."),
      FlagSpec("all", nil, .bool, "Scale every object of the kind."),
      FlagSpec("filename", "f", .stringArray, "Scale the objects named in these files."),
      FlagSpec("timeout", nil, .duration, default: "0s", "How long to wait."),
      FlagSpec("dry-run", nil, .string, default: "none", "none, client or server."),
      outputFlag,
    ],
    run: { runScale(&$0) })

  static func runScale(_ invocation: inout Invocation) -> Int32 {
    guard invocation.flags.isSet("replicas") else { return invocation.requiredFlag("replicas") }
    let replicas = invocation.flags.int("replicas") ?? 0
    guard replicas >= 0 else {
      invocation.errorLine("error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0")
      return 1
    }
    let request: ResourceRequest
    do { request = try ResourceArguments.parse(invocation.arguments, language: invocation.language) } catch {
      invocation.errorLine(error.message)
      return 1
    }
    var targets: [(ResourceKind, String)] = request.objects.map { ($0.kind, $0.name) }
    if targets.isEmpty {
      if invocation.flags.bool("all") || invocation.flags.isSet("selector"), let query = try? ObjectQuery(invocation: invocation, allNamespaces: false) {
        for kind in request.kinds { targets += query.list(kind, in: invocation.cluster.state).map { (kind, $0.name) } }
      } else {
        return invocation.usageError("resource(s) were provided, but no name was specified")
      }
    }
    var code: Int32 = 0
    for (kind, name) in targets {
      let namespace = invocation.namespace
      switch kind {
      case .deployment:
        guard var deployment = invocation.cluster.state.store.get(Deployment.self, namespace, name) else {
          invocation.errorLine("Error from server (NotFound): deployments.apps \"\(name)\" not found")
          code = 1
          continue
        }
        if let current = invocation.flags.int("current-replicas"), current >= 0, current != Int(deployment.spec.replicas ?? 1) {
          invocation.errorLine("error: Expected replicas to be \(current), was \(deployment.spec.replicas ?? 1)")
          code = 1
          continue
        }
        deployment.spec.replicas = Int32(replicas)
        do { try invocation.cluster.state.update(deployment) } catch { invocation.fail(error); code = 1; continue }
      case .replicaSet:
        guard var replicaSet = invocation.cluster.state.store.get(ReplicaSet.self, namespace, name) else {
          invocation.errorLine("Error from server (NotFound): replicasets.apps \"\(name)\" not found")
          code = 1
          continue
        }
        replicaSet.spec.replicas = Int32(replicas)
        do { try invocation.cluster.state.update(replicaSet) } catch { invocation.fail(error); code = 1; continue }
      default:
        invocation.errorLine("Error from server (NotFound): the server could not find the requested resource")
        code = 1
        continue
      }
      invocation.line("\(kind.qualifiedSingular)/\(name) scaled")
    }
    return code
  }
}
