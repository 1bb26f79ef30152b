"""`python -m extract ingest`: an alias handing over to the figures package's ingestion (figures.ingest_cli),
the one place extract/ names figures/: the store and its figures are built on top of the extractor."""


def main(argv: list[str] | None = None) -> int:
    """Run `figures.ingest_cli` with the arguments after `ingest`."""
    from figures.ingest_cli import main as ingest_main

    return ingest_main(argv)
