extension ExplainSchemas {
  /// Pod: the kind.
  static let pod = ExplainType(
    "Pod",
    """
    Pod is the smallest unit Kubernetes schedules: one or more containers that share a \
    network namespace, an IP address and volumes, and that always run together on one node. \
    Pods are usually created by controllers such as Deployments rather than by hand.
    """,
    [
      apiVersionField,
      kindField,
      metadataField,
      .object(
        "spec", podSpec,
        """
        The desired state of the pod: its containers, volumes and scheduling constraints. \
        Most of it cannot be changed once the pod exists.
        """),
      .object(
        "status", podStatus,
        """
        The observed state of the pod, reported by the kubelet and the control plane. It may \
        lag behind reality and is read-only for clients.
        """),
    ])

  /// PodTemplateSpec: the pod blueprint inside workload controllers.
  static let podTemplateSpec = ExplainType(
    "PodTemplateSpec",
    """
    PodTemplateSpec is the blueprint from which a controller creates its pods: the metadata \
    and spec that every new pod starts from.
    """,
    [
      .object(
        "metadata", objectMeta,
        """
        Metadata copied onto each pod, most importantly the labels that the controller's \
        selector must match.
        """),
      .object(
        "spec", podSpec,
        "The spec each created pod gets: its containers, volumes and scheduling settings."),
    ])
}
