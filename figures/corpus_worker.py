"""What the local workers of the corpus command are forked from: the extractor imported and run once on a short
English and a short Russian text, so that every worker starts with the meaning model read, pymorphy3's dictionary
open and the patterns built on first use compiled, instead of each repeating that work (0.3-0.9 processor seconds a
worker). The forkserver of figures.corpus_cli imports it for that effect; the figures of these texts are dropped."""

from figures.documents import figure_rows

WARM_UP_TEXTS = (
    "In March 2021 a district court fined the editor 150,000 tenge ($350) and sentenced two activists to three "
    "years in prison; the ombudsman received 1,240 complaints, 12 percent more than a year earlier.",
    "В марте 2021 года суд оштрафовал редактора на 150 тысяч тенге, а двух активистов приговорил к трём годам "
    "лишения свободы; омбудсмен получил 1240 жалоб.",
)


def warm_up() -> None:
    """Extract the warm-up texts and drop their figures. A failure here is left to show on the corpus's own
    documents, where it is reported file by file, rather than stopping every worker from starting."""
    try:
        for text in WARM_UP_TEXTS:
            figure_rows(text, "warm-up", 2021)
    except Exception:  # noqa: BLE001 (only a head start is lost)
        return


warm_up()
