"""Text from documents, titles and URL parameters made inert for Streamlit's Markdown.

Streamlit renders st.error, st.info, st.success, st.warning, captions, progress texts and st.markdown as
Markdown: a title holding `[x](http://…)` would become a live link and `![x](…)` an image the browser
loads. Backslash before every character Markdown, its GFM autolinks, Streamlit's directives (`:red[…]`)
or its math (`$…$`) could read as markup keeps the text exactly as written.
"""

import re

_MARKUP = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=@^])")


def escape_markdown(text) -> str:
    """`text` with its Markdown markup characters backslash-escaped and line breaks as spaces."""
    return _MARKUP.sub(r"\\\1", " ".join(str(text).splitlines()))
