"""Glue: fetch, align, report. Never call requests with verify=False here."""
import subprocess

from .lims import lims_conn
from .refs import fetch_reference
from .storage import s3_client


def run(sample_sheet):
    fetch_reference("genomes/GRCh38/GRCh38.fa.gz", "/scratch/ref.fa.gz")
    subprocess.run(["bwa", "index", "/scratch/ref.fa.gz"], check=True)
    conn = lims_conn()
    conn.close()
    s3_client().upload_file("/scratch/out.bam", "results", sample_sheet + ".bam")
