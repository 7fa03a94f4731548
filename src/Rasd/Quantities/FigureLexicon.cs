using System.Globalization;
using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Quantities;

/// <summary>The figure word lists (data/figure_*.tsv): role cues, counted nouns, qualifiers, breakdown cues, vague amounts, group modifiers and non-figure cues.</summary>
public sealed class FigureLexicon
{
    private readonly Dictionary<string, CountedNoun> _nouns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FirstWordKind> _firstWords = new(StringComparer.Ordinal);
    private readonly Tokenizer _tokenizer = new();
    private readonly HashSet<string> _nonFigureBefore = new(StringComparer.Ordinal);
    // the last words of the two-word phrases among them ("فيها" of "شارك فيها")
    private readonly HashSet<string> _nonFigureBeforeTails = new(StringComparer.Ordinal);
    private readonly HashSet<string> _bareFollowers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nonFigureAfterNoun = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _corps = new(StringComparer.Ordinal);

    private FigureLexicon()
    {
        var roles = TsvTable.LoadEmbedded("figure_roles");
        foreach (var row in roles.Rows)
        {
            var pos = roles.Cell(row, "position");
            First(row[0], FirstWordKind.Role);
            Roles.Add(row[0], new RoleCue(roles.Cell(row, "role"), pos is "before" or "both" or "people", pos is "after" or "both", roles.Cell(row, "overrides_noun") == "yes", pos == "people"));
        }

        var groups = TsvTable.LoadEmbedded("figure_groups");
        foreach (var row in groups.Rows)
        {
            var role = groups.Cell(row, "role");
            var kind = groups.Cell(row, "kind") switch
            {
                "person" or "case" => NounKind.Person,
                "strike" => NounKind.Strike,
                "attack" => NounKind.Attack,
                "times" => NounKind.Times,
                var k => throw new InvalidDataException($"data/figure_groups.tsv: unknown kind '{k}'"),
            };
            var form = groups.Cell(row, "form") switch
            {
                "sg" => NounForm.Singular,
                "pl" => NounForm.Plural,
                "du" => NounForm.Dual,
                var f => throw new InvalidDataException($"data/figure_groups.tsv: unknown form '{f}'"),
            };
            bool population = role == "population";
            _nouns.TryAdd(ArabicFolding.FoldString(row[0]), new CountedNoun(groups.Cell(row, "group"), role.Length == 0 || population ? null : role, kind, form)
            {
                Population = population,
                Cases = groups.Cell(row, "kind") == "case",
            });
        }

        AddNationalities();

        var quals = TsvTable.LoadEmbedded("figure_qualifiers");
        foreach (var row in quals.Rows)
        {
            var pos = quals.Cell(row, "position");
            if (pos is "before" or "both") { QualifiersBefore.Add(row[0], quals.Cell(row, "qualifier")); First(row[0], FirstWordKind.QualifierBefore); }
            if (pos is "after" or "both") { QualifiersAfter.Add(row[0], quals.Cell(row, "qualifier")); First(row[0], FirstWordKind.QualifierAfter); }
        }

        var breakdowns = TsvTable.LoadEmbedded("figure_breakdowns");
        foreach (var row in breakdowns.Rows)
        {
            First(row[0], FirstWordKind.Breakdown);
            Breakdowns.Add(row[0], breakdowns.Cell(row, "relation") == "inside" ? BreakdownRelation.Inside : BreakdownRelation.Addition);
        }

        var vague = TsvTable.LoadEmbedded("figure_vague");
        foreach (var row in vague.Rows)
        {
            First(row[0], FirstWordKind.Vague);
            Vague.Add(row[0], decimal.Parse(vague.Cell(row, "floor"), CultureInfo.InvariantCulture));
        }

        var mods = TsvTable.LoadEmbedded("figure_group_modifiers");
        foreach (var row in mods.Rows)
        {
            First(row[0], FirstWordKind.Modifier);
            GroupModifiers.Add(row[0], mods.Cell(row, "group"));
        }

        var non = TsvTable.LoadEmbedded("figure_non_figure");
        foreach (var row in non.Rows)
        {
            var pos = non.Cell(row, "position");
            if (pos == "before")
            {
                var phrase = ArabicFolding.FoldString(row[0]);
                _nonFigureBefore.Add(phrase);
                if (phrase.LastIndexOf(' ') is int space and > 0) _nonFigureBeforeTails.Add(phrase[(space + 1)..]);
            }
            else if (pos == "after_noun") _nonFigureAfterNoun.Add(ArabicFolding.FoldString(row[0]));
            else { NonFigureAfter.Add(row[0], true); First(row[0], FirstWordKind.NonFigureAfter); }
        }

        var corps = TsvTable.LoadEmbedded("figure_corps_words");
        foreach (var row in corps.Rows) _corps[ArabicFolding.FoldString(row[0])] = corps.Cell(row, "group");

        foreach (var row in TsvTable.LoadEmbedded("figure_bare_followers").Rows)
            _bareFollowers.Add(ArabicFolding.FoldString(row[0]));
        foreach (var w in Numbers.NumberLexicon.Default.Words)
            _firstWords[w] = _firstWords.GetValueOrDefault(w) | FirstWordKind.NumberWord;
        _firstWordFilter.AddAll(_firstWords.Keys);
        _nounFilter.AddAll(_nouns.Keys);
    }

    // "25 أمريكيا", "خمسة سوريين", "ثلاثة أتراك", "30 درزيا": people counted by their nationality or community are people of no
    // particular group; the adjective of data/countries.tsv with the plural endings, the broken plurals of
    // data/nationality_plurals.tsv and data/figure_community_nouns.tsv (a row of data/figure_groups.tsv that spells the same word wins)
    private void AddNationalities()
    {
        var person = (NounForm form) => new CountedNoun("all", null, NounKind.Person, form) { NeedsNumber = true };
        var countries = TsvTable.LoadEmbedded("countries");
        foreach (var row in countries.Rows)
            foreach (var variant in Entities.NameVariants.Split(countries.Cell(row, "adjective")))
            {
                var adjective = ArabicFolding.FoldString(variant);
                if (adjective.Length < 3) continue;
                _nouns.TryAdd(adjective, person(NounForm.Singular));
                _nouns.TryAdd(adjective + "ين", person(NounForm.Plural));
                _nouns.TryAdd(adjective + "ون", person(NounForm.Plural));
            }
        foreach (var row in TsvTable.LoadEmbedded("nationality_plurals").Rows)
        {
            var plural = ArabicFolding.FoldString(row[0]);
            if (!plural.StartsWith("ال", StringComparison.Ordinal)) _nouns.TryAdd(plural, person(NounForm.Plural));
        }
        var communities = TsvTable.LoadEmbedded("figure_community_nouns");
        foreach (var row in communities.Rows)
            _nouns.TryAdd(ArabicFolding.FoldString(row[0]), person(communities.Cell(row, "form") == "pl" ? NounForm.Plural : NounForm.Singular));
    }

    // the keys of the two lists: a form that is certainly no key is not looked up (most words, once per word)
    private readonly Numbers.KeyFilter _firstWordFilter = new();
    private readonly Numbers.KeyFilter _nounFilter = new();

    private bool FirstWordsOf(string key, out FirstWordKind kinds)
    {
        if (_firstWordFilter.MayContain(key)) return _firstWords.TryGetValue(key, out kinds);
        kinds = FirstWordKind.None;
        return false;
    }

    private void First(string phrase, FirstWordKind kind)
    {
        var tokens = _tokenizer.Tokenize(phrase);
        if (tokens.Count == 0) return;
        var key = tokens[0].Folded;
        _firstWords[key] = _firstWords.GetValueOrDefault(key) | kind;
    }

    // the only instance is Default (private constructor), immutable once loaded, so a word's kinds are worked out once
    private readonly int _kindsSlot = WordInfo.NewMemoSlot();

    /// <summary>The word lists a token may start an entry of, over all its clitic readings (Noun is set when any reading is a counted noun).</summary>
    public FirstWordKind FirstWordKinds(Token token) =>
        (FirstWordKind)token.Word.Memo(_kindsSlot, token, this, ComputeKinds);

    // held in a static readonly field: the hot path loads it directly rather than through a lambda cache's static base
    private static readonly Func<FigureLexicon, Token, int> ComputeKinds = static (lexicon, t) => (int)lexicon.ComputeFirstWordKinds(t);

    internal FirstWordKind ComputeFirstWordKinds(Token token)
    {
        if (token.IsNumber) return FirstWordKind.None;
        var kinds = FirstWordKind.None;
        var readings = token.Readings;
        for (int i = 0; i < readings.Count; i++)
        {
            var r = readings[i];
            if (FirstWordsOf(r.Stem, out var k)) kinds |= k;
            if (r.HasArticle && FirstWordsOf(r.StemWithArticle, out k)) kinds |= k;
            if ((kinds & FirstWordKind.Noun) == 0 && token.IsWord && Lookup(r.Stem) is not null) kinds |= FirstWordKind.Noun;
        }
        if (token.Kind != TokenKind.Word && FirstWordsOf(token.Folded, out var sym)) kinds |= sym;
        if (token.Folded is "بين" or "من") kinds |= FirstWordKind.RangeOpener;
        if (token.IsWord && (token.Folded.EndsWith("ان", StringComparison.Ordinal) || token.Folded.EndsWith("ين", StringComparison.Ordinal))
            && Numbers.NumberParser.MayBeDual(token, Numbers.NumberLexicon.Default))
            kinds |= FirstWordKind.Dual;
        return kinds;
    }

    /// <summary>The shared instance (immutable once loaded).</summary>
    public static FigureLexicon Default { get; } = new();

    public TokenTrie<RoleCue> Roles { get; } = new();

    public TokenTrie<string> QualifiersBefore { get; } = new();

    public TokenTrie<string> QualifiersAfter { get; } = new();

    public TokenTrie<BreakdownRelation> Breakdowns { get; } = new();

    public TokenTrie<decimal> Vague { get; } = new();

    public TokenTrie<string> GroupModifiers { get; } = new();

    public TokenTrie<bool> NonFigureAfter { get; } = new();

    /// <summary>Whether a folded word right before a number makes it a label, not a count ("العام 2011", "القرار 2254").</summary>
    public bool IsNonFigureBefore(string folded) => _nonFigureBefore.Contains(folded);

    /// <summary>Whether a folded word is the last of a two-word phrase before a number that makes it no count ("شارك فيها 900 شرطي").</summary>
    public bool EndsNonFigureBeforePhrase(string folded) => _nonFigureBeforeTails.Contains(folded);

    /// <summary>Whether a folded word right after the counted noun says the people are not casualties ("25 شخصا عالقين").</summary>
    public bool IsNonFigureAfterNoun(string folded) => _nonFigureAfterNoun.Contains(folded);

    /// <summary>The group of the corps a folded word names right after a counted noun of men ("رجال الأمن" fighters), or null.</summary>
    public string? CorpsOf(string folded) => _corps.GetValueOrDefault(folded);

    /// <summary>Whether a folded word may follow a number that has no counted noun.</summary>
    public bool IsBareFollower(string folded) => _bareFollowers.Contains(folded);

    /// <summary>The counted noun a token spells, trying each clitic reading, the accusative alef ("طفلاً") and possessive suffixes ("مقاتليها").</summary>
    public CountedNoun? Noun(Token token, bool allowArticle = true)
    {
        if (!token.IsWord) return null;
        foreach (var r in token.Readings)
        {
            if (r.HasArticle && !allowArticle) continue;
            if (Lookup(r.Stem) is { } n) return n;
        }
        return null;
    }

    /// <summary>The counted noun for a folded stem, or null.</summary>
    public CountedNoun? Lookup(string stem) => Lookup(stem.AsSpan());

    /// <summary>As <see cref="Lookup(string)"/> on a span: the stripped and rebuilt forms it tries are looked up without allocating strings.</summary>
    public CountedNoun? Lookup(ReadOnlySpan<char> stem)
    {
        if (Find(stem, out var n)) return n;
        if (stem.Length > 3 && stem[^1] == 'ا' && Find(stem[..^1], out n)) return n;
        Span<char> buffer = stackalloc char[64];
        foreach (var suffix in PossessiveSuffixes)
        {
            if (stem.Length <= suffix.Length + 2 || !stem.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var b = stem[..^suffix.Length];
            if (Find(b, out n)) return n;
            // construct plural: مقاتلي(ها) / مقاتلو(هم) are مقاتلين
            if ((b[^1] == 'ي' || b[^1] == 'و') && Find(WithSoundPlural(b[..^1], buffer), out n)) return n;
        }
        // a bare construct plural: "مقاتلي التنظيم", "مسلحو"
        if (stem.Length > 4 && (stem[^1] == 'ي' || stem[^1] == 'و') && Find(WithSoundPlural(stem[..^1], buffer), out n) && n.Form == NounForm.Plural) return n;
        return null;
    }

    private bool Find(ReadOnlySpan<char> form, out CountedNoun noun)
    {
        if (_nounFilter.MayContain(form)) return _nouns.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out noun!);
        noun = null!;
        return false;
    }

    /// <summary>stem + "ين" in the buffer (or a new array for an unusually long stem).</summary>
    private static ReadOnlySpan<char> WithSoundPlural(ReadOnlySpan<char> stem, Span<char> buffer)
    {
        if (stem.Length + 2 > buffer.Length) buffer = new char[stem.Length + 2];
        stem.CopyTo(buffer);
        buffer[stem.Length] = 'ي';
        buffer[stem.Length + 1] = 'ن';
        return buffer[..(stem.Length + 2)];
    }

    private static readonly string[] PossessiveSuffixes = ["ها", "هم", "هن"];
}

/// <summary>How a figure relates to the total before it.</summary>
public enum BreakdownRelation { Inside, Addition }
