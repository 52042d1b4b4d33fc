extension ExplainSchemas {
  /// Container: one container of a pod.
  static let container = ExplainType(
    "Container",
    "Container describes one container of a pod: its image, command, ports and resources.",
    [
      .strings(
        "args",
        """
        Arguments passed to the entrypoint, replacing the image's CMD. $(VAR) refers to an \
        environment variable of the container and $$ escapes a dollar sign; no shell is \
        involved. Cannot be updated.
        """),
      .strings(
        "command",
        """
        The entrypoint to run, replacing the image's ENTRYPOINT; without it the image's own \
        is used. It is not run in a shell, so wrap it in sh -c when you need one. Cannot be \
        updated.
        """),
      .objects(
        "env", envVar,
        """
        Environment variables to set in the container, given directly or taken from \
        ConfigMaps, Secrets and the pod's own fields. Cannot be updated.
        """),
      .objects(
        "envFrom", envFromSource,
        """
        Sources whose every key becomes an environment variable, such as a whole ConfigMap. \
        When a key appears twice the last source wins, and keys in env win over all of them.
        """),
      .string(
        "image",
        """
        The container image to run, such as nginx:1.27 or registry.example.com/team/app:v2. \
        The schema leaves it optional so that tools can fill it in, but a pod cannot be \
        created without it.
        """),
      .string(
        "imagePullPolicy",
        """
        When the kubelet pulls the image. Always pulls on every start, IfNotPresent only when \
        the node lacks it, Never uses only local images. Defaults to Always for the :latest \
        tag or no tag, otherwise IfNotPresent.
        """,
        enum: ["Always", "IfNotPresent", "Never"]),
      .object(
        "lifecycle", lifecycle,
        "Actions run right after the container starts and right before it is stopped."),
      .object(
        "livenessProbe", probe,
        """
        A periodic check of whether the container is still alive. When it fails often enough \
        the kubelet kills the container, which is then restarted according to the pod's \
        restartPolicy. Cannot be updated.
        """),
      .string(
        "name",
        """
        The container's name, a DNS label unique within the pod. Used by kubectl logs -c and \
        exec -c. Cannot be updated.
        """,
        required: true),
      .objects(
        "ports", containerPort,
        """
        The ports the container listens on. Listing them is informational: a process that \
        listens on 0.0.0.0 is reachable whether or not its port is listed. Named ports can be \
        used as targetPort by Services. Cannot be updated.
        """),
      .object(
        "readinessProbe", probe,
        """
        A periodic check of whether the container can serve traffic. While it fails the pod \
        is not Ready and is taken out of the endpoints of every Service that selects it. \
        Cannot be updated.
        """),
      .objects(
        "resizePolicy", containerResizePolicy,
        "How each resource of the container may be resized while the pod runs."),
      .object(
        "resources", resourceRequirements,
        """
        The compute resources the container requests, which the scheduler reserves, and the \
        limits it may not exceed.
        """),
      .string(
        "restartPolicy",
        """
        Only for init containers, where the one allowed value, Always, turns the init \
        container into a sidecar: it keeps running, and is restarted, beside the main \
        containers.
        """),
      .object(
        "securityContext", securityContext,
        """
        Security settings of this container, such as the user it runs as and its Linux \
        capabilities. They take precedence over the pod's securityContext.
        """),
      .object(
        "startupProbe", probe,
        """
        A check that the application has started. Until it succeeds the other probes are not \
        run; if it fails too often the container is restarted. Suits slow-starting programs. \
        Cannot be updated.
        """),
      .boolean(
        "stdin",
        """
        Keep a stdin buffer open for the container, so that kubectl attach can send input. \
        Defaults to false.
        """),
      .boolean(
        "stdinOnce",
        """
        Close stdin after the first attached session disconnects, instead of leaving it open. \
        Only matters with stdin. Defaults to false.
        """),
      .string(
        "terminationMessagePath",
        """
        The file in the container whose contents become the termination message when the \
        container exits. Defaults to /dev/termination-log. Cannot be updated.
        """),
      .string(
        "terminationMessagePolicy",
        """
        Where the termination message comes from. File reads only terminationMessagePath; \
        FallbackToLogsOnError uses the end of the log when that file is empty and the \
        container failed. Defaults to File.
        """,
        enum: ["FallbackToLogsOnError", "File"]),
      .boolean(
        "tty",
        "Allocate a terminal for the container; needs stdin as well. Defaults to false."),
      .objects(
        "volumeDevices", volumeDevice,
        "Raw block volumes to expose to the container as device files."),
      .objects(
        "volumeMounts", volumeMount,
        "Where the pod's volumes appear inside this container. Cannot be updated."),
      .string(
        "workingDir",
        """
        The directory the command starts in. Defaults to the image's working directory. \
        Cannot be updated.
        """),
    ])

  /// EphemeralContainer: a debugging container added to a running pod.
  static let ephemeralContainer = ExplainType(
    "EphemeralContainer",
    """
    An ephemeral container is added to an existing pod for troubleshooting, usually with \
    kubectl debug. It is never restarted, gets no resource guarantees, and may not declare \
    ports or probes.
    """,
    container.fields.map { field in
      guard let summary = ephemeralOverrides[field.name] else { return field }
      return ExplainField(
        field.name, field.shape, summary, required: field.isRequired, enum: field.enumValues)
    } + [
      .string(
        "targetContainerName",
        """
        The container whose process namespace the ephemeral container joins, so that it can \
        see that container's processes. The runtime must support it.
        """)
    ])

  /// Descriptions that differ for ephemeral containers.
  private static let ephemeralOverrides: [String: String] = [
    "lifecycle": "Ephemeral containers may not set this field.",
    "livenessProbe": "Ephemeral containers may not set this field.",
    "ports": "Ephemeral containers may not set this field.",
    "readinessProbe": "Ephemeral containers may not set this field.",
    "resizePolicy": "Ephemeral containers may not set this field.",
    "resources": """
    Not allowed: ephemeral containers use whatever resources the pod already has.
    """,
    "restartPolicy": "Ephemeral containers may not set this field.",
    "startupProbe": "Ephemeral containers may not set this field.",
    "name": """
    The ephemeral container's name, unique among all containers of the pod.
    """,
  ]
}
