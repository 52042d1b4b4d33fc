extension ExplainSchemas {
  /// NodeConfigStatus.
  static let nodeConfigStatus = ExplainType(
    "NodeConfigStatus",
    "Deprecated: which dynamic configuration a kubelet was using.",
    [
      .object("active", nodeConfigSource, "The configuration in use."),
      .object("assigned", nodeConfigSource, "The configuration the node was told to use."),
      .string("error", "Why the assigned configuration could not be used."),
      .object("lastKnownGood", nodeConfigSource, "The last configuration that worked."),
    ])

  /// NodeDaemonEndpoints.
  static let nodeDaemonEndpoints = ExplainType(
    "NodeDaemonEndpoints",
    "The ports of the daemons that run on a node.",
    [.object("kubeletEndpoint", daemonEndpoint, "The port the kubelet listens on.")])

  /// DaemonEndpoint.
  static let daemonEndpoint = ExplainType(
    "DaemonEndpoint",
    "DaemonEndpoint is a port of a daemon on a node.",
    [.integer("Port", "The port number, usually 10250 for the kubelet.", required: true)])

  /// NodeFeatures.
  static let nodeFeatures = ExplainType(
    "NodeFeatures",
    "Optional features a node supports.",
    [
      .boolean(
        "supplementalGroupsPolicy",
        "Whether the node honours a pod's supplementalGroupsPolicy.")
    ])

  /// ContainerImage.
  static let containerImage = ExplainType(
    "ContainerImage",
    "ContainerImage is one image stored on a node.",
    [
      .strings("names", "The names the image is known by, e.g. nginx:1.27 and its digest."),
      .integer("sizeBytes", "How many bytes the image takes up."),
    ])

  /// NodeSystemInfo.
  static let nodeSystemInfo = ExplainType(
    "NodeSystemInfo",
    "Identifiers and versions that the kubelet reads from its machine.",
    [
      .string("architecture", "The CPU architecture, e.g. amd64.", required: true),
      .string("bootID", "An ID that changes every time the machine boots.", required: true),
      .string(
        "containerRuntimeVersion",
        "The container runtime and its version, e.g. containerd://1.7.24.",
        required: true),
      .string("kernelVersion", "The kernel version from uname -r.", required: true),
      .string(
        "kubeProxyVersion", "Deprecated: the kube-proxy version, which may be wrong.",
        required: true),
      .string("kubeletVersion", "The kubelet version, e.g. v1.32.0.", required: true),
      .string("machineID", "The machine ID from /etc/machine-id.", required: true),
      .string("operatingSystem", "The operating system, linux or windows.", required: true),
      .string("osImage", "The OS distribution from /etc/os-release.", required: true),
      .string("systemUUID", "The hardware UUID of the machine.", required: true),
    ])

  /// NodeRuntimeHandler.
  static let nodeRuntimeHandler = ExplainType(
    "NodeRuntimeHandler",
    "A runtime handler of the node's container runtime.",
    [
      .object("features", nodeRuntimeHandlerFeatures, "What the handler supports."),
      .string("name", "The handler's name; empty for the default one."),
    ])

  /// NodeRuntimeHandlerFeatures.
  static let nodeRuntimeHandlerFeatures = ExplainType(
    "NodeRuntimeHandlerFeatures",
    "Features a runtime handler supports.",
    [
      .boolean("recursiveReadOnlyMounts", "Whether recursive read-only mounts work."),
      .boolean("userNamespaces", "Whether pods may have their own user namespace."),
    ])

  /// AttachedVolume.
  static let attachedVolume = ExplainType(
    "AttachedVolume",
    "AttachedVolume names one volume that the node has attached.",
    [
      .string("devicePath", "Where the volume should appear on the node.", required: true),
      .string("name", "The name of the volume.", required: true),
    ])
}
