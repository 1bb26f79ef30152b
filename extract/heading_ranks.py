"""Heading ranks: a heading closes every open heading of the same or a lower rank. Numbered ("Section 2.") and
lettered ("A. TITLE") headings outrank unnumbered capital or title-case ones. Marked headings ("#" to "######")
take ranks 0 to 5; run-in headings are always deepest."""

RANK_TOP, RANK_LETTER, RANK_SUB, RANK_RUN_IN = 0, 1, 2, 9
