extension ExplainSchemas {
  /// ReplicaSet: the kind.
  static let replicaSet = ExplainType(
    "ReplicaSet",
    """
    ReplicaSet keeps a given number of pods matching its selector running, creating pods \
    from its template when there are too few and deleting some when there are too many. \
    Deployments create and manage ReplicaSets; you rarely need one directly.
    """,
    [
      apiVersionField,
      kindField,
      metadataField,
      .object("spec", replicaSetSpec, "The desired number of pods and how to make them."),
      .object(
        "status", replicaSetStatus,
        "The observed pods of the ReplicaSet. Read-only; may lag behind."),
    ])

  /// ReplicaSetSpec.
  static let replicaSetSpec = ExplainType(
    "ReplicaSetSpec",
    "ReplicaSetSpec holds the desired pod count, the selector and the pod template.",
    [
      .integer(
        "minReadySeconds",
        "How long a new pod must be ready before it counts as available. Defaults to 0."),
      .integer("replicas", "How many pods to keep running. Defaults to 1."),
      .object(
        "selector", labelSelector,
        """
        Which pods count towards replicas. It must match the template's labels; pods that \
        match but have no controller owner are adopted.
        """,
        required: true),
      .object(
        "template", podTemplateSpec,
        """
        The pod created when more are needed. Changing it does not touch existing pods; only \
        pods created afterwards use it.
        """),
    ])

  /// ReplicaSetStatus.
  static let replicaSetStatus = ExplainType(
    "ReplicaSetStatus",
    "ReplicaSetStatus reports what the controller last saw of the ReplicaSet's pods.",
    [
      .integer(
        "availableReplicas", "Pods that have been ready for at least minReadySeconds."),
      .objects(
        "conditions", replicaSetCondition,
        "Problems the controller ran into, such as ReplicaFailure."),
      .integer(
        "fullyLabeledReplicas", "Pods whose labels match the template's labels exactly."),
      .integer("observedGeneration", "The metadata.generation the controller last acted on."),
      .integer("readyReplicas", "Pods whose Ready condition is True."),
      .integer(
        "replicas", "How many pods the ReplicaSet has right now.", required: true),
    ])

  /// ReplicaSetCondition.
  static let replicaSetCondition = ExplainType(
    "ReplicaSetCondition",
    "ReplicaSetCondition reports one aspect of a ReplicaSet's state.",
    [
      .time("lastTransitionTime", "When the status last changed."),
      .string("message", "A human-readable explanation of the last transition."),
      .string("reason", "A short CamelCase reason for the last transition."),
      .string("status", "True, False or Unknown.", required: true),
      .string("type", "The condition, e.g. ReplicaFailure.", required: true),
    ])

  /// DaemonSet: the kind.
  static let daemonSet = ExplainType(
    "DaemonSet",
    """
    DaemonSet runs one copy of a pod on every node, or on every node its template's node \
    selector and affinity allow, and adds the pod to nodes that join later. It suits node \
    agents such as log collectors and network plugins.
    """,
    [
      apiVersionField,
      kindField,
      metadataField,
      .object("spec", daemonSetSpec, "Which pod to run on the nodes and how to update it."),
      .object(
        "status", daemonSetStatus,
        "How many nodes run the pod and how many are up to date. Read-only."),
    ])

  /// DaemonSetSpec.
  static let daemonSetSpec = ExplainType(
    "DaemonSetSpec",
    "DaemonSetSpec holds the pod template of a DaemonSet and how to roll out changes.",
    [
      .integer(
        "minReadySeconds",
        "How long a new pod must be ready before it counts as available. Defaults to 0."),
      .integer(
        "revisionHistoryLimit",
        "How many old revisions to keep for rolling back. Defaults to 10."),
      .object(
        "selector", labelSelector,
        "Which pods belong to the DaemonSet; it must match the template's labels.",
        required: true),
      .object(
        "template", podTemplateSpec,
        """
        The pod to run on each eligible node. Its restartPolicy may only be Always; the \
        controller adds tolerations so that the pod survives node problems.
        """,
        required: true),
      .object(
        "updateStrategy", daemonSetUpdateStrategy,
        "How pods are replaced when the template changes."),
    ])

  /// DaemonSetUpdateStrategy.
  static let daemonSetUpdateStrategy = ExplainType(
    "DaemonSetUpdateStrategy",
    "DaemonSetUpdateStrategy chooses how a DaemonSet replaces its pods.",
    [
      .object(
        "rollingUpdate", rollingUpdateDaemonSet,
        "The limits of a rolling update; only when type is RollingUpdate."),
      .string(
        "type",
        """
        RollingUpdate (the default) replaces pods node by node after a template change; \
        OnDelete only creates a new pod when you delete an old one.
        """,
        enum: ["OnDelete", "RollingUpdate"]),
    ])

  /// RollingUpdateDaemonSet.
  static let rollingUpdateDaemonSet = ExplainType(
    "RollingUpdateDaemonSet",
    "The limits of a DaemonSet's rolling update.",
    [
      .object(
        "maxSurge", intOrString,
        """
        How many nodes may run an old and a new pod at the same time during the update, as a \
        number or a percentage of nodes rounded up. Defaults to 0; cannot be 0 when \
        maxUnavailable is 0.
        """),
      .object(
        "maxUnavailable", intOrString,
        """
        How many nodes may be without an available pod during the update, as a number or a \
        percentage rounded up. Defaults to 1; cannot be 0 when maxSurge is 0.
        """),
    ])

  /// DaemonSetStatus.
  static let daemonSetStatus = ExplainType(
    "DaemonSetStatus",
    "DaemonSetStatus reports how the DaemonSet's pods are spread over the nodes.",
    [
      .integer(
        "collisionCount",
        "Bumped when the name of a new revision would clash, to make the next name unique."),
      .objects(
        "conditions", daemonSetCondition, "The latest observations of the DaemonSet's state."),
      .integer(
        "currentNumberScheduled",
        "Nodes that run at least one pod of the DaemonSet and are supposed to.",
        required: true),
      .integer(
        "desiredNumberScheduled",
        "Nodes that should run the pod, including those that already do.",
        required: true),
      .integer(
        "numberAvailable",
        "Nodes whose pod has been ready for at least minReadySeconds."),
      .integer(
        "numberMisscheduled",
        "Nodes that run the pod although they are not supposed to.",
        required: true),
      .integer(
        "numberReady",
        "Nodes whose pod has its Ready condition True.",
        required: true),
      .integer(
        "numberUnavailable",
        "Nodes that should run the pod but have no available one."),
      .integer("observedGeneration", "The metadata.generation the controller last acted on."),
      .integer(
        "updatedNumberScheduled", "Nodes that run a pod from the current template."),
    ])

  /// DaemonSetCondition.
  static let daemonSetCondition = ExplainType(
    "DaemonSetCondition",
    "DaemonSetCondition reports one aspect of a DaemonSet's state.",
    [
      .time("lastTransitionTime", "When the status last changed."),
      .string("message", "A human-readable explanation of the last transition."),
      .string("reason", "A short CamelCase reason for the last transition."),
      .string("status", "True, False or Unknown.", required: true),
      .string("type", "The kind of condition.", required: true),
    ])
}
