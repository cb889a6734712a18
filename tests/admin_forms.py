"""Post real admin forms in tests: start from what the page renders, change what the test is about.

``admin_form(html, **changes)`` reads the change form (``<form id="…_form">``) of an admin add or
change page the way a browser would submit it untouched — every named input, checked box,
selected option and textarea, the inlines' management forms included, the empty inline
templates (``__prefix__``) and file inputs left out — and applies ``changes`` on top.
"""

from html.parser import HTMLParser


class _ChangeForm(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.values = {}
        self.in_form = False
        self.select = None  # (name, multiple)
        self.textarea = None

    def _add(self, name, value, multiple=False):
        if not name or "__prefix__" in name:
            return
        if multiple:
            self.values.setdefault(name, []).append(value)
        else:
            self.values[name] = value

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.in_form = (attrs.get("id") or "").endswith("_form")
        if not self.in_form:
            return
        name = attrs.get("name")
        if tag == "input":
            kind = (attrs.get("type") or "text").lower()
            if kind in ("file", "submit", "button", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self._add(name, attrs.get("value", "on" if kind == "checkbox" else ""))
        elif tag == "select":
            self.select = (name, "multiple" in attrs)
            if not self.select[1]:
                self._add(name, "")
        elif tag == "option" and self.select and "selected" in attrs:
            self._add(self.select[0], attrs.get("value", ""), multiple=self.select[1])
        elif tag == "textarea":
            self.textarea = name
            self._add(name, "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea" and self.textarea:
            # A browser drops the newline Django writes after <textarea>.
            self.values[self.textarea] = self.values[self.textarea].removeprefix("\n")
            self.textarea = None

    def handle_data(self, data):
        if self.in_form and self.textarea and "__prefix__" not in self.textarea:
            self.values[self.textarea] += data


def admin_form(html, **changes):
    parser = _ChangeForm()
    parser.feed(html)
    parser.close()
    values = parser.values
    values.pop("csrfmiddlewaretoken", None)
    return {**values, **changes}
