"""Extract a corpus of document files in parallel on Dask and write it as partitioned Parquet.

Layout: OUT/documents/part-NNNNN.parquet and OUT/figures/part-NNNNN.parquet, one pair per batch of
files, written by the worker that extracted the batch (on a cluster, OUT must be a folder every worker
reaches). A file that fails is reported by name and left out; the rest of its batch is still written.
"""

import glob
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from figures.inputs import expand_inputs
from figures.versions import extractor_version

TABLES = ("documents", "figures")
BATCH_BYTES = 2_000_000
# A corpus is cut into at least this many tasks per worker (tasks of at least MIN_TASK_BYTES): a worker that ends
# its task early takes the next, so the workers finish together instead of one waiting on the other's last batch.
TASKS_PER_WORKER = 4
MIN_TASK_BYTES = 100_000


class CorpusError(Exception):
    """A corpus that cannot be read or written, with a one-line reason."""


@dataclass
class BatchResult:
    part: int
    files: list[str]
    documents: list[tuple[str, str, int]] = field(default_factory=list)  # (file, doc_id, n_figures)
    errors: list[str] = field(default_factory=list)                      # one line per failed file


def input_files(items: list[str]) -> tuple[list[str], list[str]]:
    """(files named by paths, folders (their document files, recursively) and glob patterns, in order; a note for
    each link inside a folder that leads out of it, which is skipped); CorpusError naming the first item that
    names nothing."""
    out, notes = [], []
    for item in items:
        if glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise CorpusError(f"{item}: matches no file")
        elif not os.path.exists(item):
            raise CorpusError(f"{item}: no such file or folder")
        else:
            matches = [item]
        files, skipped = expand_inputs(matches)
        out.extend(files)
        notes.extend(skipped)
    return list(dict.fromkeys(out)), notes


def _size(name: str) -> int:
    try:
        return os.path.getsize(name)
    except OSError:
        return 0


def task_bytes(total: int, workers: int, most: int = BATCH_BYTES) -> int:
    """Input bytes per task for a corpus of `total` bytes on `workers` workers: at most `most`, and small enough to
    give each worker TASKS_PER_WORKER tasks, unless that would make them smaller than MIN_TASK_BYTES."""
    return max(min(most, total // (max(workers, 1) * TASKS_PER_WORKER)), min(most, MIN_TASK_BYTES))


def batches(files: list[str], target_bytes: int = BATCH_BYTES) -> list[list[str]]:
    """Files grouped in order into batches of about target_bytes each (a larger file is a batch alone)."""
    groups, current, size = [], [], 0
    for name in files:
        n = _size(name)
        if current and size + n > target_bytes:
            groups.append(current)
            current, size = [], 0
        current.append(name)
        size += n
    return groups + ([current] if current else [])


def prepare_output(out: str | os.PathLike, overwrite: bool) -> Path:
    """The output folder, empty and ready; refuses a non-empty one unless overwrite (which clears only
    the corpus tables' folders)."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise CorpusError(f"{out}: exists and is not a folder")
    if out.is_dir() and any(out.iterdir()):
        if not overwrite:
            raise CorpusError(f"{out}: folder is not empty (give --overwrite to replace a corpus written there)")
        strangers = sorted(p.name for p in out.iterdir() if p.name not in TABLES)
        if strangers:
            raise CorpusError(f"{out}: holds {', '.join(strangers)}, not a corpus; refusing to overwrite it")
        for table in TABLES:
            shutil.rmtree(out / table, ignore_errors=True)
    for table in TABLES:
        (out / table).mkdir(parents=True, exist_ok=True)
    return out


def extract_batch(part: int, files: list[str], out: str, version: str) -> BatchResult:
    """Extract a batch of files and write its Parquet parts; runs on a Dask worker (`version`: the extractor version,
    computed once for the job rather than by hashing the code on every task). The extractor, pandas and Arrow are
    imported here, where the work is done, so that the process scheduling the job starts without them."""
    import pyarrow.parquet as pq

    from extract.loading import DocumentError
    from figures.corpus_rows import documents_table, extract_file, figures_table

    result = BatchResult(part, files)
    extracted = []
    for name in files:
        try:
            one = extract_file(name, version)
        except DocumentError as err:
            result.errors.append(str(err))
            continue
        except Exception as err:  # a bug on one document must not lose the batch
            result.errors.append(f"{name}: unexpected {type(err).__name__}: {err}")
            continue
        extracted.append(one)
        result.documents.append((name, one.document["doc_id"], len(one.figures)))
    if extracted:
        stem = f"part-{part:05d}.parquet"
        pq.write_table(documents_table([e.document for e in extracted]), Path(out) / "documents" / stem)
        pq.write_table(figures_table([e.figures for e in extracted]), Path(out) / "figures" / stem)
    return result


def run_corpus(files: list[str], out: Path, client, on_batch: Callable[[BatchResult], None],
               batch_bytes: int = BATCH_BYTES) -> list[BatchResult]:
    """Extract files on the Dask client's workers, one task per batch (of at most `batch_bytes`, smaller when that
    spreads a small corpus over all the workers: task_bytes); on_batch sees each batch as it ends. A batch whose
    task fails (a worker lost) counts all its files as failed."""
    from distributed import as_completed

    workers = sum(client.nthreads().values())
    groups = batches(files, task_bytes(sum(map(_size, files)), workers, batch_bytes))
    version = extractor_version()
    futures = {client.submit(extract_batch, i, group, str(Path(out).resolve()), version, pure=False): (i, group)
               for i, group in enumerate(groups)}
    results = []
    for future in as_completed(futures):
        i, group = futures[future]
        try:
            result = future.result()
        except Exception as err:
            result = BatchResult(i, group, errors=[f"{name}: batch {i} failed ({type(err).__name__}: {err})"
                                                   for name in group])
        results.append(result)
        on_batch(result)
    return sorted(results, key=lambda r: r.part)
