"""Reading Russian-language text: its sentences, headings, numbers, units and the meaning of its figures."""
