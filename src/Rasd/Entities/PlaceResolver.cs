using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>Chooses one entry per candidate: kind priorities, then ambiguous Syrian names by the governorates named nearby (sentence, then article).</summary>
internal sealed class PlaceResolver
{
    private static readonly string[] LevelOrder = ["gov", "community", "subdistrict", "district", "area", "neighbourhood"];
    private readonly Analysis _a;
    private readonly EntityLexicon _lex;
    private readonly Dictionary<int, HashSet<string>> _sentenceGovs = new();
    private readonly HashSet<string> _articleGovs = new(StringComparer.Ordinal);

    public PlaceResolver(Analysis a, EntityLexicon lex)
    {
        _a = a;
        _lex = lex;
    }

    public EntityLayer Resolve(List<EntityRecognizer.Candidate> cands)
    {
        // context: governorates of unambiguous Syrian mentions and regions
        foreach (var c in cands.SelectMany(c => c.Inner.Prepend(c)))
        {
            var govs = c.Entries.Where(e => e.Kind is EntryKind.SyrianPlace or EntryKind.Region && e.Country == "SYR").SelectMany(e => e.Places).Distinct().ToList();
            if (govs.Count == 0 || govs.Count > 1 && c.Entries.All(e => e.Kind == EntryKind.SyrianPlace)) continue;
            var sid = _a.SentenceOfToken(c.First).Index;
            if (!_sentenceGovs.TryGetValue(sid, out var set)) _sentenceGovs[sid] = set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var g in govs) { set.Add(g); _articleGovs.Add(g); }
        }
        var mentions = new List<EntityMention>();
        foreach (var c in cands)
        {
            var e = Choose(c);
            mentions.Add(ToMention(c, e));
            foreach (var inner in c.Inner)
            {
                var ie = Choose(inner);
                mentions.Add(ToMention(inner, ie) with { IsNamedEntity = true });
            }
        }
        mentions.Sort((x, y) => x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start) : y.Span.Length.CompareTo(x.Span.Length));
        return new EntityLayer(mentions);
    }

    private EntityEntry Choose(EntityRecognizer.Candidate c)
    {
        var es = c.Entries;
        if (es.Count == 1) return es[0];
        var syrian = es.Where(e => e.Kind == EntryKind.SyrianPlace).ToList();
        var other = es.Where(e => e.Kind != EntryKind.SyrianPlace && !(e.Kind is EntryKind.Capital or EntryKind.WorldCity && e.Country == "SYR" && syrian.Count > 0)).ToList();
        if (other.Count > 0)
        {
            bool syrianAdmin = syrian.Any(e => e.Level is "gov" or "district" or "subdistrict");
            bool preferOther = other.Any(e => e.Kind is EntryKind.Organisation or EntryKind.Person or EntryKind.Region or EntryKind.Actor);
            if (syrian.Count == 0 || preferOther || !c.HasCue && !syrianAdmin)
                return other.OrderBy(e => (int)KindOrder(e.Kind)).First();
        }
        return ChooseSyrian(c, syrian);
    }

    private static int KindOrder(EntryKind k) => k switch
    {
        EntryKind.Organisation => 0,
        EntryKind.Person => 1,
        EntryKind.Region => 2,
        EntryKind.Actor => 3,
        EntryKind.Country => 4,
        EntryKind.Capital => 5,
        EntryKind.WorldCity => 6,
        _ => 7,
    };

    private EntityEntry ChooseSyrian(EntityRecognizer.Candidate c, List<EntityEntry> syrian)
    {
        var sid = _a.SentenceOfToken(c.First).Index;
        _sentenceGovs.TryGetValue(sid, out var near);
        string Gov(EntityEntry e) => e.Governorate!;
        double Score(EntityEntry e) =>
            (near?.Contains(Gov(e)) == true ? 1000 : 0) + (_articleGovs.Contains(Gov(e)) ? 500 : 0)
            + (e.Level switch { "gov" => 300, "district" => 200, "subdistrict" => 100, _ => 0 }) + Math.Log(1 + e.Rank);
        var gov = syrian.GroupBy(Gov).OrderByDescending(g => g.Max(Score)).First();
        // within the governorate: the governorate itself, else the town (it has the town's coordinates), else the admin unit
        bool cityWord = c.First > 0 && _a.Tokens[c.First - 1].HasStem("مدينه");
        return gov.OrderBy(e => cityWord && e.Level == "community" ? -1 : Array.IndexOf(LevelOrder, e.Level)).First();
    }

    private EntityMention ToMention(EntityRecognizer.Candidate c, EntityEntry e)
    {
        var first = _a.Tokens[c.First];
        int start = SkipFolded(_a.Text, first.Start, first.End, c.Prefix);
        var span = new TextSpan(start, _a.Tokens[c.End - 1].End);
        return new EntityMention(span, c.First, c.Length, span.Of(_a.Text), e.Type, e.CanonicalName, e.Id, e.NameEn, e.Actor, e.Places)
        {
            GeoPrecision = e.GeoPrecision,
            FinePcode = e.FinePcode,
            Latitude = e.Latitude,
            Longitude = e.Longitude,
            Role = e.Role,
            IsNamedEntity = e.Type is not null,
        };
    }

    /// <summary>The original offset after <paramref name="folded"/> folded characters of a token (diacritics and tatweel count for nothing).</summary>
    private static int SkipFolded(string text, int start, int end, int folded)
    {
        int i = start;
        while (folded > 0 && i < end)
        {
            if (ArabicFolding.Fold(text[i]) != ArabicFolding.Removed) folded--;
            i++;
        }
        while (i < end && ArabicFolding.Fold(text[i]) == ArabicFolding.Removed) i++;
        return i;
    }
}
