import ClusterSim

extension KubectlVerbs {
  static let version = Verb(
    name: "version", summary: "Print the client and server version information",
    description: "Print the versions of kubectl and of the cluster's API server.",
    usage: "kubectl version [flags] [options]",
    flags: [FlagSpec("client", nil, .bool, "Only the client version."), outputFlag],
    run: { invocation in
      let client = invocation.flags.bool("client")
      switch invocation.flags.string("output") {
      case "yaml":
        let block = "  compiler: gc\n  gitTreeState: clean\n  gitVersion: v1.32.4\n  major: \"1\"\n  minor: \"32\"\n  platform: linux/amd64"
        invocation.line("clientVersion:\n\(block)\nkustomizeVersion: v5.5.0" + (client ? "" : "\nserverVersion:\n\(block)"))
      default:
        invocation.line("Client Version: v1.32.4")
        invocation.line("Kustomize Version: v5.5.0")
        if !client { invocation.line("Server Version: v1.32.4") }
      }
      return 0
    })

  static let clusterInfo = Verb(
    name: "cluster-info", summary: "Display cluster information",
    description: "Print the address of the control plane and of the cluster's services.",
    usage: "kubectl cluster-info [flags] [options]",
    run: { invocation in
      let address = ClusterOptions.nodeAddress(0)
      invocation.line("Kubernetes control plane is running at https://\(address):6443")
      invocation.line("CoreDNS is running at https://\(address):6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy")
      invocation.line("")
      invocation.line("To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.")
      return 0
    })

  static let apiResources = Verb(
    name: "api-resources", summary: "Print the supported API resources on the server",
    description: "List the kinds of object the API server serves, with their short names.",
    usage: "kubectl api-resources [flags] [options]",
    flags: [FlagSpec("namespaced", nil, .bool, default: "true", "Only namespaced (true) or cluster-scoped (false) kinds."),
      FlagSpec("api-group", nil, .string, "Only this API group."), outputFlag,
      FlagSpec("no-headers", nil, .bool, "Leave out the header row.")],
    run: { invocation in
      var kinds = ResourceKind.allCases.sorted { ($0.group, $0.plural) < ($1.group, $1.plural) }
      kinds = kinds.filter { $0.group.isEmpty } + kinds.filter { !$0.group.isEmpty }
      if invocation.flags.isSet("namespaced") {
        let wanted = invocation.flags.bool("namespaced")
        kinds = kinds.filter { $0.isNamespaced == wanted }
      }
      if let group = invocation.flags.string("api-group") { kinds = kinds.filter { $0.group == group } }
      if invocation.flags.string("output") == "name" {
        for kind in kinds { invocation.line(kind.group.isEmpty ? kind.plural : "\(kind.plural).\(kind.group)") }
        return 0
      }
      var writer = TabWriter.table()
      if !invocation.flags.bool("no-headers") { writer.row(["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"]) }
      for kind in kinds {
        writer.row([kind.plural, kind.shortNames.joined(separator: ","), kind.apiVersion, kind.isNamespaced ? "true" : "false", kind.kind])
      }
      invocation.out(writer.rendered())
      invocation.errorLine(Notes.shortResourceList(language: invocation.language))
      return 0
    })

  static let events = Verb(
    name: "events", summary: "List events",
    description: "List the events of a namespace, oldest first, or those of one object with --for.",
    usage: "kubectl events [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning] [options]",
    examples: [("What happened to pod nginx", "kubectl events --for pod/nginx")],
    flags: [FlagSpec("all-namespaces", "A", .bool, "Every namespace."), FlagSpec("for", nil, .string, "Only events about this object."),
      FlagSpec("types", nil, .stringArray, "Only these types: Normal, Warning."), FlagSpec("watch", "w", .bool, "Watch (not simulated)."),
      FlagSpec("no-headers", nil, .bool, "Leave out the header row."), outputFlag],
    run: { invocation in
      let all = invocation.flags.bool("all-namespaces")
      var list = invocation.cluster.state.store.list(Event.self, in: all ? nil : invocation.namespace)
      if let target = invocation.flags.string("for") {
        let parts = target.split(separator: "/").map(String.init)
        guard parts.count == 2, let kind = ResourceKind.named(parts[0]) else {
          invocation.errorLine("error: the server doesn't have a resource type \"\(parts.first ?? target)\"")
          return 1
        }
        list = list.filter { $0.involvedObject.kind == kind.kind && $0.involvedObject.name == parts[1] }
      }
      let types = invocation.flags.strings("types")
      if !types.isEmpty { list = list.filter { types.contains($0.type) } }
      list.sort { ($0.lastTimestamp, $0.name) < ($1.lastTimestamp, $1.name) }
      if list.isEmpty {
        invocation.errorLine(all ? "No events found." : "No events found in \(invocation.namespace) namespace.")
        return 0
      }
      var writer = TabWriter.table()
      var header = ["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"]
      if all { header.insert("NAMESPACE", at: 0) }
      if !invocation.flags.bool("no-headers") { writer.row(header) }
      let now = invocation.now
      for event in list {
        var seen = HumanDuration.age(event.lastTimestamp, now: now)
        if event.count > 1 {
          seen += " (x\(event.count) over \(HumanDuration.age(event.firstTimestamp, now: now)))"
        }
        var row = [seen, event.type, event.reason, "\(event.involvedObject.kind)/\(event.involvedObject.name)", event.message]
        if all { row.insert(event.namespace, at: 0) }
        writer.row(row)
      }
      invocation.out(writer.rendered())
      return 0
    })
}

extension Notes {
  static func shortResourceList(language: Language) -> String {
    switch language {
    case .en: return "kubetutor: a real cluster lists many more kinds (configmaps, secrets, ingresses, ...); this one serves only those above."
    case .ko: return "kubetutor: 실제 클러스터에는 configmaps, secrets, ingresses 등 더 많은 종류가 있지만, 이 클러스터는 위의 것만 제공합니다."
    }
  }
}
