extension ExplainSchemas {
  /// Deployment: the kind.
  static let deployment = ExplainType(
    "Deployment",
    """
    Deployment keeps a number of identical pods running and rolls out changes to them. Each \
    change to its pod template creates a new ReplicaSet, which is scaled up while the old \
    one is scaled down; older ReplicaSets are kept for rollbacks.
    """,
    [
      apiVersionField,
      kindField,
      metadataField,
      .object(
        "spec", deploymentSpec,
        "The desired state: how many pods, from which template, rolled out how."),
      .object(
        "status", deploymentStatus,
        "The observed state of the rollout and of the pods. Read-only."),
    ])

  /// DeploymentSpec.
  static let deploymentSpec = ExplainType(
    "DeploymentSpec",
    "DeploymentSpec is the desired state of a Deployment.",
    [
      .integer(
        "minReadySeconds",
        """
        How long a new pod must be ready, with no container crashing, before it counts as \
        available. Defaults to 0: available as soon as it is ready.
        """),
      .boolean(
        "paused",
        """
        While true, changes to the template do not start a rollout; kubectl rollout pause \
        and resume set it.
        """),
      .integer(
        "progressDeadlineSeconds",
        """
        How long a rollout may go without progress before the Progressing condition turns \
        False with reason ProgressDeadlineExceeded. The rollout itself goes on. Defaults to \
        600 and must be greater than minReadySeconds.
        """),
      .integer(
        "replicas",
        """
        How many pods to run. Defaults to 1. Leave it unset when a HorizontalPodAutoscaler \
        manages the count.
        """),
      .integer(
        "revisionHistoryLimit",
        """
        How many old ReplicaSets to keep for rolling back. Defaults to 10; 0 keeps none, \
        which makes rollbacks impossible.
        """),
      .object(
        "selector", labelSelector,
        """
        Which pods belong to the Deployment. It must match the template's labels and cannot \
        be changed after creation in apps/v1.
        """,
        required: true),
      .object(
        "strategy", deploymentStrategy,
        "Whether a template change swaps pods gradually or all at once."),
      .object(
        "template", podTemplateSpec,
        """
        The pod each replica is created from. Its labels must match the selector, and its \
        restartPolicy may only be Always. Changing it starts a rollout.
        """,
        required: true),
    ])

  /// DeploymentStrategy.
  static let deploymentStrategy = ExplainType(
    "DeploymentStrategy",
    "DeploymentStrategy chooses between a rolling update and recreating every pod at once.",
    [
      .object(
        "rollingUpdate", rollingUpdateDeployment,
        "The limits of a rolling update; only allowed when type is RollingUpdate."),
      .string(
        "type",
        """
        RollingUpdate (the default) replaces pods gradually within maxSurge and \
        maxUnavailable; Recreate deletes all old pods before new ones are created.
        """,
        enum: ["Recreate", "RollingUpdate"]),
    ])

  /// RollingUpdateDeployment.
  static let rollingUpdateDeployment = ExplainType(
    "RollingUpdateDeployment",
    "The limits of a Deployment's rolling update.",
    [
      .object(
        "maxSurge", intOrString,
        """
        How many pods may exist above the desired count during the update, as a number or a \
        percentage of replicas rounded up. Defaults to 25%. Cannot be 0 when \
        maxUnavailable is 0.
        """),
      .object(
        "maxUnavailable", intOrString,
        """
        How many of the desired pods may be unavailable during the update, as a number or a \
        percentage of replicas rounded down. Defaults to 25%. Cannot be 0 when maxSurge is 0.
        """),
    ])

  /// DeploymentStatus.
  static let deploymentStatus = ExplainType(
    "DeploymentStatus",
    "DeploymentStatus reports what the controller last saw of the pods and the rollout.",
    [
      .integer(
        "availableReplicas",
        "Pods of the Deployment that have been ready for at least minReadySeconds."),
      .integer(
        "collisionCount",
        """
        Bumped when the name of a new ReplicaSet would clash with an existing one, to make \
        the next name unique.
        """),
      .objects(
        "conditions", deploymentCondition,
        "The Available, Progressing and ReplicaFailure conditions of the Deployment."),
      .integer(
        "observedGeneration", "The metadata.generation the controller last acted on."),
      .integer("readyReplicas", "Pods of the Deployment whose Ready condition is True."),
      .integer(
        "replicas", "All pods of the Deployment, of every revision, that are not terminating."),
      .integer(
        "unavailableReplicas",
        "How many more pods are needed for all desired pods to be available."),
      .integer(
        "updatedReplicas", "Pods created from the current template and not terminating."),
    ])

  /// DeploymentCondition.
  static let deploymentCondition = ExplainType(
    "DeploymentCondition",
    "DeploymentCondition reports one aspect of a Deployment's state.",
    [
      .time("lastTransitionTime", "When the status last changed."),
      .time("lastUpdateTime", "When the condition was last updated."),
      .string("message", "A human-readable explanation, e.g. which ReplicaSet progressed."),
      .string(
        "reason",
        "A short CamelCase reason, such as NewReplicaSetAvailable or MinimumReplicasAvailable."),
      .string("status", "True, False or Unknown.", required: true),
      .string("type", "Available, Progressing or ReplicaFailure.", required: true),
    ])
}
