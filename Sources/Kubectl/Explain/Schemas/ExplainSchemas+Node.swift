extension ExplainSchemas {
  /// Node: the kind.
  static let node = ExplainType(
    "Node",
    """
    Node is a machine, physical or virtual, that runs pods. The kubelet on the machine \
    registers it and keeps its status up to date; the scheduler places pods on nodes that \
    are ready, have room and are not tainted against them.
    """,
    [
      apiVersionField,
      kindField,
      metadataField,
      .object(
        "spec", nodeSpec, "How the node is configured: its pod CIDRs, taints and schedulability."),
      .object(
        "status", nodeStatus,
        "What the kubelet reports: addresses, capacity, conditions and versions. Read-only."),
    ])

  /// NodeSpec.
  static let nodeSpec = ExplainType(
    "NodeSpec",
    "NodeSpec holds the settings a node is created with.",
    [
      .object(
        "configSource", nodeConfigSource,
        "Deprecated: dynamic kubelet configuration was removed, and the kubelet ignores it."),
      .string(
        "externalID", "Deprecated: no longer set by kubelets and kept only for compatibility."),
      .string(
        "podCIDR",
        """
        The IP range from which pods on this node get their addresses, such as \
        10.244.1.0/24, assigned by the node IPAM controller.
        """),
      .strings(
        "podCIDRs",
        """
        The pod IP ranges of the node, at most one per IP family; the first equals podCIDR.
        """),
      .string(
        "providerID",
        "The cloud provider's ID of the machine, as <provider>://<id>."),
      .objects(
        "taints", taint,
        """
        The node's taints, which repel pods that do not tolerate them, e.g. the \
        control-plane taint. Add one with kubectl taint.
        """),
      .boolean(
        "unschedulable",
        """
        When true no new pods are scheduled onto the node; running pods stay. kubectl cordon \
        sets it and kubectl uncordon clears it.
        """),
    ])

  /// Taint.
  static let taint = ExplainType(
    "Taint",
    """
    A taint on a node keeps off pods that do not tolerate it, and with NoExecute evicts \
    running ones too.
    """,
    [
      .string(
        "effect",
        """
        What happens to pods that do not tolerate the taint: NoSchedule keeps new ones off, \
        PreferNoSchedule tries to, and NoExecute also evicts those already running.
        """,
        required: true, enum: taintEffects),
      .string(
        "key", "The taint key, such as node-role.kubernetes.io/control-plane.",
        required: true),
      .time("timeAdded", "When a NoExecute taint was added; set by the system."),
      .string("value", "The taint value, matched by Equal tolerations."),
    ])

  /// NodeConfigSource.
  static let nodeConfigSource = ExplainType(
    "NodeConfigSource",
    "Deprecated: where a kubelet read its dynamic configuration from.",
    [.object("configMap", configMapNodeConfigSource, "A ConfigMap holding the configuration.")])

  /// ConfigMapNodeConfigSource.
  static let configMapNodeConfigSource = ExplainType(
    "ConfigMapNodeConfigSource",
    "Deprecated: a ConfigMap with kubelet configuration.",
    [
      .string(
        "kubeletConfigKey", "The key that holds the configuration.", required: true),
      .string("name", "The name of the ConfigMap.", required: true),
      .string("namespace", "The namespace of the ConfigMap.", required: true),
      .string("resourceVersion", "The resourceVersion of the ConfigMap; only in status."),
      .string("uid", "The uid of the ConfigMap; only in status."),
    ])

  /// NodeStatus.
  static let nodeStatus = ExplainType(
    "NodeStatus",
    "NodeStatus is what the kubelet last reported about its node.",
    [
      .objects(
        "addresses", nodeAddress,
        "The node's addresses, such as its InternalIP and Hostname."),
      .quantities(
        "allocatable",
        """
        The resources available to pods: capacity minus what is reserved for the system. \
        The scheduler fits pods' requests into it.
        """),
      .quantities(
        "capacity", "The node's total resources, such as cpu, memory and pods."),
      .objects(
        "conditions", nodeCondition,
        """
        Ready, MemoryPressure, DiskPressure, PIDPressure and NetworkUnavailable. A node whose \
        Ready condition is not True gets no new pods.
        """),
      .object(
        "config", nodeConfigStatus, "Deprecated: the state of dynamic kubelet configuration."),
      .object(
        "daemonEndpoints", nodeDaemonEndpoints,
        "The ports of the daemons on the node, such as the kubelet."),
      .object(
        "features", nodeFeatures, "Optional features the node supports."),
      .objects("images", containerImage, "Container images already present on the node."),
      .object(
        "nodeInfo", nodeSystemInfo,
        "Versions and identifiers of the machine, its operating system and its runtime."),
      .string("phase", "Deprecated and no longer set."),
      .objects(
        "runtimeHandlers", nodeRuntimeHandler,
        "The runtime handlers the node offers and their features."),
      .objects("volumesAttached", attachedVolume, "Volumes attached to the node."),
      .strings("volumesInUse", "Attached volumes that are in use by pods."),
    ])

  /// NodeAddress.
  static let nodeAddress = ExplainType(
    "NodeAddress",
    "NodeAddress is one address of a node.",
    [
      .string("address", "The address, an IP or a DNS name.", required: true),
      .string(
        "type", "Hostname, InternalIP, ExternalIP, InternalDNS or ExternalDNS.", required: true),
    ])

  /// NodeCondition.
  static let nodeCondition = ExplainType(
    "NodeCondition",
    "NodeCondition reports one aspect of a node's health.",
    [
      .time("lastHeartbeatTime", "When the kubelet last reported this condition."),
      .time("lastTransitionTime", "When the status last changed."),
      .string("message", "A human-readable explanation, e.g. kubelet is posting ready status."),
      .string("reason", "A short CamelCase reason, e.g. KubeletReady."),
      .string("status", "True, False or Unknown.", required: true),
      .string(
        "type", "Ready, MemoryPressure, DiskPressure, PIDPressure or NetworkUnavailable.",
        required: true),
    ])
}
