extension ExplainSchemas {
  /// PodSpec: containers, volumes and how and where a pod runs.
  static let podSpec = ExplainType(
    "PodSpec",
    "PodSpec describes the containers of a pod and how and where it should run.",
    [
      .integer(
        "activeDeadlineSeconds",
        """
        How long, in seconds after it started, the pod may stay active before the kubelet \
        marks it Failed and kills its containers. Must be a positive number.
        """),
      .object("affinity", affinity, "Node affinity and pod (anti-)affinity scheduling rules."),
      .boolean(
        "automountServiceAccountToken",
        """
        Whether a token for the service account is mounted into the containers. Overrides the \
        setting on the ServiceAccount when given.
        """),
      .objects(
        "containers", container,
        """
        The containers of the pod; there must be at least one. Containers cannot be added to \
        or removed from an existing pod.
        """,
        required: true),
      .object(
        "dnsConfig", podDNSConfig,
        """
        Extra DNS settings (name servers, search domains, resolver options) merged into the \
        resolv.conf that dnsPolicy produces.
        """),
      .string(
        "dnsPolicy",
        """
        How the pod's DNS is configured. ClusterFirst (the default) sends queries to the \
        cluster DNS service first; Default copies the node's settings; None uses only \
        dnsConfig; ClusterFirstWithHostNet is needed for cluster DNS with hostNetwork.
        """,
        enum: ["ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"]),
      .boolean(
        "enableServiceLinks",
        """
        Whether the kubelet injects environment variables for each Service in the namespace \
        (such as WEB_SERVICE_HOST), in the style of Docker links. Defaults to true.
        """),
      .objects(
        "ephemeralContainers", ephemeralContainer,
        """
        Temporary containers added to a running pod for troubleshooting, with kubectl debug. \
        They cannot be set when the pod is created, and they are never restarted.
        """),
      .objects(
        "hostAliases", hostAlias,
        """
        Extra host name entries that the kubelet writes into the pod's /etc/hosts file.
        """),
      .boolean(
        "hostIPC",
        "Run in the node's IPC namespace instead of a private one. Defaults to false."),
      .boolean(
        "hostNetwork",
        """
        Use the node's network namespace: the pod gets the node's IP address and its ports \
        are the node's ports. With it, containers that declare ports must use the same \
        number for hostPort. Defaults to false.
        """),
      .boolean(
        "hostPID",
        "Run in the node's process ID namespace, seeing its processes. Defaults to false."),
      .boolean(
        "hostUsers",
        """
        Whether the pod runs in the node's user namespace. Setting it to false gives the pod \
        its own user namespace, isolating root in the container from root on the node. \
        Defaults to true.
        """),
      .string(
        "hostname",
        """
        The host name inside the pod's containers. When empty it is the pod's name; together \
        with subdomain it gives the pod a DNS name.
        """),
      .objects(
        "imagePullSecrets", localObjectReference,
        """
        Secrets in the same namespace holding registry credentials, used to pull the images \
        of this pod's containers.
        """),
      .objects(
        "initContainers", container,
        """
        Containers that run one after another, each to completion, before the main containers \
        start. If one fails it is retried according to restartPolicy. An init container with \
        restartPolicy Always becomes a sidecar that keeps running beside the main containers.
        """),
      .string(
        "nodeName",
        """
        The node the pod runs on. The scheduler sets it; when you set it yourself the \
        scheduler is bypassed and the kubelet on that node runs the pod directly.
        """),
      .stringMap(
        "nodeSelector",
        """
        Labels a node must carry for the pod to be scheduled there, for example disktype: ssd. \
        Every pair must match.
        """),
      .object(
        "os", podOS,
        """
        The operating system the pod is meant for. When set, validation rejects fields that \
        make no sense on that system.
        """),
      .quantities(
        "overhead",
        """
        Resources the pod's sandbox uses on top of its containers, filled in from the \
        RuntimeClass at admission. The scheduler and the kubelet add it to the pod's requests.
        """),
      .string(
        "preemptionPolicy",
        """
        Whether this pod may evict lower-priority pods to make room for itself. Defaults to \
        PreemptLowerPriority.
        """,
        enum: ["Never", "PreemptLowerPriority"]),
      .integer(
        "priority",
        """
        The pod's scheduling priority; higher values are scheduled first and may preempt \
        others. Filled in from priorityClassName by admission and not meant to be set by hand.
        """),
      .string(
        "priorityClassName",
        """
        The PriorityClass that sets the pod's priority, such as system-node-critical. Without \
        it the default class applies, or priority 0 when there is none.
        """),
      .objects(
        "readinessGates", podReadinessGate,
        """
        Extra pod conditions that must be True, besides all containers being ready, before the \
        pod counts as Ready.
        """),
      .objects(
        "resourceClaims", podResourceClaim,
        """
        Dynamic resource allocation claims (such as GPUs) that the pod's containers may use. \
        Needs the DynamicResourceAllocation feature gate, which is off by default.
        """),
      .object(
        "resources", resourceRequirements,
        """
        Requests and limits for the pod as a whole, shared by its containers. An alpha \
        feature that needs the PodLevelResources gate; only cpu and memory are supported.
        """),
      .string(
        "restartPolicy",
        """
        What the kubelet does when a container exits: Always restarts it (the default), \
        OnFailure only after a non-zero exit code, Never leaves it stopped. Pods of \
        Deployments, ReplicaSets and DaemonSets must use Always.
        """,
        enum: ["Always", "Never", "OnFailure"]),
      .string(
        "runtimeClassName",
        """
        The RuntimeClass whose handler runs the pod, for example a sandboxed runtime. Empty \
        means the node's default runtime.
        """),
      .string(
        "schedulerName",
        "The scheduler that places the pod. Defaults to default-scheduler."),
      .objects(
        "schedulingGates", podSchedulingGate,
        """
        Gates that keep the pod from being scheduled while any remain. They can only be \
        removed, and the pod stays Pending until the list is empty.
        """),
      .object(
        "securityContext", podSecurityContext,
        """
        Security settings for the whole pod, such as the user and group IDs and the fsGroup of \
        volumes. A container's own securityContext takes precedence.
        """),
      .string(
        "serviceAccount",
        "Deprecated alias of serviceAccountName; use serviceAccountName instead."),
      .string(
        "serviceAccountName",
        """
        The ServiceAccount whose identity the pod's processes use when calling the API. \
        Defaults to the namespace's default account.
        """),
      .boolean(
        "setHostnameAsFQDN",
        """
        When true, the container's host name is the pod's fully qualified domain name \
        instead of the short name. Defaults to false.
        """),
      .boolean(
        "shareProcessNamespace",
        """
        Put all containers of the pod in one process namespace, so that they can see and \
        signal each other's processes. Defaults to false.
        """),
      .string(
        "subdomain",
        """
        Together with hostname, gives the pod a DNS name of the form \
        hostname.subdomain.namespace.svc.cluster-domain, provided a headless Service named \
        like the subdomain exists in the namespace.
        """),
      .integer(
        "terminationGracePeriodSeconds",
        """
        Seconds the pod is given to shut down after it is asked to: its containers get \
        SIGTERM, and whatever still runs when the time is up is killed. Defaults to 30; 0 \
        kills at once.
        """),
      .objects(
        "tolerations", toleration,
        "Taints that the pod tolerates, letting it be scheduled onto (or stay on) tainted nodes."),
      .objects(
        "topologySpreadConstraints", topologySpreadConstraint,
        """
        Rules for spreading matching pods evenly across zones, nodes or other topology \
        domains.
        """),
      .objects(
        "volumes", volume,
        "The volumes the pod's containers can mount, each identified by name."),
    ])
}
