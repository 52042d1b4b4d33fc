extension ExplainSchemas {
  /// ContainerPort: a port a container listens on.
  static let containerPort = ExplainType(
    "ContainerPort",
    "ContainerPort describes one network port that a container listens on.",
    [
      .integer(
        "containerPort",
        "The port number on the pod's IP address, from 1 to 65535.", required: true),
      .string("hostIP", "The node address to bind hostPort to; rarely needed."),
      .integer(
        "hostPort",
        """
        A port on the node that forwards to this container port, from 1 to 65535. Each node \
        can give a host port to one pod only, which limits scheduling. With hostNetwork it \
        must equal containerPort.
        """),
      .string(
        "name",
        """
        A name for the port, an IANA_SVC_NAME of at most 15 characters that is unique in the \
        pod. A Service's targetPort can refer to the port by this name.
        """),
      .string(
        "protocol", "The protocol: TCP (the default), UDP or SCTP.",
        enum: ["SCTP", "TCP", "UDP"]),
    ])

  /// ResourceRequirements: requests, limits and claims.
  static let resourceRequirements = ExplainType(
    "ResourceRequirements",
    "ResourceRequirements gives the compute resources a container needs and may use.",
    [
      .objects(
        "claims", resourceClaim,
        """
        Which of the pod's resourceClaims this container uses. Needs the \
        DynamicResourceAllocation feature gate, which is off by default; cannot be updated.
        """),
      .quantities(
        "limits",
        """
        The most the container may use, per resource, e.g. cpu: 500m and memory: 256Mi. A \
        container over its memory limit is killed (OOMKilled); CPU above the limit is \
        throttled.
        """),
      .quantities(
        "requests",
        """
        The amount the scheduler reserves for the container on its node, per resource. When \
        left out it defaults to the limit if one is set. Requests may not exceed limits.
        """),
    ])

  /// ResourceClaim: a container's use of a pod resource claim.
  static let resourceClaim = ExplainType(
    "ResourceClaim",
    "ResourceClaim names one of the pod's resource claims for use by a container.",
    [
      .string(
        "name",
        "The name of an entry in the pod's spec.resourceClaims.", required: true),
      .string(
        "request",
        "One request of the claim to use; empty makes the whole claim available."),
    ])

  /// ContainerResizePolicy: whether a resize restarts the container.
  static let containerResizePolicy = ExplainType(
    "ContainerResizePolicy",
    "ContainerResizePolicy says what happens when one resource of a container is resized.",
    [
      .string("resourceName", "The resource the policy is for: cpu or memory.", required: true),
      .string(
        "restartPolicy",
        """
        NotRequired (the default) resizes the running container; RestartContainer restarts \
        it to apply the new value.
        """,
        required: true),
    ])

  /// VolumeMount: where a volume appears inside a container.
  static let volumeMount = ExplainType(
    "VolumeMount",
    "VolumeMount mounts one of the pod's volumes into a container.",
    [
      .string(
        "mountPath",
        "The absolute path inside the container; it must not contain ':'.", required: true),
      .string(
        "mountPropagation",
        """
        Whether mounts made later on the host or in the container show up on the other side. \
        None (the default) isolates them; HostToContainer passes host mounts into the \
        container; Bidirectional also passes container mounts back and needs a privileged \
        container.
        """,
        enum: ["Bidirectional", "HostToContainer", "None"]),
      .string(
        "name", "The name of the pod volume to mount, from spec.volumes.", required: true),
      .boolean(
        "readOnly",
        "Mount the volume read-only when true. Defaults to false (read-write)."),
      .string(
        "recursiveReadOnly",
        """
        Whether a read-only mount is read-only for its sub-mounts too: Disabled (the \
        default), IfPossible or Enabled. Needs readOnly.
        """),
      .string(
        "subPath",
        """
        A path inside the volume to mount instead of its root, for example one file of a \
        ConfigMap. Defaults to "" (the root).
        """),
      .string(
        "subPathExpr",
        """
        Like subPath, but $(VAR) references to the container's environment are expanded, \
        e.g. $(POD_NAME). Cannot be combined with subPath.
        """),
    ])

  /// VolumeDevice: a raw block volume inside a container.
  static let volumeDevice = ExplainType(
    "VolumeDevice",
    "VolumeDevice maps a raw block volume of the pod into a container.",
    [
      .string(
        "devicePath", "The device path inside the container, e.g. /dev/xvda.", required: true),
      .string(
        "name",
        "The name of a persistentVolumeClaim volume of the pod.", required: true),
    ])
}
