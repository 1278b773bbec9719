"""Some banks only offer SFTP; this is SSH, not TLS."""
import paramiko


def open_sftp(host, user, key_path):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user, key_filename=key_path)
    return client.open_sftp()
