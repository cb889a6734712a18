"""Wording of the news demo: fictional institutions in real cities, English and Arabic.

Kept apart from ``demo.py`` (which builds rows from it) so the prose reads as prose.
Placeholders: {inst}, {city}, {country} (and their Arabic forms in the Arabic texts).
"""

# (short Latin label for pictures and slugs, name en, name ar, city en, city ar, country en,
#  country ar). Institutions are fictional; the cities and countries are real.
INSTITUTIONS = [
    ("anatolian-highlands", "Anatolian Highlands University", "جامعة المرتفعات الأناضولية", "Ankara", "أنقرة", "Türkiye", "تركيا"),
    ("kl-civilisation", "Kuala Lumpur Institute of Islamic Civilisation", "معهد كوالالمبور للحضارة الإسلامية", "Kuala Lumpur", "كوالالمبور", "Malaysia", "ماليزيا"),
    ("nile-valley", "Nile Valley University of Science", "جامعة وادي النيل للعلوم", "Cairo", "القاهرة", "Egypt", "مصر"),
    ("tunis-mediterranean", "Tunis Institute of Mediterranean Studies", "معهد تونس للدراسات المتوسطية", "Tunis", "تونس", "Tunisia", "تونس"),
    ("java-heritage", "Java Heritage University", "جامعة تراث جاوة", "Yogyakarta", "يوجياكارتا", "Indonesia", "إندونيسيا"),
    ("sahel-polytechnic", "Sahel Polytechnic University", "جامعة الساحل التقنية", "Dakar", "داكار", "Senegal", "السنغال"),
    ("caspian-languages", "Caspian Institute of Languages", "معهد قزوين للغات", "Baku", "باكو", "Azerbaijan", "أذربيجان"),
    ("atlas-mountains", "Atlas Mountains University", "جامعة جبال الأطلس", "Rabat", "الرباط", "Morocco", "المغرب"),
    ("nordic-centre", "Nordic Centre for Middle Eastern Studies", "المركز الشمالي لدراسات الشرق الأوسط", "Uppsala", "أوبسالا", "Sweden", "السويد"),
    ("rhine-valley", "Rhine Valley University of Applied Sciences", "جامعة وادي الراين للعلوم التطبيقية", "Bonn", "بون", "Germany", "ألمانيا"),
    ("rhone-oriental", "Rhône Institute of Oriental Languages", "معهد الرون للغات الشرقية", "Lyon", "ليون", "France", "فرنسا"),
    ("punjab-higher-learning", "Punjab Institute of Higher Learning", "معهد البنجاب للتعليم العالي", "Lahore", "لاهور", "Pakistan", "باكستان"),
    ("indian-ocean", "Indian Ocean University", "جامعة المحيط الهندي", "Nairobi", "نيروبي", "Kenya", "كينيا"),
    ("amman-water", "Amman Academy of Water Studies", "أكاديمية عمّان لدراسات المياه", "Amman", "عمّان", "Jordan", "الأردن"),
]  # fmt: skip

CATEGORIES = [
    ("agreements", "Agreements and partnerships", "الاتفاقيات والشراكات"),
    ("visits", "Visits and delegations", "الزيارات والوفود"),
    ("scholarships", "Scholarships and exchange", "المنح والتبادل"),
    ("conferences", "Conferences and exhibitions", "المؤتمرات والمعارض"),
    ("research", "Research cooperation", "التعاون البحثي"),
    ("networks", "International networks", "الشبكات الدولية"),
]

# kind -> list of stories: (category slug, title en, title ar, summary en, summary ar,
# [paragraphs en], [paragraphs ar]).
STORIES = {
    "news": [
        (
            "agreements",
            "Memorandum of understanding signed with {inst}",
            "توقيع مذكرة تفاهم مع {inst}",
            "The university and {inst} in {city} agreed to exchange staff and students and to run joint research.",
            "اتفقت الجامعة و{inst} في {city} على تبادل أعضاء هيئة التدريس والطلبة وإجراء أبحاث مشتركة.",
            [
                "The university signed a memorandum of understanding with {inst} in {city}, {country}, opening a new channel of academic cooperation between the two institutions.",
                "The memorandum provides for the exchange of faculty members and students, joint supervision of postgraduate research, and the sharing of library and laboratory resources.",
                "The director of International Relations Affairs said that the agreement follows two years of contact between departments on both sides, and that a joint committee will meet every semester to follow up its implementation.",
            ],
            [
                "وقّعت الجامعة مذكرة تفاهم مع {inst} في {city} ب{country}، تفتح قناة جديدة للتعاون الأكاديمي بين المؤسستين.",
                "وتنص المذكرة على تبادل أعضاء هيئة التدريس والطلبة، والإشراف المشترك على أبحاث الدراسات العليا، وتبادل موارد المكتبات والمختبرات.",
                "وأوضح مدير شؤون العلاقات الدولية أن الاتفاق جاء بعد عامين من التواصل بين الأقسام في المؤسستين، وأن لجنة مشتركة ستجتمع كل فصل دراسي لمتابعة تنفيذه.",
            ],
        ),
        (
            "visits",
            "Delegation from {inst} visits the university",
            "وفد من {inst} يزور الجامعة",
            "A delegation from {city} toured the faculties and discussed joint programmes with the deans.",
            "زار وفد من {city} كليات الجامعة وناقش مع العمداء إمكانات البرامج المشتركة.",
            [
                "The university received a delegation from {inst} in {city}, led by its vice-president for academic affairs.",
                "The guests toured the central library, the language centre and the engineering laboratories, and met the deans of the faculties of arts and of education.",
                "Both sides discussed a joint master's programme in translation studies and short summer courses in Arabic for students from {country}.",
            ],
            [
                "استقبلت الجامعة وفدًا من {inst} في {city} برئاسة نائب رئيسها للشؤون الأكاديمية.",
                "وتجوّل الضيوف في المكتبة المركزية ومركز اللغات ومختبرات الهندسة، والتقوا عميدَي كليتي الآداب والتربية.",
                "وناقش الجانبان برنامج ماجستير مشتركًا في دراسات الترجمة، ودورات صيفية قصيرة في اللغة العربية لطلبة من {country}.",
            ],
        ),
        (
            "scholarships",
            "Students leave for an exchange semester at {inst}",
            "طلبة الجامعة يبدؤون فصلًا تبادليًا في {inst}",
            "Twelve students begin a semester of study in {city} under the exchange agreement.",
            "يبدأ اثنا عشر طالبًا وطالبة فصلًا دراسيًا في {city} ضمن اتفاقية التبادل.",
            [
                "Twelve students from the faculties of engineering, arts and economics began an exchange semester at {inst} in {city}.",
                "The credits they earn will be recognised in full on their return, under the learning agreements approved by their departments before departure.",
                "International Relations Affairs held an orientation day for the students on academic life, health insurance and cultural life in {country}.",
            ],
            [
                "بدأ اثنا عشر طالبًا وطالبة من كليات الهندسة والآداب والاقتصاد فصلًا دراسيًا تبادليًا في {inst} في {city}.",
                "وستُحتسب الساعات المعتمدة التي يجتازونها كاملةً عند عودتهم، وفق اتفاقيات التعلّم التي أقرّتها أقسامهم قبل السفر.",
                "وعقدت شؤون العلاقات الدولية يومًا تعريفيًا للطلبة حول الحياة الأكاديمية والتأمين الصحي والحياة الثقافية في {country}.",
            ],
        ),
        (
            "conferences",
            "The university takes part in the international education fair in {city}",
            "الجامعة تشارك في معرض التعليم الدولي في {city}",
            "The university's stand presented its programmes to students and institutions from {country} and beyond.",
            "عرض جناح الجامعة برامجها على الطلبة والمؤسسات من {country} وخارجها.",
            [
                "The university took part in the international education fair held in {city}, {country}, with a stand prepared by International Relations Affairs.",
                "Staff from the admissions office and the faculties answered questions about undergraduate and postgraduate programmes, scholarships and Arabic language courses.",
                "On the sidelines of the fair, the delegation met representatives of {inst} to discuss a joint summer school.",
            ],
            [
                "شاركت الجامعة في معرض التعليم الدولي الذي أقيم في {city} ب{country}، بجناح أعدّته شؤون العلاقات الدولية.",
                "وأجاب موظفو دائرة القبول والكليات عن أسئلة الزوار حول برامج البكالوريوس والدراسات العليا والمنح ودورات اللغة العربية.",
                "وعلى هامش المعرض التقى وفد الجامعة ممثلي {inst} لبحث تنظيم مدرسة صيفية مشتركة.",
            ],
        ),
        (
            "research",
            "Joint research project on water resources launched with {inst}",
            "إطلاق مشروع بحثي مشترك حول الموارد المائية مع {inst}",
            "Researchers from both institutions will study water reuse in agriculture over three years.",
            "سيدرس باحثو المؤسستين إعادة استخدام المياه في الزراعة على مدى ثلاث سنوات.",
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
        (
            "networks",
            "The university joins a network of universities with {inst}",
            "الجامعة تنضم إلى شبكة جامعية مع {inst}",
            "Membership opens calls for joint projects and staff training across the network.",
            "تتيح العضوية المشاركة في دعوات المشاريع المشتركة وتدريب العاملين في جامعات الشبكة.",
            [
                "The university became a member of a network of universities coordinated by {inst} in {city}.",
                "Membership gives faculty members access to the network's calls for joint projects, and administrative staff to its training weeks.",
                "International Relations Affairs will circulate the network's calls to the faculties as soon as they are announced.",
            ],
            [
                "أصبحت الجامعة عضوًا في شبكة جامعية ينسّقها {inst} في {city}.",
                "وتتيح العضوية لأعضاء هيئة التدريس التقدم لدعوات المشاريع المشتركة في الشبكة، وللموظفين الإداريين المشاركة في أسابيعها التدريبية.",
                "وستعمّم شؤون العلاقات الدولية دعوات الشبكة على الكليات فور الإعلان عنها.",
            ],
        ),
    ],
    "press_release": [
        (
            "agreements",
            "Press release: cooperation agreement with {inst}",
            "بيان صحفي: اتفاقية تعاون مع {inst}",
            "The university announces a five-year cooperation agreement with {inst}, {country}.",
            "تعلن الجامعة توقيع اتفاقية تعاون لمدة خمس سنوات مع {inst} في {country}.",
            [
                "The university announces that it has concluded a five-year cooperation agreement with {inst} in {city}, {country}.",
                "The agreement covers joint teaching, the exchange of publications, and visiting professorships in both directions.",
                "Journalists may request the full text of the agreement and interviews from International Relations Affairs.",
            ],
            [
                "تعلن الجامعة إبرامها اتفاقية تعاون مدتها خمس سنوات مع {inst} في {city} ب{country}.",
                "وتشمل الاتفاقية التدريس المشترك، وتبادل المطبوعات، والأستاذية الزائرة في الاتجاهين.",
                "ويمكن للصحفيين طلب النص الكامل للاتفاقية وإجراء المقابلات عبر شؤون العلاقات الدولية.",
            ],
        ),
        (
            "scholarships",
            "Press release: new scholarships for master's students at {inst}",
            "بيان صحفي: منح جديدة لطلبة الماجستير في {inst}",
            "Five fully funded master's scholarships in {city} are open to the university's graduates.",
            "خمس منح ماجستير ممولة بالكامل في {city} متاحة لخرّيجي الجامعة.",
            [
                "The university announces five fully funded master's scholarships at {inst} in {city}, offered under the partnership between the two institutions.",
                "The scholarships cover tuition, accommodation and a monthly allowance for two years. Graduates with a grade of very good or higher may apply.",
                "Applications are received by International Relations Affairs; the selection committee will publish its results on the university's website.",
            ],
            [
                "تعلن الجامعة عن خمس منح ماجستير ممولة بالكامل في {inst} في {city}، تُقدَّم في إطار الشراكة بين المؤسستين.",
                "وتغطي المنح الرسوم الدراسية والسكن ومخصصًا شهريًا لمدة عامين، ويحق التقدم لها للخرّيجين الحاصلين على تقدير جيد جدًا فأعلى.",
                "وتُستقبل الطلبات في شؤون العلاقات الدولية، وستنشر لجنة الاختيار نتائجها على الموقع الإلكتروني للجامعة.",
            ],
        ),
        (
            "conferences",
            "Press release: international conference on higher education to be hosted with {inst}",
            "بيان صحفي: مؤتمر دولي حول التعليم العالي بالتعاون مع {inst}",
            "Researchers from {country} and the region will meet to discuss quality in higher education.",
            "يلتقي باحثون من {country} والمنطقة لمناقشة جودة التعليم العالي.",
            [
                "The university will host, together with {inst}, an international conference on quality assurance in higher education.",
                "The call for papers is open to researchers and practitioners; sessions will be held in Arabic and English with simultaneous interpretation.",
                "Registration is free of charge for students of the two institutions.",
            ],
            [
                "تستضيف الجامعة بالتعاون مع {inst} مؤتمرًا دوليًا حول ضمان الجودة في التعليم العالي.",
                "وباب تقديم الأوراق مفتوح للباحثين والممارسين، وستُعقد الجلسات بالعربية والإنجليزية مع ترجمة فورية.",
                "والتسجيل مجاني لطلبة المؤسستين.",
            ],
        ),
        (
            "visits",
            "Press release: the university's president concludes a visit to {city}",
            "بيان صحفي: رئيس الجامعة يختتم زيارة إلى {city}",
            "The visit to {country} resulted in two new agreements and a plan for joint summer schools.",
            "أسفرت الزيارة إلى {country} عن اتفاقيتين جديدتين وخطة لمدارس صيفية مشتركة.",
            [
                "The university's president concluded a four-day visit to {city}, {country}, at the head of an academic delegation.",
                "The delegation met the leadership of {inst} and signed two agreements on student exchange and joint research.",
                "The two universities also agreed to hold joint summer schools in alternate years.",
            ],
            [
                "اختتم رئيس الجامعة زيارة استمرت أربعة أيام إلى {city} ب{country} على رأس وفد أكاديمي.",
                "والتقى الوفد قيادة {inst}، ووقّع اتفاقيتين في تبادل الطلبة والبحث المشترك.",
                "واتفقت الجامعتان كذلك على تنظيم مدارس صيفية مشتركة كل عامين بالتناوب.",
            ],
        ),
    ],
    "press_conference": [
        (
            "agreements",
            "Press conference presents the year's international cooperation",
            "مؤتمر صحفي يستعرض حصاد التعاون الدولي للعام",
            "The president and the director of International Relations Affairs presented agreements, visits and scholarships of the year.",
            "استعرض رئيس الجامعة ومدير شؤون العلاقات الدولية الاتفاقيات والزيارات والمنح خلال العام.",
            [
                "The university's president held a press conference with the director of International Relations Affairs to present the year's international cooperation.",
                "The director reviewed the agreements signed during the year, including the partnership with {inst} in {city}, and the number of students who studied abroad.",
                "The president answered journalists' questions about the university's plans to widen its partnerships in {country} and the region.",
            ],
            [
                "عقد رئيس الجامعة مؤتمرًا صحفيًا مع مدير شؤون العلاقات الدولية لاستعراض حصاد التعاون الدولي خلال العام.",
                "واستعرض المدير الاتفاقيات الموقعة خلال العام، ومنها الشراكة مع {inst} في {city}، وعدد الطلبة الذين درسوا في الخارج.",
                "وأجاب الرئيس عن أسئلة الصحفيين حول خطط الجامعة لتوسيع شراكاتها في {country} والمنطقة.",
            ],
        ),
        (
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
        (
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
        (
            "research",
            "Brief: research funding calls opening in {country}",
            "موجز: دعوات تمويل البحث المفتوحة في {country}",
            "A summary of the calls that the university's researchers may join with partners in {country}.",
            "ملخص للدعوات التي يمكن لباحثي الجامعة التقدم إليها مع شركاء في {country}.",
            [
                "Funding agencies in {country} have opened several calls for international research projects this season.",
                "Most calls require a partner institution in {country}; {inst} in {city} has said it is willing to act as a partner for the university's researchers.",
                "International Relations Affairs advises researchers to contact it at least six weeks before a deadline.",
            ],
            [
                "فتحت جهات التمويل في {country} عدة دعوات لمشاريع بحثية دولية خلال هذا الموسم.",
                "وتشترط معظم الدعوات وجود مؤسسة شريكة في {country}، وقد أبدى {inst} في {city} استعداده ليكون شريكًا لباحثي الجامعة.",
                "وتنصح شؤون العلاقات الدولية الباحثين بالتواصل معها قبل الموعد النهائي بستة أسابيع على الأقل.",
            ],
        ),
        (
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
        (
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
                "وستطلع شؤون العلاقات الدولية الكليات على الخطوات اللازمة لاقتراح برامج مشتركة وفق الإطار الجديد.",
            ],
        ),
        (
            "conferences",
            "Brief: Arabic language teaching in the universities of {country}",
            "موجز: تعليم اللغة العربية في جامعات {country}",
            "Demand for Arabic courses is rising; partners look for teachers and joint summer programmes.",
            "يتزايد الطلب على مساقات العربية، ويبحث الشركاء عن مدرّسين وبرامج صيفية مشتركة.",
            [
                "Universities in {country} report a rising demand for Arabic language courses, for beginners and for advanced learners.",
                "{inst} in {city} has asked the university to send visiting teachers and to host its students in an intensive summer programme.",
                "The office is preparing a proposal with the faculty of arts for the coming summer.",
            ],
            [
                "تفيد جامعات {country} بتزايد الطلب على مساقات اللغة العربية للمبتدئين والمتقدمين.",
                "وطلب {inst} في {city} من الجامعة إيفاد مدرّسين زائرين واستضافة طلبته في برنامج صيفي مكثّف.",
                "وتعدّ شؤون العلاقات الدولية مقترحًا بالتعاون مع كلية الآداب للصيف المقبل.",
            ],
        ),
    ],
}

# kind -> stories (title en, title ar, [paragraphs en], [paragraphs ar]); issued by en/ar below.
STATEMENTS = {
    "position": [
        (
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
        (
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
        (
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
        (
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
        (
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
        (
            "Condolences after the floods in {country}",
            "تعزية إثر الفيضانات في {country}",
            [
                "The university expresses its deep sorrow at the loss of life caused by the floods in {country}.",
                "Our thoughts are with the families of the victims and with the students and staff of {inst} in {city}.",
            ],
            [
                "تعرب الجامعة عن بالغ حزنها للخسائر في الأرواح التي خلّفتها الفيضانات في {country}.",
                "وقلوبنا مع أسر الضحايا ومع طلبة {inst} والعاملين فيه في {city}.",
            ],
        ),
        (
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
        (
            "Condolences after the storm in {country}",
            "تعزية إثر العاصفة في {country}",
            [
                "The university offers its condolences to the people of {country} after the severe storm that hit the coast near {city}.",
                "We are in touch with our partners at {inst} to see how we can support their students.",
            ],
            [
                "تتقدّم الجامعة بالتعزية إلى شعب {country} إثر العاصفة الشديدة التي ضربت الساحل قرب {city}.",
                "ونحن على تواصل مع شركائنا في {inst} لبحث سبل دعم طلبتهم.",
            ],
        ),
    ],
    "congratulation": [
        (
            "Congratulations to {inst} on its fiftieth anniversary",
            "تهنئة إلى {inst} بمناسبة الذكرى الخمسين لتأسيسه",
            [
                "The university congratulates {inst} in {city} on the fiftieth anniversary of its foundation.",
                "For half a century it has served students in {country} and beyond; we are proud of our partnership and look forward to many more years of cooperation.",
            ],
            [
                "تهنّئ الجامعة {inst} في {city} بمناسبة الذكرى الخمسين لتأسيسه.",
                "فعلى مدى نصف قرن خدم الطلبة في {country} وخارجها، ونحن نعتز بشراكتنا معه ونتطلع إلى سنوات طويلة من التعاون.",
            ],
        ),
        (
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
        (
            "Congratulations to the new president of {inst}",
            "تهنئة إلى الرئيس الجديد ل{inst}",
            [
                "The university congratulates Professor Samira Oudeh on her appointment as president of {inst} in {city}.",
                "We wish her every success and look forward to continuing our cooperation.",
            ],
            [
                "تهنّئ الجامعة الأستاذة الدكتورة سميرة عودة بمناسبة تعيينها رئيسةً ل{inst} في {city}.",
                "ونتمنى لها التوفيق ونتطلع إلى مواصلة التعاون.",
            ],
        ),
        (
            "Congratulations to {inst} on its international research award",
            "تهنئة إلى {inst} بفوزه بجائزة بحثية دولية",
            [
                "The university congratulates its partner {inst} on winning an international award for research on sustainable water use.",
                "The award honours a research team with whom our own researchers have worked closely.",
            ],
            [
                "تهنّئ الجامعة شريكها {inst} بفوزه بجائزة دولية عن أبحاثه في الاستخدام المستدام للمياه.",
                "وتكرّم الجائزة فريقًا بحثيًا عمل باحثونا معه عن قرب.",
            ],
        ),
    ],
    "condemnation": [
        (
            "Condemning fraudulent scholarship offers using the university's name",
            "إدانة عروض المنح الاحتيالية التي تستخدم اسم الجامعة",
            [
                "The university condemns fraudulent offers of scholarships that use its name and logo and ask students for fees.",
                "The university never charges for scholarship applications. Students in {country} and elsewhere should check every offer with International Relations Affairs.",
            ],
            [
                "تدين الجامعة عروض المنح الاحتيالية التي تستخدم اسمها وشعارها وتطلب من الطلبة دفع رسوم.",
                "والجامعة لا تتقاضى أي رسوم على طلبات المنح، وعلى الطلبة في {country} وغيرها التحقق من أي عرض لدى شؤون العلاقات الدولية.",
            ],
        ),
        (
            "Condemning the cyberattack on the library systems of {inst}",
            "إدانة الهجوم الإلكتروني على أنظمة مكتبة {inst}",
            [
                "The university condemns the cyberattack that disabled the library systems of its partner {inst} in {city}.",
                "It has offered its partner technical assistance and access to its own digital library until the systems are restored.",
            ],
            [
                "تدين الجامعة الهجوم الإلكتروني الذي عطّل أنظمة مكتبة شريكها {inst} في {city}.",
                "وقد عرضت على شريكها المساعدة الفنية وإتاحة مكتبتها الرقمية إلى حين استعادة الأنظمة.",
            ],
        ),
        (
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
        (
            "Condemning journals that falsely claim the university's endorsement",
            "إدانة المجلات التي تدّعي زورًا اعتماد الجامعة",
            [
                "The university condemns journals that falsely claim to be published or endorsed by it or by its partner {inst}.",
                "The list of the university's own journals is published on its website; researchers are asked to report any misuse.",
            ],
            [
                "تدين الجامعة المجلات التي تدّعي زورًا أنها تصدر عنها أو عن شريكها {inst} أو بتأييدهما.",
                "وقائمة مجلات الجامعة منشورة على موقعها الإلكتروني، ويُرجى من الباحثين الإبلاغ عن أي إساءة استخدام.",
            ],
        ),
    ],
    "solidarity": [
        (
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
        (
            "Solidarity with {inst} after the fire on its campus",
            "تضامن مع {inst} إثر الحريق في حرمه",
            [
                "The university expresses its solidarity with {inst} after the fire that damaged laboratories on its campus in {city}.",
                "Our laboratories are open to its researchers until their own are rebuilt.",
            ],
            [
                "تعرب الجامعة عن تضامنها مع {inst} إثر الحريق الذي ألحق أضرارًا بمختبرات حرمه في {city}.",
                "ومختبراتنا مفتوحة لباحثيه إلى حين إعادة بناء مختبراتهم.",
            ],
        ),
        (
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
        (
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

ISSUERS = [
    ("The Presidency of the University", "رئاسة الجامعة"),
    ("International Relations Affairs", "شؤون العلاقات الدولية"),
    ("The University Council", "مجلس الجامعة"),
]

MAGAZINE = ("Bridges of Knowledge", "جسور المعرفة")
MAGAZINE_TOPICS = [
    ("Partnerships in Asia", "شراكات في آسيا"),
    ("Students abroad", "طلبتنا في الخارج"),
    ("Summer schools", "المدارس الصيفية"),
    ("Research without borders", "بحث بلا حدود"),
    ("Arabic for the world", "العربية للعالم"),
    ("Women in science", "المرأة في العلوم"),
    ("Water and climate", "المياه والمناخ"),
    ("Book fairs", "معارض الكتاب"),
    ("Visiting professors", "الأساتذة الزائرون"),
    ("Joint degrees", "الدرجات المشتركة"),
    ("Digital libraries", "المكتبات الرقمية"),
    ("Year in review", "حصاد العام"),
]
