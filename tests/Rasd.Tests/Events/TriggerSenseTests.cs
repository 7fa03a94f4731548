namespace Rasd.Tests.Events;

/// <summary>A trigger word's other sense is no event ("البحث عن ناجين"), and a definite attack refers back to the one already told of.</summary>
public class TriggerSenseTests
{
    // searching is no talks; leaving a deal is no withdrawal; a threat a group poses is no threat made; a weapons-ban treaty or body, preventing, and a student are no coercion or demand
    [Theory]
    [InlineData("تواصل فرق الدفاع المدني البحث عن ناجين تحت الأنقاض في مدينة جسر الشغور.", "CONSULT")]
    [InlineData("خرج الأهالي بحثا عن الماء في أطراف البلدة.", "CONSULT")]
    [InlineData("حذرت المنظمة من خروج الأوضاع في المخيمات الحدودية عن السيطرة.", "RETREAT")]
    [InlineData("وتوجه وزير الخارجية الأمريكي إلى الرياض للقاء وزراء خارجية دول مجلس التعاون وبحث الملف الإيراني معهم.", "COOPERATE")]
    [InlineData("والتقى وفد الائتلاف الوطني السوري ممثلين عن هيئة التنسيق في بروكسل.", "COOPERATE")]
    [InlineData("وقال رئيس مركز التنسيق الروسي في حميميم إن الفصائل خرقت الهدنة في ريف حماة.", "COOPERATE")]
    [InlineData("واتهمت قوات الحشد الشعبي العراقي التحالف الدولي بشن غارة على موقع لها قرب البوكمال.", "MOBILIZE")]
    [InlineData("وقال المتحدث باسم هيئة الحشد الشعبي في العراق إن مقاتليه لم يعبروا الحدود.", "MOBILIZE")]
    [InlineData("واستقبلت إسرائيل في البداية الجرحى السوريين وعالجتهم في مستشفياتها الميدانية في الجولان.", "CONSULT")]
    [InlineData("واستقبل المستشفى الميداني المصابين من ريف إدلب الجنوبي.", "CONSULT")]
    [InlineData("وقالت الحكومة السويدية إن السويد استقبلت مئات الآلاف من طالبي اللجوء منذ عام 2014.", "CONSULT")]
    [InlineData("وتقول أنقرة إن تركيا استقبلت أكثر من ثلاثة ملايين سوري منذ بدء الحرب.", "CONSULT")]
    [InlineData("وشيع أهالي القرية الضحايا الذين استقبلتهم مقبرة البلدة مساء الجمعة بحضور محافظ درعا.", "CONSULT")]
    [InlineData("واستقبلت العيادات الميدانية التابعة للهلال الأحمر القطري في مخيم الركبان عشرات المراجعين يوميا.", "CONSULT")]
    [InlineData("وروسيا التي تملك حق النقض (الفيتو) في مجلس الأمن حليفة لدمشق ودافعت عنها مرارا.", "REJECT")]
    [InlineData("ويتضمن مشروع الهدنة فك الحصار عن بلدات الغوطة الشرقية وإدخال المساعدات إليها.", "COERCE")]
    [InlineData("وطالب المجلس المحلي الأمم المتحدة بالضغط لرفع الحصار عن المدينة.", "COERCE")]
    [InlineData("ووافقت طهران عام 2015 على تجميد برنامجها النووي مقابل رفع العقوبات الاقتصادية عنها.", "SANCTION")]
    [InlineData("ويأمل التجار الإيرانيون أن ينتعش السوق بعد رفع العقوبات الأمريكية عن إيران الأسبوع المقبل.", "SANCTION")]
    [InlineData("وطالبت الحكومة الروسية واشنطن بتخفيف العقوبات المفروضة على قطاع النفط.", "SANCTION")]
    [InlineData("وقدمت فرنسا مشروعها إلى الجمعية العامة للأمم المتحدة حيث لا تملك روسيا حق الفيتو.", "REJECT")]
    [InlineData("ويرى دبلوماسيون أن الصين كما روسيا تملك حق النقض في مجلس الأمن الدولي.", "REJECT")]
    [InlineData("وأكد قائد القوات الأمريكية في سوريا جاهزية قواته للرد على أي تهديد لها في منطقة التنف.", "THREATEN")]
    [InlineData("ولا تزال سوريا وإسرائيل في حالة حرب رغم أن خط الهدنة في الجولان بقي هادئا لعقود.", "AGREE")]
    [InlineData("وأطلق عناصر التنظيم النار على دورية إسرائيلية قرب خط وقف إطلاق النار في الجولان.", "AGREE")]
    [InlineData("ونقلت وكالة تاس عن مركز المصالحة في سوريا الذي تديره وزارة الدفاع الروسية قوله إن مئات المقاتلين غادروا البلدة.", "AGREE")]
    [InlineData("وقال رئيس المركز الروسي العسكري للمصالحة إن الحكومة السورية تسلمت أسلحة الفصائل في المدينة.", "AGREE")]
    [InlineData("وأصدر الرئيس السوري بشار الأسد مرسوما يمنح عفوا عاما عن جرائم الفرار من الخدمة العسكرية.", "RETREAT")]
    [InlineData("وحكمت محكمة عسكرية سورية على الجندي بتهمة الفرار من وحدته في حمص.", "RETREAT")]
    [InlineData("وتحاول الحكومة الأردنية تخفيف تبعات نزوح اللاجئين السوريين على اقتصاد البلاد الهش.", "RETREAT")]
    [InlineData("ويقدم المركز الرعاية للأطفال الذين عانوا من مساوئ اللجوء والتهجير.", "RETREAT")]
    [InlineData("وبحث الوزير الأردني مع نظيره اللبناني في بيروت ملف النزوح السوري.", "RETREAT")]
    [InlineData("وتواجه الحكومة اللبنانية أزمة النزوح السوري منذ سنوات.", "RETREAT")]
    [InlineData("وقال نتنياهو إنه لا يمكن أن ندع أحدا يثير قضية الانسحاب الإيراني من سوريا.", "RETREAT")]
    [InlineData("نبه الوزير إلى خطر خروج الأزمة الصحية في المدن الساحلية، وهي مكتظة بالنازحين، عن السيطرة.", "RETREAT")]
    [InlineData("انسحبت الولايات المتحدة من الاتفاق النووي مع إيران في أيار الماضي.", "RETREAT")]
    [InlineData("وهددت موسكو بالانسحاب من المعاهدة إذا لم تتراجع واشنطن.", "RETREAT")]
    [InlineData("ودعت الدول الأعضاء في اتفاقية حظر الأسلحة الكيميائية إلى اجتماع طارئ في لاهاي.", "COERCE")]
    [InlineData("وقالت منظمة حظر الأسلحة الكيمياوية إن مفتشيها وصلوا إلى دمشق.", "COERCE")]
    [InlineData("وتحدث الوزير عن معاهدة حظر انتشار الأسلحة النووية.", "COERCE")]
    [InlineData("ويواجه المتهمون الأربعة في الأردن عقوبة الإعدام شنقا.", "COERCE")]
    [InlineData("وقالت منظمة حظر الكيماوي إن خبراءها سيصلون إلى المدينة الأسبوع المقبل.", "COERCE")]
    [InlineData("وأكد الوزير أن بلاده ستعمل على منع التوسع الإيراني في المنطقة.", "COERCE")]
    [InlineData("وتهدف الخطة لمنع انهيار الاتفاق في الجنوب السوري.", "COERCE")]
    [InlineData("وقدمت الجامعة منحة دراسية لطالب سوري من مدينة حلب.", "REQUEST")]
    [InlineData("وتسمح الجامعة لطلبتها بالدراسة عبر الإنترنت.", "REQUEST")]
    [InlineData("ونشر الموقع مقطعا مصورا يظهر الدمار في السوق القديم.", "MOBILIZE")]
    [InlineData("وانتشر الوباء في المدن السورية خلال الشهر الماضي.", "MOBILIZE")]
    [InlineData("وسحبت الحكومة الجنسية من المتهم بعد إدانته.", "RETREAT")]
    [InlineData("واتجهت الأنظار إلى جنيف حيث تعقد المحادثات.", "MOBILIZE")]
    [InlineData("ونشرت الوزارة صور القواعد المدمرة في ريف حمص.", "MOBILIZE")]
    [InlineData("وعاد الطالبان إلى حلب بعد الحرب التي اجتاحت البلاد منذ 2011.", "ASSAULT")]
    [InlineData("واجتاحت الفيضانات القرى الساحلية في ريف اللاذقية أمس.", "ASSAULT")]
    [InlineData("وقررت البحرين استدعاء سفيرها في طهران للتشاور.", "CONSULT")]
    [InlineData("وقال الجنرال إن قواعد إطلاق النار التي يعتمدها التحالف في سوريا صارمة.", "ASSAULT")]
    [InlineData("وقرر الاتحاد سحبه من اللاعب بعد الفضيحة.", "RETREAT")]
    [InlineData("وتنتشر الشائعات عن انسحاب القوات من المدينة.", "MOBILIZE")]
    [InlineData("ونشرت الصحيفة صورا لجنود يحتفلون في الساحة العامة.", "MOBILIZE")]
    [InlineData("وتقدمت وحدات الجيش بدعم جوي روسي نحو أطراف البلدة الشرقية.", "SUPPORT")]
    [InlineData("وأطلقت البلدية بدعم من منظمات محلية حملة لتنظيف الشوارع.", "SUPPORT")]
    [InlineData("وحاصرت الفصائل المعسكر، وبدعم من مقاتلين محليين قطعت طرق الإمداد إليه.", "SUPPORT")]
    [InlineData("وقالت الشرطة إن الضحية، وهو طالب يبلغ من العمر عشرين عاما، نقل إلى المستشفى.", "REQUEST")]
    [InlineData("وعثرت الشرطة على جثة طالب لجوء أفغاني في نهر المدينة.", "REQUEST")]
    [InlineData("وفاز طالب جامعي من مدينة حمص بالمركز الأول في مسابقة الشعر.", "REQUEST")]
    [InlineData("وقال ضابط في الشرطة طلب عدم الكشف عن هويته إن الطريق أغلق مساء أمس.", "REQUEST")]
    [InlineData("وأوضح موظف في البلدية، طلب عدم نشر اسمه، أن المياه انقطعت عن الحي.", "REQUEST")]
    [InlineData("وذكرت ناشطة رفضت الكشف عن اسمها أن الأسعار ارتفعت في السوق.", "REJECT")]
    [InlineData("وقال مسؤول محلي رفض ذكر اسمه إن المدارس ستفتح الأسبوع المقبل.", "REJECT")]
    [InlineData("وقال المتحدث باسم الوزارة في مؤتمر صحفي عقده في العاصمة إن الحكومة تتابع الوضع.", "CONSULT")]
    [InlineData("وعقدت النقابة مؤتمرا صحافيا للإعلان عن برنامج المهرجان.", "CONSULT")]
    [InlineData("ويرى محللون أن التنظيم لا يزال يشكل تهديدا لأمن المنطقة.", "THREATEN")]
    [InlineData("وانتشرت وحدات الشرطة في المدينة بناء على طلب من المجلس المحلي.", "REQUEST")]
    [InlineData("وعقد البرلمان جلسة استثنائية بطلب من الحكومة لمناقشة الميزانية.", "REQUEST")]
    [InlineData("وفتحت البلدية المعبر استجابة لطلب عدد من المنظمات الإنسانية.", "REQUEST")]
    [InlineData("وهاجم الرئيس الفنزويلي في خطاب متلفز حكومة كولومبيا المجاورة.", "ASSAULT")]
    [InlineData("وهاجمت المعارضة بشدة الحكومة بسبب ارتفاع الأسعار.", "ASSAULT")]
    [InlineData("وهاجم حزب العمال تصريحات رئيسة الوزراء حول الهجرة.", "ASSAULT")]
    [InlineData("وحذر الوسيط الدولي من خروج الأوضاع في الإقليم عن السيطرة خلال الأيام المقبلة.", "RETREAT")]
    [InlineData("وأعلنت الحكومة الخروج من الاتفاق التجاري مع جارتها الشمالية.", "RETREAT")]
    [InlineData("وأغلق مؤشر البورصة جلسة التداول مرتفعا 12 نقطة.", "CONSULT")]
    [InlineData("وارتفع سعر القمح لتسليم أيار ثلاثة في المئة ليبلغ عند التسوية 210 دولارات للطن.", "AGREE")]
    [InlineData("ووقعت شركة الطيران صفقة بقيمة 3 مليارات دولار لشراء عشرين طائرة.", "AGREE")]
    [InlineData("وقررت الحكومة خفض دعم الوقود بنسبة عشرة في المئة.", "SUPPORT")]
    [InlineData("ولقيت الأسعار دعما من تراجع المخزونات الأمريكية.", "SUPPORT")]
    [InlineData("وقالت منظمات إغاثية محلية إن الأسعار ارتفعت في المدينة خلال الشتاء.", "AID")]
    [InlineData("وأشاد الوزير بجهود عمال الإغاثة في المناطق المنكوبة بالفيضانات.", "AID")]
    [InlineData("ودوت صفارات الإنذار في البلدات الحدودية بعد سقوط قذيفة في أرض زراعية.", "THREATEN")]
    [InlineData("ويعيش الرجل في المنفى منذ بداية الاحتجاجات في بلاده قبل سنوات.", "PROTEST")]
    [InlineData("وصعد سعر البرميل 30 سنتا عن التسوية السابقة في تعاملات الصباح.", "AGREE")]
    [InlineData("ويقدر المكتب أن مئة ألف شخص في المخيمات بحاجة إلى مساعدات عاجلة مع حلول الشتاء.", "AID")]
    [InlineData("وصعد سعر الذهب قليلا يوم الاثنين بدعم من هبوط الدولار الأمريكي رغم التوتر في المنطقة.", "SUPPORT")]
    [InlineData("وقدم نحو ثلاثة آلاف مهاجر طلب لجوء في ألمانيا خلال الشهر الماضي.", "REQUEST")]
    [InlineData("وتنظر المحكمة في قضية شاب رفضت السلطات طلب اللجوء الذي قدمه العام الماضي.", "REQUEST")]
    [InlineData("ولم يرد المكتب الإعلامي للشركة على طلب للتعليق حتى الآن.", "REQUEST")]
    [InlineData("ولم تستجب وزارة الداخلية لطلب الصحيفة التعليق على الحادثة.", "REQUEST")]
    [InlineData("وقال وزير المالية إن الحكومة تستهدف زيادة الصادرات الزراعية بنسبة عشرة في المئة.", "ASSAULT")]
    [InlineData("وتستهدف الخطة الجديدة خفض العجز في الموازنة خلال ثلاث سنوات.", "ASSAULT")]
    [InlineData("واستهدف البرنامج الحد من البطالة بين خريجي الجامعات.", "ASSAULT")]
    [InlineData("وتنتشر قوة الأمم المتحدة لمراقبة فض الاشتباك في هضبة الجولان منذ عقود.", "ASSAULT")]
    [InlineData("وأكد الوزير أن بلاده لن تقبل الخروج عن إطار الاتفاق الموقع بين الطرفين.", "RETREAT")]
    [InlineData("وقرر الرئيس الخروج عن صمته في خطاب متلفز مساء الأحد.", "RETREAT")]
    [InlineData("وبحث الوزراء سبل مساعدة لبنان على الخروج من الأزمة الاقتصادية الخانقة.", "RETREAT")]
    [InlineData("ويرى محللون أن خروج بريطانيا من الاتحاد الأوروبي سيضر باقتصادها.", "RETREAT")]
    [InlineData("واستقبلت ألمانيا مئات آلاف اللاجئين السوريين خلال عامين.", "CONSULT")]
    [InlineData("وأرسلت وزارة الخارجية رسالة إلى مجلس الأمن بشأن الحصار.", "MOBILIZE")]
    [InlineData("واستقبل لبنان نازحين من القرى الحدودية بعد تصاعد القصف.", "CONSULT")]
    [InlineData("ووقف المتهم أمام قاضي محكمة باريس مقيد اليدين.", "ACCUSE")]
    [InlineData("وحمل الطفل الكتاب بين يدينا في مدرسة حمص.", "ACCUSE")]
    [InlineData("ويدرس الباحث ظاهرة التدين في أرياف مصر.", "ACCUSE")]
    [InlineData("وخاض المنتخب الأولمبي لقاء وديا أمام نظيره العماني انتهى بالتعادل.", "CONSULT")]
    [InlineData("وانتهى اللقاء الودي بين الفريقين بفوز الضيوف بهدفين.", "CONSULT")]
    [InlineData("ويروي الكتاب معارك الشاعر الأدبية مع نقاده في القاهرة.", "ASSAULT")]
    [InlineData("وخسر المرشح معاركه الانتخابية الثلاث في الدائرة نفسها.", "ASSAULT")]
    [InlineData("وتقدم الضيوف بهدف من ضربة جزاء نفذها قائد الفريق.", "ASSAULT")]
    [InlineData("وحسمت ضربات الترجيح المباراة لصالح الفريق الزائر.", "ASSAULT")]
    [InlineData("وسجل المدافع هدف التعادل بضربة رأس في الشوط الثاني.", "ASSAULT")]
    [InlineData("وعولج الرئيس السابق من اضطراب في ضربات القلب في مستشفى بباريس.", "ASSAULT")]
    [InlineData("وفاز النادي على ضيفه في الجولة الخامسة من الدوري المحلي.", "CONSULT")]
    [InlineData("ويلتقي المنتخبان في نصف النهائي يوم الأحد المقبل.", "CONSULT")]
    [InlineData("ويستعد الفريق لخوض اللقاء بعد غياب مهاجمه الأول.", "CONSULT")]
    [InlineData("وانضم اللاعب الشاب إلى خط الهجوم في النادي الجديد.", "ASSAULT")]
    [InlineData("وناقش الوزيران التهديدات التي تشكلها الجماعات المتطرفة على الحدود.", "THREATEN")]
    [InlineData("وقالت وزيرة التعاون الدولي إن المساعدات ستصل إلى المخيمات قريبا.", "COOPERATE")]
    [InlineData("وحملت الشاحنات أكياس الطحين إلى المخابز في الأحياء الشرقية.", "ACCUSE")]
    [InlineData("اقرأ.. الحكومة تعلن خطة جديدة للنقل العام\n\nوقال الوزير إن الخطة جاهزة.", "CONCEDE")]
    [InlineData("وقررت الحكومة الإيطالية الانسحاب من الاتفاقية الأوروبية للهجرة.", "AGREE")]
    [InlineData("وأعلنت كندا انسحابها من الاتفاق التجاري مع جيرانها.", "RETREAT")]
    [InlineData("وتسارع خروج الشركات الأجنبية من السوق المحلية بعد انهيار العملة.", "RETREAT")]
    [InlineData("وشهدت البلدة خروج عشرات من مواكب التشييع لقتلى المعارك.", "RETREAT")]
    [InlineData("وشهدت المدينة أمس خروج مظاهرات تطالب بالإفراج عن المعتقلين.", "RETREAT")]
    [InlineData("وقالت منظمة الأمن والتعاون في أوروبا إن الانتخابات جرت بهدوء.", "COOPERATE")]
    [InlineData("وأكد المتحدث أن وزارته تتابع أوضاع الجالية في الخارج.", "CONSULT")]
    [InlineData("وأغلقت المحلات التجارية أبوابها في السوق القديم.", "COERCE")]
    [InlineData("وقال المسؤول إن الملف تم إغلاقه نهائيا.", "COERCE")]
    [InlineData("ويواجه المتهمون أحكاما بالسجن في حالة إدانتهم.", "ACCUSE")]
    // the fighting a truce would stop is a topic of talks or of a demand, not a clash told
    [InlineData("وتتواصل المحادثات بين الطرفين بشأن وقف المعارك في ريف المدينة الجنوبي.", "ASSAULT")]
    [InlineData("ورفض الوفد المعارض مقترحا قدمه الوسيط لوقف المعارك في الجنوب.", "ASSAULT")]
    // attacks named as what is to stop or be suspended are a demand's or a truce's content, not an attack told
    [InlineData("وطالب المبعوث الدولي قوات النظام بوقف القصف على الغوطة الشرقية.", "ASSAULT")]
    [InlineData("وقالت الوزارة إن الجيش سيعلق الغارات على مدينة دوما خلال ساعات الهدنة.", "ASSAULT")]
    [InlineData("وتسعى الوساطة الأممية لإيقاف الهجوم على ريف درعا الشرقي.", "ASSAULT")]
    // the proverb "who warns is excused" serves no ultimatum
    [InlineData("وختم الكاتب مقاله بالقول: وقد أعذر من أنذر.", "THREATEN")]
    // a departure prevented did not happen: the prevention is what is told
    [InlineData("ومنعت قوات النظام المدنيين من الخروج من البلدة.", "RETREAT")]
    [InlineData("وقال السكان إن المسلحين منعوهم من الخروج من الحي.", "RETREAT")]
    // a situation, a crisis or anger "exploding" flares up: no blast
    [InlineData("وتخشى الأمم المتحدة انفجار الوضع في مدينة درعا.", "ASSAULT")]
    [InlineData("ويخشى المراقبون انفجار الأزمة بين البلدين خلال الأسابيع المقبلة.", "ASSAULT")]
    // a train derailing, a man leaving prison or a building, a team knocked out, Brexit: nobody withdraws
    [InlineData("وقتل عشرة أشخاص لدى خروج قطار ركاب عن سكته في شمال البلاد.", "RETREAT")]
    [InlineData("وبعد ساعات من خروجه من السجن شارك الصحافي في تظاهرة وسط المدينة.", "RETREAT")]
    [InlineData("واختفى الصحافي بعد خروجه من مبنى القنصلية في إسطنبول.", "RETREAT")]
    [InlineData("وأقيل المدرب بعد خروج الفريق من دور المجموعات في دوري أبطال أوروبا.", "RETREAT")]
    [InlineData("ويتواصل الجدل في لندن بشأن خروج بريطانيا من الاتحاد الأوروبي.", "RETREAT")]
    // an explosion by a short circuit or a gas cylinder is an accident
    [InlineData("ونقلت الوكالة عن مصدر عسكري قوله إن الأصوات تعود لانفجار مستودع ذخيرة قرب مطار حماة العسكري بسبب ماس كهربائي.", "ASSAULT")]
    [InlineData("ووقع انفجار أسطوانة غاز داخل مطعم في وسط المدينة صباح اليوم.", "ASSAULT")]
    [InlineData("لكن الجديد في التقرير هو أنه يظهر وثائق تدين الحكومة العراقية وتثبت علمها بالتحويلات.", "ACCUSE")]
    [InlineData("ولطالما شكل وجود المسلحين في الأحياء الشرقية تهديدا للمدينة وسكانها.", "THREATEN")]
    [InlineData("وقال الوزير إن التنظيم المتطرف يمثل تهديدا خطيرا لدول المنطقة كلها.", "THREATEN")]
    [InlineData("وقال وزير الخارجية اللبناني في لقاء تلفزيوني مساء الأحد إن بلاده لن تقبل بالتوطين.", "CONSULT")]
    [InlineData("وقال الصحافي إن طالب الصيدلة الذي فجر نفسه في الرقة كان من أعمدة التنظيم في الجامعات.", "REQUEST")]
    [InlineData("ووصف الرئيس تقلبات الليرة بأنها مخطط يستهدف تركيا.", "ASSAULT")]
    [InlineData("وقال الوزير إن العقوبات الجديدة تستهدف رجال أعمال مقربين من الحكومة.", "ASSAULT")]
    [InlineData("وخسر الفيلم في منافسات الجوائز عام 1940، ما دعا المخرجين إلى إعادة إنتاجه.", "REQUEST")]
    [InlineData("وتصاعدت الاحتجاجات في العاصمة أمس، مما دعا الحكومة الأردنية إلى تأجيل القرار.", "REQUEST")]
    // the doers of a deed getting away ("ثم لاذوا بالفرار") are no withdrawal and no displacement
    [InlineData("وهاجم مسلحون مجهولون حاجزا للشرطة في مدينة حمص أمس، ثم لاذوا بالفرار.", "RETREAT")]
    [InlineData("وأحرق مجهولون سيارة تابعة للبلدية في مدينة إزمير التركية ولاذوا بالفرار.", "RETREAT")]
    [InlineData("وأطلق مسلحون النار على دورية للجيش في ريف درعا أمس قبل أن يلوذوا بالفرار.", "RETREAT")]
    // an attack on computers ("هجوم إلكتروني", "هجمات سيبرانية") is hacking, no armed attack
    [InlineData("وتعرضت مواقع وزارة الدفاع لهجوم إلكتروني أمس.", "ASSAULT")]
    [InlineData("ونفذ قراصنة هجوما سيبرانيا على شبكة الكهرباء في أوكرانيا أمس.", "ASSAULT")]
    [InlineData("وخلصت الاستخبارات عام 2016 إلى أن موسكو تدخلت في الانتخابات عن طريق هجمات إلكترونية وأخبار كاذبة.", "ASSAULT")]
    // sanctions a threat holds out are what is threatened: the threat is the event, no sanction is imposed or weighed
    [InlineData("وهدد الرئيس الأمريكي روسيا بعقوبات قاسية أمس.", "SANCTION")]
    [InlineData("وتهدد واشنطن الآن الأوروبيين وباقي الأطراف بعقوبات كبيرة إذا تعاملوا مع طهران.", "SANCTION")]
    [InlineData("ولوح الاتحاد الأوروبي بفرض عقوبات جديدة على المسؤولين في دمشق.", "SANCTION")]
    // "مثل" as "such as" and "يمثل" as "represents" are no appearance before a court
    [InlineData("وقال الوزير إن مثل هذه الهجمات تمثل خطرا على المنطقة كلها.", "ACCUSE")]
    [InlineData("ويمثل السفير بلاده أمام الأمم المتحدة منذ عامين.", "ACCUSE")]
    // "لا يوجد ما يدعو", "ما يدعو إلى القلق": a reason for something, no call anyone makes
    [InlineData("وقال الرئيس للصحفيين إنه لا يوجد ما يدعو الصين للتدخل في الانتخابات المقبلة.", "REQUEST")]
    [InlineData("وأكد الطبيب أن حالة الوزير مستقرة وأنه ليس هناك ما يدعو إلى القلق.", "REQUEST")]
    [InlineData("وتراجعت الأسعار في الأسواق المحلية، مما يدعو التجار إلى خفض الكميات المستوردة.", "REQUEST")]
    // raids or a quarrel that endanger a truce, a deal or talks are a danger described, no threat anyone makes
    [InlineData("وقال المحلل إن الغارات الجوية على ريف درعا تهدد الهدنة الهشة بين الحكومة والفصائل.", "THREATEN")]
    [InlineData("وقال الوزير إن التصعيد الأخير يهدد اتفاق وقف إطلاق النار الذي ترعاه موسكو.", "THREATEN")]
    [InlineData("وقال الوسطاء إن الخلافات بين الوفدين تهدد المفاوضات الجارية في جنيف.", "THREATEN")]
    // breaking one's silence, the subject between: nobody leaves a place
    [InlineData("وشكل خروج وزير الدفاع السابق جون ميلر عن صمته مفاجأة كبيرة في واشنطن.", "RETREAT")]
    // a deal already made, named as what someone abandons, withdraws from, criticises or keeps: no agreement told
    [InlineData("وسيقرر الرئيس الشهر المقبل إن كان سيتخلى عن الاتفاق الذي وقعته الحكومة السابقة.", "AGREE")]
    [InlineData("وظل الرئيس الأمريكي دونالد ترامب ينتقد الاتفاق مرارا واصفا إياه بأنه سيء.", "AGREE")]
    [InlineData("وحاول الوزير إقناع نظيره بعدم الانسحاب من الاتفاق مع طهران.", "AGREE")]
    [InlineData("ودعت الدول الأوروبية إلى الحفاظ على الاتفاق رغم العقوبات.", "AGREE")]
    // "ندين له بالفضل" is owing, "ندين بالإسلام" professing a faith: no condemnation
    [InlineData("وقال المدرب إننا ندين له بالفضل في هذا الفوز.", "ACCUSE")]
    [InlineData("وقال الشيخ إننا ندين بالإسلام ونحترم الأديان الأخرى.", "ACCUSE")]
    // an answer to a request or a letter, no retaliation promised
    [InlineData("وقال الموظف إن المواطن سيتلقى الرد على طلبه خلال أسبوع.", "THREATEN")]
    // persuading without the deed asked for (ب): no request
    [InlineData("وقال المدرب إن إقناع الجمهور صعب بعد الخسارة.", "REQUEST")]
    // "طلبة" (students) folds as "طلبه" (his request): no request
    [InlineData("وتحدثت الفنانة مع طلبة المدارس في المغرب عن رسوماتها.", "REQUEST")]
    // declining to comment or to answer: no refusal a monitor codes
    [InlineData("ورفضت الخارجية الأمريكية الإدلاء بأي تعليق على التقارير.", "REJECT")]
    [InlineData("ورفض المتحدث باسم البنتاغون الرد على أسئلة الصحفيين بشأن الغارة.", "REJECT")]
    // state subsidies: no support of a side
    [InlineData("وارتفعت أسعار المواد الغذائية في بداية 2015 مع تراجع الدعم الحكومي وانخفاض الليرة السورية.", "SUPPORT")]
    // the danger terrorism poses: no threat made
    [InlineData("وقال الوزير إن التهديد الإرهابي لا يزال قائما في سوريا والعراق.", "THREATEN")]
    [InlineData("وتحدث الرئيس عن تهديد الإرهاب للمنطقة بأسرها.", "THREATEN")]
    // the large crowd of poets, with the article: no troops massed
    [InlineData("ولا يخفى على أحد ظهور ذاك الحشد الكبير من الشعراء والأدباء في لبنان في تلك الفترة.", "MOBILIZE")]
    // a sports club named "Co-operation" or "Agreement"
    [InlineData("وبدأ لاعب نادي التعاون السعودي تدريباته مع الفريق في معسكره بهولندا أمس الأربعاء.", "COOPERATE")]
    [InlineData("وفاز فريق الاتفاق على الهلال في الرياض أمس الأربعاء.", "AGREE")]
    // a state leaving a union of states, a candidate leaving a race, a team out of a round: no one withdraws from a place
    [InlineData("وتستعد الحكومة البريطانية لانسحاب بريطانيا من الاتحاد الأوروبي في آذار 2019.", "RETREAT")]
    [InlineData("وتسعى لندن إلى اتفاق ينظم انسحابها من التكتل قبل نهاية العام.", "RETREAT")]
    [InlineData("وفي عام 1984 انسحب المغرب من الاتحاد الأفريقي احتجاجا على قبول عضوية الجمهورية الصحراوية.", "RETREAT")]
    [InlineData("وأعلنت قطر انسحابها من البطولة العربية للأندية.", "RETREAT")]
    [InlineData("وأعلنت إسرائيل انسحابها من السباق على مقعد في مجلس الأمن.", "RETREAT")]
    [InlineData("وقالت الأمم المتحدة إن مرشحين في لبنان تعرضوا لضغوط للانسحاب من الانتخابات النيابية.", "RETREAT")]
    [InlineData("وعاد المنتخب المصري إلى القاهرة بعد خروجه من الدور الأول في روسيا.", "RETREAT")]
    // aiming at a goal (a verbal noun, "أن", an amount or a rate), a trade measure or a sanction aimed at goods, a sector or a
    // country, and a plot or statements aimed at something: no attack
    [InlineData("وتستهدف مصر الوصول بالعجز إلى 8% في السنة المالية المقبلة.", "ASSAULT")]
    [InlineData("وقال رئيس الاتحاد إن الاتحاد يستهدف أن تتجاوز الصادرات 170 مليار دولار بنهاية العام.", "ASSAULT")]
    [InlineData("وقال إن الحكومة ستستهدف عجزا أقل في الموازنة العام المقبل.", "ASSAULT")]
    [InlineData("مصر تستهدف 100 مليار جنيه فائضا بميزانيتها", "ASSAULT")]
    [InlineData("وتستهدف الشركة بيع ألف سيارة كهربية خلال العام المقبل.", "ASSAULT")]
    [InlineData("وتستهدف العقوبات الأميركية قطاع النفط الإيراني.", "ASSAULT")]
    [InlineData("وقال الوزير إن الرسوم الجمركية التي تستهدف الصلب الصيني ستدخل حيز التنفيذ الأسبوع المقبل.", "ASSAULT")]
    [InlineData("وقال المسؤول إن الحكومة تستهدف نمو الناتج المحلي بنسبة 8% العام المقبل.", "ASSAULT")]
    [InlineData("وتستهدف الرسوم الجمركية الكندية منتجات أمريكية مصنوعة من الصلب.", "ASSAULT")]
    [InlineData("وقال الجيش المصري إن التصريحات تستهدف إثارة الشكوك حول الدولة ومؤسساتها.", "ASSAULT")]
    [InlineData("ووقع الرئيس الأميركي مذكرة رئاسية تستهدف فرض رسوم جمركية على منتجات صينية.", "ASSAULT")]
    [InlineData("وقال الرئيس التركي إن الأزمة سببها مؤامرة غربية تستهدف الاقتصاد التركي.", "ASSAULT")]
    // pictures, weather, storms, sit-ins or a craze sweeping a place: no invasion
    [InlineData("وخلال ساعات، اجتاحت صور المغني مع عروسه الجديدة مواقع التواصل في تونس.", "ASSAULT")]
    [InlineData("وأغلقت السلطات مطار جنيف بسبب طقس قارس البرودة اجتاح أنحاء أوروبا هذا الأسبوع.", "ASSAULT")]
    [InlineData("ووقع انهيار طيني في قرية جبلية في سويسرا بعد العواصف القوية التي اجتاحت المنطقة.", "ASSAULT")]
    [InlineData("واجتاحت اعتصامات وتظاهرات مختلف أنحاء تركيا احتجاجا على تمديد حالة الطوارئ.", "ASSAULT")]
    [InlineData("واجتاحت حمى كرة القدم كرواتيا بعدما بلغ منتخبها المباراة النهائية في موسكو.", "ASSAULT")]
    // supplying a machine with parts or warheads, an inquiry with information or a buyer with oil or gas is no aid: only arms,
    // fighters, money, fuel or relief supplied to a side are
    [InlineData("وسيتم تزويد السيارات الجديدة بمحركات كهربائية العام المقبل.", "AID")]
    [InlineData("وقالت كوريا الشمالية إنها تستطيع تزويد صواريخها برؤوس نووية.", "AID")]
    [InlineData("وطلبت السلطات المصرية من بريطانيا تزويدها بمعلومات عن التحقيق.", "AID")]
    [InlineData("وتوقف الحريق عن تزويد البحرين بالنفط السعودي.", "AID")]
    [InlineData("ووقعت إسرائيل اتفاقا لتزويد مصر بالغاز الطبيعي.", "AID")]
    // a talk with an outlet or with reporters is an interview, no meeting
    [InlineData("وقال وزير الخارجية السعودي عادل الجبير في لقاء مع قناة العربية إن إيران تدعم الإرهاب.", "CONSULT")]
    [InlineData("وقالت وزيرة السياحة المصرية في اتصال هاتفي مع وكالة فرانس برس إن السياح عادوا إلى الغردقة.", "CONSULT")]
    [InlineData("وقال وزير الخارجية الأمريكي مايك بومبيو في لقاء مع سكاي نيوز عربية إن واشنطن ستواجه إيران.", "CONSULT")]
    [InlineData("وقال الرئيس الروسي فلاديمير بوتين خلال لقائه مع مجموعة من الصحفيين إن روسيا لن تنسحب من سوريا.", "CONSULT")]
    [InlineData("وقال الرئيس الفرنسي إيمانويل ماكرون في لقاء على بي بي سي إن فرنسا ستبقى في سوريا.", "CONSULT")]
    public void OtherSenseIsNoEvent(string text, string type)
    {
        var record = EventTexts.Extract(text, "sense");
        Assert.DoesNotContain(record.Events, e => e.Type == type);
    }

    [Fact]
    public void StatesmenTalkingBesideAMatchStillTalk()
    {
        // a match report (five concepts of the game), whose one sentence of talks names two states' leaders
        const string text = "فاز منتخب فرنسا على كرواتيا في مباراة نهائي المونديال، وسجل لاعبو فرنسا هدفا في الدقيقة 18 من شوط المباراة الأول على ملعب لوجنيكي.\n"
            + "واغتنم الرئيس الفرنسي إيمانويل ماكرون الفرصة ليمر بالكرملين ويبحث مع الرئيس الروسي فلاديمير بوتين الملف السوري قبل الانتقال إلى ملعب لوجنيكي.";
        var record = EventTexts.Extract(text, "match");
        Assert.Contains(record.Events, e => e.Type == "CONSULT" && e.Actors.Contains("FRAGOV") && e.Actors.Contains("RUSGOV"));
    }

    [Fact]
    public void ALinkToAnotherArticleTellsNoEventOfThisOne()
    {
        const string text = "قصفت قوات النظام بلدة كفرنبل في ريف إدلب أمس.\nللمزيد: غارات روسية على مدينة دوما ومقتل عشرة مدنيين\nاقرأ أيضا: تركيا تهدد بشن هجوم على منبج";
        var record = EventTexts.Extract(text, "links");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Places.Contains("SY07"));
        Assert.DoesNotContain(record.Events, e => e.Places.Contains("SY03") || e.Type == "THREATEN");
    }

    // the word's event sense stays: blocking entry is coercion; asking someone ("طلب من") is an appeal — only a deed done
    // "بطلب من" someone tells of the request as its circumstance; an armed attack on a post is an attack — only a speaker's
    // words attacked are criticism; refusing to disclose a place is a refusal — only an unnamed source's name is no event;
    // discussing with a counterpart is talks
    [Theory]
    [InlineData("ومنعت السلطات التركية دخول الصحفيين إلى مدينة عفرين.", "COERCE")]
    [InlineData("وطلب وزير الخارجية الأردني من مجلس الأمن التدخل لوقف القتال في درعا.", "REQUEST")]
    [InlineData("وهاجم مسلحون مجهولون حاجزا للشرطة في ريف حماة الشمالي.", "ASSAULT")]
    [InlineData("ورفضت وزارة الداخلية التركية الكشف عن مكان احتجاز الصحفيين.", "REJECT")]
    [InlineData("بحث وزير الخارجية التركي مع نظيره الروسي الوضع في إدلب.", "CONSULT")]
    [InlineData("ودعمت الحكومة الفرنسية خطة المبعوث الأممي لإنهاء الحرب.", "SUPPORT")]
    [InlineData("وهددت الحكومة اللبنانية الأمن العام بالمحاسبة إذا تكررت الاعتداءات على المتظاهرين.", "THREATEN")]
    [InlineData("واستهدفت غارات جوية مستودعا للذخيرة قرب مدينة حماة.", "ASSAULT")]
    [InlineData("وتدين فرنسا الهجوم على المدنيين في إدلب.", "ACCUSE")]
    [InlineData("ويدين الاتحاد الأوروبي القصف الذي طال المستشفيات.", "ACCUSE")]
    [InlineData("وتستهدف القوات التركية مواقع المقاتلين الأكراد في جبال قنديل.", "ASSAULT")]
    [InlineData("واندلعت اشتباكات عنيفة بين الطرفين على أطراف مدينة درعا.", "ASSAULT")]
    [InlineData("وبدأ خروج المقاتلين وعائلاتهم من بلدة الرحيبة صباح اليوم.", "RETREAT")]
    // forces leaving a town stay a withdrawal beside the blocked senses of leaving
    [InlineData("وانسحبت القوات الحكومية من المدينة بعد معارك عنيفة مع المسلحين.", "RETREAT")]
    // forces targeting an armed group whose name holds a goal noun ("حماية", "دعم"), a town hit "after" something, a plot
    // against a group named "مجاهدي خلق", and forces or fighters overrunning a town stay attacks beside the aim and sweep senses
    [InlineData("وتستهدف القوات التركية وحدات حماية الشعب الكردية في جبال قنديل.", "ASSAULT")]
    [InlineData("واستهدف طيران تحالف دعم الشرعية مواقع للحوثيين في صعدة.", "ASSAULT")]
    [InlineData("واستهدف الطيران البلدة بعد أن سيطر عليها المسلحون.", "ASSAULT")]
    [InlineData("واتهمت السلطات رجلا بالتحضير لاعتداء يستهدف تجمعا لجماعة مجاهدي خلق في باريس.", "ASSAULT")]
    [InlineData("واجتاحت القوات الإسرائيلية مدينة جنين فجر اليوم.", "ASSAULT")]
    [InlineData("واجتاح مسلحو التنظيم مدينة الموصل عام 2014.", "ASSAULT")]
    // arms and relief supplied to a side stay aid, the arms named past a long subject too; a call two leaders made and
    // a meeting aired on television stay meetings
    [InlineData("وزودت الولايات المتحدة وفرنسا المسلحين الأكراد بالأسلحة في المعركة ضد التنظيم.", "AID")]
    [InlineData("وتتهم السعودية إيران بتزويد الحوثيين بالصواريخ الباليستية.", "AID")]
    [InlineData("وقال بيان الجيش إن السلطات زودت آلاف المدنيين بعد خروجهم بالرعاية الطبية والمأوى.", "AID")]
    [InlineData("وعبرت رئيسة الوزراء البريطانية عن قلقها في مكالمة هاتفية أجرتها مع الرئيس الأمريكي.", "CONSULT")]
    [InlineData("ونقل التلفزيون الرسمي الاجتماع الذي عقده الرئيس الفلسطيني مع قادة الفصائل في رام الله على الهواء مباشرة.", "CONSULT")]
    // a court jailing someone is coercion (a sentence to prison, told with بالسجن or بسجن)
    [InlineData("وقضت محكمة في فيينا بالسجن عامين ونصف العام على شاب شيشاني.", "COERCE")]
    [InlineData("قضت محكمة مغربية بسجن الناشط ناصر الزفزافي 20 عاما.", "COERCE")]
    [InlineData("وأصدرت محكمة نمساوية أحكاما بالسجن على عشرة أشخاص بتهمة الانتماء إلى تنظيم داعش.", "COERCE")]
    // a named figure attacking a place or military positions is an armed attack, not criticism
    [InlineData("وهاجم صدام حسين الكويت في آب 1990.", "ASSAULT")]
    [InlineData("وهاجم بوتين مواقع المسلحين في الشيشان عام 1999.", "ASSAULT")]
    public void EventSenseStaysAnEvent(string text, string type)
    {
        var record = EventTexts.Extract(text, "sense-kept");
        Assert.Contains(record.Events, e => e.Type == type);
    }

    // what endangers lives, unity or security threatens nobody with a deed of its own: a danger described, no threat made
    [Theory]
    [InlineData("وقال الخبراء إن الجفاف الطويل يهدد حياة آلاف المزارعين في الإقليم.")]
    [InlineData("واعتبر البرلمان أن الخطاب الطائفي يهدد الوحدة الوطنية في البلاد.")]
    [InlineData("وحذر الرئيس من جماعات تهدد أمن واستقرار المنطقة كلها.")]
    [InlineData("وقال إن البطالة تهدد مستقبل جيل كامل من الشباب.")]
    public void EndangeringIsNoThreat(string text)
    {
        var record = EventTexts.Extract(text, "endanger");
        Assert.DoesNotContain(record.Events, e => e.Type == "THREATEN");
    }

    // an attack qualified as scathing, sharp or verbal is told in words: criticism, not an armed attack
    [Theory]
    [InlineData("وشن زعيم الحزب المعارض هجوما لاذعا على رئيسة الحكومة البريطانية بسبب ارتفاع أسعار الخبز.")]
    [InlineData("وشنت الصحيفة هجوما حادا على الحكومة الفرنسية واتهمتها بإخفاء أرقام العجز.")]
    [InlineData("ورد المتحدث على الهجوم الكلامي الذي شنه النائب على الوزارة الأسبوع الماضي.")]
    // "هاجم" in words: by a ministry or the press, with what was said or the name called after it, or by a named public figure
    [InlineData("وهاجمت وزارة الخارجية الفرنسية نادي باريس سان جيرمان بسبب تكريمه لأحد المتهمين.")]
    [InlineData("وهاجمت الحكومة الإيطالية برلين قائلة إن خطتها لا تقدم أي حل.")]
    [InlineData("وهاجمت وسائل إعلام حكومية في الصين الولايات المتحدة بسبب الرسوم الجمركية.")]
    [InlineData("وهاجم ترامب الديمقراطيين بسبب قانون الهجرة.")]
    [InlineData("وهاجم أوربان المعارضة ووصفها بأنها خارج الزمن.")]
    // an attack launched on a leader or on the press
    [InlineData("وشن زعيم المعارضة هجوما على رئيس الحكومة بسبب ارتفاع الأسعار.")]
    [InlineData("وواصل الرئيس الأمريكي هجومه على وسائل الإعلام في خطابه أمام أنصاره.")]
    public void ScathingAttackIsCriticism(string text)
    {
        var record = EventTexts.Extract(text, "verbal-attack");
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains(record.Events, e => e.Type == "ACCUSE");
    }

    // a rebuttal that calls the other side's words lies, told by a participle, is the accusation of the clause's subject
    [Fact]
    public void RebuttalCallingWordsLiesAccuses()
    {
        var record = EventTexts.Extract("ورد وفد قطر على بيان السعودية أمام الأمم المتحدة، واصفا ما جاء فيه بالافتراءات الباطلة.", "rebuttal");
        Assert.Contains(record.Events, e => e.Type == "ACCUSE" && e.Actors.Contains("QATGOV"));
    }

    // a press conference held with another party is the meeting of the two
    [Theory]
    [InlineData("وقال وزير الخارجية الأردني في مؤتمر صحفي مشترك مع نظيره المصري في عمان إن البلدين يدعمان الحل السياسي.")]
    [InlineData("وأكد وزير الخارجية الأردني خلال مؤتمر صحافي عقده مع نظيره المصري أن البلدين يدعمان الحل السياسي.")]
    public void JointPressConferenceIsAMeeting(string text)
    {
        var record = EventTexts.Extract(text, "press");
        Assert.Contains(record.Events, e => e.Type == "CONSULT" && e.Actors.Contains("JORGOV") && e.Actors.Contains("EGYGOV"));
    }

    [Fact]
    public void DefiniteExplosionIsTheOneToldOf()
    {
        const string text = "انفجرت سيارة مفخخة في مدينة أعزاز أمس الأربعاء. وقال الدفاع المدني في بيان نشره صباح اليوم إن 5 أشخاص قتلوا في الانفجار.";
        var record = EventTexts.Extract(text, "anaphora");
        var attacks = record.Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Single(attacks);
        Assert.Contains(attacks[0].Figures, f => f.Role == "killed" && f.Value == 5);
    }

    // ground war told as a capture past a time word set off by commas, an advance (tried, stopped or made), troops thrown in
    // or a force doubled or redeployed
    [Theory]
    [InlineData("سيطر الثوار أمس، على تلة جورة الماء الواقعة في جبل التركمان بريف محافظة اللاذقية.", "ASSAULT")]
    [InlineData("سيطرت قوات النظام السوري، السبت، على بلدتين جديدتين في الغوطة الشرقية.", "ASSAULT")]
    [InlineData("وذكر القائد أن قوات الأسد حاولت قبل يومين التقدم نحو قرى بيت فارس وبين حلبية.", "ASSAULT")]
    [InlineData("وتقدمت قوات المقاومة اليمنية بعمق كيلومترين باتجاه مطار الحديدة.", "ASSAULT")]
    [InlineData("وفشلت الميليشيات في إيقاف تقدم قوات الجيش في ريف حماة الشمالي.", "ASSAULT")]
    [InlineData("قالت مصادر مطلعة إن إيران بدأت بزج دفعة جديدة من قادة وعناصر الحرس الثوري الإيراني في سورية.", "MOBILIZE")]
    [InlineData("وأعلن الجيش الإسرائيلي أنه سيضاعف عدد وحدات جيشه المقاتلة حول قطاع غزة.", "MOBILIZE")]
    [InlineData("وأعادت الميليشيات نشر عناصرها المسلحة وآلياتها العسكرية عند الأطراف الجنوبية لمدينة الحديدة.", "MOBILIZE")]
    public void GroundWarIsAnEvent(string text, string type)
    {
        var record = EventTexts.Extract(text, "ground-war");
        Assert.Contains(record.Events, e => e.Type == type);
    }

    // a team or a market moving ahead, progress toward a goal, submitting or giving, people thrown into prison, a batch of
    // goods, doubling staff and publishing are no ground war
    [Theory]
    [InlineData("تقدم يوفنتوس خطوة هامة نحو الاحتفاظ بلقب الدوري الإيطالي لكرة القدم.", "ASSAULT")]
    [InlineData("ونجح اللاعب في التقدم بها نحو المرمى قبل أن يسدد فوق العارضة.", "ASSAULT")]
    [InlineData("وأشار إلى أن الاقتصاد يشهد تقدما نحو الاستقرار بعد الإصلاحات.", "ASSAULT")]
    [InlineData("وسمحت المشاورات بتحقيق تقدم فعلي باتجاه عقد القمة بين الزعيمين.", "ASSAULT")]
    [InlineData("وتقدم الشركة خدماتها في نحو 100 مدينة في الشرق الأوسط.", "ASSAULT")]
    [InlineData("وتقدمت الحكومة بطلب إلى البرلمان لتمديد حالة الطوارئ.", "ASSAULT")]
    [InlineData("وتقدم القوات الجوية الألمانية دعما بإعادة تزويد الطائرات بالوقود.", "ASSAULT")]
    [InlineData("وقد زج بهم في السجون بعد محاكمات سريعة.", "MOBILIZE")]
    [InlineData("وتزج الشركة بدفعة جديدة من المنتجات في الأسواق المحلية.", "MOBILIZE")]
    [InlineData("وتسعى الشركة إلى مضاعفة عدد موظفيها خلال عام ونصف.", "MOBILIZE")]
    [InlineData("وكانت المنظمة تنشر مقاطع فيديو يصورها عناصرها في المدينة.", "MOBILIZE")]
    public void GroundWarOtherSenseIsNoEvent(string text, string type)
    {
        var record = EventTexts.Extract(text, "ground-war-other");
        Assert.DoesNotContain(record.Events, e => e.Type == type);
    }

    // an exchange of prisoners, hostages, spies or bodies releases them (CONCEDE), and so does "أطلق" with the captives right
    // after it or told as held further on, without "سراح"
    [Theory]
    [InlineData("وأعلنت الحكومة اليمنية الأحد عن صفقة لتبادل الأسرى مع الحوثيين في مدينة تعز.")]
    [InlineData("وجرت أمس عملية تبادل أسرى بين فصائل المعارضة وقوات النظام في ريف حماة.")]
    [InlineData("وكشفت الصحيفة عن ثلاث عمليات تبادل بين قوات سوريا الديمقراطية وتنظيم داعش في دير الزور.")]
    [InlineData("وتبادلت الفصائل وقوات النظام جثث القتلى عند معبر قلعة المضيق.")]
    [InlineData("وأعلن المرصد أن هيئة تحرير الشام أطلقت المحتجزين لديها في سجن إدلب.")]
    [InlineData("وقالت مصادر إن فيلق الرحمن أطلق أمس عشرات المدنيين كانوا محتجزين لديه في الغوطة.")]
    public void PrisonerExchangeIsARelease(string text) =>
        Assert.Contains(EventTexts.Extract(text, "exchange").Events, e => e.Type == "CONCEDE");

    // trading accusations, fire, news or goods is no release, whatever captives are named after it
    [Theory]
    [InlineData("وتبادل الطرفان الاتهامات حول الأسرى في سجون الحوثيين في صنعاء أمس.")]
    [InlineData("وجرى تبادل لإطلاق النار بين الشرطة والخاطفين قبل تحرير الرهائن.")]
    [InlineData("ووقع البلدان اتفاق التبادل التجاري الحر في بروكسل.")]
    [InlineData("وبحث وزير الخارجية الأردني مع نظيره العراقي في بغداد أمس تبادل المعلومات حول المعتقلين.")]
    [InlineData("وأطلقت قوات النظام النار على المتظاهرين في درعا.")]
    public void ExchangeInOtherSensesIsNoRelease(string text) =>
        Assert.DoesNotContain(EventTexts.Extract(text, "exchange-other").Events, e => e.Type == "CONCEDE");

    [Fact]
    public void ExchangeOfFireIsStillAnAttack() =>
        Assert.Contains(EventTexts.Extract("وقتل ثلاثة عناصر من الشرطة في تبادل لإطلاق النار مع مسلحين في مدينة العريش.", "exchange-fire").Events,
            e => e.Type == "ASSAULT");

    // the count of an exchange is of those released, not of the held its "أسرى" names; a later sentence's exchange counts its own
    [Fact]
    public void ExchangeCountsTheReleased()
    {
        const string text = "وأفادت الصحيفة بوقوع عمليات لتبادل أسرى بين قوات سوريا الديمقراطية وتنظيم داعش منذ شباط، شملت 200 جهاديا. "
            + "وأضافت أن ثلاثة أسرى بريطانيين يحتجزهم التحالف في سجن بالحسكة. "
            + "وقالت إن عملية التبادل الثانية تمت في نيسان، وشملت نحو 15 مقاتلا.";
        var record = EventTexts.Extract(text, "exchange-count");
        Assert.DoesNotContain(record.Events.SelectMany(e => e.Figures), f => f.Role == "detained" && f.Value == 200);
        Assert.Contains(record.Events, e => e.Type == "CONCEDE" && e.Figures.Any(f => f.Role == "released" && f.Value == 200));
        Assert.Contains(record.Events, e => e.Type == "CONCEDE" && e.Figures.Any(f => f.Role == "released" && f.Value == 15));
    }

    [Fact]
    public void ExchangeUnderNegotiationIsPossible() =>
        Assert.Contains(EventTexts.Extract("وقال ظريف إن طهران منفتحة على إجراء مفاوضات لمبادلة سجناء مع الولايات المتحدة.", "exchange-talks").Events,
            e => e.Type == "CONCEDE" && e.Mode == "possible");
}
