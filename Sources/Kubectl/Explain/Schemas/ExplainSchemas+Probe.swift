extension ExplainSchemas {
  /// Probe: a periodic health check.
  static let probe = ExplainType(
    "Probe",
    """
    Probe describes a check that the kubelet runs against a container at intervals to decide \
    whether it is alive, ready or started. Exactly one of exec, grpc, httpGet and tcpSocket \
    must be set.
    """,
    [
      .object(
        "exec", execAction,
        "Run a command in the container; exit status 0 counts as success."),
      .integer(
        "failureThreshold",
        """
        Failures in a row, after a success, before the probe counts as failed. Defaults to \
        3; the minimum is 1.
        """),
      .object(
        "grpc", grpcAction,
        "Call the standard gRPC health checking service on a port of the container."),
      .object(
        "httpGet", httpGetAction,
        """
        Send an HTTP GET request; a status code from 200 to 399 counts as success.
        """),
      .integer(
        "initialDelaySeconds",
        """
        Seconds to wait after the container starts before the first probe. Defaults to 0.
        """),
      .integer(
        "periodSeconds",
        "Seconds between one run of the probe and the next. Defaults to 10; the minimum is 1."),
      .integer(
        "successThreshold",
        """
        Successes in a row, after a failure, before the probe counts as passing again. \
        Defaults to 1 and must be 1 for liveness and startup probes.
        """),
      .object(
        "tcpSocket", tcpSocketAction,
        "Open a TCP connection to a port; an accepted connection counts as success."),
      .integer(
        "terminationGracePeriodSeconds",
        """
        The grace period for the container when this probe makes the kubelet kill it, in \
        place of the pod's terminationGracePeriodSeconds. Not allowed for readiness probes; \
        the minimum is 1.
        """),
      .integer(
        "timeoutSeconds",
        "Seconds after which one probe attempt counts as failed. Defaults to 1; the minimum is 1."),
    ])

  /// ExecAction: run a command.
  static let execAction = ExplainType(
    "ExecAction",
    "ExecAction runs a command inside the container.",
    [
      .strings(
        "command",
        """
        The command and its arguments, run in the container's root directory without a \
        shell; wrap it in sh -c to use pipes or variables. Exit status 0 means healthy.
        """)
    ])

  /// HTTPGetAction: an HTTP request.
  static let httpGetAction = ExplainType(
    "HTTPGetAction",
    "HTTPGetAction sends an HTTP GET request to the container.",
    [
      .string(
        "host",
        """
        The host to connect to; defaults to the pod's IP. To set the Host header use \
        httpHeaders instead.
        """),
      .objects("httpHeaders", httpHeader, "Extra headers to send with the request."),
      .string("path", "The path of the request, e.g. /healthz."),
      .object(
        "port", intOrString,
        """
        The port to connect to, as a number from 1 to 65535 or the name of a container port.
        """,
        required: true),
      .string(
        "scheme", "HTTP (the default) or HTTPS; certificates are not verified.",
        enum: ["HTTP", "HTTPS"]),
    ])

  /// HTTPHeader: one request header.
  static let httpHeader = ExplainType(
    "HTTPHeader",
    "HTTPHeader is one header of an HTTP probe request.",
    [
      .string(
        "name",
        "The header name; it is canonicalised when sent, so case does not matter.",
        required: true),
      .string("value", "The header value.", required: true),
    ])

  /// TCPSocketAction: a TCP connection.
  static let tcpSocketAction = ExplainType(
    "TCPSocketAction",
    "TCPSocketAction opens a TCP connection to the container.",
    [
      .string("host", "The host to connect to; defaults to the pod's IP."),
      .object(
        "port", intOrString,
        """
        The port to connect to, as a number from 1 to 65535 or the name of a container port.
        """,
        required: true),
    ])

  /// GRPCAction: a gRPC health check.
  static let grpcAction = ExplainType(
    "GRPCAction",
    "GRPCAction calls the gRPC health checking protocol on the container.",
    [
      .integer("port", "The port the gRPC server listens on, from 1 to 65535.", required: true),
      .string(
        "service",
        """
        The service name sent in the health check request; empty asks about the server as a \
        whole.
        """),
    ])

  /// SleepAction: wait before continuing.
  static let sleepAction = ExplainType(
    "SleepAction",
    "SleepAction pauses for a number of seconds.",
    [.integer("seconds", "How many seconds to sleep.", required: true)])

  /// Lifecycle: hooks around a container's start and stop.
  static let lifecycle = ExplainType(
    "Lifecycle",
    """
    Lifecycle holds the actions the kubelet runs when a container has started and before it \
    is stopped.
    """,
    [
      .object(
        "postStart", lifecycleHandler,
        """
        Runs right after the container is created, alongside its entrypoint. If it fails the \
        container is killed and restarted according to the restart policy.
        """),
      .object(
        "preStop", lifecycleHandler,
        """
        Runs before the container is stopped by the API (deletion, failed probes, \
        preemption), and must finish within the termination grace period, which also counts \
        the time it takes. Not run when the container exits by itself.
        """),
    ])

  /// LifecycleHandler: the action of a lifecycle hook.
  static let lifecycleHandler = ExplainType(
    "LifecycleHandler",
    "LifecycleHandler is the action of a hook; exactly one of its fields must be set.",
    [
      .object("exec", execAction, "Run a command in the container."),
      .object("httpGet", httpGetAction, "Send an HTTP GET request."),
      .object("sleep", sleepAction, "Wait for some seconds."),
      .object(
        "tcpSocket", tcpSocketAction,
        "Deprecated and unsupported: it passes validation, but the hook fails when it runs."),
    ])
}
