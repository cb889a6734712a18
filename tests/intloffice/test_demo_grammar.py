"""Arabic grammar of the generated demo sentences (issue 10, must-hold 3): institutions and
people carry grammatical gender and number, and every sentence template agrees with a
masculine, a feminine and a dual subject."""

import re

import pytest

from intloffice.demo_data import FEMININE, MASCULINE, Subject, Text, agree, institution_gender
from news.demo.institutions import INSTITUTIONS, fill
from news.demo.statement_texts import STATEMENTS
from news.demo.stories import STORIES
from partners.demo_content import DESCRIPTION, PARTNERS
from visits.demo import summary_texts
from visits.demo_content import PEOPLE, SUMMARY, person_subject

INSTITUTE = next(i for i in INSTITUTIONS if i.name.ar.startswith("معهد"))
UNIVERSITY = next(i for i in INSTITUTIONS if i.name.ar.startswith("جامعة"))
ACADEMY = next(i for i in INSTITUTIONS if i.name.ar.startswith("أكاديمية"))
PAIR = Subject.pair(UNIVERSITY.subject, ACADEMY.subject)  # two feminine: feminine dual
MIXED_PAIR = Subject.pair(INSTITUTE.subject, UNIVERSITY.subject)  # masculine dual

#: Every Arabic template of the news demo that an institution fills.
NEWS_TEMPLATES = [
    *(
        text
        for stories in STORIES.values()
        for story in stories
        for text in (story.title_ar, story.summary_ar, *story.body_ar)
    ),
    *(
        text
        for statements in STATEMENTS.values()
        for statement in statements
        for text in (statement.title_ar, *statement.body_ar)
    ),
]
NEWS_TEMPLATES_EN = [
    *(
        text
        for stories in STORIES.values()
        for story in stories
        for text in (story.title_en, story.summary_en, *story.body_en)
    ),
    *(
        text
        for statements in STATEMENTS.values()
        for statement in statements
        for text in (statement.title_en, *statement.body_en)
    ),
]

#: Words that refer back to a masculine singular institution, and their feminine forms.
MASCULINE_ONLY = {"لتأسيسه", "بفوزه", "أبحاثه", "حرمه", "طلبته", "استعداده", "ينسّقها", "وطلب",
                  "أبدى", "فيه", "شريكها", "رئيسه"}  # fmt: skip
FEMININE_ONLY = {"لتأسيسها", "بفوزها", "أبحاثها", "حرمها", "طلبتها", "استعدادها", "تنسّقها",
                 "وطلبت", "أبدت", "فيها", "شريكتها", "رئيسها"}  # fmt: skip


def words(text):
    return set(re.findall(r"[\u0600-\u06ff]+", text))


def test_institutions_carry_the_gender_of_their_head_noun():
    assert INSTITUTE.subject.gender == MASCULINE
    assert UNIVERSITY.subject.gender == FEMININE
    assert ACADEMY.subject.gender == FEMININE
    assert institution_gender("المركز الشمالي لدراسات الشرق الأوسط") == MASCULINE
    assert institution_gender("المدرسة العليا للترجمة بتلمسان") == FEMININE
    assert institution_gender("حلقة لايبزيغ لفقه اللغة العربية") == FEMININE
    # Every demo partner: universities, colleges and schools feminine, institutes masculine.
    for row in PARTNERS:
        head = row.name.ar.split()[0]
        if head in ("جامعة", "كلية", "أكاديمية", "مدرسة", "المدرسة", "شبكة", "رابطة"):
            assert institution_gender(row.name.ar) == FEMININE, row.name.ar
        if head in ("معهد", "المعهد", "مركز", "المركز", "مجمع", "اتحاد"):
            assert institution_gender(row.name.ar) == MASCULINE, row.name.ar


def test_people_carry_gender():
    assert PEOPLE["uni-director"].gender == FEMININE
    assert PEOPLE["ac-gb"].gender == FEMININE
    assert PEOPLE["up-eg"].gender == MASCULINE
    # The honorific agrees with the gender: «الأستاذة الدكتورة»، «السيدة»، «النائبة».
    for person in PEOPLE.values():
        feminine_title = re.search(r"(الأستاذة|الدكتورة|السيدة|النائبة)", person.honorific_ar)
        assert bool(feminine_title) == (person.gender == FEMININE), person.name_en


def test_pairs_are_dual_and_feminine_only_when_both_are():
    assert (PAIR.number, PAIR.gender) == (2, FEMININE)
    assert (MIXED_PAIR.number, MIXED_PAIR.gender) == (2, MASCULINE)
    assert MIXED_PAIR.name.ar == f"{INSTITUTE.name.ar} و{UNIVERSITY.name.ar}"


def test_agree_picks_the_form_for_each_subject():
    template = "[أبدى|أبدت] {inst} [استعداده|استعدادها|استعدادهما|استعدادهما]"
    masculine = Subject(Text("A", "معهد"), MASCULINE)
    feminine = Subject(Text("B", "جامعة"), FEMININE)
    assert agree(template, masculine) == "أبدى {inst} استعداده"
    assert agree(template, feminine) == "أبدت {inst} استعدادها"
    # A verb before a dual subject stays singular; the pronoun after it is dual.
    assert agree(template, Subject.pair(masculine, feminine)) == "أبدى {inst} استعدادهما"
    assert agree(template, Subject.pair(feminine, feminine)) == "أبدت {inst} استعدادهما"
    assert agree("[هو|هي|هما]", Subject.pair(feminine, feminine)) == "هما"


@pytest.mark.parametrize("template", NEWS_TEMPLATES)
def test_every_news_template_agrees_with_masculine_feminine_and_dual(template):
    masculine = fill(template, INSTITUTE, "ar")
    feminine = fill(template, UNIVERSITY, "ar")
    dual = fill(template, UNIVERSITY, "ar", subject=PAIR)
    mixed = fill(template, INSTITUTE, "ar", subject=MIXED_PAIR)
    for text in (masculine, feminine, dual, mixed):
        assert not re.search(r"[\[\]|{}]", text), text  # every choice and placeholder filled
    assert not MASCULINE_ONLY & words(feminine), feminine
    assert not FEMININE_ONLY & words(masculine), masculine
    if "{inst}" in template:
        assert INSTITUTE.name.ar in masculine and UNIVERSITY.name.ar in feminine
        assert f"{UNIVERSITY.name.ar} و{ACADEMY.name.ar}" in dual


@pytest.mark.parametrize("template", NEWS_TEMPLATES_EN)
def test_every_english_news_template_renders_for_one_and_for_two(template):
    one = fill(template, INSTITUTE, "en")
    two = fill(template, UNIVERSITY, "en", subject=PAIR)
    assert not re.search(r"[\[\]|{}]", one + two)
    if "[its|" in template:
        assert "their" in two and "their" not in one
    if "[its partner|" in template:
        assert "its partners" in two and "its partners" not in one


@pytest.mark.parametrize(
    ("template", "masculine", "feminine", "dual"),
    [
        (
            "تهنئة إلى {inst} بمناسبة الذكرى الخمسين [لتأسيسه|لتأسيسها|لتأسيسهما|لتأسيسهما]",
            "الخمسين لتأسيسه",
            "الخمسين لتأسيسها",
            "الخمسين لتأسيسهما",
        ),
    ],
)
def test_anniversary_title_exactly(template, masculine, feminine, dual):
    assert template in NEWS_TEMPLATES
    assert fill(template, INSTITUTE, "ar").endswith(masculine)
    assert fill(template, UNIVERSITY, "ar").endswith(feminine)
    assert fill(template, UNIVERSITY, "ar", subject=PAIR).endswith(dual)


def test_the_review_examples_read_correctly():
    rendered = {fill(t, INSTITUTE, "ar") for t in NEWS_TEMPLATES} | {
        fill(t, UNIVERSITY, "ar") for t in NEWS_TEMPLATES
    }
    text = " ".join(rendered)
    assert f"وقد أبدت {UNIVERSITY.name.ar}" in text and f"وقد أبدى {INSTITUTE.name.ar}" in text
    assert "برئاسة نائب رئيسه للشؤون" in text and "برئاسة نائب رئيسها للشؤون" in text
    assert "الجامعتان" not in text  # one of the two may be an institute: «المؤسستان»
    assert "تهنئة إلى الرئيسة الجديدة" in text  # she is a woman


@pytest.mark.parametrize("kind", list(SUMMARY))
def test_visit_summaries_agree_with_the_head_of_delegation(kind):
    man, woman = person_subject(PEOPLE["up-eg"]), person_subject(PEOPLE["ac-gb"])
    for subject in (man, woman, Subject.pair(man, woman)):
        texts = summary_texts(SUMMARY[kind], subject)
        assert not re.search(r"[\[\]|{}]", texts["summary_ar"] + texts["summary_en"])
    official = summary_texts(SUMMARY["official"], woman)["summary_ar"]
    assert "وعرّفها" in official and "وعرّفه " not in official
    assert "وعرّفه " in summary_texts(SUMMARY["official"], man)["summary_ar"]
    both = summary_texts(SUMMARY["official"], Subject.pair(man, woman))
    assert "وعرّفهما" in both["summary_ar"] and " were received" in both["summary_en"]


def test_partner_description_reads_for_any_partner():
    for subject in (INSTITUTE.subject, UNIVERSITY.subject, PAIR):
        text = DESCRIPTION.ar.format(name=subject.name.ar, topic="الترجمة")
        assert text.startswith(f"<p>تتعاون الجامعة مع {subject.name.ar} في مجال الترجمة")
