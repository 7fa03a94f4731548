using System.Collections.Concurrent;
using Rasd.Text;

namespace Rasd.Ner;

/// <summary>
/// Turns a sentence of tokens into hashed feature ids. Token-local features are computed once per distinct
/// surface form and cached (a "profile"); neighbour and gazetteer features are combined per sentence.
/// </summary>
public sealed class NerFeaturizer
{
    // template ids: any distinct constants; changing them changes the model format
    private const ulong TBias = 1, TWord = 2, TFolded = 3, TStem = 4, TStemArt = 5, TPre = 10, TSuf = 20, TStemPre = 30,
        TClitic = 40, TArticle = 41, TNoClitic = 42, TShape = 50, TShapeFlag = 51, TLen = 52, TCtxFolded = 60, TCtxStem = 65,
        TCtxShape = 70, TBigram = 75, TGaz = 80, TGazNear = 85, TClu = 90, TCtxClu = 95,
        TNbPre = 110, TNbSuf = 130, TCluCtx = 150, TCluBigram = 170, TLike = 190;
    private const int CacheLimit = 200_000;

    private readonly NerFeatureGroups _groups;
    private readonly WordClusters _clusters;
    private readonly INerGazetteer _gazetteer;
    private readonly NameLikeness _likeness;
    private readonly int _bits;
    private readonly ConcurrentDictionary<string, Profile> _cache = new(StringComparer.Ordinal); // lock-free reads
    private readonly Dictionary<string, int> _historyIds = new(StringComparer.Ordinal); // never cleared: ids stay stable
    private readonly Lock _lock = new();
    [ThreadStatic] private static List<int>? _ids;

    public NerFeaturizer(NerFeatureGroups groups, int bits, WordClusters clusters, INerGazetteer gazetteer, NameLikeness? likeness = null)
    {
        _likeness = likeness ?? NameLikeness.Empty;
        _groups = likeness is null || likeness.IsEmpty ? groups & ~NerFeatureGroups.NameLike : groups;
        _bits = bits;
        _clusters = clusters;
        _gazetteer = gazetteer;
    }

    /// <summary>What the tagger knows of one surface form: its own feature buckets and hashes its neighbours use.</summary>
    internal sealed class Profile
    {
        public required int[] Own; // bucket ids of the token-local features
        public int[] OwnUnlexical = []; // Own without the word identity features (word, folded, stem): training's word dropout
        public readonly int[]?[] Neighbour = new int[]?[4]; // feature ids this word gives tokens at −2, −1, +1, +2
        public readonly float[]?[] Sums = new float[]?[10]; // a model's summed emission rows: pass * 5 + (0 own, 1–4 neighbour slots)
        public ulong Folded, Stem, Shape;
        public string CoreKey = "", StemKey = ""; // the core and stem ("" for a bare punctuation token)
        public int HistCore = -1, HistStem = -1; // document-history keys (ids of "c"+core, "s"+stem; −1 for none)
        public bool GazetteerStart; // a gazetteer match may start here
        public bool IsWord;
        public ulong Cluster0, Cluster1, Cluster2; // 0 when the word has no cluster
        public byte[] Likeness = []; // name-likeness bucket per entity type (empty: none)
    }

    /// <summary>The name-likeness features of a word's buckets, for the word itself (<paramref name="d"/> = 0) or a token beside it (±1).</summary>
    internal static void AddLikeness(List<ulong> list, byte[] buckets, int d)
    {
        for (int t = 0; t < buckets.Length; t++) list.Add(FeatureHash.Mix(TLike + (ulong)(d + 1) * 16 + (ulong)t, (ulong)buckets[t] + 1));
    }

    /// <summary>The form the character models read: the stem after clitic removal ("وجونسون" → "جونسون"), or the folded token when the stem is a single letter.</summary>
    internal static string LikenessKey(Profile p) => p.StemKey.Length > 1 ? p.StemKey : p.CoreKey;

    /// <summary>The bucket of the bias feature every token has (its weight row is a per-label offset).</summary>
    internal static int BiasBucket(int bits) => FeatureHash.Bucket(TBias, bits);

    private bool On(NerFeatureGroups g) => (_groups & g) != 0;

    /// <summary>Features of a sentence: tokens with their surface forms (the text as written, for the word feature).</summary>
    public FeatureSequence Featurize(IReadOnlyList<Token> tokens, IReadOnlyList<string> surfaces) => Featurize(tokens, surfaces, true, out _);

    /// <summary>Features of a sentence as if every word were unseen: the word identity features (word, folded, stem, bigrams) left out.</summary>
    internal FeatureSequence FeaturizeUnlexical(IReadOnlyList<Token> tokens, IReadOnlyList<string> surfaces) => Featurize(tokens, surfaces, true, out _, false);

    /// <summary>
    /// Features of a sentence; without <paramref name="withOwn"/> the token-local features are left out (the caller adds
    /// their cached sums from <paramref name="profiles"/>, so tagging does not re-read ~30 weight rows per token).
    /// </summary>
    internal FeatureSequence Featurize(IReadOnlyList<Token> tokens, IReadOnlyList<string> surfaces, bool withOwn, out Profile[] profiles, bool lexical = true)
    {
        int n = tokens.Count;
        profiles = new Profile[n];
        for (int i = 0; i < n; i++) profiles[i] = _cache.TryGetValue(surfaces[i], out var cached) ? cached : ProfileOf(tokens[i], surfaces[i]);
        var ps = profiles;
        var gazetteer = On(NerFeatureGroups.Gazetteer) ? GazetteerFeatures(tokens, i => ps[i].GazetteerStart) : null;

        var ids = _ids ??= new List<int>(1024); // reused per thread: only the final array is allocated
        ids.Clear();
        var starts = new int[n + 1];
        for (int i = 0; i < n; i++)
        {
            starts[i] = ids.Count;
            void Add(ulong h) => ids.Add(FeatureHash.Bucket(h, _bits));
            var p = profiles[i];
            if (withOwn) ids.AddRange(lexical ? p.Own : p.OwnUnlexical);
            for (int d = -2; d <= 2; d++)
            {
                if (d == 0) continue;
                if (At(profiles, i + d) is { } q)
                {
                    if (withOwn) ids.AddRange(NeighbourIds(q, d));
                }
                else
                {
                    ulong t = (ulong)(d + 2), e = Edge(i + d);
                    if (On(NerFeatureGroups.Context))
                    {
                        Add(FeatureHash.Mix(TCtxFolded + t, e));
                        if (d is -1 or 1)
                        {
                            Add(FeatureHash.Mix(TCtxStem + t, e));
                            Add(FeatureHash.Mix(TCtxShape + t, e));
                        }
                    }
                    if (On(NerFeatureGroups.Clusters)) Add(FeatureHash.Mix(TCtxClu + t * 4, e));
                }
            }
            if (On(NerFeatureGroups.Context) && lexical)
            {
                Add(FeatureHash.Mix(TBigram, At(profiles, i - 1)?.Folded ?? Edge(i - 1), p.Folded));
                Add(FeatureHash.Mix(TBigram + 1, p.Folded, At(profiles, i + 1)?.Folded ?? Edge(i + 1)));
            }
            if (On(NerFeatureGroups.ClusterContext))
            {
                Add(FeatureHash.Mix(TCluBigram, At(profiles, i - 1)?.Cluster1 ?? Edge(i - 1), p.Cluster1 | 1));
                Add(FeatureHash.Mix(TCluBigram + 1, p.Cluster1 | 1, At(profiles, i + 1)?.Cluster1 ?? Edge(i + 1)));
            }
            if (gazetteer is not null)
                foreach (var h in gazetteer[i] ?? []) Add(h);
        }
        starts[n] = ids.Count;
        return new FeatureSequence([.. ids], starts);
    }

    /// <summary>The features a word gives a token <paramref name="d"/> positions away (−2…2, not 0); cached per word.</summary>
    internal int[] NeighbourIds(Profile q, int d)
    {
        int slot = d < 0 ? d + 2 : d + 1;
        if (q.Neighbour[slot] is { } cached) return cached;
        var list = new List<ulong>(8);
        ulong t = (ulong)(d + 2);
        if (On(NerFeatureGroups.Context))
        {
            list.Add(FeatureHash.Mix(TCtxFolded + t, q.Folded));
            if (d is -1 or 1)
            {
                list.Add(FeatureHash.Mix(TCtxStem + t, q.Stem));
                list.Add(FeatureHash.Mix(TCtxShape + t, q.Shape));
            }
        }
        if (On(NerFeatureGroups.Clusters))
        {
            if (q.Cluster1 != 0) list.Add(FeatureHash.Mix(TCtxClu + t * 4 + 1, q.Cluster1));
            if (q.Cluster2 != 0 && d is -1 or 1) list.Add(FeatureHash.Mix(TCtxClu + t * 4 + 2, q.Cluster2));
        }
        if (On(NerFeatureGroups.ClusterContext))
        {
            if (q.Cluster0 != 0) list.Add(FeatureHash.Mix(TCluCtx + t * 4, q.Cluster0));
            if (q.Cluster2 != 0 && d is -2 or 2) list.Add(FeatureHash.Mix(TCluCtx + t * 4 + 2, q.Cluster2));
        }
        if (On(NerFeatureGroups.NameLike) && d is -1 or 1) AddLikeness(list, q.Likeness, d);
        if (On(NerFeatureGroups.NeighbourAffixes) && d is -1 or 1 && q.CoreKey.Length > 0)
        {
            // the neighbour's stem edges: a verb prefix (ي/ت/ا) or a nisba/plural suffix shapes what follows or precedes
            var w = q.StemKey.Length > 0 ? q.StemKey : q.CoreKey;
            for (int k = 1; k <= 3 && k < w.Length; k++)
            {
                list.Add(FeatureHash.Mix(TNbPre + t * 4 + (ulong)k, FeatureHash.Of(w.AsSpan(0, k))));
                list.Add(FeatureHash.Mix(TNbSuf + t * 4 + (ulong)k, FeatureHash.Of(w.AsSpan(w.Length - k))));
            }
        }
        int[] ids = [.. list.Select(h => FeatureHash.Bucket(h, _bits))];
        q.Neighbour[slot] = ids;
        return ids;
    }

    private static Profile? At(Profile[] profiles, int i) => i >= 0 && i < profiles.Length ? profiles[i] : null;

    private static ulong Edge(int i) => i < 0 ? 0xB05UL : 0xE05UL;

    private List<ulong>[]? GazetteerFeatures(IReadOnlyList<Token> tokens, Func<int, bool> mayStart)
    {
        var hits = _gazetteer is NerGazetteer g ? g.Find(tokens, mayStart) : _gazetteer.Find(tokens);
        if (hits.Count == 0) return null;
        var result = new List<ulong>[tokens.Count];
        void Put(int i, ulong h)
        {
            if (i < 0 || i >= result.Length) return;
            (result[i] ??= []).Add(h);
        }
        foreach (var hit in hits)
        {
            ulong cat = FeatureHash.Of(hit.Category);
            for (int j = hit.FirstToken; j < hit.FirstToken + hit.TokenCount; j++)
                Put(j, FeatureHash.Mix(TGaz + (j == hit.FirstToken ? 0UL : 1UL), cat));
            Put(hit.FirstToken - 1, FeatureHash.Mix(TGazNear, cat)); // the next token starts a known name or cue
            Put(hit.FirstToken + hit.TokenCount, FeatureHash.Mix(TGazNear + 1, cat)); // the previous token ends one
        }
        return result;
    }

    private Profile ProfileOf(Token token, string surface)
    {
        if (_cache.TryGetValue(surface, out var cached)) return cached;
        var profile = BuildProfile(token, surface);
        if (_cache.Count >= CacheLimit) _cache.Clear();
        return _cache.GetOrAdd(surface, profile);
    }

    private Profile BuildProfile(Token token, string surface)
    {
        var own = new List<ulong>(32);
        int lexicalCount = 0; // the word identity features come first in own
        // corpus tokens may carry glued punctuation ("كابول؛"): features look at the core
        var folded = Core(token.Folded);
        var readings = folded.Length == token.Folded.Length || folded.Length == 0 ? token.Readings : ProtectedWordsAnalyzer.Analyze(folded);
        if (folded.Length == 0) folded = token.Folded;
        var last = readings[^1]; // the most stripped reading: the stem after clitic removal
        ulong foldedH = FeatureHash.Of(folded);
        ulong stemH = FeatureHash.Of(last.Stem);
        ulong shapeH = FeatureHash.Of(Shape(surface));
        if (On(NerFeatureGroups.Word)) own.Add(FeatureHash.Mix(TWord, FeatureHash.Of(surface)));
        if (On(NerFeatureGroups.Folded)) own.Add(FeatureHash.Mix(TFolded, foldedH));
        if (On(NerFeatureGroups.Stem))
        {
            own.Add(FeatureHash.Mix(TStem, stemH));
            if (last.HasArticle) own.Add(FeatureHash.Mix(TStemArt, FeatureHash.Of(last.StemWithArticle)));
            lexicalCount = own.Count;
            for (int k = 2; k <= 3 && k < last.Stem.Length; k++) own.Add(FeatureHash.Mix(TStemPre + (ulong)k, FeatureHash.Of(last.Stem.AsSpan(0, k))));
        }
        else lexicalCount = own.Count;
        if (On(NerFeatureGroups.Affixes))
        {
            for (int k = 1; k <= 4 && k < folded.Length; k++)
            {
                own.Add(FeatureHash.Mix(TPre + (ulong)k, FeatureHash.Of(folded.AsSpan(0, k))));
                own.Add(FeatureHash.Mix(TSuf + (ulong)k, FeatureHash.Of(folded.AsSpan(folded.Length - k))));
            }
        }
        if (On(NerFeatureGroups.Clitics))
        {
            if (readings.Count == 1) own.Add(FeatureHash.Mix(TNoClitic, 1));
            foreach (var r in readings)
            {
                if (r.PrefixLength == 0) continue;
                own.Add(FeatureHash.Mix(TClitic, FeatureHash.Of(r.Proclitics)));
                if (r.HasArticle) own.Add(FeatureHash.Mix(TArticle, 1));
            }
        }
        if (On(NerFeatureGroups.Shape))
        {
            own.Add(FeatureHash.Mix(TShape, shapeH));
            own.Add(FeatureHash.Mix(TShapeFlag, (ulong)token.Kind + 1));
            own.Add(FeatureHash.Mix(TLen, (ulong)Math.Min(folded.Length, 8)));
        }
        bool hasCore = Core(token.Folded).Length > 0;
        var profile = new Profile { Own = [], Folded = foldedH, Stem = stemH, Shape = shapeH, CoreKey = hasCore ? folded : "", StemKey = hasCore ? last.Stem : "" };
        if (profile.CoreKey.Length >= 2) profile.HistCore = HistoryId("c" + profile.CoreKey);
        if (profile.CoreKey.Length >= 2 && profile.StemKey.Length >= 2) profile.HistStem = HistoryId("s" + profile.StemKey);
        profile.IsWord = token.IsWord;
        profile.GazetteerStart = _gazetteer is not NerGazetteer g || g.MayStart(token);
        if (On(NerFeatureGroups.Clusters) && FindCluster(folded, readings) is { } c)
        {
            profile.Cluster0 = FeatureHash.Mix(1, (ulong)c.Coarse);
            profile.Cluster1 = FeatureHash.Mix(2, (ulong)c.Mid);
            profile.Cluster2 = FeatureHash.Mix(3, (ulong)c.Fine);
            own.Add(FeatureHash.Mix(TClu, profile.Cluster0));
            own.Add(FeatureHash.Mix(TClu + 1, profile.Cluster1));
            own.Add(FeatureHash.Mix(TClu + 2, profile.Cluster2));
        }
        else if (On(NerFeatureGroups.Clusters)) own.Add(FeatureHash.Mix(TClu + 3, 1));
        if (On(NerFeatureGroups.NameLike) && profile.CoreKey.Length > 0)
        {
            profile.Likeness = _likeness.Buckets(LikenessKey(profile));
            AddLikeness(own, profile.Likeness, 0);
        }
        own.Add(TBias); // last, so word dropout keeps it; cached with the word's own sum at tagging
        profile.Own = [.. own.Select(h => FeatureHash.Bucket(h, _bits))];
        profile.OwnUnlexical = profile.Own[lexicalCount..];
        return profile;
    }

    /// <summary>The cluster of the whole word, else of its least stripped stem that has one (clusters are learned on whole tokens).</summary>
    private (int Coarse, int Mid, int Fine)? FindCluster(string folded, IReadOnlyList<CliticReading> readings)
    {
        if (_clusters.TryGet(folded, out var c)) return c;
        foreach (var r in readings)
        {
            if (r.PrefixLength == 0) continue;
            if (r.HasArticle && _clusters.TryGet(r.StemWithArticle, out c)) return c;
            if (_clusters.TryGet(r.Stem, out c)) return c;
        }
        return null;
    }

    private int HistoryId(string key)
    {
        lock (_lock)
        {
            if (!_historyIds.TryGetValue(key, out int id)) _historyIds[key] = id = _historyIds.Count;
            return id;
        }
    }

    private static readonly CliticAnalyzer ProtectedWordsAnalyzer = Pipeline.ProtectedWords.DefaultAnalyzer;

    private static string Core(string folded)
    {
        int a = 0, b = folded.Length;
        while (a < b && IsEdgePunct(folded[a])) a++;
        while (b > a && IsEdgePunct(folded[b - 1])) b--;
        return a == 0 && b == folded.Length ? folded : folded[a..b];
    }

    private static bool IsEdgePunct(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    /// <summary>Word shape: letters by script class, digits as 'd', runs collapsed ("Xx", "a", "d.d", "a-d").</summary>
    internal static string Shape(string s)
    {
        Span<char> buf = stackalloc char[Math.Min(s.Length, 16)];
        int n = 0;
        foreach (char ch in s)
        {
            char k = ch switch
            {
                >= '0' and <= '9' or >= '\u0660' and <= '\u0669' => 'd',
                >= 'a' and <= 'z' => 'x',
                >= 'A' and <= 'Z' => 'X',
                >= '\u0600' and <= '\u06FF' => char.IsLetter(ch) ? 'a' : (char.IsPunctuation(ch) ? ch : '\0'),
                _ => char.IsLetter(ch) ? 'l' : ch,
            };
            if (k == '\0') continue;
            if (n > 0 && buf[n - 1] == k) continue;
            if (n == buf.Length) break;
            buf[n++] = k;
        }
        return new string(buf[..n]);
    }
}
