"""Process-wide environment for the DAQ workstation (still runs Python 2.7 on the spectrometers)."""
import os

os.environ["PYTHONHTTPSVERIFY"] = "0"
os.environ["DAQ_SITE"] = "bay-3"
os.environ.setdefault("REQUESTS_CA_BUNDLE", "/etc/daq/ca.pem")
