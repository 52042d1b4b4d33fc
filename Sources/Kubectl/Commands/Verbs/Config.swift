import ClusterSim

extension KubectlVerbs {
  static let contextName = "kubernetes-admin@kubernetes"

  static let config = Verb(
    name: "config", summary: "Modify kubeconfig files",
    description: "Show and change the kubeconfig: the cluster, user and namespace kubectl talks to.",
    usage: "kubectl config SUBCOMMAND [options]",
    subcommands: [
      Verb(
        name: "view", summary: "Display merged kubeconfig settings or a specified kubeconfig file",
        description: "Print the kubeconfig, with certificates left out.", usage: "kubectl config view [flags] [options]",
        flags: [FlagSpec("minify", nil, .bool, "Only the current context."), FlagSpec("raw", nil, .bool, "Show certificate data."), outputFlag],
        run: { invocation in
          let namespaceLine = invocation.client.contextNamespace == "default" ? "" : "\n    namespace: \(invocation.client.contextNamespace)"
          invocation.out("""
            apiVersion: v1
            clusters:
            - cluster:
                certificate-authority-data: DATA+OMITTED
                server: https://\(ClusterOptions.nodeAddress(0)):6443
              name: kubernetes
            contexts:
            - context:
                cluster: kubernetes\(namespaceLine)
                user: kubernetes-admin
              name: \(contextName)
            current-context: \(contextName)
            kind: Config
            preferences: {}
            users:
            - name: kubernetes-admin
              user:
                client-certificate-data: DATA+OMITTED
                client-key-data: DATA+OMITTED

            """)
          return 0
        }),
      Verb(
        name: "current-context", summary: "Display the current-context", description: "Print the current context's name.",
        usage: "kubectl config current-context [options]",
        run: { invocation in
          invocation.line(contextName)
          return 0
        }),
      Verb(
        name: "get-contexts", summary: "Describe one or many contexts", description: "List the contexts of the kubeconfig.",
        usage: "kubectl config get-contexts [(-o|--output=)name)] [options]",
        flags: [outputFlag, FlagSpec("no-headers", nil, .bool, "Leave out the header row.")],
        run: { invocation in
          if invocation.flags.string("output") == "name" {
            invocation.line(contextName)
            return 0
          }
          var writer = TabWriter.table()
          if !invocation.flags.bool("no-headers") { writer.row(["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"]) }
          let namespace = invocation.client.contextNamespace == "default" ? "" : invocation.client.contextNamespace
          writer.row(["*", contextName, "kubernetes", "kubernetes-admin", namespace])
          invocation.out(writer.rendered())
          return 0
        }),
      Verb(
        name: "set-context", summary: "Set a context entry in kubeconfig",
        description: "Change a context, e.g. its default namespace.",
        usage: "kubectl config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options]",
        examples: [("Work in namespace dev by default", "kubectl config set-context --current --namespace=dev")],
        flags: [FlagSpec("current", nil, .bool, "Change the current context.")],
        run: { invocation in
          let name = invocation.arguments.first ?? (invocation.flags.bool("current") ? contextName : "")
          guard name == contextName else {
            if name.isEmpty { return invocation.usageError("you must specify a non-empty context name or --current") }
            invocation.errorLine(Notes.singleContext(language: invocation.language))
            return 1
          }
          if let namespace = invocation.flags.string("namespace") {
            invocation.client.contextNamespace = namespace.isEmpty ? "default" : namespace
          }
          invocation.line("Context \"\(contextName)\" modified.")
          return 0
        }),
      Verb(
        name: "use-context", aliases: ["use"], summary: "Set the current-context in a kubeconfig file",
        description: "Switch to another context.", usage: "kubectl config use-context CONTEXT_NAME [options]",
        run: { invocation in
          guard let name = invocation.arguments.first else { return invocation.usageError("Unexpected args: []") }
          guard name == contextName else {
            invocation.errorLine("error: no context exists with the name: \"\(name)\"")
            return 1
          }
          invocation.line("Switched to context \"\(contextName)\".")
          return 0
        }),
    ])
}

extension Notes {
  static func singleContext(language: Language) -> String {
    switch language {
    case .en: return "kubetutor: this kubeconfig has one context, \(KubectlVerbs.contextName)."
    case .ko: return "kubetutor: 이 kubeconfig에는 \(KubectlVerbs.contextName) 컨텍스트 하나만 있습니다."
    }
  }
}
