using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>Chooses one entry per candidate: kind priorities, then ambiguous Syrian names by the governorates named nearby (sentence, then article).</summary>
internal sealed class PlaceResolver
{
    private static readonly string[] LevelOrder = ["gov", "community", "subdistrict", "district", "area", "neighbourhood"];
    private readonly Analysis _a;
    private readonly EntityLexicon _lex;
    // the context is made as it is first needed: most articles name no Syrian place, and few a city abroad
    private Dictionary<int, HashSet<string>>? _sentenceGovs;
    private HashSet<string>? _articleGovs;

    // the governorates the article names by a mention of one governorate only
    private HashSet<string>? _singleGovs;
    private Dictionary<int, HashSet<string>>? _sentenceCountries;
    private List<(int First, string Gov)>? _adminGovs;
    private HashSet<string>? _articleCountries;

    // the countries are collected only when a name shared with a city abroad needs them (a pass over every token)
    private List<EntityRecognizer.Candidate>? _cands;
    private bool _countriesCollected;

    public PlaceResolver(Analysis a, EntityLexicon lex)
    {
        _a = a;
        _lex = lex;
    }

    public EntityLayer Resolve(List<EntityRecognizer.Candidate> cands)
    {
        // context: governorates of unambiguous Syrian mentions and regions (each candidate, then its inner ones)
        var govs = new List<string>();
        foreach (var c in cands)
        {
            AddContext(c, govs);
            for (int k = 0; k < c.Inner.Count; k++) AddContext(c.Inner[k], govs);
        }
        GovernorateGatedVillages.Keep(cands, _singleGovs);
        _cands = cands;
        int count = cands.Count;
        foreach (var c in cands) count += c.Inner.Count;
        var mentions = new List<EntityMention>(count);
        foreach (var c in cands)
        {
            var e = Choose(c);
            mentions.Add(ToMention(c, e));
            for (int k = 0; k < c.Inner.Count; k++)
            {
                var inner = c.Inner[k];
                var ie = Choose(inner);
                mentions.Add(ToMention(inner, ie, named: true));
            }
        }
        mentions.Sort((x, y) => x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start) : y.Span.Length.CompareTo(x.Span.Length));
        return new EntityLayer(mentions);
    }

    /// <summary>Notes the governorates a candidate names without doubt, in its sentence and in the article.</summary>
    private void AddContext(EntityRecognizer.Candidate c, List<string> govs)
    {
        var es = c.Entries;
        // a name shared with a city abroad ("القدس", "صيدا") is no evidence of its Syrian governorate
        bool abroad = false, syrianPlace = false, allSyrianPlaces = true;
        for (int k = 0; k < es.Count; k++)
        {
            var e = es[k];
            abroad |= Abroad(e) is not null;
            syrianPlace |= e.Kind == EntryKind.SyrianPlace;
            allSyrianPlaces &= e.Kind == EntryKind.SyrianPlace;
        }
        if (abroad && syrianPlace) return;
        // a name shared by villages of two governorates tells neither: the list stops at the second (an ambiguous village
        // name has dozens of entries, and each was compared with every governorate found before)
        govs.Clear();
        for (int k = 0; k < es.Count; k++)
        {
            var e = es[k];
            // (a village no corpus names is no evidence: it needs its governorate named otherwise)
            if (e.Kind is EntryKind.SyrianPlace or EntryKind.Region && e.Country == "SYR" && !e.NeedsGovernorate)
                for (int p = 0; p < e.Places.Count; p++)
                    if (!govs.Contains(e.Places[p]))
                    {
                        govs.Add(e.Places[p]);
                        if (govs.Count > 1 && allSyrianPlaces) return;
                    }
        }
        if (govs.Count == 0) return;
        var sid = _a.SentenceOfToken(c.First).Index;
        _sentenceGovs ??= [];
        if (!_sentenceGovs.TryGetValue(sid, out var set)) _sentenceGovs[sid] = set = new HashSet<string>(StringComparer.Ordinal);
        _articleGovs ??= new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in govs) { set.Add(g); _articleGovs.Add(g); }
        // a governorate, district or countryside named: firmer evidence than a village ("الظهران" is also a Saudi city)
        if (govs.Count > 1) return;
        // (a region over several, "شمال شرق البلاد", names none of them for a village no corpus names)
        (_singleGovs ??= new HashSet<string>(StringComparer.Ordinal)).Add(govs[0]);
        for (int k = 0; k < es.Count; k++)
            if (es[k].Kind == EntryKind.Region || es[k].Level is "gov" or "district" or "subdistrict")
            {
                (_adminGovs ??= []).Add((c.First, govs[0]));
                return;
            }
    }

    // most candidates have one entry: the closure the ambiguous case needs is then not made
    private EntityEntry Choose(EntityRecognizer.Candidate c) => c.Entries.Count == 1 ? c.Entries[0] : ChooseAmong(c);

    // loops rather than LINQ: an ambiguous name is met in most articles, and the queries made lists, iterators and closures each time
    private EntityEntry ChooseAmong(EntityRecognizer.Candidate c)
    {
        var es = c.Entries;
        var syrian = new List<EntityEntry>();
        for (int k = 0; k < es.Count; k++)
            if (es[k].Kind == EntryKind.SyrianPlace) syrian.Add(es[k]);
        // the other readings (a capital or city of Syria's own is left out when a Syrian place reads the name): the first
        // abroad, whether any is a body, a person, a region or an actor, and the first of the best kind
        EntityEntry? abroad = null, best = null;
        bool preferOther = false;
        for (int k = 0; k < es.Count; k++)
        {
            var e = es[k];
            if (e.Kind == EntryKind.SyrianPlace || e.Kind is EntryKind.Capital or EntryKind.WorldCity && e.Country == "SYR" && syrian.Count > 0) continue;
            if (abroad is null && Abroad(e) is not null) abroad = e;
            preferOther |= e.Kind is EntryKind.Organisation or EntryKind.Person or EntryKind.Region or EntryKind.Actor;
            if (best is null || KindOrder(e.Kind) < KindOrder(best.Kind)) best = e;
        }
        // "طرابلس" is Lebanon's and Libya's: the city of the country the sentence (else the article) names
        if (abroad is not null && NamedCountryCity(c, es) is { } named)
        {
            if (best == abroad) best = named;
            abroad = named;
        }
        if (syrian.Count > 0 && abroad is not null && AbroadWins(c, syrian, abroad) is { } wins)
            return wins ? abroad : ChooseSyrian(c, syrian);
        if (best is not null)
        {
            bool syrianAdmin = false;
            foreach (var e in syrian) syrianAdmin |= e.Level is "gov" or "district" or "subdistrict";
            if (syrian.Count == 0 || preferOther || !c.HasCue && !syrianAdmin) return best;
        }
        return ChooseSyrian(c, syrian);
    }

    /// <summary>Among cities abroad of one name in different countries, the one whose country the sentence names, else the article; null when none is named or only one country reads the name.</summary>
    private EntityEntry? NamedCountryCity(EntityRecognizer.Candidate c, IReadOnlyList<EntityEntry> es)
    {
        int cities = 0;
        for (int k = 0; k < es.Count; k++)
            if (Abroad(es[k]) is not null) cities++;
        if (cities < 2) return null;
        EnsureCountries();
        HashSet<string>? inSentence = null;
        _sentenceCountries?.TryGetValue(_a.SentenceOfToken(c.First).Index, out inSentence);
        foreach (var named in new[] { inSentence, _articleCountries })
            for (int k = 0; k < es.Count && named is not null; k++)
                if (Abroad(es[k]) is { } iso && named.Contains(iso)) return es[k];
        return null;
    }

    private void EnsureCountries()
    {
        if (_countriesCollected || _cands is null) return;
        CollectCountries(_cands);
        _countriesCollected = true;
    }

    /// <summary>The country of a capital or well-known city abroad, or null.</summary>
    private static string? Abroad(EntityEntry e) => e.Kind is EntryKind.Capital or EntryKind.WorldCity && e.Country is { } iso && iso != "SYR" ? iso : null;

    /// <summary>Countries named (or told by a nationality adjective) in each sentence and in the article.</summary>
    private void CollectCountries(List<EntityRecognizer.Candidate> cands)
    {
        void Add(int sid, string iso)
        {
            _sentenceCountries ??= [];
            if (!_sentenceCountries.TryGetValue(sid, out var set)) _sentenceCountries[sid] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(iso);
            (_articleCountries ??= new HashSet<string>(StringComparer.Ordinal)).Add(iso);
        }
        foreach (var c in cands)
            if (c.Entries.Count == 1 && c.Entries[0] is { Kind: EntryKind.Country, Country: { } iso }) Add(_a.SentenceOfToken(c.First).Index, iso);
            // "سنجار شمال العراق": a part of a country abroad names that country too
            // (EntityRecognizer.ProposeCountryRegion: a place of that country at region precision)
            else if (c.Entries.Count == 1 && c.Entries[0] is { Kind: EntryKind.WorldCity, GeoPrecision: 2, Country: { } part }) Add(_a.SentenceOfToken(c.First).Index, part);
        // the adjectives' bit in the masks the recogniser read: a token without it is no adjective, and is passed by unread
        // (the bit first: it registers the adjectives' keys, and the masks are read after that)
        ulong adjective = _lex.AdjectivesBit;
        var masks = Lexicons.TokenMasks.For(_a);
        foreach (var s in _a.Sentences)
            for (int i = s.FirstToken; i < s.EndToken; i++)
                if ((masks[i] & adjective) != 0 && _lex.AdjectiveCountryAt(_a.Tokens, i) is { } iso) Add(s.Index, iso);
    }

    /// <summary>
    /// A well-known city abroad ("القدس", "الإسكندرية", "سنجار") over a Syrian place of the same name: unless the Syrian place's
    /// governorate (or district, or countryside) is named right after it or a village word stands before it ("بلدة صيدا"), the city abroad wins when its
    /// country is named in the sentence, or the Syrian place is only a village, or its governorate is nowhere in an article naming that country.
    /// Null when neither side has the better claim (the kind order decides).
    /// </summary>
    private bool? AbroadWins(EntityRecognizer.Candidate c, List<EntityEntry> syrian, EntityEntry abroad)
    {
        EnsureCountries();
        var sid = _a.SentenceOfToken(c.First).Index;
        HashSet<string>? countries = null;
        _sentenceCountries?.TryGetValue(sid, out countries);
        // "بلدات الكرك … الحدود السورية الأردنية": a village word before the name, and Syria named too, make it the Syrian village
        if (countries?.Contains("SYR") == true && SyrianCue(c)) return false;
        if (countries?.Contains(abroad.Country!) == true) return true;
        // "صيدا في ريف درعا": its governorate (or district, or countryside) named right after it
        if (_adminGovs is not null && AdminGovernorateAfter(c, syrian)) return false;
        // Syria named too: neither side has the better claim
        if (countries?.Contains("SYR") == true) return null;
        if (SyrianCue(c)) return false;
        // "بلدات الطيبة والنعيمة وصيدا … بلدة صيدا": the same name told elsewhere in the article as a Syrian village is that village
        // (a town abroad only: a capital, "الدوحة", stays the capital)
        if (abroad.Kind == EntryKind.WorldCity && _cands is not null && SyrianElsewhere(c, abroad)) return false;
        if (AnyAdministrative(syrian))
            return _articleCountries?.Contains(abroad.Country!) == true && !AnyGovernorateNamed(syrian) ? true : null;
        return true;
    }

    // loops rather than LINQ: the queries made a closure (and a nested one) at every ambiguous name

    /// <summary>Whether a governorate of one of the Syrian readings is named (as an administrative unit) within three tokens after the candidate.</summary>
    private bool AdminGovernorateAfter(EntityRecognizer.Candidate c, List<EntityEntry> syrian)
    {
        foreach (var g in _adminGovs!)
        {
            if (g.First < c.End || g.First > c.End + 3) continue;
            foreach (var e in syrian)
                if (e.Governorate == g.Gov) return true;
        }
        return false;
    }

    /// <summary>Whether another candidate with the city abroad among its readings has a Syrian place word before it.</summary>
    private bool SyrianElsewhere(EntityRecognizer.Candidate c, EntityEntry abroad)
    {
        foreach (var o in _cands!)
            if (o != c && o.Entries.Contains(abroad) && SyrianCue(o)) return true;
        return false;
    }

    private static bool AnyAdministrative(List<EntityEntry> syrian)
    {
        foreach (var e in syrian)
            if (e.Level is "gov" or "district" or "subdistrict") return true;
        return false;
    }

    private bool AnyGovernorateNamed(List<EntityEntry> syrian)
    {
        foreach (var e in syrian)
            if (_articleGovs?.Contains(e.Governorate!) == true) return true;
        return false;
    }

    // a village word right before the name ("بلدة صيدا"), not a word for a place abroad, before it or opening it ("محافظة الجيزة")
    private bool SyrianCue(EntityRecognizer.Candidate c) =>
        c.HasCue && !_lex.IsAbroadPlaceWord(_a.Tokens[c.First]) && !(c.First > 0 && _lex.IsAbroadPlaceWord(_a.Tokens[c.First - 1]));

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
        HashSet<string>? near = null;
        _sentenceGovs?.TryGetValue(sid, out near);
        // the governorate whose best reading scores highest (the first named among equals)
        // (compared as the sort compares doubles, so the loops choose what GroupBy, Max and OrderByDescending chose)
        string? gov = null;
        double top = 0;
        bool any = false;
        // "محافظتي درعا والقنيطرة": a governorate's own name is that governorate whatever governorates are named near it (a
        // quarter of Daraa is also called القنيطرة), unless a word for a smaller place stands before it ("حي القنيطرة")
        bool governorateNamed = false;
        // (a word kept in the name, "حي", opens the mention itself)
        if (!_lex.IsUnitPlaceWord(_a.Tokens[c.First]) && (c.First == 0 || !_lex.IsUnitPlaceWord(_a.Tokens[c.First - 1])))
            foreach (var e in syrian)
                if (e.Level == "gov") (gov, governorateNamed) = (e.Governorate, true);
        for (int k = 0; k < syrian.Count && !governorateNamed; k++)
        {
            var g = syrian[k].Governorate;
            if (IndexOfGovernorate(syrian, g) != k) continue;
            double max = Score(syrian[k], near);
            for (int n = k + 1; n < syrian.Count; n++)
                if (syrian[n].Governorate == g && Score(syrian[n], near) is var score && (score > max || double.IsNaN(max))) max = score;
            if (!any || max.CompareTo(top) > 0) (gov, top, any) = (g, max, true);
        }
        // within the governorate: the governorate itself, else the town (it has the town's coordinates), else the admin unit
        bool cityWord = c.First > 0 && _a.Tokens[c.First - 1].HasStem("مدينه");
        EntityEntry? chosen = null;
        int rank = 0;
        foreach (var e in syrian)
        {
            if (e.Governorate != gov) continue;
            int r = cityWord && e.Level == "community" ? -1 : Array.IndexOf(LevelOrder, e.Level);
            if (chosen is null || r < rank) (chosen, rank) = (e, r);
        }
        return chosen!;
    }

    private static int IndexOfGovernorate(List<EntityEntry> entries, string? gov)
    {
        for (int k = 0; k < entries.Count; k++)
            if (entries[k].Governorate == gov) return k;
        return -1;
    }

    private double Score(EntityEntry e, HashSet<string>? near) =>
        (near?.Contains(e.Governorate!) == true ? 1000 : 0) + (_articleGovs?.Contains(e.Governorate!) == true ? 500 : 0)
        + (e.Level switch { "gov" => 300, "district" => 200, "subdistrict" => 100, _ => 0 }) + Math.Log(1 + e.Rank);

    // an inner mention of a list is a named entity whatever its entry says (passed in: no second copy of the mention)
    private EntityMention ToMention(EntityRecognizer.Candidate c, EntityEntry e, bool named = false)
    {
        var first = _a.Tokens[c.First];
        int start = SkipFolded(_a.Text, first.Start, first.End, c.Prefix);
        var span = new TextSpan(start, _a.Tokens[c.End - 1].End);
        // "اجتماع في البيت الأبيض": a body named after its building is there the venue, its country the place, and no party
        var seat = SeatPlaces.Country(_a.Tokens, c.First, c.Prefix, e);
        return new EntityMention(span, c.First, c.Length, SpanStrings.Of(_a.Text, span), e.Type, e.CanonicalName, e.Id, e.NameEn, seat is null ? e.Actor : null, seat is null ? e.Places : [seat])
        {
            GeoPrecision = seat is null ? e.GeoPrecision : 3,
            FinePcode = e.FinePcode,
            Latitude = e.Latitude,
            Longitude = e.Longitude,
            Role = e.Role,
            IsNamedEntity = named || e.Type is not null,
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
