"""The news demo's statements, per kind, in English and Arabic: neutral wording (condolences
after a natural disaster, congratulations on an anniversary, a position on academic freedom).
Placeholders as in ``stories.py``."""

from typing import NamedTuple


class StatementText(NamedTuple):
    title_en: str
    title_ar: str
    body_en: list  # paragraphs
    body_ar: list


STATEMENTS = {
    "position": [
        StatementText(
            "On academic freedom",
            "بشأن الحرية الأكاديمية",
            [
                "The university affirms that academic freedom is the foundation of teaching and research: faculty members and students must be free to inquire, to publish and to discuss within the standards of their disciplines.",
                "The university will continue to defend this freedom in its own regulations and in its partnerships, including with {inst}, and calls on universities everywhere to protect it.",
            ],
            [
                "تؤكد الجامعة أن الحرية الأكاديمية أساس التعليم والبحث العلمي، وأن لأعضاء هيئة التدريس والطلبة الحق في البحث والنشر والنقاش وفق معايير تخصصاتهم.",
                "وستواصل الجامعة صون هذه الحرية في أنظمتها وفي شراكاتها، ومنها شراكتها مع {inst}، وتدعو الجامعات في كل مكان إلى حمايتها.",
            ],
        ),
        StatementText(
            "On open access to knowledge",
            "بشأن الوصول المفتوح إلى المعرفة",
            [
                "The university supports open access to research results and encourages its researchers to publish in open-access journals and repositories.",
                "It invites its partners, such as {inst} in {city}, to share teaching materials and data so that knowledge reaches every student.",
            ],
            [
                "تدعم الجامعة الوصول المفتوح إلى نتائج البحث العلمي، وتشجّع باحثيها على النشر في المجلات والمستودعات مفتوحة الوصول.",
                "وتدعو شركاءها، مثل {inst} في {city}، إلى تبادل المواد التعليمية والبيانات حتى تصل المعرفة إلى كل طالب.",
            ],
        ),
        StatementText(
            "On the ethical use of artificial intelligence in research",
            "بشأن الاستخدام الأخلاقي للذكاء الاصطناعي في البحث",
            [
                "The university holds that tools of artificial intelligence may assist research only under clear rules of disclosure, data protection and scholarly responsibility.",
                "It will develop these rules together with its partners, including {inst}, and share them with the academic community.",
            ],
            [
                "ترى الجامعة أن أدوات الذكاء الاصطناعي لا تُستخدم في البحث العلمي إلا وفق قواعد واضحة للإفصاح وحماية البيانات والمسؤولية العلمية.",
                "وستضع هذه القواعد بالتعاون مع شركائها، ومنهم {inst}، وتتيحها للمجتمع الأكاديمي.",
            ],
        ),
        StatementText(
            "On the mobility of students and scholars",
            "بشأن تنقّل الطلبة والباحثين",
            [
                "The university calls for simpler procedures for students and scholars who travel for study, research and conferences.",
                "Academic exchange, such as the programme with {inst} in {country}, enriches both sides and deserves every support.",
            ],
            [
                "تدعو الجامعة إلى تيسير إجراءات سفر الطلبة والباحثين لأغراض الدراسة والبحث والمؤتمرات.",
                "فالتبادل الأكاديمي، كالبرنامج القائم مع {inst} في {country}، يُثري الطرفين ويستحق كل دعم.",
            ],
        ),
    ],
    "condolence": [
        StatementText(
            "Condolences after the earthquake in {country}",
            "تعزية إثر الزلزال في {country}",
            [
                "The university extends its sincere condolences to the people of {country} and to our partners at {inst} after the earthquake that struck the region of {city}.",
                "We wish a swift recovery to the injured, and we stand ready to welcome affected students to continue their studies remotely.",
            ],
            [
                "تتقدّم الجامعة بخالص التعازي إلى شعب {country} وإلى شركائنا في {inst} إثر الزلزال الذي ضرب منطقة {city}.",
                "ونتمنى الشفاء العاجل للمصابين، ونعلن استعدادنا لاستقبال الطلبة المتضررين لمواصلة دراستهم عن بُعد.",
            ],
        ),
        StatementText(
            "Condolences after the floods in {country}",
            "تعزية إثر الفيضانات في {country}",
            [
                "The university expresses its deep sorrow at the loss of life caused by the floods in {country}.",
                "Our thoughts are with the families of the victims and with the students and staff of {inst} in {city}.",
            ],
            [
                "تعرب الجامعة عن بالغ حزنها للخسائر في الأرواح التي خلّفتها الفيضانات في {country}.",
                "وقلوبنا مع أسر الضحايا ومع طلبة {inst} والعاملين [فيه|فيها|فيهما|فيهما] في {city}.",
            ],
        ),
        StatementText(
            "Condolences on the passing of a professor emeritus of {inst}",
            "تعزية بوفاة أستاذ فخري في {inst}",
            [
                "The university mourns Professor Idris Halabi, professor emeritus at {inst}, a friend of the university who taught many of our graduates.",
                "We extend our condolences to his family and to his colleagues in {city}.",
            ],
            [
                "تنعى الجامعة الأستاذ الدكتور إدريس الحلبي، الأستاذ الفخري في {inst}، صديق الجامعة الذي تتلمذ على يديه كثير من خرّيجينا.",
                "ونتقدّم بالتعزية إلى أسرته وإلى زملائه في {city}.",
            ],
        ),
        StatementText(
            "Condolences after the storm in {country}",
            "تعزية إثر العاصفة في {country}",
            [
                "The university offers its condolences to the people of {country} after the severe storm that hit the region of {city}.",
                "We are in touch with our partners at {inst} to see how we can support their students.",
            ],
            [
                "تتقدّم الجامعة بالتعزية إلى شعب {country} إثر العاصفة الشديدة التي ضربت منطقة {city}.",
                "ونحن على تواصل مع شركائنا في {inst} لبحث سبل دعم طلبتهم.",
            ],
        ),
    ],
    "congratulation": [
        StatementText(
            "Congratulations to {inst} on [its|its|their|their] fiftieth anniversary",
            "تهنئة إلى {inst} بمناسبة الذكرى الخمسين [لتأسيسه|لتأسيسها|لتأسيسهما|لتأسيسهما]",
            [
                "The university congratulates {inst} in {city} on the fiftieth anniversary of [its|its|their|their] foundation.",
                "For half a century it has served students in {country} and beyond; we are proud of our partnership and look forward to many more years of cooperation.",
            ],
            [
                "تهنّئ الجامعة {inst} في {city} بمناسبة الذكرى الخمسين [لتأسيسه|لتأسيسها|لتأسيسهما|لتأسيسهما].",
                "فعلى مدى نصف قرن خدم الطلبة في {country} وخارجها، ونحن نعتز بشراكتنا معه ونتطلع إلى سنوات طويلة من التعاون.",
            ],
        ),
        StatementText(
            "Congratulations to the first graduates of the joint programme with {inst}",
            "تهنئة إلى أول دفعة من خرّيجي البرنامج المشترك مع {inst}",
            [
                "The university congratulates the first graduates of the joint master's programme run with {inst}.",
                "Their success is the fruit of years of cooperation between the two institutions.",
            ],
            [
                "تهنّئ الجامعة أول دفعة من خرّيجي برنامج الماجستير المشترك مع {inst}.",
                "ونجاحهم ثمرة سنوات من التعاون بين المؤسستين.",
            ],
        ),
        StatementText(
            "Congratulations to the new president of {inst}",
            "تهنئة إلى الرئيسة الجديدة ل{inst}",
            [
                "The university congratulates Professor Samira Oudeh on her appointment as president of {inst} in {city}.",
                "We wish her every success and look forward to continuing our cooperation.",
            ],
            [
                "تهنّئ الجامعة الأستاذة الدكتورة سميرة عودة بمناسبة تعيينها رئيسةً ل{inst} في {city}.",
                "ونتمنى لها التوفيق ونتطلع إلى مواصلة التعاون.",
            ],
        ),
        StatementText(
            "Congratulations to {inst} on [its|its|their|their] international research award",
            "تهنئة إلى {inst} [بفوزه|بفوزها|بفوزهما|بفوزهما] بجائزة بحثية دولية",
            [
                "The university congratulates [its partner|its partner|its partners|its partners] {inst} on winning an international award for research on sustainable water use.",
                "The award honours a research team with whom our own researchers have worked closely.",
            ],
            [
                "تهنّئ الجامعة [شريكها|شريكتها|شريكيها|شريكتيها] {inst} [بفوزه|بفوزها|بفوزهما|بفوزهما] بجائزة دولية عن [أبحاثه|أبحاثها|أبحاثهما|أبحاثهما] في الاستخدام المستدام للمياه.",
                "وتكرّم الجائزة فريقًا بحثيًا عمل باحثونا معه عن قرب.",
            ],
        ),
    ],
    "condemnation": [
        StatementText(
            "Condemning fraudulent scholarship offers using the university's name",
            "إدانة عروض المنح الاحتيالية التي تستخدم اسم الجامعة",
            [
                "The university condemns fraudulent offers of scholarships that use its name and logo and ask students for fees.",
                "The university never charges for scholarship applications. Students in {country} and elsewhere should check every offer with the International Relations Office.",
            ],
            [
                "تدين الجامعة عروض المنح الاحتيالية التي تستخدم اسمها وشعارها وتطلب من الطلبة دفع رسوم.",
                "والجامعة لا تتقاضى أي رسوم على طلبات المنح، وعلى الطلبة في {country} وغيرها التحقق من أي عرض لدى مكتب العلاقات الدولية.",
            ],
        ),
        StatementText(
            "Condemning the cyberattack on the library systems of {inst}",
            "إدانة الهجوم الإلكتروني على أنظمة مكتبة {inst}",
            [
                "The university condemns the cyberattack that disabled the library systems of [its partner|its partner|its partners|its partners] {inst} in {city}.",
                "It has offered [its partner|its partner|its partners|its partners] technical assistance and access to its own digital library until the systems are restored.",
            ],
            [
                "تدين الجامعة الهجوم الإلكتروني الذي عطّل أنظمة مكتبة [شريكها|شريكتها|شريكيها|شريكتيها] {inst} في {city}.",
                "وقد عرضت على [شريكها|شريكتها|شريكيها|شريكتيها] المساعدة الفنية وإتاحة مكتبتها الرقمية إلى حين استعادة الأنظمة.",
            ],
        ),
        StatementText(
            "Condemning the theft of manuscripts from a library in {city}",
            "إدانة سرقة مخطوطات من مكتبة في {city}",
            [
                "The university condemns the theft of historic manuscripts from a public library in {city}, {country}.",
                "These manuscripts belong to the heritage of all humanity; the university offers its experts to help identify them.",
            ],
            [
                "تدين الجامعة سرقة مخطوطات تاريخية من مكتبة عامة في {city} ب{country}.",
                "فهذه المخطوطات جزء من تراث الإنسانية جمعاء، وتضع الجامعة خبراءها في خدمة جهود التعرف عليها.",
            ],
        ),
        StatementText(
            "Condemning journals that falsely claim the university's endorsement",
            "إدانة المجلات التي تدّعي زورًا اعتماد الجامعة",
            [
                "The university condemns journals that falsely claim to be published or endorsed by it or by [its partner|its partner|its partners|its partners] {inst}.",
                "The list of the university's own journals is published on its website; researchers are asked to report any misuse.",
            ],
            [
                "تدين الجامعة المجلات التي تدّعي زورًا أنها تصدر عنها أو عن [شريكها|شريكتها|شريكيها|شريكتيها] {inst} أو [بتأييدهما|بتأييدهما|بتأييدهم|بتأييدهم].",
                "وقائمة مجلات الجامعة منشورة على موقعها الإلكتروني، ويُرجى من الباحثين الإبلاغ عن أي إساءة استخدام.",
            ],
        ),
    ],
    "solidarity": [
        StatementText(
            "Solidarity with students affected by the floods in {country}",
            "تضامن مع الطلبة المتضررين من الفيضانات في {country}",
            [
                "The university stands in solidarity with the students of {inst} and other universities in {country} affected by the floods.",
                "Our online courses are open to them free of charge for the coming semester.",
            ],
            [
                "تتضامن الجامعة مع طلبة {inst} وسائر جامعات {country} المتضررين من الفيضانات.",
                "ومساقاتنا الإلكترونية متاحة لهم مجانًا خلال الفصل الدراسي المقبل.",
            ],
        ),
        StatementText(
            "Solidarity with {inst} after the fire on [its campus|its campus|their campuses|their campuses]",
            "تضامن مع {inst} إثر الحريق في [حرمه|حرمها|حرميهما|حرميهما]",
            [
                "The university expresses its solidarity with {inst} after the fire that damaged laboratories on [its campus|its campus|their campuses|their campuses] in {city}.",
                "Our laboratories are open to its researchers until their own are rebuilt.",
            ],
            [
                "تعرب الجامعة عن تضامنها مع {inst} إثر الحريق الذي ألحق أضرارًا بمختبرات [حرمه|حرمها|حرميهما|حرميهما] في {city}.",
                "ومختبراتنا مفتوحة لباحثيه إلى حين إعادة بناء مختبراتهم.",
            ],
        ),
        StatementText(
            "Solidarity with the people of {country} after the drought",
            "تضامن مع شعب {country} في مواجهة الجفاف",
            [
                "The university stands with the people of {country} facing a long drought.",
                "With {inst}, our water researchers will share their work on water harvesting and reuse.",
            ],
            [
                "تقف الجامعة إلى جانب شعب {country} في مواجهة موجة جفاف طويلة.",
                "وسيتبادل باحثو المياه لدينا مع {inst} نتائج أعمالهم في حصاد المياه وإعادة استخدامها.",
            ],
        ),
        StatementText(
            "Solidarity with international students far from home during the winter flu season",
            "تضامن مع الطلبة الدوليين البعيدين عن أوطانهم في موسم الإنفلونزا الشتوي",
            [
                "The university stands with international students who are far from their families during the winter flu season.",
                "Together with {inst} in {city}, we have set up a helpline for exchange students in both countries.",
            ],
            [
                "تقف الجامعة إلى جانب الطلبة الدوليين البعيدين عن أسرهم في موسم الإنفلونزا الشتوي.",
                "وقد أنشأنا بالتعاون مع {inst} في {city} خطًا للمساعدة لطلبة التبادل في البلدين.",
            ],
        ),
    ],
}
