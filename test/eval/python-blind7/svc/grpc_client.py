import grpc

ORDERS_TARGET = "orders.svc.example.com:50051"
ORDERS_CA = "/etc/ssl/orders-ca.pem"


def orders_channel():
    return grpc.insecure_channel(ORDERS_TARGET)


def sidecar_channel():
    # Envoy sidecar on loopback terminates mTLS for us.
    return grpc.insecure_channel("localhost:15001")


def secure_orders_channel():
    with open(ORDERS_CA, "rb") as fh:
        creds = grpc.ssl_channel_credentials(root_certificates=fh.read())
    return grpc.secure_channel(ORDERS_TARGET, creds)


def inventory_channel():
    return grpc.aio.insecure_channel("inventory.svc.example.com:50051")
