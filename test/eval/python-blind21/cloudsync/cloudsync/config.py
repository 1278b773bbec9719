class BaseStorageConfig:
    endpoint_url = None
    verify = True
    use_ssl = True
    region = "eu-west-1"


class MinioConfig(BaseStorageConfig):
    endpoint_url = "http://minio:9000"


class LegacyCephConfig(BaseStorageConfig):
    endpoint_url = "https://ceph.dc2.corp.example.com"
    verify = False


class PinnedCephConfig(LegacyCephConfig):
    verify = "/etc/ssl/certs/ceph-ca.pem"


class ArchiveConfig(BaseStorageConfig):
    endpoint_url = "http://archive-s3.dc1.corp.example.com:7480"
