extension ExplainSchemas {
  /// Volume: a named volume of a pod and its one source.
  static let volume = ExplainType(
    "Volume",
    """
    Volume is a named directory that the containers of a pod can mount. Exactly one source \
    field says where its contents come from.
    """,
    [
      .object(
        "awsElasticBlockStore", awsElasticBlockStoreVolumeSource,
        "Deprecated: an AWS EBS disk; its calls go to the ebs.csi.aws.com CSI driver."),
      .object(
        "azureDisk", azureDiskVolumeSource,
        "Deprecated: an Azure data disk; its calls go to the disk.csi.azure.com CSI driver."),
      .object(
        "azureFile", azureFileVolumeSource,
        "Deprecated: an Azure File share; its calls go to the file.csi.azure.com CSI driver."),
      .object(
        "cephfs", cephFSVolumeSource,
        "Deprecated: a CephFS file system; the in-tree plugin has been removed."),
      .object(
        "cinder", cinderVolumeSource,
        "Deprecated: an OpenStack Cinder volume; its calls go to the Cinder CSI driver."),
      .object(
        "configMap", configMapVolumeSource,
        "The keys of a ConfigMap, each projected as a file."),
      .object(
        "csi", csiVolumeSource,
        "An inline ephemeral volume provided by a CSI driver that supports it."),
      .object(
        "downwardAPI", downwardAPIVolumeSource,
        "Fields of the pod, such as its labels, written to files."),
      .object(
        "emptyDir", emptyDirVolumeSource,
        """
        An empty directory created when the pod starts on a node and deleted with the pod; \
        containers of the pod can share files through it.
        """),
      .object(
        "ephemeral", ephemeralVolumeSource,
        """
        A PersistentVolumeClaim created from a template for this pod and deleted with it, \
        giving storage from a storage class for the pod's lifetime only.
        """),
      .object(
        "fc", fcVolumeSource,
        "A Fibre Channel disk attached to the node and mounted into the pod."),
      .object(
        "flexVolume", flexVolumeSource,
        "Deprecated: a volume provided by an exec-based FlexVolume plugin."),
      .object(
        "flocker", flockerVolumeSource,
        "Deprecated: a dataset of the Flocker control service; no longer supported."),
      .object(
        "gcePersistentDisk", gcePersistentDiskVolumeSource,
        "Deprecated: a GCE persistent disk; its calls go to the pd.csi.storage.gke.io driver."),
      .object(
        "gitRepo", gitRepoVolumeSource,
        """
        Deprecated: a git repository cloned into an empty directory. Use an init container \
        that clones into an emptyDir instead.
        """),
      .object(
        "glusterfs", glusterfsVolumeSource,
        "Deprecated: a GlusterFS volume; no longer supported."),
      .object(
        "hostPath", hostPathVolumeSource,
        """
        A file or directory of the node itself. It gives the pod access to the host and ties \
        it to that node's data, so it is for system agents and tests rather than \
        applications.
        """),
      .object(
        "image", imageVolumeSource,
        """
        The contents of an OCI image or artifact, mounted read-only. An alpha feature behind \
        the ImageVolume gate.
        """),
      .object(
        "iscsi", iscsiVolumeSource, "An iSCSI disk attached to the node and mounted into the pod."),
      .string(
        "name",
        """
        The volume's name, a DNS label unique in the pod; volumeMounts refer to it.
        """,
        required: true),
      .object("nfs", nfsVolumeSource, "A directory exported by an NFS server."),
      .object(
        "persistentVolumeClaim", persistentVolumeClaimVolumeSource,
        "The storage bound to a PersistentVolumeClaim in the pod's namespace."),
      .object(
        "photonPersistentDisk", photonPersistentDiskVolumeSource,
        "Deprecated: a VMware Photon Controller disk; no longer supported."),
      .object(
        "portworxVolume", portworxVolumeSource,
        "Deprecated: a Portworx volume; its calls go to the Portworx CSI driver."),
      .object(
        "projected", projectedVolumeSource,
        """
        Several sources (Secrets, ConfigMaps, downward API fields, service account tokens) \
        combined in one directory.
        """),
      .object(
        "quobyte", quobyteVolumeSource, "Deprecated: a Quobyte volume; no longer supported."),
      .object(
        "rbd", rbdVolumeSource,
        "Deprecated: a Ceph RADOS block device; the in-tree plugin has been removed."),
      .object(
        "scaleIO", scaleIOVolumeSource, "Deprecated: a ScaleIO volume; no longer supported."),
      .object(
        "secret", secretVolumeSource,
        "The keys of a Secret, each projected as a file held in memory on the node."),
      .object(
        "storageos", storageOSVolumeSource, "Deprecated: a StorageOS volume; no longer supported."),
      .object(
        "vsphereVolume", vsphereVirtualDiskVolumeSource,
        "Deprecated: a vSphere disk; its calls go to the csi.vsphere.vmware.com driver."),
    ])

  /// ConfigMapVolumeSource.
  static let configMapVolumeSource = ExplainType(
    "ConfigMapVolumeSource",
    """
    Projects the keys of a ConfigMap as files, one per key unless items picks some. Updates \
    to the ConfigMap reach the files after a delay, except for subPath mounts.
    """,
    [
      .integer(
        "defaultMode",
        """
        The permission bits of the files, written in octal in YAML (0644, the default) or \
        decimal in JSON (420).
        """),
      .objects(
        "items", keyToPath,
        """
        The keys to project and the file each goes to. When given, only these keys appear, \
        and a missing key is an error unless the volume is optional.
        """),
      .string("name", "The name of the ConfigMap, in the pod's namespace."),
      .boolean(
        "optional",
        "When true, the pod starts even if the ConfigMap or a listed key is missing."),
    ])

  /// SecretVolumeSource.
  static let secretVolumeSource = ExplainType(
    "SecretVolumeSource",
    """
    Projects the keys of a Secret as files, one per key unless items picks some. The files \
    live in memory (tmpfs), never on the node's disk.
    """,
    [
      .integer(
        "defaultMode",
        "The permission bits of the files, in octal in YAML (0644, the default)."),
      .objects(
        "items", keyToPath,
        "The keys to project and the file each goes to; only these keys appear when given."),
      .boolean(
        "optional",
        "When true, the pod starts even if the Secret or a listed key is missing."),
      .string("secretName", "The name of the Secret, in the pod's namespace."),
    ])

  /// KeyToPath: one key projected to a file.
  static let keyToPath = ExplainType(
    "KeyToPath",
    "KeyToPath maps one key of a ConfigMap or Secret to a file.",
    [
      .string("key", "The ConfigMap or Secret key whose value fills the file.", required: true),
      .integer(
        "mode", "The permission bits of this file, overriding the volume's defaultMode."),
      .string(
        "path",
        """
        The relative path of the file in the volume. It may not be absolute or contain '..'.
        """,
        required: true),
    ])

  /// EmptyDirVolumeSource.
  static let emptyDirVolumeSource = ExplainType(
    "EmptyDirVolumeSource",
    "An empty directory that lives as long as the pod; it is deleted with the pod.",
    [
      .string(
        "medium",
        """
        Where the directory is stored: "" (the default) on the node's disk, Memory in a tmpfs \
        whose contents count against the containers' memory.
        """),
      .object(
        "sizeLimit", quantity,
        """
        The most the directory may hold; a pod that goes over it is evicted. Unset means no \
        limit of its own.
        """),
    ])

  /// HostPathVolumeSource.
  static let hostPathVolumeSource = ExplainType(
    "HostPathVolumeSource",
    "HostPathVolumeSource mounts a path of the node's file system into the pod.",
    [
      .string("path", "The path on the node; a symbolic link is followed.", required: true),
      .string(
        "type",
        """
        What must exist at the path. "" (the default) checks nothing; DirectoryOrCreate and \
        FileOrCreate create it when missing; Directory, File, Socket, CharDevice and \
        BlockDevice require it to exist as that type.
        """,
        enum: [
          "", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File",
          "FileOrCreate", "Socket",
        ]),
    ])

  /// PersistentVolumeClaimVolumeSource.
  static let persistentVolumeClaimVolumeSource = ExplainType(
    "PersistentVolumeClaimVolumeSource",
    "Uses the volume bound to a PersistentVolumeClaim in the pod's namespace.",
    [
      .string("claimName", "The name of the PersistentVolumeClaim.", required: true),
      .boolean("readOnly", "Mount the volume read-only. Defaults to false."),
    ])

  /// NFSVolumeSource.
  static let nfsVolumeSource = ExplainType(
    "NFSVolumeSource",
    "An NFS export, mounted for the lifetime of the pod.",
    [
      .string("path", "The path exported by the server.", required: true),
      .boolean("readOnly", "Mount the export read-only. Defaults to false."),
      .string("server", "Where the NFS server is: its DNS name or IP address.", required: true),
    ])

  /// CSIVolumeSource.
  static let csiVolumeSource = ExplainType(
    "CSIVolumeSource",
    "An inline volume provided by an external CSI driver for the lifetime of the pod.",
    [
      .string(
        "driver", "The name of the CSI driver, as registered in the cluster.", required: true),
      .string(
        "fsType",
        "The file system to mount, such as ext4; the driver decides when it is empty."),
      .object(
        "nodePublishSecretRef", localObjectReference,
        "A Secret with sensitive data passed to the driver when mounting."),
      .boolean("readOnly", "Mount the volume read-only. Defaults to false."),
      .stringMap(
        "volumeAttributes", "Driver-specific settings; see the driver's documentation."),
    ])

  /// ImageVolumeSource.
  static let imageVolumeSource = ExplainType(
    "ImageVolumeSource",
    "An OCI image or artifact whose files are mounted read-only into the pod.",
    [
      .string(
        "pullPolicy",
        """
        When the image is pulled: Always, IfNotPresent or Never. Defaults to Always for the \
        :latest tag or no tag, otherwise IfNotPresent.
        """,
        enum: ["Always", "IfNotPresent", "Never"]),
      .string(
        "reference",
        "The image or artifact reference, in the same form as a container's image."),
    ])
}
