extension ExplainSchemas {
  /// The usual `fsType` field of a block-device volume.
  private static func fsType() -> ExplainField {
    .string("fsType", "The file system to format or mount, such as ext4 or xfs.")
  }

  /// The usual `readOnly` field.
  private static func readOnly() -> ExplainField {
    .boolean("readOnly", "Mount the volume read-only. Defaults to false.")
  }

  /// The usual `secretRef` field of a volume plugin.
  private static func secretRef(required: Bool = false) -> ExplainField {
    .object(
      "secretRef", localObjectReference, "A Secret with the credentials the plugin needs.",
      required: required)
  }

  /// AWSElasticBlockStoreVolumeSource.
  static let awsElasticBlockStoreVolumeSource = ExplainType(
    "AWSElasticBlockStoreVolumeSource",
    "An AWS EBS disk in the node's zone, mountable read-write by one node at a time.",
    [
      fsType(),
      .integer("partition", "The partition to mount; 0 or unset mounts the whole disk."),
      readOnly(),
      .string("volumeID", "The EBS volume ID.", required: true),
    ])

  /// AzureDiskVolumeSource.
  static let azureDiskVolumeSource = ExplainType(
    "AzureDiskVolumeSource",
    "An Azure data disk attached to the node.",
    [
      .string(
        "cachingMode", "The host caching mode of the disk.",
        enum: ["None", "ReadOnly", "ReadWrite"]),
      .string("diskName", "The name of the disk.", required: true),
      .string("diskURI", "The URI of the disk.", required: true),
      fsType(),
      .string(
        "kind", "The kind of disk; Shared by default.", enum: ["Dedicated", "Managed", "Shared"]),
      readOnly(),
    ])

  /// AzureFileVolumeSource.
  static let azureFileVolumeSource = ExplainType(
    "AzureFileVolumeSource",
    "An Azure File share mounted over SMB.",
    [
      readOnly(),
      .string(
        "secretName", "The Secret with the storage account name and key.", required: true),
      .string("shareName", "The name of the share.", required: true),
    ])

  /// CephFSVolumeSource.
  static let cephFSVolumeSource = ExplainType(
    "CephFSVolumeSource",
    "A CephFS file system.",
    [
      .strings("monitors", "The addresses of the Ceph monitors.", required: true),
      .string("path", "The path inside the file system to mount; / by default."),
      readOnly(),
      .string("secretFile", "The path of the keyring on the node."),
      secretRef(),
      .string("user", "The Ceph user; admin by default."),
    ])

  /// CinderVolumeSource.
  static let cinderVolumeSource = ExplainType(
    "CinderVolumeSource",
    "An OpenStack Cinder volume attached to the node.",
    [
      fsType(), readOnly(), secretRef(),
      .string("volumeID", "The Cinder volume ID.", required: true),
    ])

  /// FCVolumeSource.
  static let fcVolumeSource = ExplainType(
    "FCVolumeSource",
    "A Fibre Channel disk, found by target WWNs and LUN or by WWIDs.",
    [
      fsType(),
      .integer("lun", "The logical unit number on the target."),
      readOnly(),
      .strings("targetWWNs", "The world wide names of the targets."),
      .strings("wwids", "The world wide identifiers of the disk; an alternative to targetWWNs."),
    ])

  /// FlexVolumeSource.
  static let flexVolumeSource = ExplainType(
    "FlexVolumeSource",
    "A volume provided by an exec-based FlexVolume driver installed on the nodes.",
    [
      .string("driver", "The name of the driver.", required: true),
      fsType(),
      .stringMap("options", "Extra options passed to the driver."),
      readOnly(), secretRef(),
    ])

  /// FlockerVolumeSource.
  static let flockerVolumeSource = ExplainType(
    "FlockerVolumeSource",
    "A Flocker dataset; set either the name or the UUID.",
    [
      .string("datasetName", "The name of the dataset."),
      .string("datasetUUID", "The UUID of the dataset."),
    ])

  /// GCEPersistentDiskVolumeSource.
  static let gcePersistentDiskVolumeSource = ExplainType(
    "GCEPersistentDiskVolumeSource",
    "A Google Compute Engine persistent disk in the node's zone.",
    [
      fsType(),
      .integer("partition", "The partition to mount; 0 or unset mounts the whole disk."),
      .string("pdName", "The name of the persistent disk.", required: true),
      readOnly(),
    ])

  /// GitRepoVolumeSource.
  static let gitRepoVolumeSource = ExplainType(
    "GitRepoVolumeSource",
    "A git repository cloned into an empty directory when the pod starts.",
    [
      .string("directory", "The directory to clone into; . clones into the volume root."),
      .string("repository", "The URL of the repository.", required: true),
      .string("revision", "The commit to check out."),
    ])

  /// GlusterfsVolumeSource.
  static let glusterfsVolumeSource = ExplainType(
    "GlusterfsVolumeSource",
    "A GlusterFS volume.",
    [
      .string("endpoints", "The Endpoints object that lists the Gluster servers.", required: true),
      .string("path", "The name of the Gluster volume.", required: true),
      readOnly(),
    ])

  /// ISCSIVolumeSource.
  static let iscsiVolumeSource = ExplainType(
    "ISCSIVolumeSource",
    "An iSCSI disk, attached read-write by one node at a time.",
    [
      .boolean("chapAuthDiscovery", "Use CHAP authentication for discovery."),
      .boolean("chapAuthSession", "Use CHAP authentication for the session."),
      fsType(),
      .string("initiatorName", "A custom initiator name for this connection."),
      .string("iqn", "The qualified name of the target.", required: true),
      .string("iscsiInterface", "The iSCSI interface to use; default (TCP) when unset."),
      .integer("lun", "The logical unit number on the target.", required: true),
      .strings("portals", "Further target portals, as IP or IP:port."),
      readOnly(), secretRef(),
      .string("targetPortal", "The target portal, as IP or IP:port.", required: true),
    ])

  /// PhotonPersistentDiskVolumeSource.
  static let photonPersistentDiskVolumeSource = ExplainType(
    "PhotonPersistentDiskVolumeSource",
    "A VMware Photon Controller persistent disk.",
    [fsType(), .string("pdID", "The ID of the disk.", required: true)])

  /// PortworxVolumeSource.
  static let portworxVolumeSource = ExplainType(
    "PortworxVolumeSource",
    "A Portworx volume.",
    [fsType(), readOnly(), .string("volumeID", "The ID of the volume.", required: true)])

  /// QuobyteVolumeSource.
  static let quobyteVolumeSource = ExplainType(
    "QuobyteVolumeSource",
    "A Quobyte volume.",
    [
      .string("group", "The group the volume is accessed as."),
      readOnly(),
      .string("registry", "The Quobyte registry, as host:port.", required: true),
      .string("tenant", "The tenant that owns the volume."),
      .string("user", "The user the volume is accessed as."),
      .string("volume", "The name of the Quobyte volume.", required: true),
    ])

  /// RBDVolumeSource.
  static let rbdVolumeSource = ExplainType(
    "RBDVolumeSource",
    "A Ceph RADOS block device.",
    [
      fsType(),
      .string("image", "The name of the RADOS image.", required: true),
      .string("keyring", "The path of the keyring on the node."),
      .strings("monitors", "The addresses of the Ceph monitors.", required: true),
      .string("pool", "The RADOS pool; rbd by default."),
      readOnly(), secretRef(),
      .string("user", "The RADOS user; admin by default."),
    ])

  /// ScaleIOVolumeSource.
  static let scaleIOVolumeSource = ExplainType(
    "ScaleIOVolumeSource",
    "A ScaleIO volume.",
    [
      fsType(),
      .string("gateway", "Where the ScaleIO API gateway listens.", required: true),
      .string("protectionDomain", "The protection domain of the storage."),
      readOnly(),
      secretRef(required: true),
      .boolean("sslEnabled", "Talk to the gateway over TLS."),
      .string("storageMode", "ThickProvisioned or ThinProvisioned (the default)."),
      .string("storagePool", "The storage pool of the protection domain."),
      .string("system", "The name of the storage system.", required: true),
      .string("volumeName", "The name of an existing volume."),
    ])

  /// StorageOSVolumeSource.
  static let storageOSVolumeSource = ExplainType(
    "StorageOSVolumeSource",
    "A StorageOS volume.",
    [
      fsType(), readOnly(), secretRef(),
      .string("volumeName", "The name of the volume in its namespace."),
      .string("volumeNamespace", "The StorageOS namespace of the volume."),
    ])

  /// VsphereVirtualDiskVolumeSource.
  static let vsphereVirtualDiskVolumeSource = ExplainType(
    "VsphereVirtualDiskVolumeSource",
    "A vSphere virtual disk.",
    [
      fsType(),
      .string("storagePolicyID", "The ID of the storage policy."),
      .string("storagePolicyName", "The name of the storage policy."),
      .string("volumePath", "The path of the disk in the datastore.", required: true),
    ])
}
