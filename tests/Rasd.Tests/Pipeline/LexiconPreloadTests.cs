using System.Reflection;
using System.Runtime.Loader;
using Rasd.Pipeline;

namespace Rasd.Tests.Pipeline;

public class LexiconPreloadTests
{
    // texts that reach the event stage's lists (triggers, mode and attribution cues, blockers), entity anaphora, place
    // words and nationality adjectives: everything that used to load only while a first document was read
    private static readonly string[] Texts =
    [
        "قُتل ستة مدنيين، بينهم طفلان وامرأة، وأصيب أكثر من 15 آخرين، فجر اليوم الخميس، جراء قصف مدفعي لقوات النظام استهدف بلدة كفرنبل في ريف إدلب الجنوبي، بحسب ما أفاد الدفاع المدني السوري.",
        "وقال وزير الخارجية التركي إن الجولة المقبلة من محادثات أستانا ستعقد في كانون الأول، ودانت المملكة الهجوم، فيما أعلنت الحكومة الفرنسية أنها لن تسمح بذلك.",
        "واعتقلت قوات الأمن عنصرين من التنظيم في مدينة حلب، وأكد الجيش الروسي أن الضربات الجوية أصابت مواقع للمسلحين شمالي البلاد.",
    ];

    [Fact]
    public void BuildingAPipelineCompletesTheFirstKeyIndex()
    {
        // a fresh copy of the library has statics of its own: no other test can have loaded its lists already
        var context = new AssemblyLoadContext("fresh-rasd", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(typeof(RasdPipeline).Assembly.Location);
            var index = assembly.GetType("Rasd.Lexicons.FirstKeyIndex", throwOnError: true)!;
            int Version() => (int)index.GetProperty("Version", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
            Assert.Equal(0, Version());

            var pipelineType = assembly.GetType("Rasd.Pipeline.RasdPipeline", throwOnError: true)!;
            var documentType = assembly.GetType("Rasd.Documents.Document", throwOnError: true)!;
            var pipeline = pipelineType.GetMethod("CreateDefault")!.Invoke(null, null)!;
            int built = Version();
            Assert.True(built > 0);

            var extract = pipelineType.GetMethod("Extract")!;
            var events = 0;
            foreach (var text in Texts)
            {
                var document = Activator.CreateInstance(documentType, text, null, (DateOnly?)new DateOnly(2021, 11, 10), null, null, null)!;
                var record = extract.Invoke(pipeline, [document])!;
                events += ((System.Collections.ICollection)record.GetType().GetProperty("Events")!.GetValue(record)!).Count;
            }
            Assert.True(events >= 3, $"the texts should reach the event stage ({events} events)");
            // no list joined the index while the documents were read: a word's lexicon mask was the same for all of them
            Assert.Equal(built, Version());
        }
        finally
        {
            context.Unload();
        }
    }
}
