import ClusterSim

extension KubectlVerbs {
  static let generatorFlags: [FlagSpec] = [
    outputFlag,
    FlagSpec("dry-run", nil, .string, default: "none", "none, client or server: only show the object."),
    FlagSpec("save-config", nil, .bool, "Store the object in the last-applied annotation."),
    FlagSpec("validate", nil, .string, default: "strict", "How to check fields against the schema."),
    FlagSpec("field-manager", nil, .string, default: "kubectl-create", "Name of the manager of the fields."),
  ]

  static let create = Verb(
    name: "create", summary: "Create a resource from a file or from stdin",
    description: "Create objects from manifests (-f), or build a common object from flags with one of the commands below.",
    usage: "kubectl create -f FILENAME [options]",
    examples: [
      ("Create what web.yaml describes", "kubectl create -f web.yaml"),
      ("A deployment of three nginx pods", "kubectl create deployment web --image=nginx --replicas=3"),
      ("Write a service manifest to a file instead of creating it", "kubectl create service nodeport web --tcp=80:80 --dry-run=client -o yaml > svc.yaml"),
    ],
    flags: fileFlags + [FlagSpec("edit", nil, .bool, "Edit the object before creating it.")],
    subcommands: [createDeployment, createService, createNamespace],
    run: { invocation in
      if invocation.flags.list("filename").isEmpty {
        invocation.errorLine("error: must specify one of -f and -k")
        invocation.errorLine("")
        return 1
      }
      return runFromFiles(&invocation, mode: .create)
    })

  static let createDeployment = Verb(
    name: "deployment", aliases: ["deploy"], summary: "Create a deployment with the specified name",
    description: "Create a Deployment whose pods run the given image. Its pods and selector get the label app=NAME.",
    usage: "kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]",
    examples: [
      ("Three pods of nginx", "kubectl create deployment web --image=nginx --replicas=3"),
      ("Declare the port the container listens on", "kubectl create deployment web --image=nginx --port=80"),
    ],
    flags: generatorFlags + [
      FlagSpec("image", nil, .stringArray, "The image of the container (repeat for more containers)."),
      FlagSpec("replicas", "r", .int, default: "1", "How many pods to run."),
      FlagSpec("port", nil, .int, default: "-1", "The port the container listens on."),
    ],
    run: { runCreateDeployment(&$0) })

  static func finish(
    _ object: any APIObject, _ invocation: inout Invocation, failurePrefix: String? = nil,
    verb: String = "created"
  ) -> Int32 {
    guard let dryRun = dryRunMode(&invocation) else { return 1 }
    let format: OutputFormat
    do {
      format = try OutputFormat.parse(invocation.flags.string("output"), shell: invocation.shell)
    } catch {
      invocation.errorLine(error.message)
      return 1
    }
    var object = object
    if invocation.flags.bool("save-config") {
      object.metadata.annotations[ApplyMerge.annotation] = ApplyMerge.lastApplied(object.encoded(), namespace: object.metadata.namespace)
    }
    var result = object
    if dryRun != "client" {
      func open<T: APIObject>(_ typed: T) throws(APIError) -> any APIObject {
        var typed = typed
        if T.kind.isNamespaced && typed.metadata.namespace == nil { typed.metadata.namespace = invocation.namespace }
        return try invocation.cluster.state.create(typed, dryRun: dryRun == "server")
      }
      do {
        result = try open(object)
      } catch {
        if let failurePrefix {
          invocation.errorLine("error: failed to create \(failurePrefix): \(error.message)")
        } else {
          invocation.fail(error)
        }
        return 1
      }
    }
    switch format {
    case .table:
      let suffix = dryRun == "client" ? " (dry run)" : dryRun == "server" ? " (server dry run)" : ""
      invocation.line("\(ObjectText.name(result)) \(verb)\(suffix)")
    case .name:
      invocation.line(ObjectText.name(result))
    case .yaml:
      invocation.out(ObjectText.yaml(dryRun == "client" ? result.encoded() : ObjectText.served(result)))
    case .json:
      invocation.out(ObjectText.json(dryRun == "client" ? result.encoded() : ObjectText.served(result)) + "\n")
    default:
      return printObjects([result], format: format, asList: false, invocation: &invocation)
    }
    return 0
  }

  /// The namespace kubectl writes into generated objects: only when given with -n.
  static func explicitNamespace(_ invocation: Invocation) -> String? {
    guard let flag = invocation.flags.string("namespace"), !flag.isEmpty else {
      return invocation.client.contextNamespace == "default" ? nil : invocation.client.contextNamespace
    }
    return flag
  }

  static func runCreateDeployment(_ invocation: inout Invocation) -> Int32 {
    guard invocation.arguments.count == 1 else {
      return invocation.usageError("exactly one NAME is required, got \(invocation.arguments.count)")
    }
    let images = invocation.flags.list("image")
    guard !images.isEmpty else { return invocation.requiredFlag("image") }
    let name = invocation.arguments[0]
    let replicas = Int32(invocation.flags.int("replicas") ?? 1)
    var containers = images.map { Container(name: Generators.containerName(for: $0), image: $0) }
    if let port = invocation.flags.int("port"), port >= 0, !containers.isEmpty {
      containers[0].ports = [ContainerPort(containerPort: Int32(port))]
    }
    if let command = invocation.flags.afterDash, !command.isEmpty, !containers.isEmpty {
      if images.count > 1 {
        return invocation.usageError("cannot specify multiple --image options and command")
      }
      containers[0].command = command
    }
    var template = PodTemplateSpec(metadata: ObjectMeta(labels: ["app": name]), spec: PodSpec(containers: containers))
    template.metadata.name = ""
    var deployment = Deployment(
      metadata: ObjectMeta(name: name, namespace: explicitNamespace(invocation), labels: ["app": name]),
      spec: DeploymentSpec(replicas: replicas, selector: LabelSelector(matchLabels: ["app": name]), template: template))
    deployment.metadata.namespace = explicitNamespace(invocation)
    return finish(deployment, &invocation, failurePrefix: "deployment")
  }

  static let createNamespace = Verb(
    name: "namespace", aliases: ["ns"], summary: "Create a namespace with the specified name",
    description: "Create a namespace: a scope for names, and the second part of a Service's DNS name.",
    usage: "kubectl create namespace NAME [--dry-run=server|client|none] [options]",
    examples: [("A namespace called dev", "kubectl create namespace dev")],
    flags: generatorFlags,
    run: { invocation in
      guard invocation.arguments.count == 1 else {
        return invocation.usageError("exactly one NAME is required, got \(invocation.arguments.count)")
      }
      let namespace = Namespace(metadata: ObjectMeta(name: invocation.arguments[0]))
      return finish(namespace, &invocation)
    })

  static let serviceFlags: [FlagSpec] = generatorFlags + [
    FlagSpec("tcp", nil, .stringArray, "Port pairs: <port>:<targetPort>, e.g. 80:8080."),
  ]

  static func serviceVerb(_ name: String, type: String, extra: [FlagSpec], description: String, example: String) -> Verb {
    Verb(
      name: name, summary: "Create a \(type) service",
      description: description,
      usage: name == "externalname"
        ? "kubectl create service externalname NAME --external-name external.name [--dry-run=server|client|none] [options]"
        : "kubectl create service \(name) NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none] [options]",
      examples: [("A \(type) service", example)],
      flags: (name == "externalname" ? generatorFlags : serviceFlags) + extra,
      run: { runCreateService(&$0, type: type) })
  }

  static let createService = Verb(
    name: "service", aliases: ["svc"], summary: "Create a service using a specified subcommand",
    description: "Create a Service of one of the types below. Its selector is app=NAME.",
    usage: "kubectl create service [flags] [options]",
    subcommands: [
      serviceVerb(
        "clusterip", type: "ClusterIP",
        extra: [FlagSpec("clusterip", nil, .string, "A ClusterIP to use, or None for a headless service.")],
        description: "Create a ClusterIP service: a stable virtual IP reachable inside the cluster.",
        example: "kubectl create service clusterip web --tcp=80:8080"),
      serviceVerb(
        "nodeport", type: "NodePort",
        extra: [FlagSpec("node-port", nil, .int, default: "0", "The port on every node (30000-32767).")],
        description: "Create a NodePort service: reachable on a port of every node's IP.",
        example: "kubectl create service nodeport web --tcp=80:80 --node-port=30008"),
      serviceVerb(
        "loadbalancer", type: "LoadBalancer", extra: [],
        description: "Create a LoadBalancer service: a NodePort service plus an external load balancer.",
        example: "kubectl create service loadbalancer web --tcp=80:80"),
      serviceVerb(
        "externalname", type: "ExternalName",
        extra: [
          FlagSpec("external-name", nil, .string, "The DNS name the service points to."),
          FlagSpec("tcp", nil, .stringArray, "Port pairs (optional for ExternalName)."),
        ],
        description: "Create an ExternalName service: a DNS CNAME to a name outside the cluster.",
        example: "kubectl create service externalname db --external-name db.example.com"),
    ])

  static func runCreateService(_ invocation: inout Invocation, type: String) -> Int32 {
    guard invocation.arguments.count == 1 else {
      return invocation.usageError("exactly one NAME is required, got \(invocation.arguments.count)")
    }
    let name = invocation.arguments[0]
    var externalName: String?
    if type == "ExternalName" {
      guard let value = invocation.flags.string("external-name"), !value.isEmpty else {
        return invocation.requiredFlag("external-name")
      }
      externalName = value
    }
    let clusterIP = invocation.flags.string("clusterip")
    let specs = invocation.flags.strings("tcp")
    if specs.isEmpty && type != "ExternalName" && clusterIP != "None" {
      invocation.errorLine("error: at least one tcp port specifier must be provided")
      return 1
    }
    let ports: [ServicePort]
    do { ports = try Generators.servicePorts(specs) } catch {
      invocation.errorLine(error.message)
      return 1
    }
    let nodePort = invocation.flags.int("node-port").map(Int32.init)
    let service = Generators.service(
      name: name, namespace: explicitNamespace(invocation), type: type, ports: ports, nodePort: nodePort,
      clusterIP: clusterIP, externalName: externalName)
    return finish(service, &invocation, failurePrefix: "\(type) service")
  }
}
