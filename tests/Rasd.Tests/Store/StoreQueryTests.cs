using Rasd.Records;
using Rasd.Store;
using Xunit.Abstractions;

namespace Rasd.Tests.Store;

public sealed class StoreQueryTests(ITestOutputHelper output)
{
    // three short reports written for these tests
    private const string StrikeText = "شنت الطائرات الحربية الغارات على بلدة في ريف إدلب صباح اليوم.";
    private const string TalksText = "اتفق الجانبان على عقد جولة جديدة من المحادثات الشهر المقبل.";
    private const string ShellingText = "قصف مدفعي استهدف الأحياء السكنية في مدينة درعا.";

    private static IngestItem[] Reports() =>
    [
        TestStores.Item("strike", StrikeText, "2021-06-10", "Syrian Civil Defence",
            TestStores.Attack("e1", "2021-06-10", "2021-06-10", ["SY0703"], ["SYRMIL"], TestStores.Killed(4, "children")) with
            {
                Evidence = [new SpanRecord(0, StrikeText.Length)],
                Summary = "Air strike on a town in rural Idleb",
            }),
        TestStores.Item("talks", TalksText, "2021-07-01", "Agency",
            new EventRecord("e1", "AGREE", "planned")
            {
                Time = new DayInterval("2021-07-01", "2021-07-01"),
                Actors = ["RUSGOV", "TURGOV"],
                Places = ["RUS"],
                Source = "Kremlin spokesman",
                Evidence = [new SpanRecord(0, TalksText.Length)],
            }),
        TestStores.Item("shelling", ShellingText, "2021-09-22", "Local network",
            TestStores.Attack("e1", "2021-09-20", "2021-09-22", ["SY12"], ["SYRMIL"]) with { Evidence = [new SpanRecord(0, ShellingText.Length)], AttackMode = "shelling" }),
    ];

    private RasdStore? Open(string backend)
    {
        var db = TestStores.NewDb(backend);
        if (db is null)
        {
            output.WriteLine(TestStores.PgSkipMessage);
            return null;
        }
        var store = RasdStore.Open(db);
        new StoreWriter(store).Write(Reports(), reprocess: false);
        return store;
    }

    private static string[] Names(RasdStore store, EventFilter filter) =>
        new EventReader(store).Read(filter).Select(e => e.DocumentName!).Order(StringComparer.Ordinal).ToArray();

    [Theory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Filters_select_by_time_overlap_place_actor_type_mode_and_source(string backend)
    {
        using var store = Open(backend);
        if (store is null) return;
        Assert.Equal(["strike"], Names(store, new EventFilter { From = new(2021, 6, 1), To = new(2021, 6, 30) }));
        Assert.Equal(["shelling"], Names(store, new EventFilter { From = new(2021, 9, 21), To = new(2021, 9, 21) }));
        Assert.Equal(["strike"], Names(store, new EventFilter { Governorates = Governorates.Resolve("northwest Syria") }));
        Assert.Equal(["strike"], Names(store, new EventFilter { Governorates = Governorates.Resolve("شمال غربي سوريا") }));
        Assert.Equal(["strike"], Names(store, new EventFilter { Governorates = ["SY07"] }));
        Assert.Equal(["shelling"], Names(store, new EventFilter { Governorates = Governorates.Resolve("درعا") }));
        Assert.Equal(["shelling", "strike"], Names(store, new EventFilter { Actor = "SYR" }));
        Assert.Equal(["talks"], Names(store, new EventFilter { Actor = "rusgov" }));
        Assert.Equal(["talks"], Names(store, new EventFilter { Type = "AGREE" }));
        Assert.Equal(["talks"], Names(store, new EventFilter { Mode = "planned" }));
        Assert.Equal(["strike"], Names(store, new EventFilter { Source = "civil defence" }));
        // an event with its own named source is found by it and by its document's source
        Assert.Equal(["talks"], Names(store, new EventFilter { Source = "KREMLIN" }));
        Assert.Equal(["talks"], Names(store, new EventFilter { Source = "agency" }));
        Assert.Empty(Names(store, new EventFilter { Source = "reuters" }));
        Assert.Empty(Names(store, new EventFilter { Actor = "SYRREB" }));
        Assert.Equal(["talks"], Names(store, new EventFilter { Actor = "TUR", Mode = "planned", From = new(2021, 7, 1) }));
        Assert.Empty(Names(store, new EventFilter { Type = "ASSAULT", Governorates = ["SY05"] }));
    }

    [Theory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Free_text_matches_folded_words_with_or_without_clitics(string backend)
    {
        using var store = Open(backend);
        if (store is null) return;
        Assert.Equal(["strike"], Names(store, new EventFilter { Text = "غارات" }));
        Assert.Equal(["strike"], Names(store, new EventFilter { Text = "والغارات" }));
        Assert.Equal(["talks"], Names(store, new EventFilter { Text = "محادثات" }));
        Assert.Equal(["shelling"], Names(store, new EventFilter { Text = "قصف الاحياء" }));
        Assert.Empty(Names(store, new EventFilter { Text = "قصف", Governorates = ["SY07"] }));
        Assert.Empty(Names(store, new EventFilter { Text = "\" OR * ) & |" }));
    }

    [Theory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Events_come_back_with_their_arguments_figures_and_evidence(string backend)
    {
        using var store = Open(backend);
        if (store is null) return;
        var e = Assert.Single(new EventReader(store).Read(new EventFilter { Type = "ASSAULT", Governorates = ["SY07"] }));
        Assert.Equal(["SY0703"], e.Places);
        Assert.Equal(["SYRMIL"], e.Actors);
        Assert.Equal(["SYRCVL"], e.Targets);
        var f = Assert.Single(e.Figures);
        Assert.Equal(("killed", "children", 4m), (f.Role, f.Group, f.Value));
        Assert.Equal(StrikeText, Assert.Single(e.Evidence).Text);
        Assert.Equal("Syrian Civil Defence", e.Source);
    }

    [Theory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Writing_twice_adds_nothing_and_reprocessing_keeps_the_old_version(string backend)
    {
        using var store = Open(backend);
        if (store is null) return;
        var writer = new StoreWriter(store);
        var again = writer.Write(Reports(), reprocess: false);
        Assert.Equal((0, 3), (again.Added, again.Duplicates));
        Assert.Equal(3, store.Count("documents"));
        Assert.Equal(3, store.Count("events"));

        // the same document, extracted by newer rules into a different event
        var newer = TestStores.Item("strike", StrikeText, "2021-06-10", "Syrian Civil Defence",
            TestStores.Attack("e1", "2021-06-10", "2021-06-10", ["SY0703"], ["RUSMIL"], TestStores.Killed(5, "children")));
        var counts = writer.Write([newer], reprocess: true);
        Assert.Equal(1, counts.Reprocessed);
        Assert.Equal(3, store.Count("documents"));
        Assert.Equal(4, store.Count("records"));
        var current = Assert.Single(new EventReader(store).Read(new EventFilter { Governorates = ["SY07"] }));
        Assert.Equal(["RUSMIL"], current.Actors);
        Assert.Empty(new EventReader(store).Read(new EventFilter { Actor = "SYRMIL", Governorates = ["SY07"] }));
        Assert.Equal(1, writer.Write([newer], reprocess: true).Unchanged);
        Assert.Equal(4, store.Count("records"));
    }

    [Theory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Failures_are_kept_once_per_origin_with_their_reason(string backend)
    {
        using var store = Open(backend);
        if (store is null) return;
        var writer = new StoreWriter(store);
        writer.Write([IngestItem.Failed("bad.txt", "binary file")], false);
        writer.Write([IngestItem.Failed("bad.txt", "binary file, again")], false);
        Assert.Equal(1, store.Count("failures"));
        Assert.Equal(Migrations.Latest, store.SchemaVersion);
    }
}
