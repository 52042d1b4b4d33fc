import ClusterSim

extension KubectlVerbs {
  static let delete = Verb(
    name: "delete", summary: "Delete resources by file names, stdin, resources and names, or by resources and label selector",
    description: """
      Delete objects by name, by label (-l), all of a kind (--all), or as named in files (-f). \
      Pods stop gracefully first (30 seconds at most by default); kubectl waits until they are gone. \
      Deleting a deployment deletes its replica sets and their pods.
      """,
    usage: "kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]",
    examples: [
      ("A pod (its deployment will start a new one)", "kubectl delete pod web-7d4f8b9c6d-x2x5k"),
      ("A service and a deployment", "kubectl delete svc/web deploy/web"),
      ("A pod at once, without waiting", "kubectl delete pod nginx --grace-period=0 --force"),
    ],
    flags: [
      FlagSpec("filename", "f", .stringArray, "Delete the objects named in these files."),
      FlagSpec("selector", "l", .string, "Delete the objects with these labels."),
      FlagSpec("all", nil, .bool, "Delete every object of the given kinds in the namespace."),
      FlagSpec("all-namespaces", "A", .bool, "With --all or -l: in every namespace."),
      FlagSpec("grace-period", nil, .int, default: "-1", "Seconds a pod gets to stop (-1: the pod's own setting)."),
      FlagSpec("force", nil, .bool, "With --grace-period=0: remove at once."),
      FlagSpec("now", nil, .bool, "Stop pods within a second (--grace-period=1)."),
      FlagSpec("wait", nil, .bool, default: "true", "Wait until the objects are gone."),
      FlagSpec("cascade", nil, .string, default: "background", "background, foreground or orphan: what happens to dependents."),
      FlagSpec("ignore-not-found", nil, .bool, "Succeed when an object does not exist."),
      FlagSpec("dry-run", nil, .string, default: "none", "none, client or server."),
      FlagSpec("field-selector", nil, .string, "Delete the objects matching this field selector."),
      FlagSpec("timeout", nil, .duration, default: "0s", "How long to wait."),
      FlagSpec("recursive", "R", .bool, "Process the folder given with -f recursively."),
      outputFlag,
    ],
    run: { runDelete(&$0) })

  static func runDelete(_ invocation: inout Invocation) -> Int32 {
    let files = invocation.flags.list("filename")
    if invocation.arguments.isEmpty && files.isEmpty {
      invocation.errorLine("error: You must provide one or more resources by argument or filename.")
      invocation.errorLine("Example resource specifications include:")
      invocation.errorLine("   '-f rsrc.yaml'")
      invocation.errorLine("   '--filename=rsrc.json'")
      invocation.errorLine("   '<resource> <name>'")
      invocation.errorLine("   '<resource>'")
      return 1
    }
    let request: ResourceRequest
    do {
      request = files.isEmpty
        ? try ResourceArguments.parse(invocation.arguments, language: invocation.language)
        : try ManifestFiles.request(files, invocation: &invocation)
    } catch {
      invocation.errorLine(error.message)
      return 1
    }
    let selecting = invocation.flags.isSet("selector") || invocation.flags.bool("all") || invocation.flags.isSet("field-selector")
    if !request.kinds.isEmpty && !selecting {
      invocation.errorLine("error: resource(s) were provided, but no name was specified")
      return 1
    }
    if request.all && !selecting {
      invocation.errorLine("error: resource(s) were provided, but no name was specified")
      return 1
    }
    guard let dryRun = dryRunMode(&invocation) else { return 1 }
    var grace = invocation.flags.int("grace-period") ?? -1
    let force = invocation.flags.bool("force")
    if invocation.flags.bool("now") { grace = 1 }
    if grace == 0 && !force { grace = 1 }
    if force && grace == 0 || force && grace < 0 {
      invocation.errorLine(
        "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.")
      grace = 0
    }
    var targets: [any APIObject] = []
    var code: Int32 = 0
    if selecting {
      let query: ObjectQuery
      do { query = try ObjectQuery(invocation: invocation, allNamespaces: invocation.flags.bool("all-namespaces")) } catch {
        invocation.errorLine(error.message)
        return 1
      }
      for kind in request.kinds { targets += query.list(kind, in: invocation.cluster.state) }
      if targets.isEmpty {
        invocation.errorLine("No resources found")
        return 0
      }
    }
    for (kind, name, explicit) in request.objects {
      let key = ObjectKey(kind, namespace: explicit ?? invocation.namespace, name: name)
      if let object = invocation.cluster.state.store.object(key) {
        targets.append(object)
      } else if !invocation.flags.bool("ignore-not-found") {
        invocation.errorLine("Error from server (NotFound): \(kind.qualifiedPlural) \"\(name)\" not found")
        code = 1
      }
    }
    let orphan = invocation.flags.string("cascade") == "orphan" || invocation.flags.string("cascade") == "false"
    var deleted: [ObjectKey] = []
    for object in targets {
      let kind = type(of: object).kind
      let label = "\(kind.qualifiedSingular) \"\(object.name)\""
      if dryRun != "none" {
        invocation.line("\(label) deleted (\(dryRun == "client" ? "dry run" : "server dry run"))")
        continue
      }
      do {
        try invocation.cluster.state.delete(
          object.key, options: DeleteOptions(gracePeriodSeconds: grace >= 0 ? Int64(grace) : nil, orphan: orphan))
        if invocation.flags.string("output") == "name" {
          invocation.line("\(ObjectText.name(object))")
        } else {
          invocation.line("\(label) deleted")
        }
        deleted.append(object.key)
      } catch {
        invocation.fail(error)
        code = 1
      }
    }
    invocation.cluster.state.settle(at: invocation.cluster.clock.now)
    if invocation.flags.string("wait") != "false" {
      for key in deleted { waitUntilGone(key, invocation: &invocation) }
    }
    return code
  }
}
