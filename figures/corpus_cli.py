"""`python -m figures corpus`: extract many documents in parallel on Dask into a Parquet corpus."""

import argparse
import contextlib
import logging
import multiprocessing
import multiprocessing.forkserver
import os
import sys
import time

from tqdm import tqdm

from figures.corpus import BATCH_BYTES, BatchResult, CorpusError, input_files, prepare_output, run_corpus

DESCRIPTION = """Extract the figures of many documents (plain-text, HTML or PDF files, folders of them,
glob patterns) in parallel with Dask, and write OUT/documents/ and OUT/figures/ as Parquet parts with
the store's columns. Local worker processes by default; --scheduler runs the same job on a
dask.distributed cluster (its workers must reach the input files and OUT). A .json beside a document
gives its metadata. Load the result with `python -m figures ingest --parquet OUT`.
Exit status 1 if any document failed (each is named on one line), 2 for a bad command line."""


def parse_args(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m figures corpus", description=DESCRIPTION)
    ap.add_argument("inputs", nargs="+", metavar="DIR_OR_GLOB", help="files, folders or glob patterns ('reports/**/*.html')")
    ap.add_argument("--out", required=True, metavar="DIR", help="output folder (e.g. corpus.parquet)")
    ap.add_argument("--scheduler", metavar="ADDRESS", help="a dask.distributed scheduler, e.g. tcp://10.0.0.5:8786")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                    help="local worker processes when no --scheduler is given (default: the number of CPUs)")
    ap.add_argument("--batch-mb", type=float, default=BATCH_BYTES / 1e6,
                    help=f"input megabytes per task and per Parquet part at most (default {BATCH_BYTES / 1e6:g}; smaller "
                         "tasks spread a small corpus over every worker)")
    ap.add_argument("--overwrite", action="store_true", help="replace a corpus already written to --out")
    args = ap.parse_args(argv)
    if args.workers < 1 or args.batch_mb <= 0:
        ap.error("--workers and --batch-mb must be positive")
    return args


# Dask's self-monitoring, which a batch of extractions does not need, turned down on a local cluster: each worker's
# statistical profiler samples the running task's stack every 10 ms, and every process polls its event loop every
# 20 ms and the system every 0.5 s, which costs processor time in proportion to wall time (a tenth of a core while
# idle), and more on a busy machine.
QUIET_DASK = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s",
              "distributed.admin.system-monitor.interval": "5s", "distributed.worker.memory.monitor-interval": "1s"}
# Several local workers are forked from one server process that imported Dask and the extractor and warmed the
# extractor up once (figures.corpus_worker), instead of each starting a new interpreter that does it again (1.5-2
# processor seconds a worker; one worker gains nothing, and the server costs the command 0.3 s).
FORK_FROM = {"distributed.worker.multiprocessing-method": "forkserver"}
PRELOADED = ["distributed", "figures.corpus_rows", "figures.corpus_worker", "pyarrow.parquet"]


def start_worker_server() -> None:
    """Start the server local workers are forked from, with PRELOADED, before this process imports Dask and starts
    the scheduler: the server's imports and warm-up (about 2 s, which every worker waits for) then run beside that
    start-up (about 0.5 s) instead of after it. Dask's forkserver method forks its workers from this same server."""
    multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOADED)
    multiprocessing.forkserver.ensure_running()


def _client(args, stack: contextlib.ExitStack):
    """A Dask client, closed with the stack: on the given scheduler, or on a fresh local cluster of
    worker processes."""
    if not args.scheduler and args.workers > 1:
        start_worker_server()
    import dask
    from distributed import Client, LocalCluster

    if args.scheduler:
        try:
            return stack.enter_context(Client(args.scheduler, timeout=15))
        except (OSError, TimeoutError) as err:
            raise CorpusError(f"{args.scheduler}: cannot reach the Dask scheduler ({err})") from None
    logging.getLogger("distributed").setLevel(logging.ERROR)
    stack.enter_context(dask.config.set(QUIET_DASK))
    if args.workers > 1:
        stack.enter_context(dask.config.set(FORK_FROM))
    cluster = stack.enter_context(LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                               dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR))
    return stack.enter_context(Client(cluster))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    start = time.perf_counter()
    stored = failed = n_figures = 0
    with contextlib.ExitStack() as stack:
        try:
            files, notes = input_files(args.inputs)
            for note in notes:
                print(note, file=sys.stderr)
            if not files:
                raise CorpusError(f"no document files in {' '.join(args.inputs)}")
            out = prepare_output(args.out, args.overwrite)
            client = _client(args, stack)
        except CorpusError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
        bar = stack.enter_context(tqdm(total=len(files), desc="corpus", unit="doc", file=sys.stderr, disable=None))

        def on_batch(result: BatchResult) -> None:
            nonlocal stored, failed, n_figures
            for line in result.errors:
                tqdm.write(f"error: {line}", file=sys.stderr)
            stored += len(result.documents)
            failed += len(result.errors)
            n_figures += sum(n for _, _, n in result.documents)
            bar.update(len(result.files))

        run_corpus(files, out, client, on_batch, batch_bytes=int(args.batch_mb * 1e6))
    seconds = time.perf_counter() - start
    print(f"wrote {stored} documents and {n_figures} figures to {out} in {seconds:.1f} s"
          + (f"; {failed} of {len(files)} documents failed" if failed else ""))
    return 1 if failed else 0
