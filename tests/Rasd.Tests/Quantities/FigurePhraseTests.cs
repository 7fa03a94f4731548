using System.Globalization;
using Rasd.Documents;
using Rasd.Pipeline;
using Rasd.Quantities;

namespace Rasd.Tests.Quantities;

/// <summary>Table of Arabic phrases (written for this test) with the figures they must yield: role/group=value qualifier [low..high] [in N | add N] [vague] [range]; "" means no figure.</summary>
public class FigurePhraseTests
{
    private static readonly RasdPipeline Pipeline = new RasdPipelineBuilder().Add(new FigureStage()).Build();

    public static TheoryData<string, string> Phrases => new()
    {
        // killed: governing words
        { "قتل 12 شخصا في القصف", "killed/all=12 exact 12..12" },
        // a trailing "على الأقل" past the counted noun's relative adjective
        { "شنت الطائرات ست غارات جوية على الأقل على البلدة", "strikes/all=6 at_least" },
        { "سقطت عشر قذائف صاروخية على الأقل على الحي", "strikes/all=10 at_least" },
        { "مقتل ٢٥ مدنياً بينهم ٧ أطفال", "killed/civilians=25 exact; killed/children=7 exact in 0" },
        { "أسفرت الغارة عن مصرع ثلاثة رجال", "killed/men=3 exact" },
        { "قضى 4 عناصر من الشرطة في الكمين", "killed/fighters=4 exact" },
        { "ارتفعت حصيلة القتلى إلى 61", "killed/all=61 exact" },
        { "وسقط 17 ضحية في المجزرة", "killed/all=17 exact" },
        { "وثق المرصد 36 قتيلاً", "killed/all=36 exact" },
        { "أودى بحياة 8 أطفال", "killed/children=8 exact" },
        { "راح ضحيته 14 مواطنا", "killed/civilians=14 exact" },
        { "استشهد 5 مسعفين في القصف", "killed/medical=5 exact" },
        { "أعلن عن مقتل صحفيين اثنين", "killed/journalists=2 exact" },
        { "قُتل جنديان في الهجوم", "killed/fighters=2 exact" },
        // policemen and men named by their corps are security forces; a corps further off names no one
        { "أصيب شرطيان في الهجوم على الحاجز", "injured/fighters=2 exact" },
        { "قتل ثلاثة شرطيين في الانفجار", "killed/fighters=3 exact" },
        { "أسفر الهجوم عن مقتل 4 رجال شرطة", "killed/fighters=4 exact" },
        { "قتل 5 من رجال الأمن في هجوم انتحاري", "killed/fighters=5 exact" },
        { "أصيب رجل أمن بجروح في الهجوم", "injured/fighters=1 exact" },
        { "قتل 4 رجال قرب مركز الشرطة", "killed/men=4 exact" },
        // refugees joined to a count of the dead are not dead; a decimal million is a whole number
        { "خلفت الحرب أكثر من 350 ألف قتيل و7 ملايين لاجئ", "killed/all=350000 more_than" },
        { "خلفت الحرب 6,3 مليون نازح", "displaced/all=6300000 exact" },
        // the one whose fire killed is no casualty
        { "قتل شاب برصاص جندي في المدينة", "killed/men=1 exact" },
        { "مقتل طفل بنيران شرطي في الحي", "killed/children=1 exact" },
        { "قتل طفلين وامرأة", "killed/children=2 exact; killed/women=1 exact" },
        // faction commanders are fighters: the dual counts two, the plural its number
        { "قتل 9 أشخاص بينهم قياديان في الفصيل", "killed/all=9 exact; killed/fighters=2 exact in 0" },
        { "اعتقلت الشرطة أربعة قياديين في التنظيم", "arrested/fighters=4 exact" },
        // commanders, also past a rank word after "من"
        { "قتل ثلاثة من قادة الفصيل في الكمين", "killed/fighters=3 exact" },
        { "اعتقلت القوات خمسة من كبار قادة التنظيم", "arrested/fighters=5 exact" },
        // a tally that rose "to reach" a number reached it; "قد يصل إلى" is still a bound
        { "وارتفع عدد القتلى ليصل إلى 97 قتيلا", "killed/all=97 exact" },
        { "وقال إن عدد القتلى قد يصل إلى 40 شخصا", "killed/all=40 up_to" },
        { "تمكنت الفرق من انتشال جثث 9 ضحايا", "killed/all=9 exact" },
        { "أكد المرصد مقتل ١٥ شخصاً", "killed/all=15 exact" },
        { "سقط ۱۲ قتيلاً في البلدة", "killed/all=12 exact" },
        { "وثقت الشبكة 90 شهيدا", "killed/all=90 exact" },
        { "20 شخصا قتلوا في الانفجار", "killed/all=20 exact" },
        // a quote mark between the counted noun and its role verb, opening or closing; a number naming a unit is no count
        { "وقال الناشطون إن نحو 40 شخصا \"لقوا حتفهم خنقا\" في البلدة", "killed/all=40 about" },
        { "وأكد الجيش أن \"مسلحا\" قتل في الاشتباك", "killed/fighters=1 exact" },
        { "وقال إن عناصر «اللواء 51» قتلوا ثلاثة مقاتلين", "killed/fighters=3 exact" },
        // shells a place received are strikes; people received (for treatment) keep their own role
        { "وقال إن المدينة تلقت نحو 300 قذيفة خلال أسبوع", "strikes/all=300 about" },
        { "وتلقى 12 مصابا العلاج في المستشفى الميداني", "injured/all=12 exact" },
        { "وقال الأطباء إن 35 شخصا عولجوا في المستشفى الميداني بعد الهجوم", "injured/all=35 exact" },
        // a role verb after a breakdown is the total's as well
        { "وأكد المرصد أن 20 مدنيا بينهم 6 أطفال قتلوا في القصف", "killed/civilians=20 exact; killed/children=6 exact in 0" },
        { "وقال إن 13 شخصا من بينهم امرأتان توفوا اختناقا", "killed/all=13 exact; killed/women=2 exact in 0" },
        { "قتل تنظيم الدولة 7 مدنيين", "killed/civilians=7 exact" },
        { "مقتل 1600 مدني خلال الحملة", "killed/civilians=1600 exact" },
        // people counted by nationality or community, after a number only
        { "قتل 12 سوريا في الغارة", "killed/all=12 exact" },
        { "اعتقلت الشرطة خمسة كويتيين", "arrested/all=5 exact" },
        { "وأوقفت الشرطة الألمانية ثلاثة أشخاص في هامبورغ", "arrested/all=3 exact" },
        { "مقتل ثلاثة أتراك في الانفجار", "killed/all=3 exact" },
        { "خطف المسلحون حوالي 30 درزيا", "detained/all=30 about 27..33" },
        { "قتل 4 أميركيين في الكمين", "killed/all=4 exact" },
        { "قتل جنديان تركيان في الكمين", "killed/fighters=2 exact" },
        { "أعلنت روسيا مقتل 3 جنود", "killed/fighters=3 exact" },
        { "قتل 3 مقاتلين أكراد في الكمين", "killed/fighters=3 exact" },
        // a lone singular counts one right after a role word or as the subject of a role verb right after it, else only inside a list
        { "وقالت المصادر إن طفلا قتل في القصف", "killed/children=1 exact" },
        { "أكدت الشرطة أن شخصا أصيب في الانفجار", "injured/all=1 exact" },
        { "تحدث طفل عن القصف", "" },
        { "أسفرت الغارة عن مقتل طفل وإصابة 5 مدنيين", "killed/children=1 exact; injured/civilians=5 exact" },
        { "قتل رجل مسلح ثلاثة أشخاص في الهجوم", "killed/all=3 exact" },
        { "وأكد المرصد أن شخصا واحدا على الأقل أصيب", "injured/all=1 at_least 1.." },
        // qualifiers
        { "سقط ما لا يقل عن 40 قتيلا", "killed/all=40 at_least 40.." },
        { "قتل على الأقل 11 شخصا", "killed/all=11 at_least 11.." },
        { "قتل 11 شخصا على الأقل", "killed/all=11 at_least 11.." },
        { "مقتل ٤٥ شخصاً على الأقل", "killed/all=45 at_least 45.." },
        { "مقتل أكثر من ١٣٠ شخصاً", "killed/all=130 more_than 130.." },
        { "تسبب القصف بمقتل أكثر من 350 ألف قتيل", "killed/all=350000 more_than 350000.." },
        { "ما يزيد عن 70 قتيلا", "killed/all=70 more_than 70.." },
        { "مقتل نحو 300 شخص", "killed/all=300 about 270..330" },
        { "مقتل قرابة 50 مدنيا", "killed/civilians=50 about 45..55" },
        { "مقتل حوالي 20 عنصرا", "killed/fighters=20 about 18..22" },
        { "سقوط زهاء 200 جريح", "injured/all=200 about 180..220" },
        { "مقتل 40 شخصا تقريبا", "killed/all=40 about 36..44" },
        { "مقتل 10 أشخاص أو أكثر", "killed/all=10 at_least 10.." },
        { "مقتل أقل من 10 أشخاص", "killed/all=10 less_than ..10" },
        { "مقتل حتى 40 شخصا", "killed/all=40 up_to ..40" },
        { "قد يؤدي إلى مقتل ما يصل إلى 60 شخصا", "killed/all=60 up_to ..60" },
        { "مقتل لأكثر من 655 هجوماً", "attacks/all=655 more_than 655.." },
        // ranges
        { "مقتل بين 10 و15 شخصا", "killed/all=10 exact 10..15 range" },
        // the scale word of the second number scales the bare first; a first number with its own scale ends before "و16 ألف"
        { "نزح بين 12 و16 ألف شخص", "displaced/all=12000 exact 12000..16000 range" },
        { "نزح ما يتراوح بين 12 ألفا و16 ألف شخص", "displaced/all=12000 exact 12000..16000 range" },
        { "مقتل 10 إلى 15 شخصا", "killed/all=10 exact 10..15 range" },
        { "مقتل من 20 إلى 25 مدنيا", "killed/civilians=20 exact 20..25 range" },
        { "مقتل 10-15 شخصا", "killed/all=10 exact 10..15 range" },
        { "مقتل بين ٣٠ و٤٠ عنصرا", "killed/fighters=30 exact 30..40 range" },
        // a tally's new total before "عدد" and the people it counts
        { "وارتفع إلى 40 عدد القتلى المدنيين جراء القصف", "killed/civilians=40 exact" },
        { "يرتفع إلى 96 عدد عناصر قوات النظام والمسلحين الموالين لها الذين قتلوا منذ بدء التصعيد", "killed/fighters=96 exact" },
        // vague amounts
        { "مقتل عشرات المدنيين", "killed/civilians=10 at_least 10..99 vague" },
        { "أسفر القصف عن مقتل المئات", "killed/all=100 at_least 100..999 vague" },
        { "نزوح الآلاف من المدنيين", "displaced/civilians=1000 at_least 1000..9999 vague" },
        { "تشريد عشرات الآلاف في الشتاء", "displaced/all=10000 at_least 10000..99999 vague" },
        { "أصيب العشرات في القصف", "injured/all=10 at_least 10..99 vague" },
        { "الهجوم خلف عشرات القتلى", "killed/all=10 at_least 10..99 vague" },
        { "سقوط عشرات القتلى المدنيين", "killed/civilians=10 at_least 10..99 vague" },
        { "مقتل بضعة أشخاص", "killed/all=3 at_least 3..9 vague" },
        { "إصابة مئات المدنيين", "injured/civilians=100 at_least 100..999 vague" },
        // injured
        { "إصابة 15 شخصا بجروح", "injured/all=15 exact" },
        { "وأصيب ٢٠ مدنياً بجروح", "injured/civilians=20 exact" },
        { "جرح 7 أطفال", "injured/children=7 exact" },
        { "سقوط 10 جرحى", "injured/all=10 exact" },
        { "نقل 12 مصابا إلى المستشفى", "injured/all=12 exact" },
        { "20 شخصا أصيبوا في الانفجار", "injured/all=20 exact" },
        { "سجلت المشافي 50 حالة اختناق", "injured/all=50 exact" },
        { "مقتل 5 أشخاص وإصابة 12 آخرين", "killed/all=5 exact; injured/all=12 exact" },
        { "مقتل 4 مدنيين وإصابة 9 آخرين", "killed/civilians=4 exact; injured/civilians=9 exact" },
        { "قتل ثلاثة مدنيين وأصيب آخران", "killed/civilians=3 exact; injured/civilians=2 exact" },
        { "مقتل 20 شخصا وأصيب 30 آخرون", "killed/all=20 exact; injured/all=30 exact" },
        { "قتل 8 أشخاص وجرح 13 آخرون بينهم 4 أطفال", "killed/all=8 exact; injured/all=13 exact; injured/children=4 exact in 1" },
        { "إصابة ٨٦ طفلاً وطفلة", "injured/children=86 exact" },
        // a singular noun of people joined to a count's singular noun in its case shares the count: fighters and civilians together
        { "تم إجلاء أكثر من ثلاثة آلاف مسلح ومدني من البلدة", "displaced/all=3000 more_than" },
        { "قتل 14 جنديا ومدنيا في الانفجار", "killed/all=14 exact" },
        // without "و" it describes the count
        { "وخلفت المعارك أكثر من 1200 مسلحا قتيلا", "killed/fighters=1200 more_than" },
        // in another case, or after a plural, it is one more person
        { "قتل 14 مدنيا وطفل في الانفجار", "killed/civilians=14 exact; killed/children=1 exact" },
        { "قتل 4 مدنيين وطفل في الانفجار", "killed/civilians=4 exact; killed/children=1 exact" },
        // rescued
        { "أنقذت فرق الدفاع المدني 14 شخصا", "rescued/all=14 exact" },
        { "انتشال 6 أشخاص أحياء من تحت الأنقاض", "rescued/all=6 exact" },
        { "تمكنت الفرق من إنقاذ طفلين", "rescued/children=2 exact" },
        // displaced
        { "نزوح 3000 شخص من القرى", "displaced/all=3000 exact" },
        { "تهجير ١٥٠٠ مدني", "displaced/civilians=1500 exact" },
        { "إجلاء 400 مقاتل وعائلاتهم", "displaced/all=400 exact" },
        { "إجلاء 400 مقاتل", "displaced/fighters=400 exact" },
        { "إجلاء سبعة آلاف من المسلحين", "displaced/fighters=7000 exact" },
        { "فر أكثر من 5 آلاف مدني", "displaced/civilians=5000 more_than 5000.." },
        { "أكثر من 12 ألف شخص نزحوا من المدينة", "displaced/all=12000 more_than 12000.." },
        { "بلغ عدد النازحين 800 شخص", "displaced/all=800 exact" },
        { "وصل 250 نازحا إلى المخيم", "displaced/all=250 exact" },
        { "نزوح 1,200 شخص", "displaced/all=1200 exact" },
        // arrested, detained, missing, released
        { "اعتقال 30 شخصا في حملة دهم", "arrested/all=30 exact" },
        { "اعتقلت القوات 12 شابا", "arrested/men=12 exact" },
        { "احتجاز 6 صحفيين", "detained/journalists=6 exact" },
        // abduction holds people as detention does
        { "خطف المسلحون 40 مدنيا من القرية", "detained/civilians=40 exact" },
        { "اختطاف 7 أشخاص على الطريق", "detained/all=7 exact" },
        { "وكان 15 شخصا اختطفوا من الحافلة", "detained/all=15 exact" },
        { "لا يزال 9 أشخاص مفقودين", "missing/all=9 exact" },
        { "فقدان 4 أشخاص في البحر", "missing/all=4 exact" },
        { "لا يزال العشرات مفقودين", "missing/all=10 at_least 10..99 vague" },
        { "الإفراج عن 25 معتقلا", "released/all=25 exact" },
        // the held who died are dead: a verb of dying before them, or right after them, beats the role of their noun
        { "وتوفي 3 معتقلين تحت التعذيب", "killed/all=3 exact" },
        { "مقتل معتقل تحت التعذيب في سجون النظام", "killed/all=1 exact" },
        { "قضى 5 معتقلين في السجن", "killed/all=5 exact" },
        { "وفاة المئات من المعتقلين في سجون النظام", "killed/all=100 at_least 100..999 vague" },
        { "وأشار إلى أن 77 معتقلا منهم قتلوا", "killed/all=77 exact" },
        { "مقتل 5 نازحين في المخيم", "killed/all=5 exact" },
        { "أفرج عن 3 صحفيين", "released/journalists=3 exact" },
        // the count of an exchange of captives is of those released: the phrase beats its own "أسرى"
        { "عمليات لتبادل أسرى بين الطرفين منذ شباط، شملت 200 جهاديا", "released/fighters=200 exact" },
        { "وجرت عملية تبادل ثانية في نيسان شملت 40 شخصا", "released/all=40 exact" },
        // strikes and attacks
        { "شن الطيران 40 غارة على المدينة", "strikes/all=40 exact" },
        { "استهدفت المدينة بـ ١٢ برميلا متفجرا", "strikes/all=12 exact" },
        { "سقوط 30 قذيفة على الحي", "strikes/all=30 exact" },
        { "أطلقت 15 صاروخا", "strikes/all=15 exact" },
        { "نفذ التحالف ضربتين جويتين", "strikes/all=2 exact" },
        { "وثق الفريق 655 هجوماً", "attacks/all=655 exact" },
        { "تعرضت البلدة لهجمات بالكلور 3 مرات", "attacks/all=3 exact" },
        { "قصفت الطائرات المدينة 20 مرة", "strikes/all=20 exact" },
        { "وقعت 7 هجمات", "attacks/all=7 exact" },
        { "شن التحالف 29 ألفا و358 ضربة", "strikes/all=29358 exact" },
        // groups
        { "مقتل 6 نساء", "killed/women=6 exact" },
        { "مقتل امرأتين", "killed/women=2 exact" },
        { "مقتل سيدتين", "killed/women=2 exact" },
        { "مقتل ٣ رجال", "killed/men=3 exact" },
        { "مقتل 8 جنود", "killed/fighters=8 exact" },
        { "مقتل 15 مسلحا", "killed/fighters=15 exact" },
        { "مقتل 12 مقاتلا من المعارضة", "killed/fighters=12 exact" },
        { "مقتل متطوعين اثنين", "killed/civil_defence=2 exact" },
        { "مقتل 3 متطوعين في الدفاع المدني", "killed/civil_defence=3 exact" },
        { "مقتل 4 عناصر من الدفاع المدني", "killed/civil_defence=4 exact" },
        { "مقتل طبيبين", "killed/medical=2 exact" },
        { "مقتل 3 أطباء", "killed/medical=3 exact" },
        { "مقتل 2 من المسعفين", "killed/medical=2 exact" },
        { "مقتل 5 إعلاميين", "killed/journalists=5 exact" },
        { "مقتل 9 قاصرين", "killed/children=9 exact" },
        { "قتل مدنيان في ضربة", "killed/civilians=2 exact" },
        { "مقتل أطفال ثلاثة", "killed/children=3 exact" },
        { "سقوط 20 قتيلا مدنيا", "killed/civilians=20 exact" },
        // the ranks told after unspecified people say who they were; a noun's own group stays
        { "سقوط 11 قتيلا في صفوف القوات الموالية للحكومة", "killed/fighters=11 exact" },
        { "خلفت عشرات الضحايا بصفوف المدنيين", "killed/civilians=10 at_least 10..99 vague" },
        { "سقوط 4 قتلى و9 جرحى في صفوف المدنيين", "killed/civilians=4 exact; injured/civilians=9 exact" },
        { "مقتل 3 أطفال في صفوف المدنيين", "killed/children=3 exact" },
        // number words
        { "مقتل خمسة وعشرين شخصا", "killed/all=25 exact" },
        { "مقتل ثلاثمئة وخمسين مدنيا", "killed/civilians=350 exact" },
        { "مقتل أحد عشر طفلا", "killed/children=11 exact" },
        { "مقتل ألف شخص", "killed/all=1000 exact" },
        { "مقتل 5 آلاف شخص", "killed/all=5000 exact" },
        { "مقتل ستة آلاف و259 مدنيا", "killed/civilians=6259 exact" },
        { "مقتل ١٬٢٠٠ شخص", "killed/all=1200 exact" },
        // breakdowns
        { "مقتل أكثر من 130 شخصاً، من بينهم 45 طفلاً و23 امرأة، بالإضافة إلى متطوعين اثنين", "killed/all=130 more_than; killed/children=45 exact in 0; killed/women=23 exact in 0; killed/civil_defence=2 exact add 0" },
        { "مقتل 20 شخصا بينهم 6 أطفال", "killed/all=20 exact; killed/children=6 exact in 0" },
        { "مقتل 20 شخصا منهم 6 أطفال", "killed/all=20 exact; killed/children=6 exact in 0" },
        { "مقتل 20 شخصا من ضمنهم 3 نساء", "killed/all=20 exact; killed/women=3 exact in 0" },
        { "إصابة 40 شخصا بينهم 10 أطفال", "injured/all=40 exact; injured/children=10 exact in 0" },
        { "مقتل 10 مدنيين فضلاً عن 3 عناصر", "killed/civilians=10 exact; killed/fighters=3 exact add 0" },
        { "مقتل 10 مدنيين إضافة إلى 3 مسعفين", "killed/civilians=10 exact; killed/medical=3 exact add 0" },
        { "مقتل 12 طفلا و23 آخرين", "killed/children=12 exact; killed/all=23 exact add 0" },
        { "قتل 50 شخصا، يتوزعون إلى 10 مسلحين و40 مدنيا، بينهم 9 أطفال", "killed/all=50 exact; killed/fighters=10 exact in 0; killed/civilians=40 exact in 0; killed/children=9 exact in 2" },
        { "مقتل 4 مدنيين، بينهم طفل وسيدتان", "killed/civilians=4 exact; killed/children=1 exact in 0; killed/women=2 exact in 0" },
        { "مقتل 30 شخصا، 10 منهم أطفال", "killed/all=30 exact; killed/children=10 exact in 0" },
        { "مقتل 39 طفلا خلال أيام العيد 30 منهم بغارات", "killed/children=39 exact; killed/children=30 exact in 0" },
        { "157 شخصا بينهم 39 طفلا حصيلة الضحايا في العيد", "killed/all=157 exact; killed/children=39 exact in 0" },
        { "مقتل 18 مدنيا، بينهم 5 أطفال، وإصابة أكثر من 45 آخرين", "killed/civilians=18 exact; killed/children=5 exact in 0; injured/civilians=45 more_than" },
        { "أنقذت الفرق 300 شخص أصيبوا في الهجمات، من بينهم 80 طفلا", "injured/all=300 exact; injured/children=80 exact in 0" },
        // not figures
        { "في العام 2011 بدأت الاحتجاجات", "" },
        { "منذ عام 2015 قتل الكثيرون", "" },
        { "قتل في 15 آذار", "" },
        { "قالت روسيا إن القصف مستمر", "" },
        { "انعقدت الجولة الـ17 من المحادثات", "" },
        { "الجولة السابقة (16) من الاجتماعات", "" },
        { "قرار مجلس الأمن 2254", "" },
        { "تراجعت أعداد القتلى 20 بالمئة", "" },
        { "ارتفع عدد القتلى بنسبة 15%", "" },
        { "قتل 95 في المئة من السكان", "" },
        { "خصص البنك 200 مليون دولار للضحايا", "" },
        { "دفع الجرحى 5000 ليرة", "" },
        { "للإبلاغ عن المفقودين: 0933123456", "" },
        { "خلال الـ24 ساعة الماضية", "" },
        { "أنشأت 11 نقطة مراقبة", "" },
        { "درس 159 بلاغا عن سقوط ضحايا", "" },
        { "قتل خلال 34 يوما من القصف", "" },
        { "يعيش 3 ملايين شخص في المحافظة", "" },
        { "يعيش أكثر من 2,5 مليون شخص في المحافظة", "" },
        { "عشرات الآلاف من السوريين يعيشون في المخيمات", "" },
        { "محذرا من خطره على ملايين السوريين", "" },
        { "وفاة مدنيين متأثرين بجراحهم", "" },
        { "من 19 فبراير إلى 23 مارس", "" },
        { "منذ 17 يوليو حتى 19 منه", "" },
        { "أمهل التنظيم السكان مدة أربعة أيام", "" },
        { "زار الوزير 3 دول", "" },
        { "عثر على الهاتف لأحد الضحايا", "" },
        { "تستضيف البلدة 650 ألف لاجئ", "" },
        { "تنتج المصفاة 5 ملايين برميل يوميا", "" },
        { "ضبطت القوات 120 قذيفة هاون في المستودع", "" },
        { "بقي 25 شخصا عالقين تحت الأنقاض", "" },
        // those who take part in a raid or a march are no casualties
        { "وأضافت أن الحملة التي شارك فيها 900 شرطي سمحت باعتقال 16 شخصا", "arrested/all=16 exact" },
        { "وقتل ثلاثة أشخاص في مسيرة بمشاركة 20 ألف شخص", "killed/all=3 exact" },
        { "فر 3 آلاف لاجئ من المخيم", "displaced/all=3000 exact" },
        // "so far" between the role verb and a number with no noun of its own
        { "كما أصيب حتى الآن 37 بينهم ستة أطفال", "injured/all=37 exact; injured/children=6 exact in 0" },
        { "وقتل حتى اللحظة 12، بينهم طفلان", "killed/all=12 exact; killed/children=2 exact in 0" },
        // people are no part of a count of shells before them
        { "سقطت عشرات القذائف على المدينة وقد قتل عدد من المدنيين بينهم طفلان", "strikes/all=10 at_least vague; killed/children=2 exact" },
        // a count joined after the ranks of a count of the dead, by "و" or "مقابل", is of the dead too; so is one after a word describing it
        { "أسفرت المعارك عن مقتل 40 مقاتلا من قوات النظام والمسلحين الموالين لها، و25 عنصرا من الفصائل", "killed/fighters=40 exact; killed/fighters=25 exact" },
        { "قتل 12 عنصرا من قوات النظام مقابل 9 مسلحين من التنظيم", "killed/fighters=12 exact; killed/fighters=9 exact" },
        { "اعتقلت الشرطة 5 أشخاص من الحي و3 آخرين", "arrested/all=5 exact; arrested/all=3 exact add 0" },
        { "مقتل 30 جنديا أردنيا و6 عراقيين", "killed/fighters=30 exact; killed/fighters=6 exact" },
        { "قتل أكثر من 50 عنصرا مسلحا و9 جنود في العملية", "killed/fighters=50 more_than; killed/fighters=9 exact" },
        { "قال إن 14 من مقاتلي الحركة و59 من قوات الاتحاد قتلوا", "killed/fighters=59 exact" },
        // the other side of a clash "between … and …" is no count of the dead
        { "قتل 30 مسلحا في اشتباكات بين الجيش من جهة و60 مسلحا من جهة أخرى", "killed/fighters=30 exact" },
        // a toll (حصيلة) of people is of the dead, with "مقابل" for the other side; not a toll of cases, a bare number or one another word names
        { "وبلغت حصيلة الهجوم 31 مقاتلا من الفصائل مقابل 17 عنصرا من قوات النظام", "killed/fighters=31 exact; killed/fighters=17 exact" },
        { "ارتفعت الحصيلة إلى 120 شخصا بينهم 40 مدنيا", "killed/all=120 exact; killed/civilians=40 exact in 0" },
        { "ارتفعت حصيلة الجرحى إلى 30 شخصا", "injured/all=30 exact" },
        { "كانت آخر حصيلة تشير إلى 78 حالة مؤكدة", "" },
        { "ارتفعت الحصيلة إلى 50", "" },
        { "متوقعة ارتفاع الحصيلة، لأن آلاف الأشخاص في عداد المفقودين", "missing/all=1000 at_least vague" },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void ReadsFigures(string phrase, string expected)
    {
        var figures = Pipeline.Analyze(new Document(phrase)).Get<FigureLayer>()!.Figures;
        var wanted = expected.Length == 0 ? [] : expected.Split("; ");
        Assert.True(wanted.Length == figures.Count, $"expected [{expected}] got [{string.Join("; ", figures.Select(Show))}]");
        for (int i = 0; i < wanted.Length; i++) Check(wanted[i], figures[i], figures);
    }

    [Fact]
    public void TableHasEnoughPhrases() => Assert.True(Phrases.Count >= 120, $"{Phrases.Count} phrases");

    [Fact]
    public void FigureKeepsItsSpanGoverningWordAndSentence()
    {
        const string text = "قصف على البلدة. وتسببت الغارات بمقتل 30 شخصا، بينهم 4 أطفال.";
        var figures = Pipeline.Analyze(new Document(text)).Get<FigureLayer>()!.Figures;
        Assert.Equal(2, figures.Count);
        Assert.Equal("30 شخصا", figures[0].Span.Of(text));
        Assert.Equal("بمقتل", figures[0].GoverningSpan.Of(text));
        Assert.Equal(1, figures[0].SentenceIndex);
        Assert.Equal("4 أطفال", figures[1].Span.Of(text));
        Assert.Equal("بمقتل", figures[1].GoverningSpan.Of(text)); // a breakdown is governed by its total's word
        Assert.Equal(0, figures[1].InsideOf);
    }

    [Fact]
    public void WholeValueThroughADecimalKeepsNoDecimalPlaces()
    {
        // "6,3 مليون" is 6300000, written so in the record (not 6300000.0)
        var figure = Assert.Single(Pipeline.Analyze(new Document("خلفت الحرب 6,3 مليون نازح")).Get<FigureLayer>()!.Figures);
        Assert.Equal(6300000m, figure.Value);
        Assert.Equal(0, figure.Value.Scale);
    }

    private static string Show(Figure f) => $"{f.Role}/{f.Group}={f.Value} {f.Qualifier} {f.Low}..{f.High}" + (f.InsideOf is { } p ? $" in {p}" : "") + (f.InAdditionTo is { } a ? $" add {a}" : "") + (f.Vague ? " vague" : "") + (f.IsRange ? " range" : "");

    private static void Check(string want, Figure f, IReadOnlyList<Figure> all)
    {
        var got = $"got [{string.Join("; ", all.Select(Show))}]";
        var parts = want.Split(' ');
        var head = parts[0].Split('=');
        var rg = head[0].Split('/');
        Assert.True(rg[0] == f.Role && rg[1] == f.Group && decimal.Parse(head[1], CultureInfo.InvariantCulture) == f.Value && parts[1] == f.Qualifier, $"want {want}; {got}");
        int? inside = null, add = null;
        bool vague = false, range = false;
        for (int i = 2; i < parts.Length; i++)
        {
            var p = parts[i];
            if (p == "in") inside = int.Parse(parts[++i], CultureInfo.InvariantCulture);
            else if (p == "add") add = int.Parse(parts[++i], CultureInfo.InvariantCulture);
            else if (p == "vague") vague = true;
            else if (p == "range") range = true;
            else if (p.Contains("..", StringComparison.Ordinal))
            {
                var lh = p.Split("..");
                Assert.True(Bound(lh[0]) == f.Low && Bound(lh[1]) == f.High, $"want interval {p}; {got}");
            }
        }
        Assert.True(inside == f.InsideOf && add == f.InAdditionTo && vague == f.Vague && range == f.IsRange, $"want {want}; {got}");
    }

    private static decimal? Bound(string s) => s.Length == 0 ? null : decimal.Parse(s, CultureInfo.InvariantCulture);
}
