"""Directory sync settings, read by ad_export, openldap_import and hr_feed."""
import os

AD_SERVER = os.environ.get("AD_SERVER", "dc01.corp.example.com")
AD_BIND_DN = os.environ.get("AD_BIND_DN", "CN=svc-dirsync,OU=Service,DC=corp,DC=example,DC=com")
AD_BIND_PW = os.environ.get("AD_BIND_PW", "")
AD_CA = "/etc/dirsync/ad-root-ca.pem"

OPENLDAP_URI = os.environ.get("OPENLDAP_URI", "ldaps://ldap.example.com")
OPENLDAP_CA = "/etc/dirsync/openldap-ca.pem"

HR_API = "https://hr.workday-proxy.example.com/api/v2/workers"
HR_CA = "/etc/dirsync/hr-ca.pem"

# Old domain controllers in the Lyon branch still run 2008 R2.
LYON_DC = "dc-lyon.corp.example.com"
