import ClusterSim

extension KubectlVerbs {
  static let run = Verb(
    name: "run", summary: "Run a particular image on the cluster",
    description: """
      Create a single pod running an image. Its label is run=NAME unless --labels says \
      otherwise. With -it --rm it runs attached and is deleted afterwards: a quick way to test \
      a Service from inside the cluster.
      """,
    usage: "kubectl run NAME --image=image [--env=\"key=value\"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]",
    examples: [
      ("An nginx pod", "kubectl run nginx --image=nginx"),
      ("A busybox pod that sleeps, so you can exec into it", "kubectl run tmp --image=busybox -- sleep 3600"),
      ("A throwaway pod that looks up a service and is deleted", "kubectl run test --image=busybox --rm -it --restart=Never -- nslookup web"),
      ("A pod manifest in a file", "kubectl run nginx --image=nginx --dry-run=client -o yaml > pod.yaml"),
    ],
    flags: generatorFlags + [
      FlagSpec("image", nil, .string, "The image of the container."),
      FlagSpec("port", nil, .string, "The port the container listens on."),
      FlagSpec("labels", "l", .string, "Labels for the pod, e.g. app=web,tier=front."),
      FlagSpec("env", nil, .stringArray, "Environment variables, e.g. --env=KEY=value."),
      FlagSpec("restart", nil, .string, default: "Always", "The pod's restart policy: Always, OnFailure or Never."),
      FlagSpec("command", nil, .bool, "Use the arguments after -- as the command instead of as arguments."),
      FlagSpec("rm", nil, .bool, "Delete the pod after it exits (with -i)."),
      FlagSpec("stdin", "i", .bool, "Keep standard input open."),
      FlagSpec("tty", "t", .bool, "Allocate a terminal."),
      FlagSpec("attach", nil, .bool, "Attach to the pod's output."),
      FlagSpec("expose", nil, .bool, "Also create a ClusterIP service for the pod (needs --port)."),
      FlagSpec("image-pull-policy", nil, .string, "Always, IfNotPresent or Never."),
      FlagSpec("overrides", nil, .string, "Inline JSON merged into the generated pod."),
      FlagSpec("annotations", nil, .stringArray, "Annotations for the pod."),
      FlagSpec("serviceaccount", nil, .string, "Service account of the pod.", hidden: true),
      FlagSpec("quiet", "q", .bool, "Print nothing but the command's output (with -it)."),
      FlagSpec("pod-running-timeout", nil, .duration, default: "1m0s", "How long to wait for the pod to run."),
    ],
    run: { runRun(&$0) })

  static func runRun(_ invocation: inout Invocation) -> Int32 {
    guard let name = invocation.arguments.first else {
      return invocation.usageError("NAME is required for run")
    }
    guard let image = invocation.flags.string("image"), !image.isEmpty else {
      return invocation.requiredFlag("image")
    }
    let interactive = invocation.flags.bool("stdin") || invocation.flags.bool("tty") || invocation.flags.bool("attach")
    let dryRun = invocation.flags.string("dry-run").map { $0 != "none" && $0 != "false" } ?? false
    if interactive && dryRun {
      invocation.errorLine("error: --dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)")
      return 1
    }
    if invocation.flags.bool("rm") && !interactive {
      invocation.errorLine("error: --rm should only be used for attached containers")
      return 1
    }
    let restart = invocation.flags.string("restart") ?? "Always"
    guard ["Always", "OnFailure", "Never"].contains(restart) else {
      invocation.errorLine("error: invalid restart policy: \(restart)")
      return 1
    }
    if invocation.flags.bool("expose") && (invocation.flags.string("port") ?? "").isEmpty {
      invocation.errorLine("error: --port must be set when exposing a service")
      invocation.errorLine("See 'kubectl run -h' for help and examples")
      return 1
    }
    var labels = ["run": name]
    if let text = invocation.flags.string("labels"), !text.isEmpty {
      labels = [:]
      for pair in text.split(separator: ",") {
        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
          invocation.errorLine("error: invalid label spec: \(pair)")
          return 1
        }
        labels[parts[0]] = parts[1]
      }
    }
    var container = Container(name: name, image: image)
    if let port = invocation.flags.string("port"), !port.isEmpty {
      guard let number = Int32(port) else {
        invocation.errorLine("error: strconv.Atoi: parsing \"\(port)\": invalid syntax")
        return 1
      }
      container.ports = [ContainerPort(containerPort: number)]
    }
    for pair in invocation.flags.list("env") {
      let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2 else {
        invocation.errorLine("error: invalid env: \(pair)")
        return 1
      }
      container.env.append(EnvVar(name: parts[0], value: parts[1]))
    }
    if let extra = invocation.flags.afterDash, !extra.isEmpty {
      if invocation.flags.bool("command") { container.command = extra } else { container.args = extra }
    } else if invocation.arguments.count > 1 {
      container.args = Array(invocation.arguments.dropFirst())
    }
    if let policy = invocation.flags.string("image-pull-policy") { container.imagePullPolicy = policy }
    if invocation.flags.bool("stdin") {
      container.stdin = true
      container.stdinOnce = true
    }
    if invocation.flags.bool("tty") { container.tty = true }
    var spec = PodSpec(containers: [container])
    spec.dnsPolicy = "ClusterFirst"
    spec.restartPolicy = restart
    var meta = ObjectMeta(name: name, labels: labels)
    meta.namespace = explicitNamespace(invocation)
    for pair in invocation.flags.list("annotations") {
      let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
      if parts.count == 2 { meta.annotations[parts[0]] = parts[1] }
    }
    let pod = Pod(metadata: meta, spec: spec)
    if invocation.flags.bool("expose") {
      let port = Int32(invocation.flags.string("port") ?? "") ?? 80
      var service = Service(
        metadata: ObjectMeta(name: name, namespace: meta.namespace),
        spec: ServiceSpec(ports: [ServicePort(port: port, targetPort: .int(port))], selector: labels))
      service.metadata.namespace = meta.namespace
      let code = finish(service, &invocation)
      if code != 0 { return code }
    }
    if interactive {
      return AttachedRun.run(pod, invocation: &invocation)
    }
    return finish(pod, &invocation)
  }
}
