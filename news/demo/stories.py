"""The news demo's article stories, per kind: fictional institutions in real cities, in
English and Arabic. Placeholders: {inst}, {city}, {country} (their Arabic forms in the Arabic
texts), filled in by ``institutions.fill``."""

from typing import NamedTuple


class Story(NamedTuple):
    category: str  # slug, see articles.CATEGORIES
    title_en: str
    title_ar: str
    summary_en: str
    summary_ar: str
    body_en: list  # paragraphs
    body_ar: list


STORIES = {
    "news": [
        Story(
            "agreements",
            "Memorandum of understanding signed with {inst}",
            "توقيع مذكرة تفاهم مع {inst}",
            "The university and {inst} in {city} agreed to exchange staff and students and to run joint research.",
            "اتفقت الجامعة و{inst} في {city} على تبادل أعضاء هيئة التدريس والطلبة وإجراء أبحاث مشتركة.",
            [
                "The university signed a memorandum of understanding with {inst} in {city}, {country}, opening a new channel of academic cooperation between the [two|two|three|three] institutions.",
                "The memorandum provides for the exchange of faculty members and students, joint supervision of postgraduate research, and the sharing of library and laboratory resources.",
                "The director of the International Relations Office said that the agreement follows two years of contact between departments on both sides, and that a joint committee will meet every semester to follow up its implementation.",
            ],
            [
                "وقّعت الجامعة مذكرة تفاهم مع {inst} في {city} ب{country}، تفتح قناة جديدة للتعاون الأكاديمي بين [المؤسستين|المؤسستين|المؤسسات الثلاث|المؤسسات الثلاث].",
                "وتنص المذكرة على تبادل أعضاء هيئة التدريس والطلبة، والإشراف المشترك على أبحاث الدراسات العليا، وتبادل موارد المكتبات والمختبرات.",
                "وأوضحت مديرة مكتب العلاقات الدولية أن الاتفاق جاء بعد عامين من التواصل بين الأقسام في [المؤسستين|المؤسستين|المؤسسات الثلاث|المؤسسات الثلاث]، وأن لجنة مشتركة ستجتمع كل فصل دراسي لمتابعة تنفيذه.",
            ],
        ),
        Story(
            "visits",
            "Delegation from {inst} visits the university",
            "وفد من {inst} يزور الجامعة",
            "A delegation from {city} toured the faculties and discussed joint programmes with the deans.",
            "زار وفد من {city} كليات الجامعة وناقش مع العمداء إمكانات البرامج المشتركة.",
            [
                "The university received a delegation from {inst} in {city}, led by [its vice-president|its vice-president|their vice-presidents|their vice-presidents] for academic affairs.",
                "The guests toured the central library, the language centre and the engineering laboratories, and met the deans of the faculties of arts and of education.",
                "Both sides discussed a joint master's programme in translation studies and short summer courses in Arabic for students from {country}.",
            ],
            [
                "استقبلت الجامعة وفدًا من {inst} في {city} برئاسة [نائب رئيسه|نائب رئيسها|نائبَي رئيسيهما|نائبَي رئيسيهما] للشؤون الأكاديمية.",
                "وتجوّل الضيوف في المكتبة المركزية ومركز اللغات ومختبرات الهندسة، والتقوا عميدَي كليتي الآداب والتربية.",
                "وناقش الجانبان برنامج ماجستير مشتركًا في دراسات الترجمة، ودورات صيفية قصيرة في اللغة العربية لطلبة من {country}.",
            ],
        ),
        Story(
            "scholarships",
            "Students leave for an exchange semester at {inst}",
            "طلبة الجامعة يبدؤون فصلًا تبادليًا في {inst}",
            "Twelve students begin a semester of study in {city} under the exchange agreement.",
            "يبدأ اثنا عشر طالبًا وطالبة فصلًا دراسيًا في {city} ضمن اتفاقية التبادل.",
            [
                "Twelve students from the faculties of engineering, arts and economics began an exchange semester at {inst} in {city}.",
                "The credits they earn will be recognised in full on their return, under the learning agreements approved by their departments before departure.",
                "The International Relations Office held an orientation day for the students on academic life, health insurance and cultural life in {country}.",
            ],
            [
                "بدأ اثنا عشر طالبًا وطالبة من كليات الهندسة والآداب والاقتصاد فصلًا دراسيًا تبادليًا في {inst} في {city}.",
                "وستُحتسب الساعات المعتمدة التي يجتازونها كاملةً عند عودتهم، وفق اتفاقيات التعلّم التي أقرّتها أقسامهم قبل السفر.",
                "وعقد مكتب العلاقات الدولية يومًا تعريفيًا للطلبة حول الحياة الأكاديمية والتأمين الصحي والحياة الثقافية في {country}.",
            ],
        ),
        Story(
            "conferences",
            "The university takes part in the international education fair in {city}",
            "الجامعة تشارك في معرض التعليم الدولي في {city}",
            "The university's stand presented its programmes to students and institutions from {country} and beyond.",
            "عرض جناح الجامعة برامجها على الطلبة والمؤسسات من {country} وخارجها.",
            [
                "The university took part in the international education fair held in {city}, {country}, with a stand prepared by the International Relations Office.",
                "Staff from the admissions office and the faculties answered questions about undergraduate and postgraduate programmes, scholarships and Arabic language courses.",
                "On the sidelines of the fair, the delegation met representatives of {inst} to discuss a joint summer school.",
            ],
            [
                "شاركت الجامعة في معرض التعليم الدولي الذي أقيم في {city} ب{country}، بجناح أعدّه مكتب العلاقات الدولية.",
                "وأجاب موظفو دائرة القبول والكليات عن أسئلة الزوار حول برامج البكالوريوس والدراسات العليا والمنح ودورات اللغة العربية.",
                "وعلى هامش المعرض التقى وفد الجامعة ممثلي {inst} لبحث تنظيم مدرسة صيفية مشتركة.",
            ],
        ),
        Story(
            "research",
            "Joint research project on water resources launched with {inst}",
            "إطلاق مشروع بحثي مشترك حول الموارد المائية مع {inst}",
            "Researchers from [both|both|all three|all three] institutions will study water reuse in agriculture over three years.",
            "سيدرس باحثو [المؤسستين|المؤسستين|المؤسسات الثلاث|المؤسسات الثلاث] إعادة استخدام المياه في الزراعة على مدى ثلاث سنوات.",
            [
                "The university and {inst} launched a three-year research project on the safe reuse of treated water in agriculture.",
                "The project brings together six researchers from each side and two doctoral students, who will spend research stays in {city}.",
                "Its results will be published in open access and shared with farmers' associations and local authorities.",
            ],
            [
                "أطلقت الجامعة و{inst} مشروعًا بحثيًا مدته ثلاث سنوات حول إعادة الاستخدام الآمن للمياه المعالجة في الزراعة.",
                "ويجمع المشروع ستة باحثين من كل جانب وطالبَي دكتوراه سيقضيان فترات بحثية في {city}.",
                "وستُنشر نتائجه في مجلات مفتوحة الوصول، وتُتاح لجمعيات المزارعين والهيئات المحلية.",
            ],
        ),
        Story(
            "networks",
            "The university joins a network of universities with {inst}",
            "الجامعة تنضم إلى شبكة جامعية مع {inst}",
            "Membership opens calls for joint projects and staff training across the network.",
            "تتيح العضوية المشاركة في دعوات المشاريع المشتركة وتدريب العاملين في جامعات الشبكة.",
            [
                "The university became a member of a network of universities coordinated by {inst} in {city}.",
                "Membership gives faculty members access to the network's calls for joint projects, and administrative staff to its training weeks.",
                "The International Relations Office will circulate the network's calls to the faculties as soon as they are announced.",
            ],
            [
                "أصبحت الجامعة عضوًا في شبكة جامعية [ينسّقها|تنسّقها] {inst} في {city}.",
                "وتتيح العضوية لأعضاء هيئة التدريس التقدم لدعوات المشاريع المشتركة في الشبكة، وللموظفين الإداريين المشاركة في أسابيعها التدريبية.",
                "وسيعمّم مكتب العلاقات الدولية دعوات الشبكة على الكليات فور الإعلان عنها.",
            ],
        ),
    ],
    "press_release": [
        Story(
            "agreements",
            "Press release: cooperation agreement with {inst}",
            "بيان صحفي: اتفاقية تعاون مع {inst}",
            "The university announces a five-year cooperation agreement with {inst}, {country}.",
            "تعلن الجامعة توقيع اتفاقية تعاون لمدة خمس سنوات مع {inst} في {country}.",
            [
                "The university announces that it has concluded a five-year cooperation agreement with {inst} in {city}, {country}.",
                "The agreement covers joint teaching, the exchange of publications, and visiting professorships in both directions.",
                "Journalists may request the full text of the agreement and interviews from the International Relations Office.",
            ],
            [
                "تعلن الجامعة إبرامها اتفاقية تعاون مدتها خمس سنوات مع {inst} في {city} ب{country}.",
                "وتشمل الاتفاقية التدريس المشترك، وتبادل المطبوعات، وتبادل الأساتذة الزائرين.",
                "ويمكن للصحفيين طلب النص الكامل للاتفاقية وإجراء المقابلات عبر مكتب العلاقات الدولية.",
            ],
        ),
        Story(
            "scholarships",
            "Press release: new scholarships for master's students at {inst}",
            "بيان صحفي: منح جديدة لطلبة الماجستير في {inst}",
            "Five fully funded master's scholarships in {city} are open to the university's graduates.",
            "خمس منح ماجستير ممولة بالكامل في {city} متاحة لخرّيجي الجامعة.",
            [
                "The university announces five fully funded master's scholarships at {inst} in {city}, offered under the partnership between the [two|two|three|three] institutions.",
                "The scholarships cover tuition, accommodation and a monthly allowance for two years. Graduates with a grade of very good or higher may apply.",
                "Applications are received by the International Relations Office; the selection committee will publish its results on the university's website.",
            ],
            [
                "تعلن الجامعة عن خمس منح ماجستير ممولة بالكامل في {inst} في {city}، تُقدَّم في إطار الشراكة بين [المؤسستين|المؤسستين|المؤسسات الثلاث|المؤسسات الثلاث].",
                "وتغطي المنح الرسوم الدراسية والسكن ومخصصًا شهريًا لمدة عامين، ويحق التقدم لها للخرّيجين الحاصلين على تقدير جيد جدًا فأعلى.",
                "وتُستقبل الطلبات في مكتب العلاقات الدولية، وستنشر لجنة الاختيار نتائجها على الموقع الإلكتروني للجامعة.",
            ],
        ),
        Story(
            "conferences",
            "Press release: international conference on higher education to be hosted with {inst}",
            "بيان صحفي: مؤتمر دولي حول التعليم العالي بالتعاون مع {inst}",
            "Researchers from {country} and the region will meet to discuss quality in higher education.",
            "يلتقي باحثون من {country} والمنطقة لمناقشة جودة التعليم العالي.",
            [
                "The university will host, together with {inst}, an international conference on quality assurance in higher education.",
                "The call for papers is open to researchers and practitioners; sessions will be held in Arabic and English with simultaneous interpretation.",
                "Registration is free of charge for students of the [two|two|three|three] institutions.",
            ],
            [
                "تستضيف الجامعة بالتعاون مع {inst} مؤتمرًا دوليًا حول ضمان الجودة في التعليم العالي.",
                "وباب تقديم الأوراق مفتوح للباحثين والممارسين، وستُعقد الجلسات بالعربية والإنجليزية مع ترجمة فورية.",
                "والتسجيل مجاني لطلبة [المؤسستين|المؤسستين|المؤسسات الثلاث|المؤسسات الثلاث].",
            ],
        ),
        Story(
            "visits",
            "Press release: the university's president concludes a visit to {city}",
            "بيان صحفي: رئيس الجامعة يختتم زيارة إلى {city}",
            "The visit to {country} resulted in two new agreements and a plan for joint summer schools.",
            "أسفرت الزيارة إلى {country} عن اتفاقيتين جديدتين وخطة لمدارس صيفية مشتركة.",
            [
                "The university's president concluded a four-day visit to {city}, {country}, at the head of an academic delegation.",
                "The delegation met the leadership of {inst} and signed two agreements on student exchange and joint research.",
                "The [two|two|three|three] institutions also agreed to hold joint summer schools in alternate years.",
            ],
            [
                "اختتم رئيس الجامعة زيارة استمرت أربعة أيام إلى {city} ب{country} على رأس وفد أكاديمي.",
                "والتقى الوفد قيادة {inst}، ووقّع اتفاقيتين في تبادل الطلبة والبحث المشترك.",
                "[واتفقت المؤسستان|واتفقت المؤسستان|واتفقت المؤسسات الثلاث|واتفقت المؤسسات الثلاث] كذلك على تنظيم مدارس صيفية مشتركة كل عامين بالتناوب.",
            ],
        ),
    ],
    "press_conference": [
        Story(
            "agreements",
            "Press conference presents the year's international cooperation",
            "مؤتمر صحفي يستعرض حصاد التعاون الدولي للعام",
            "The president and the director of the International Relations Office presented agreements, visits and scholarships of the year.",
            "استعرض رئيس الجامعة ومديرة مكتب العلاقات الدولية الاتفاقيات والزيارات والمنح خلال العام.",
            [
                "The university's president held a press conference with the director of the International Relations Office to present the year's international cooperation.",
                "The director reviewed the agreements signed during the year, including the partnership with {inst} in {city}, and the number of students who studied abroad.",
                "The president answered journalists' questions about the university's plans to widen its partnerships in {country} and the region.",
            ],
            [
                "عقد رئيس الجامعة مؤتمرًا صحفيًا مع مديرة مكتب العلاقات الدولية لاستعراض حصاد التعاون الدولي خلال العام.",
                "واستعرضت المديرة الاتفاقيات الموقعة خلال العام، ومنها الشراكة مع {inst} في {city}، وعدد الطلبة الذين درسوا في الخارج.",
                "وأجاب الرئيس عن أسئلة الصحفيين حول خطط الجامعة لتوسيع شراكاتها في {country} والمنطقة.",
            ],
        ),
        Story(
            "scholarships",
            "Press conference announces the exchange programme with {inst}",
            "مؤتمر صحفي يعلن برنامج التبادل مع {inst}",
            "Senior managers explained how students can apply for the new exchange places in {city}.",
            "شرح كبار المسؤولين كيفية التقدم لمقاعد التبادل الجديدة في {city}.",
            [
                "The university held a press conference to announce its new exchange programme with {inst} in {city}.",
                "The vice-president for academic affairs explained the selection criteria and the courses open to exchange students.",
                "Representatives of student councils attended and asked about support for students during their stay in {country}.",
            ],
            [
                "عقدت الجامعة مؤتمرًا صحفيًا للإعلان عن برنامج التبادل الجديد مع {inst} في {city}.",
                "وشرح نائب الرئيس للشؤون الأكاديمية معايير الاختيار والمساقات المتاحة لطلبة التبادل.",
                "وحضر ممثلو مجالس الطلبة، وسألوا عن دعم الطلبة خلال إقامتهم في {country}.",
            ],
        ),
        Story(
            "conferences",
            "Press conference on the results of the conference held with {inst}",
            "مؤتمر صحفي حول نتائج المؤتمر المنعقد مع {inst}",
            "The organisers presented the recommendations adopted by the participants.",
            "عرض المنظمون التوصيات التي أقرّها المشاركون.",
            [
                "The organising committee held a press conference to present the recommendations of the conference held with {inst}.",
                "The recommendations call for joint degree programmes, wider recognition of study periods abroad and open access to research.",
                "The committee announced that the proceedings will be published in Arabic and English before the end of the semester.",
            ],
            [
                "عقدت اللجنة المنظمة مؤتمرًا صحفيًا لعرض توصيات المؤتمر المنعقد بالتعاون مع {inst}.",
                "ودعت التوصيات إلى برامج الدرجات المشتركة، وتوسيع الاعتراف بفترات الدراسة في الخارج، وإتاحة البحث العلمي للجميع.",
                "وأعلنت اللجنة أن أعمال المؤتمر ستُنشر بالعربية والإنجليزية قبل نهاية الفصل الدراسي.",
            ],
        ),
    ],
    "brief": [
        Story(
            "research",
            "Brief: research funding calls opening in {country}",
            "موجز: دعوات تمويل البحث المفتوحة في {country}",
            "A summary of the calls that the university's researchers may join with partners in {country}.",
            "ملخص للدعوات التي يمكن لباحثي الجامعة التقدم إليها مع شركاء في {country}.",
            [
                "Funding agencies in {country} have opened several calls for international research projects this season.",
                "Most calls require a partner institution in {country}; {inst} in {city} [has said it is|has said it is|have said they are|have said they are] willing to act as [a partner|a partner|partners|partners] for the university's researchers.",
                "The International Relations Office advises researchers to contact it at least six weeks before a deadline.",
            ],
            [
                "فتحت جهات التمويل في {country} عدة دعوات لمشاريع بحثية دولية خلال هذا الموسم.",
                "وتشترط معظم الدعوات وجود مؤسسة شريكة في {country}، وقد [أبدى|أبدت] {inst} في {city} [استعداده|استعدادها|استعدادهما|استعدادهما] [ليكون شريكًا|لتكون شريكة|ليكونا شريكين|لتكونا شريكتين] لباحثي الجامعة.",
                "وينصح مكتب العلاقات الدولية الباحثين بالتواصل معه قبل الموعد النهائي بستة أسابيع على الأقل.",
            ],
        ),
        Story(
            "scholarships",
            "Brief: trends in international student mobility in {country}",
            "موجز: اتجاهات تنقّل الطلبة الدوليين في {country}",
            "More universities in {country} now teach in English and recognise study periods abroad.",
            "باتت جامعات أكثر في {country} تدرّس بالإنجليزية وتعترف بفترات الدراسة في الخارج.",
            [
                "Universities in {country} are receiving more international students, and a growing number of programmes are taught in English.",
                "Recognition of study periods abroad has become simpler, which eases exchange with partners such as {inst} in {city}.",
                "For the university's students, this means more places in short exchanges and summer schools.",
            ],
            [
                "تستقبل الجامعات في {country} أعدادًا متزايدة من الطلبة الدوليين، ويتزايد عدد البرامج التي تُدرَّس بالإنجليزية.",
                "وأصبح الاعتراف بفترات الدراسة في الخارج أيسر، مما يسهّل التبادل مع شركاء مثل {inst} في {city}.",
                "ويعني ذلك لطلبة الجامعة مزيدًا من المقاعد في برامج التبادل القصيرة والمدارس الصيفية.",
            ],
        ),
        Story(
            "networks",
            "Brief: higher-education reforms in {country} and what they mean for partners",
            "موجز: إصلاحات التعليم العالي في {country} وأثرها على الشركاء",
            "New rules on quality assurance and joint degrees in {country} open doors for cooperation.",
            "قواعد جديدة لضمان الجودة والدرجات المشتركة في {country} تفتح أبوابًا للتعاون.",
            [
                "The higher-education authorities in {country} have adopted new rules on quality assurance and on joint degrees with foreign universities.",
                "Under these rules, partners such as {inst} may award joint degrees after a single accreditation process.",
                "The office will brief the faculties on the steps needed to propose joint programmes under the new framework.",
            ],
            [
                "اعتمدت هيئات التعليم العالي في {country} قواعد جديدة لضمان الجودة وللدرجات المشتركة مع الجامعات الأجنبية.",
                "وبموجب هذه القواعد يمكن لشركاء مثل {inst} منح درجات مشتركة بعد إجراء اعتماد واحد.",
                "وسيُطلع مكتب العلاقات الدولية الكليات على الخطوات اللازمة لاقتراح برامج مشتركة وفق الإطار الجديد.",
            ],
        ),
        Story(
            "conferences",
            "Brief: Arabic language teaching in the universities of {country}",
            "موجز: تعليم اللغة العربية في جامعات {country}",
            "Demand for Arabic courses is rising; partners look for teachers and joint summer programmes.",
            "يتزايد الطلب على مساقات العربية، ويبحث الشركاء عن مدرّسين وبرامج صيفية مشتركة.",
            [
                "Universities in {country} report a rising demand for Arabic language courses, for beginners and for advanced learners.",
                "{inst} in {city} [has|has|have|have] asked the university to send visiting teachers and to host [its|its|their|their] students in an intensive summer programme.",
                "The office is preparing a proposal with the faculty of arts for the coming summer.",
            ],
            [
                "تفيد جامعات {country} بتزايد الطلب على مساقات اللغة العربية للمبتدئين والمتقدمين.",
                "و[طلب|طلبت] {inst} في {city} من الجامعة إيفاد مدرّسين زائرين واستضافة [طلبته|طلبتها|طلبتهما|طلبتهما] في برنامج صيفي مكثّف.",
                "ويعدّ مكتب العلاقات الدولية مقترحًا بالتعاون مع كلية الآداب للصيف المقبل.",
            ],
        ),
    ],
}
