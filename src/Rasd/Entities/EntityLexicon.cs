using System.Globalization;
using Rasd.Geo;
using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>All entity lexicons (countries, cities, Syrian places, regions, organisations, people, actors, titles) loaded into phrase indexes.</summary>
public sealed class EntityLexicon
{
    private static readonly Lazy<EntityLexicon> LazyDefault = new(() =>
    {
        var lexicon = new EntityLexicon(Gazetteer.Embedded);
        lexicon.Phrases.KeepFirstWordsInMemo();
        return lexicon;
    });

    /// <summary>The lexicon over the embedded data only.</summary>
    public static EntityLexicon Default => LazyDefault.Value;

    public EntityLexicon(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer;
        LoadCountries();
        LoadWorldCities();
        LoadWorldAreas();
        LoadSyrianPlaces();
        LoadRegions();
        LoadOrganisations();
        LoadPeople();
        LoadActors();
        LoadTitles();
        LoadWords();
        // their keys join the first-key index now, not when a document first asks: a word's mask must not depend on
        // what was read before (Pipeline/LexiconPreload)
        _ = PlaceWordsBit | AdjectivesBit;
    }

    /// <summary>The lexicon with an imported gazetteer file added to the embedded places.</summary>
    public static EntityLexicon WithGazetteer(string path) => new(Gazetteer.Embedded.Merge(Gazetteer.LoadFile(path)));

    public Gazetteer Gazetteer { get; }

    /// <summary>Every named phrase and actor phrase.</summary>
    public PhraseIndex Phrases { get; } = new();

    /// <summary>Person titles and organisation/actor heads.</summary>
    public TokenTrie<TitleInfo> Titles { get; } = new();

    /// <summary>Folded nationality adjective forms ("الروسيه", "روسي") to ISO alpha-3.</summary>
    public Dictionary<string, string> Adjectives { get; } = new(StringComparer.Ordinal);

    /// <summary>Country entries by ISO alpha-3.</summary>
    public Dictionary<string, EntityEntry> Countries { get; } = new(StringComparer.Ordinal);

    /// <summary>Governorate entries by p-code.</summary>
    public Dictionary<string, EntityEntry> Governorates { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded place words by kind (cue, rural, direction) and whether they belong to the name.</summary>
    public Dictionary<string, (string Kind, bool InName)> PlaceWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded place words that also stand before cities abroad ("مدينة", "منطقة").</summary>
    public HashSet<string> AbroadPlaceWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Place words for places smaller than a town ("حي", "قرية"), folded.</summary>
    public HashSet<string> UnitPlaceWords { get; } = new(StringComparer.Ordinal);

    public HashSet<string> NameStops { get; } = new(StringComparer.Ordinal);

    /// <summary>One-word event triggers, which end a name after a title as whole words ("الرئيس اللبناني رفض مطلب …").</summary>
    public HashSet<string> TriggerStops { get; } = new(StringComparer.Ordinal);

    private static IEnumerable<(string Name, bool Marked)> Names(string cell) =>
        NameVariants.Split(cell).Select(n => n.StartsWith('~') ? (n[1..], true) : (n, false));

    private void LoadCountries()
    {
        var t = TsvTable.LoadEmbedded("countries");
        foreach (var r in t.Rows)
        {
            var iso = t.Cell(r, "iso3");
            var names = Names(t.Cell(r, "names_ar")).ToList();
            var canonical = names[0].Name;
            var e = new EntityEntry(EntryKind.Country, EntityType.Loc, canonical, iso, t.Cell(r, "name_en"), iso + "GOV", [iso]) { Country = iso, GeoPrecision = 3 };
            Countries[iso] = e;
            foreach (var (n, marked) in names)
                if (!marked) Phrases.Add(n, e);
            foreach (var adj in NameVariants.Split(t.Cell(r, "adjective")))
            {
                var a = ArabicFolding.FoldString(adj);
                if (a.Contains(' ')) continue;
                foreach (var form in new[] { a, "ال" + a, a + "ه", "ال" + a + "ه" }) Adjectives.TryAdd(form, iso);
            }
            var capEn = t.Cell(r, "capital_en");
            foreach (var (n, marked) in Names(t.Cell(r, "capitals_ar")))
            {
                CapitalGovernments.TryAdd(ArabicFolding.FoldString(n), iso + "GOV");
                if (!marked) Phrases.Add(n, new EntityEntry(EntryKind.Capital, EntityType.Loc, n, iso, capEn, iso + "GOV", [iso]) { Country = iso, GeoPrecision = 1 });
            }
        }
    }

    private void LoadWorldCities()
    {
        var t = TsvTable.LoadEmbedded("world_cities");
        foreach (var r in t.Rows)
        {
            var iso = t.Cell(r, "iso3");
            var names = NameVariants.Split(t.Cell(r, "names_ar")).ToList();
            // a name that is also a common word needs a place word before it (no p-code: every mention needs its own)
            var e = new EntityEntry(EntryKind.WorldCity, EntityType.Loc, names[0], iso, t.Cell(r, "name_en"), null, [iso]) { Country = iso, GeoPrecision = 1, NeedsCue = t.Cell(r, "cue") == "1" };
            foreach (var n in names) Phrases.Add(n, e);
        }
    }

    /// <summary>Seas, straits and regions spanning several countries (data/world_areas.tsv): named places with no country, so no event place.</summary>
    private void LoadWorldAreas()
    {
        var t = TsvTable.LoadEmbedded("world_areas");
        foreach (var r in t.Rows)
        {
            var names = NameVariants.Split(t.Cell(r, "names_ar")).ToList();
            bool outlet = t.Cell(r, "quoted") == "outlet";
            var e = new EntityEntry(EntryKind.WorldCity, EntityType.Loc, names[0], null, t.Cell(r, "name_en"), null, [])
            {
                NotQuoted = outlet,
                // «الشرق الأوسط»: the newspaper, named as an organisation with no party code (an outlet quoted is a source)
                QuotedOutlet = outlet ? new EntityEntry(EntryKind.Organisation, EntityType.Org, names[0], "outlet:" + t.Cell(r, "name_en").Replace(' ', '-'), t.Cell(r, "name_en") + " (outlet)", null, []) : null,
            };
            foreach (var n in names) Phrases.Add(n, e);
        }
    }

    private void LoadSyrianPlaces()
    {
        foreach (var p in Gazetteer.Places)
        {
            var e = ToEntry(p);
            if (p.Level == "gov") Governorates[p.Pcode] = e;
            foreach (var v in p.Level is "neighbourhood" or "area" ? NameVariants.OfQuarter(p.NameAr) : NameVariants.Of(p.NameAr)) Phrases.Add(v, e);
        }
        // "كوباني" (Ain al-Arab): other names of a gazetteer place resolve as its own name does
        var byPcode = Gazetteer.Places.ToDictionary(p => p.Pcode, StringComparer.Ordinal);
        var aliases = TsvTable.LoadEmbedded("place_aliases");
        foreach (var r in aliases.Rows)
        {
            var pcode = aliases.Cell(r, "pcode");
            if (!byPcode.TryGetValue(pcode, out var place)) throw new InvalidDataException($"data/place_aliases.tsv: {pcode} is no place of data/gazetteer_sy.tsv");
            var e = ToEntry(place);
            foreach (var alias in NameVariants.Split(aliases.Cell(r, "aliases_ar")))
                foreach (var v in NameVariants.Of(alias)) Phrases.Add(v, e);
        }
    }

    /// <summary>The entry a Syrian place resolves to: its governorate as id and place, the fine p-code and coordinates kept.</summary>
    public static EntityEntry ToEntry(SyrianPlace p) =>
        new(EntryKind.SyrianPlace, EntityType.Loc, p.NameAr, p.Governorate, p.NameEn, null, [p.Governorate])
        {
            Country = "SYR",
            Governorate = p.Governorate,
            FinePcode = p.Level == "gov" ? null : p.Pcode,
            GeoPrecision = p.Precision,
            Latitude = p.Latitude,
            Longitude = p.Longitude,
            Level = p.Level,
            NeedsCue = p.NeedsCue,
            NeedsGovernorate = p.NeedsGovernorate,
            Rank = p.Rank,
        };

    private void LoadRegions()
    {
        var t = TsvTable.LoadEmbedded("regions");
        foreach (var r in t.Rows)
        {
            var names = NameVariants.Split(t.Cell(r, "names_ar")).ToList();
            var govs = t.Cell(r, "govs").Split(',', StringSplitOptions.TrimEntries);
            var en = t.Cell(r, "name_en");
            var e = new EntityEntry(EntryKind.Region, EntityType.Loc, names[0], "region:" + en.Replace(' ', '-'), en, null, govs)
            {
                Country = "SYR",
                GeoPrecision = int.Parse(t.Cell(r, "precision"), CultureInfo.InvariantCulture),
            };
            foreach (var n in names) Phrases.Add(n, e);
        }
    }

    private void LoadOrganisations()
    {
        var t = TsvTable.LoadEmbedded("organisations");
        foreach (var r in t.Rows)
        {
            var names = NameVariants.Split(t.Cell(r, "names_ar")).ToList();
            var actor = t.Cell(r, "actor");
            var country = t.Cell(r, "country");
            var e = new EntityEntry(EntryKind.Organisation, EntityType.Org, names[0], t.Cell(r, "id"), t.Cell(r, "name_en"), actor.Length > 0 ? actor : null, [])
            { Country = country.Length > 0 ? country : null };
            foreach (var n in names) Phrases.Add(n, e);
        }
    }

    private void LoadPeople()
    {
        var t = TsvTable.LoadEmbedded("people");
        foreach (var r in t.Rows)
        {
            var names = Names(t.Cell(r, "names_ar")).ToList();
            var en = t.Cell(r, "name_en");
            var country = t.Cell(r, "country");
            var actor = t.Cell(r, "actor");
            var full = new EntityEntry(EntryKind.Person, EntityType.Per, names[0].Name, "per:" + en.Replace(' ', '-'), en, actor.Length > 0 ? actor : null, [])
            { Country = country.Length > 0 ? country : null, Role = t.Cell(r, "role") };
            foreach (var (n, marked) in names)
                Phrases.Add(n, marked ? full with { NeedsAntecedent = true } : full);
        }
    }

    private void LoadActors()
    {
        var t = TsvTable.LoadEmbedded("actors");
        foreach (var r in t.Rows)
        {
            var names = NameVariants.Split(t.Cell(r, "phrase")).ToList();
            var actor = t.Cell(r, "actor");
            var e = new EntityEntry(EntryKind.Actor, null, names[0], null, t.Cell(r, "name_en"), actor, []) { Country = actor.Length >= 3 && actor != "IGO" && !actor.Contains('+') ? actor[..3] : null };
            foreach (var n in names) Phrases.Add(n, e);
        }
    }

    private void LoadTitles()
    {
        var t = TsvTable.LoadEmbedded("titles");
        foreach (var r in t.Rows)
            Titles.Add(t.Cell(r, "title"), new TitleInfo(t.Cell(r, "title"), t.Cell(r, "role"), t.Cell(r, "sector"), t.Cell(r, "kind")));
    }

    private void LoadWords()
    {
        var t = TsvTable.LoadEmbedded("place_words");
        foreach (var r in t.Rows)
        {
            PlaceWords[ArabicFolding.FoldString(t.Cell(r, "word"))] = (t.Cell(r, "kind"), t.Cell(r, "in_name") == "1");
            if (t.Cell(r, "abroad") == "1") AbroadPlaceWords.Add(ArabicFolding.FoldString(t.Cell(r, "word")));
            if (t.Cell(r, "unit") == "1") UnitPlaceWords.Add(ArabicFolding.FoldString(t.Cell(r, "word")));
        }
        foreach (var r in TsvTable.LoadEmbedded("name_stops").Rows)
            NameStops.Add(ArabicFolding.FoldString(r[0]));
        // "الرئيس اللبناني يدعم مبادرة", "رئيس الوزراء رفض مطلب النقابات": a one-word event trigger (data/event_triggers.tsv) is a
        // headline's verb or noun after the title, never part of the name
        // (whole words only, and not the verbs whose spelling is also a noun: "علي بن أبي طالب")
        var triggers = TsvTable.LoadEmbedded("event_triggers");
        foreach (var r in triggers.Rows)
            if (!r[0].Contains(' ') && triggers.Cell(r, "form") != "verb") TriggerStops.Add(ArabicFolding.FoldString(r[0]));
        var madeIn = TsvTable.LoadEmbedded("made_in_words");
        foreach (var r in madeIn.Rows)
            (madeIn.Cell(r, "position") == "after" ? MadeInAfter : MadeInBefore).Add(ArabicFolding.FoldString(madeIn.Cell(r, "word")));
    }

    // data/made_in_words.tsv: the words after ("روسية الصنع") and before ("صنع روسي") a nationality adjective that tells where a thing was made
    private HashSet<string> MadeInAfter { get; } = new(StringComparer.Ordinal);

    private HashSet<string> MadeInBefore { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the nationality adjective at <paramref name="i"/> tells where a thing was made ("طائرات روسية الصنع", "من صنع إيراني"), which names no party.</summary>
    public bool IsMadeIn(IReadOnlyList<Token> tokens, int i) =>
        (i + 1 < tokens.Count && MadeInAfter.Contains(tokens[i + 1].Folded)) || (i > 0 && MadeInBefore.Contains(tokens[i - 1].Folded));

    /// <summary>The country of the nationality adjective at <paramref name="i"/>, unless it only tells where a thing was made.</summary>
    public string? AdjectiveCountryAt(IReadOnlyList<Token> tokens, int i) =>
        AdjectiveCountry(tokens[i]) is { } iso && !IsMadeIn(tokens, i) ? iso : null;

    // data/nationality_plurals.tsv: the broken plurals ("أتراك", "روس"), folded, with and without the article
    private static readonly Dictionary<string, string> BrokenPlurals = LoadBrokenPlurals();

    private static Dictionary<string, string> LoadBrokenPlurals()
    {
        var t = TsvTable.LoadEmbedded("nationality_plurals");
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in t.Rows) d[ArabicFolding.FoldString(t.Cell(r, "plural"))] = t.Cell(r, "iso3");
        return d;
    }

    // the last two letters of every broken plural, and of the sound plurals' ين and ون, as bits (a letter pair may share its
    // bit with others): every reading's stem ends the word, so a word whose own last two letters have no bit has no reading
    // that is a plural adjective. BareSyrianPlacesAbroad asks this of every word of an article, and most words end otherwise.
    private static readonly ulong PluralEndings = LoadPluralEndings();

    private static ulong LoadPluralEndings()
    {
        ulong bits = EndingBit("ين") | EndingBit("ون");
        foreach (var plural in BrokenPlurals.Keys) bits |= plural.Length < 2 ? ulong.MaxValue : EndingBit(plural);
        return bits;
    }

    private static ulong EndingBit(string word) => 1UL << ((word[^2] * 7 + word[^1]) & 63);

    /// <summary>The country of a plural nationality adjective ("سعوديين", "أمريكيون", "أتراك", "روس"; any clitic reading), or null.</summary>
    public string? PluralAdjectiveCountry(Token token)
    {
        if (!token.IsWord || token.Folded.Length >= 2 && (PluralEndings & EndingBit(token.Folded)) == 0) return null;
        foreach (var r in token.Readings)
        {
            if (BrokenPlurals.TryGetValue(r.Stem, out var broken)) return broken;
            // the sound plural: the singular adjective ("سعودي") with ين/ون
            if (r.Stem.Length > 4 && (r.Stem.EndsWith("ين", StringComparison.Ordinal) || r.Stem.EndsWith("ون", StringComparison.Ordinal))
                && Adjectives.TryGetValue(r.Stem[..^2], out var iso)) return iso;
        }
        return null;
    }

    /// <summary>The country of a nationality adjective token (any clitic reading), or null.</summary>
    public string? AdjectiveCountry(Token token)
    {
        if (!token.IsWord) return null;
        // the recogniser asks at most name and title words: most are no adjective, and are rejected on their mask
        // (the bit is read first: it registers the keys, and the mask must be read after that)
        ulong bit = AdjectivesBit;
        if ((token.Word.LexiconMask & bit) == 0) return null;
        foreach (var r in token.Readings)
            if (Adjectives.TryGetValue(r.StemWithArticle, out var iso)) return iso;
        return null;
    }

    /// <summary>Whether the token is a word for a place smaller than a town ("حي", "قرية"; any clitic reading).</summary>
    public bool IsUnitPlaceWord(Token token)
    {
        if (!token.IsWord) return false;
        foreach (var r in token.Readings)
            if (UnitPlaceWords.Contains(r.StemWithArticle)) return true;
        return false;
    }

    /// <summary>Whether the token is a place word that also stands before cities abroad (any clitic reading).</summary>
    public bool IsAbroadPlaceWord(Token token)
    {
        if (!token.IsWord) return false;
        foreach (var r in token.Readings)
            if (AbroadPlaceWords.Contains(r.StemWithArticle)) return true;
        return false;
    }

    private Dictionary<string, string> CapitalGovernments { get; } = new(StringComparer.Ordinal);

    /// <summary>The government a capital's name stands for ("دمشق" → SYRGOV), also where the name resolved to a place of its own country.</summary>
    public string? GovernmentOfCapital(string name)
    {
        // folded into a buffer and looked up as a span: asked for place mentions in the event stage, a string per ask
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var key = buffer[..ArabicFolding.FoldInto(name, buffer)];
        return CapitalGovernments.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var government) ? government : null;
    }

    // place words and nationality adjectives in the first-key index: most tokens are rejected by their word's mask without a
    // lookup per reading
    private readonly Lexicons.FirstKeyBit _placeWordsKeys = new();
    private readonly Lexicons.FirstKeyBit _adjectiveKeys = new();

    /// <summary>The place words' first-key bit, their keys registered first: a word whose lexicon mask lacks it is no place word.</summary>
    internal ulong PlaceWordsBit => _placeWordsKeys.For(PlaceWords);

    /// <summary>The nationality adjectives' first-key bit, their keys registered first: a word whose lexicon mask lacks it has no reading that is one.</summary>
    internal ulong AdjectivesBit => _adjectiveKeys.For(Adjectives);

    /// <summary>The kind of a place word (cue, rural, direction) under any clitic reading.</summary>
    public (string Kind, bool InName)? PlaceWord(Token token)
    {
        if (!token.IsWord) return null;
        // every key tried below (each reading's stem with its article) is among those the word's mask covers
        // (the bit is read first: it registers the keys, and the mask must be read after that)
        ulong bit = PlaceWordsBit;
        if ((token.Word.LexiconMask & bit) == 0) return null;
        foreach (var r in token.Readings)
            if (PlaceWords.TryGetValue(r.StemWithArticle, out var k)) return k;
        return null;
    }
}
