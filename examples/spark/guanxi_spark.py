"""Run guanxi over a JSON Lines corpus on Apache Spark.

Each Spark partition pipes its documents through `guanxi extract --stream` (one JSON
line in, one result line out, nothing else on stdout), so the cluster engine does the
distribution and guanxi stays a plain command on each worker. The per-partition result
files are then combined into the corpus tables and graph with `guanxi merge`.

    spark-submit examples/spark/guanxi_spark.py CORPUS.jsonl OUT_DIR \
        [--guanxi PATH] [--master local[2]] [--partitions N]

writes OUT_DIR/shards/part-*.jsonl (one result line per document) and, with
--merge-to DIR, runs `guanxi merge OUT_DIR/shards -o DIR` afterwards.

The guanxi binary must exist at the same path on every worker (or be shipped with
`--files` and called by its base name); it needs no other file: its dictionaries are
embedded.
"""

import argparse
import glob
import os
import shlex
import shutil
import subprocess
import sys

from pyspark.sql import SparkSession


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="JSON Lines input, one document a line (id, text)")
    ap.add_argument("out", help="output folder (shards/ goes in it)")
    ap.add_argument("--guanxi", default=shutil.which("guanxi") or "target/release/guanxi")
    ap.add_argument("--master", default=None, help="Spark master, e.g. local[2]")
    ap.add_argument("--partitions", type=int, default=None)
    ap.add_argument("--merge-to", default=None, help="run guanxi merge into this folder")
    a = ap.parse_args(argv)

    guanxi = os.path.abspath(a.guanxi)
    builder = SparkSession.builder.appName("guanxi").config(
        "spark.ui.showConsoleProgress", "false"
    )
    if a.master:
        builder = builder.master(a.master)
    spark = builder.getOrCreate()
    try:
        sc = spark.sparkContext
        lines = sc.textFile(a.corpus, minPartitions=a.partitions or sc.defaultParallelism)
        # Blank lines carry no document; guanxi would warn about them on every worker.
        docs = lines.filter(lambda l: l.strip() != "")
        results = docs.pipe(" ".join(shlex.quote(x) for x in [guanxi, "extract", "--stream", "-q"]))
        shards = os.path.join(a.out, "shards")
        if os.path.exists(shards):
            shutil.rmtree(shards)
        # textFile keeps the input's order within and across partitions, and
        # saveAsTextFile writes part-00000, part-00001, ... in partition order, so the
        # shards read in name order are the corpus in input order.
        results.saveAsTextFile(shards)
    finally:
        spark.stop()

    if a.merge_to:
        parts = sorted(glob.glob(os.path.join(shards, "part-*")))
        subprocess.run([guanxi, "merge", *parts, "-o", a.merge_to, "-q"], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
