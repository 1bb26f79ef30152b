"""`python -m extract ingest` and `python -m extract reviews`: aliases handing over to the figures package's
commands (figures.ingest_cli, figures.reviews_cli), the one place extract/ names figures/: the store, its figures
and their reviews are built on top of the extractor."""


def ingest(argv: list[str] | None = None) -> int:
    """Run `figures.ingest_cli` with the arguments after `ingest`."""
    from figures.ingest_cli import main

    return main(argv)


def reviews(argv: list[str] | None = None) -> int:
    """Run `figures.reviews_cli` with the arguments after `reviews`."""
    from figures.reviews_cli import main

    return main(argv)
