extension ExplainSchemas {
  /// PodStatus: what is known about a pod now.
  static let podStatus = ExplainType(
    "PodStatus",
    """
    PodStatus is the most recently observed state of a pod. It is written by the kubelet and \
    the control plane and may briefly lag behind what is really happening on the node.
    """,
    [
      .objects(
        "conditions", podCondition,
        """
        The pod's conditions, such as PodScheduled, Initialized, ContainersReady and Ready, \
        each with a status of True, False or Unknown.
        """),
      .objects(
        "containerStatuses", containerStatus,
        "One entry per container of spec.containers, with its state and restart count."),
      .objects(
        "ephemeralContainerStatuses", containerStatus,
        "One entry per ephemeral container that has been added."),
      .string(
        "hostIP",
        """
        The IP address of the node the pod was assigned to; empty until the pod is bound and \
        the kubelet reports it.
        """),
      .objects(
        "hostIPs", hostIP,
        "The node's IP addresses, one per address family; the first equals hostIP."),
      .objects(
        "initContainerStatuses", containerStatus,
        "One entry per init container, in the order they run."),
      .string(
        "message", "A human-readable explanation of why the pod is in its current state."),
      .string(
        "nominatedNodeName",
        """
        The node this pod may run on once the pods it preempted there have gone; the \
        scheduler may still choose another node.
        """),
      .string(
        "phase",
        """
        A one-word summary of where the pod is in its life: Pending (accepted but not all \
        containers are running, e.g. waiting for scheduling or an image), Running (bound, \
        with at least one container running or restarting), Succeeded (all containers \
        exited with 0 and will not restart), Failed (all containers stopped, at least one \
        with an error) or Unknown (the node cannot be reached). The STATUS column of kubectl \
        get is derived from more than the phase.
        """,
        enum: ["Failed", "Pending", "Running", "Succeeded", "Unknown"]),
      .string(
        "podIP",
        "The IP address given to the pod on the cluster network; empty until it has one."),
      .objects(
        "podIPs", podIP,
        "The pod's IP addresses, at most one per address family; the first equals podIP."),
      .string(
        "qosClass",
        """
        The quality of service class derived from the containers' requests and limits: \
        Guaranteed when every container has equal requests and limits for CPU and memory, \
        BestEffort when none sets any, Burstable otherwise.
        """,
        enum: ["BestEffort", "Burstable", "Guaranteed"]),
      .string(
        "reason", "A short CamelCase reason for the pod's state, e.g. Evicted."),
      .string(
        "resize",
        """
        The progress of an in-place resize of the containers' resources, such as InProgress \
        or Infeasible; empty when none is pending.
        """),
      .objects(
        "resourceClaimStatuses", podResourceClaimStatus,
        "The names of the ResourceClaims generated for the pod's resourceClaims."),
      .time(
        "startTime",
        """
        When the kubelet acknowledged the pod, before any image was pulled for it.
        """),
    ])

  /// PodCondition.
  static let podCondition = ExplainType(
    "PodCondition",
    "PodCondition reports one aspect of the pod's state.",
    [
      .time("lastProbeTime", "When the condition was last checked."),
      .time("lastTransitionTime", "When the status last changed."),
      .string("message", "A human-readable explanation of the last transition."),
      .string("reason", "A short CamelCase reason for the last transition."),
      .string("status", "True, False or Unknown.", required: true),
      .string(
        "type",
        "Which aspect: PodScheduled, Initialized, ContainersReady, Ready or a readiness gate.",
        required: true),
    ])

  /// ContainerStatus.
  static let containerStatus = ExplainType(
    "ContainerStatus",
    "ContainerStatus is what the kubelet knows about one container of the pod.",
    [
      .quantities(
        "allocatedResources",
        "The resources the node has set aside for the container, for in-place resizing."),
      .objects(
        "allocatedResourcesStatus", resourceStatus,
        "The health of devices and other resources assigned to the container."),
      .string(
        "containerID",
        "The runtime's ID of the container, as <runtime>://<id>, e.g. containerd://3f2a..."),
      .string(
        "image",
        "The image the container runs; it can differ from the spec's image text.",
        required: true),
      .string(
        "imageID", "The ID of the image, usually its repository digest.", required: true),
      .object(
        "lastState", containerState,
        "How the previous run of the container ended, which explains the last restart."),
      .string("name", "The container's name, as in the pod spec.", required: true),
      .boolean(
        "ready",
        "Whether the container passes its readiness probe (or has none and is running).",
        required: true),
      .object(
        "resources", resourceRequirements,
        "The requests and limits the running container really has."),
      .integer(
        "restartCount",
        "How many times the kubelet has restarted the container.", required: true),
      .boolean(
        "started",
        "Whether the container has started and passed its startup probe, if it has one."),
      .object("state", containerState, "What the container is doing now."),
      .object("user", containerUser, "The user identity the container's first process runs with."),
      .objects("volumeMounts", volumeMountStatus, "The status of the container's mounts."),
    ])

  /// ResourceStatus.
  static let resourceStatus = ExplainType(
    "ResourceStatus",
    "The health of the devices backing one resource of a container.",
    [
      .string("name", "The resource, e.g. a device plugin resource name.", required: true),
      .objects("resources", resourceHealth, "The health of each device."),
    ])

  /// ResourceHealth.
  static let resourceHealth = ExplainType(
    "ResourceHealth",
    "The health of one device assigned to a container.",
    [
      .string("health", "Healthy, Unhealthy or Unknown."),
      .string("resourceID", "The device's ID.", required: true),
    ])

  /// ContainerState: exactly one of running, terminated, waiting.
  static let containerState = ExplainType(
    "ContainerState",
    """
    ContainerState says whether a container is waiting, running or terminated; exactly one \
    field is set, and waiting is assumed when none is.
    """,
    [
      .object("running", containerStateRunning, "Set while the container is running."),
      .object(
        "terminated", containerStateTerminated,
        "Set once the container has exited, with its exit code."),
      .object(
        "waiting", containerStateWaiting,
        "Set while the container is not running yet, e.g. while its image is pulled."),
    ])

  /// ContainerStateRunning.
  static let containerStateRunning = ExplainType(
    "ContainerStateRunning",
    "A container that is running.",
    [.time("startedAt", "When the container last started.")])

  /// ContainerStateTerminated.
  static let containerStateTerminated = ExplainType(
    "ContainerStateTerminated",
    "A container that has exited.",
    [
      .string("containerID", "The runtime's ID of the container, as <runtime>://<id>."),
      .integer(
        "exitCode",
        "The exit status of the last run; 137 means it was killed with SIGKILL.",
        required: true),
      .time("finishedAt", "When the container exited."),
      .string("message", "Details of the termination, such as the termination message."),
      .string("reason", "A short reason, such as Completed, Error or OOMKilled."),
      .integer("signal", "The signal that stopped the container, if any."),
      .time("startedAt", "When the run that ended had started."),
    ])

  /// ContainerStateWaiting.
  static let containerStateWaiting = ExplainType(
    "ContainerStateWaiting",
    "A container that is not running yet.",
    [
      .string("message", "Details of why the container is waiting."),
      .string(
        "reason",
        """
        Why it waits, such as ContainerCreating, ImagePullBackOff, ErrImagePull or \
        CrashLoopBackOff.
        """),
    ])

  /// ContainerUser.
  static let containerUser = ExplainType(
    "ContainerUser",
    "The identity the container's first process runs with, as reported by the runtime.",
    [.object("linux", linuxContainerUser, "The Linux user and groups.")])

  /// LinuxContainerUser.
  static let linuxContainerUser = ExplainType(
    "LinuxContainerUser",
    "The Linux identity of the container's first process.",
    [
      .integer("gid", "The primary group ID.", required: true),
      .integers("supplementalGroups", "The supplementary group IDs."),
      .integer("uid", "The user ID.", required: true),
    ])

  /// VolumeMountStatus.
  static let volumeMountStatus = ExplainType(
    "VolumeMountStatus",
    "The state of one volume mount of a container.",
    [
      .string("mountPath", "Where the volume is mounted in the container.", required: true),
      .string("name", "The name of the volume mount.", required: true),
      .boolean("readOnly", "Whether the mount is read-only."),
      .string(
        "recursiveReadOnly",
        "Whether sub-mounts are read-only as well: Disabled, Enabled, or empty."),
    ])

  /// HostIP.
  static let hostIP = ExplainType(
    "HostIP",
    "One IP address of the pod's node.",
    [.string("ip", "The address.", required: true)])

  /// PodIP.
  static let podIP = ExplainType(
    "PodIP",
    "One IP address of the pod.",
    [.string("ip", "The address.", required: true)])

  /// PodResourceClaimStatus.
  static let podResourceClaimStatus = ExplainType(
    "PodResourceClaimStatus",
    "The ResourceClaim generated for one entry of the pod's resourceClaims.",
    [
      .string("name", "The entry's name in spec.resourceClaims.", required: true),
      .string(
        "resourceClaimName", "The generated claim's name; empty when none was needed."),
    ])
}
