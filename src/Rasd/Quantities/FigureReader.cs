using System.Buffers;
using Rasd.Lexicons;
using Rasd.Numbers;
using Rasd.Text;

namespace Rasd.Quantities;

/// <summary>Reads the figures of one sentence: number phrases with their counted nouns, the role from the noun or the nearest governing word, the group, and breakdown links.</summary>
public sealed class FigureReader
{
    private const int BackwardReach = 12;
    private const int ForwardReach = 8;

    // a verb of dying is looked for this many words after held people ("آلاف المعتقلين الذين قتلوا")
    private const int DiedReach = 3;
    private const int ModifierReach = 5;

    private readonly FigureLexicon _lexicon;
    private readonly QuantityReader _quantities;
    private readonly NumberParser _numbers = new();

    public FigureReader(FigureLexicon? lexicon = null)
    {
        _lexicon = lexicon ?? FigureLexicon.Default;
        _quantities = new QuantityReader(_lexicon, _numbers);
    }

    /// <summary>The figures of tokens [first, end) of <paramref name="text"/>, appended to <paramref name="into"/> (parent links index into that list).</summary>
    public void Read(string text, IReadOnlyList<Token> tokens, int first, int end, int sentenceIndex, List<Figure> into, bool[]? dateTokens = null)
    {
        // the kinds live only during this call: a pooled array rather than one per sentence
        var kinds = ArrayPool<FirstWordKind>.Shared.Rent(end - first);
        // most sentences have no role cue: the (wide) cue array is rented and cleared only when one is found
        TrieMatch<RoleCue>?[]? cues = null;
        try
        {
            // "تبادل أسرى": a word inside a longer role phrase is no cue of its own (the exchange releases, its "أسرى" holds no one)
            int phraseEnd = first;
            for (int k = first; k < end; k++)
            {
                var t = tokens[k];
                kinds[k - first] = _lexicon.FirstWordKinds(t) | (t.IsNumber ? FirstWordKind.Digits : FirstWordKind.None);
                if (k >= phraseEnd && (kinds[k - first] & FirstWordKind.Role) != 0 && _lexicon.Roles.Match(tokens, k, end) is { } cue
                    && !(cue.Value.Role == "killed" && PunishmentCues.Sentenced(tokens, k)))
                {
                    (cues ??= RentCues(end - first))[k - first] = cue;
                    if (cue.TokenCount > 1) phraseEnd = cue.EndToken;
                }
            }
            var s = new Scan(text, tokens, first, end, cues, kinds);

            // most sentences have no figure: the list is made with the first one
            List<FigureCandidate>? found = null;
            for (int i = first; i < end;)
            {
                // a figure starts only at digits, a number word, a qualifier, a vague amount, a range opener or a counted noun
                // (FromNumber and FromNoun return null elsewhere): most tokens are passed over on their kinds alone
                if ((kinds[i - first] & MayStartFigure) == 0) { i++; continue; }
                // the year or day of a date ("في أيلول 2010 اعتقل") starts no figure
                if (dateTokens is not null && dateTokens[i]) { i++; continue; }
                var c = FromNumber(s, i) ?? FromNoun(s, i);
                // a lone singular ("طفل") counts one only as the next item of a list ("بينهم طفل وسيدتان"), right after a role
                // word ("مقتل طفل") or as the subject of a role verb right after it ("إن طفلا قتل")
                if (c is { Singular: true } && RoleEndsAt(s, i) && !CountFollows(s, c.ConsumedEnd)) c.RoleBeside = true;
                if (c is { Singular: true, RoleBeside: false } && (found is null || !Gap(s, found[^1].ConsumedEnd, i).Plain)) c = null;
                if (c is null) { i++; continue; }
                (found ??= []).Add(c);
                i = c.ConsumedEnd;
            }
            if (found is null) return;
            Link(s, found);
            Emit(s, found, sentenceIndex, into);
        }
        finally
        {
            ArrayPool<FirstWordKind>.Shared.Return(kinds);
            if (cues is not null) ArrayPool<TrieMatch<RoleCue>?>.Shared.Return(cues);
        }
    }

    private static TrieMatch<RoleCue>?[] RentCues(int length)
    {
        var cues = ArrayPool<TrieMatch<RoleCue>?>.Shared.Rent(length);
        Array.Clear(cues, 0, length);
        return cues;
    }

    private const FirstWordKind MayStartFigure = FirstWordKind.Digits | FirstWordKind.NumberWord | FirstWordKind.QualifierBefore | FirstWordKind.Vague
        | FirstWordKind.RangeOpener | FirstWordKind.Noun | FirstWordKind.Dual;

    // the sentence being read; a struct passed by reference, not an object per sentence
    private readonly record struct Scan(string Text, IReadOnlyList<Token> Tokens, int First, int End, TrieMatch<RoleCue>?[]? Cues, FirstWordKind[] Kinds)
    {
        public TrieMatch<RoleCue>? CueAt(int k) => Cues is not null && k >= First && k < End ? Cues[k - First] : null;

        public bool May(int k, FirstWordKind kind) => k >= First && k < End && (Kinds[k - First] & kind) != 0;
    }

    // "أكثر من 130 شخصاً", "مقتل 245،", "36 منهم"
    private FigureCandidate? FromNumber(in Scan s, int i)
    {
        if (_quantities.Read(s.Tokens, i, s.End, s.Kinds[i - s.First]) is not { } q) return null;
        // "أحد الضحايا" is "one of the victims", not a count
        if (q.IsWords && q.Value == 1 && q.End - q.NumberFirst == 1) return null;
        var c = new FigureCandidate { First = q.First, Value = q.Value, Vague = q.Vague, Qualifier = q.Qualifier, High = q.RangeHigh };
        int k = q.End;
        int nounEnd = k;
        if (k < s.End && s.Tokens[k].Folded is "منهم" or "منهن")
        {
            c.Partitive = true;
            nounEnd = k + 1;
            if (s.May(nounEnd, FirstWordKind.Noun) && _lexicon.Noun(s.Tokens[nounEnd]) is { Kind: NounKind.Person } part && !HasConjunction(s.Tokens[nounEnd]))
            {
                c.Noun = part;
                c.NounToken = nounEnd++;
            }
        }
        // "يرتفع إلى 96 عدد عناصر قوات النظام الذين قتلوا": a tally's new total stands before "عدد" and the people it counts
        else if (k + 1 < s.End && s.Tokens[k].Folded == "عدد" && s.May(k + 1, FirstWordKind.Noun)
            && _lexicon.Noun(s.Tokens[k + 1]) is { Kind: NounKind.Person } counted && !HasConjunction(s.Tokens[k + 1]))
        {
            c.Noun = counted;
            c.NounToken = k + 1;
            nounEnd = k + 2;
        }
        else if (OfAfterQualifier(s, k) is ({ } of, var passed) && PastSenior(s, of + 1) is var at && s.May(at, FirstWordKind.Noun) && _lexicon.Noun(s.Tokens[at]) is { } afterOf)
        {
            k = of;
            if (passed is not null) c.Qualifier ??= passed;
            c.Noun = afterOf;
            c.NounToken = at;
            nounEnd = at + 1;
        }
        else if (s.May(k, FirstWordKind.Noun) && _lexicon.Noun(s.Tokens[k]) is { } noun && !HasConjunction(s.Tokens[k]))
        {
            c.Noun = noun;
            c.NounToken = k;
            nounEnd = k + 1;
        }
        Finish(s, c, nounEnd);
        if (c.Bare && !c.Partitive && !BareAllowed(s, c, q.First)) return null;
        return c;
    }

    // "خمسة من كبار قادة التنظيم": a rank word between "من" and the counted noun
    private static int PastSenior(in Scan s, int k) =>
        k + 1 < s.End && s.Tokens[k].Folded is "كبار" or "ابرز" ? k + 1 : k;

    // the "من" of "245 من المدنيين", also past a qualifier ("2927 على الأقل من تنظيم داعش", which the candidate then takes)
    private (int? Of, string? Qualifier) OfAfterQualifier(in Scan s, int k)
    {
        if (k + 1 < s.End && s.Tokens[k].Folded == "من") return (k, null);
        if (!s.May(k, FirstWordKind.QualifierAfter) || _lexicon.QualifiersAfter.Match(s.Tokens, k, s.End) is not { } qa) return (null, null);
        if (qa.EndToken + 1 >= s.End || s.Tokens[qa.EndToken].Folded != "من") return (null, null);
        return (qa.EndToken, qa.Value);
    }

    // "متطوعين اثنين", "طفلين", "بينهم طفل"
    private FigureCandidate? FromNoun(in Scan s, int i)
    {
        var t = s.Tokens[i];
        if (!t.IsWord) return null;
        var noun = s.May(i, FirstWordKind.Noun) ? _lexicon.Noun(t) : null;
        // a dual of a countable noun ends in ان/ين/تان/تين (FirstWordKind.Dual: the word may be one)
        if (noun is null && !s.May(i, FirstWordKind.Dual)) return null;
        int nounEnd = i + 1;
        decimal value;
        bool singular = false;
        // "متطوعين اثنين": a bare number word (no "و") after the noun, and no noun of its own after it
        if (noun is { Kind: NounKind.Person, NeedsNumber: false } && i + 1 < s.End && NumberLexicon.Default.TryCardinal(s.Tokens[i + 1].Folded, out _, out _)
            && _numbers.ParseCardinal(s.Tokens, i + 1) is { IsWords: true, IsVague: false } m && m.EndToken <= s.End && m.Value >= 1
            && !s.May(m.EndToken, FirstWordKind.Noun))
        {
            value = m.Value;
            nounEnd = m.EndToken;
        }
        else if (noun is { Form: NounForm.Dual } || (noun is null && (noun = DualNoun(s, i)) is not null))
        {
            value = 2;
            if (nounEnd < s.End && _numbers.ParseCardinal(s.Tokens, nounEnd) is { Value: 2, TokenCount: 1, IsWords: true }) nounEnd++;
        }
        else if (noun is { Form: NounForm.Singular, Kind: NounKind.Person, NeedsNumber: false } && !noun.InheritsGroup && !HasDefiniteNounReading(t) && !HasArticleWhole(t))
        {
            value = 1;
            singular = true;
        }
        else return null;
        var c = new FigureCandidate { First = i, Value = value, Noun = noun, NounToken = i, Singular = singular };
        Finish(s, c, nounEnd);
        return c;
    }

    private CountedNoun? DualNoun(in Scan s, int i)
    {
        if (_numbers.ParseDual(s.Tokens, i, s.Text) is null) return null;
        foreach (var r in s.Tokens[i].Readings)
        {
            var stem = r.Stem;
            if (stem.Length < 4) continue;
            var b = stem.AsSpan(0, stem.Length - 2);
            if (_lexicon.Lookup(b) is { Form: NounForm.Singular } n) return n with { Form = NounForm.Dual };
            if (b.EndsWith('ت') && _lexicon.Lookup(string.Concat(b[..^1], "ه")) is { Form: NounForm.Singular } f) return f with { Form = NounForm.Dual };
        }
        return null;
    }

    private static bool HasArticleWhole(Token t) => t.Folded.StartsWith("ال", StringComparison.Ordinal);

    // a loop rather than Any(): the query boxed the readings and made a closure at every lone singular noun
    private bool HasDefiniteNounReading(Token t)
    {
        foreach (var r in t.Readings)
            if (r.HasArticle && _lexicon.Lookup(r.Stem) is not null) return true;
        return false;
    }

    // a bare relative adjective ("جوية", "صاروخية", "عسكريين"): no article, no conjunction, not itself a counted noun
    private bool IsRelativeAdjective(Token t) =>
        t.IsWord && t.Folded.Length >= 4 && !HasArticleWhole(t) && _lexicon.Noun(t) is null && t.Folded[0] != 'و'
        && (t.Folded.EndsWith("يه", StringComparison.Ordinal) || t.Folded.EndsWith("ية", StringComparison.Ordinal) || t.Folded.EndsWith("يين", StringComparison.Ordinal)
            || t.Folded.EndsWith("يون", StringComparison.Ordinal) || t.Folded.EndsWith("يات", StringComparison.Ordinal));

    // a noun glued to "و" starts a new item ("20 شخصا وطفل"), it is not the counted noun
    private bool HasConjunction(Token t)
    {
        foreach (var r in t.Readings)
        {
            if (_lexicon.Lookup(r.Stem) is null) continue;
            return r.Proclitics.StartsWith('و') || r.Proclitics.StartsWith('ف');
        }
        return false;
    }

    // the adjective after the noun, a trailing qualifier, a following role verb and a group modifier
    private void Finish(in Scan s, FigureCandidate c, int nounEnd)
    {
        int p = nounEnd;
        if (c.Noun is not null && s.May(p, FirstWordKind.Noun) && !HasConjunction(s.Tokens[p]) && _lexicon.Noun(s.Tokens[p]) is { Kind: NounKind.Person, Role: null } adj
            && adj.Group is not ("all" or "inherit") && adj.Group != c.Noun.Group)
        {
            c.AdjectiveGroup = adj.Group;
            p++;
        }
        // "4 رجال شرطة", "5 من رجال الأمن": men named by their corps serve in it
        else if (c.Noun is { Group: "men" } && p < s.End && s.Tokens[p].IsWord && _lexicon.CorpsOf(s.Tokens[p].Folded) is { } corps)
        {
            c.AdjectiveGroup = corps;
            p++;
        }
        if (s.May(p, FirstWordKind.QualifierAfter) && _lexicon.QualifiersAfter.Match(s.Tokens, p, s.End) is { } qa)
        {
            c.Qualifier ??= qa.Value;
            p = qa.EndToken;
        }
        // "ثماني غارات جوية على الأقل": a relative adjective of the counted noun may stand before the trailing qualifier
        else if (c.Noun is not null && p + 1 < s.End && IsRelativeAdjective(s.Tokens[p]) && s.May(p + 1, FirstWordKind.QualifierAfter)
            && _lexicon.QualifiersAfter.Match(s.Tokens, p + 1, s.End) is { } qaPast)
        {
            c.Qualifier ??= qaPast.Value;
            p = qaPast.EndToken;
        }
        c.End = p;
        c.ConsumedEnd = p;
        if (c.Noun is not null && p < s.End && s.Tokens[p].IsWord && _lexicon.IsNonFigureAfterNoun(s.Tokens[p].Folded)) c.Value = 0;
        // "75 شخصا "قتلوا جراء الاختناق"", "إن "إرهابيا" قتل": a quote mark may stand between a counted noun and its role verb
        // (not after a bare number: "«الفرقة 30» قتلوا" names a unit)
        int verbAt = c.Noun is not null && p + 1 < s.End && s.Tokens[p].IsQuoteMark ? p + 1 : p;
        if (s.CueAt(verbAt) is { Value.After: true } after && after.FirstReading.Proclitics.Length == 0 && Compatible(c, after.Value))
        {
            c.Role = after.Value.Role;
            c.Governing = Cover(s, after.FirstToken, after.EndToken);
            c.ConsumedEnd = after.EndToken;
            c.RoleBeside = true;
        }
        if (c.Noun is null) return;
        for (int k = nounEnd; k < Math.Min(s.End, nounEnd + ModifierReach); k++)
        {
            var t = s.Tokens[k];
            if (t.IsNumber || t.Kind == TokenKind.Punctuation) break;
            if (s.May(k, FirstWordKind.Modifier) && _lexicon.GroupModifiers.Match(s.Tokens, k, s.End) is { } mod) { c.ModifierGroup = mod.Value; break; }
        }
    }

    // a role word ("مقتل", "أسفر عن إصابة") ending right before token i
    private static bool RoleEndsAt(in Scan s, int i)
    {
        for (int k = Math.Max(s.First, i - 3); k < i; k++)
            if (s.CueAt(k) is { Value.Before: true, Value.CountsEvents: false, Value.PeopleOnly: false } cue && cue.EndToken == i) return true;
        return false;
    }

    // "قتل رجل موال للتنظيم ثلاثة أشخاص": a number soon after the noun, before any punctuation, conjunction or role word of
    // its own, is what the verb counts, and the noun its doer
    private static bool CountFollows(in Scan s, int from)
    {
        for (int k = from; k < Math.Min(s.End, from + 6); k++)
        {
            var t = s.Tokens[k];
            if (t.Kind == TokenKind.Punctuation || t.Folded.StartsWith('و') || s.CueAt(k) is not null) return false;
            // a countable noun is among the number words for its dual ("جنديين"); in the singular it is a person, not a count
            // ("قتل شاب برصاص جندي": the soldier is the killer, the young man still the one killed)
            if (t.IsNumber || (s.May(k, FirstWordKind.NumberWord) && !SingularCountable(t))) return true;
        }
        return false;
    }

    private static bool SingularCountable(Token t)
    {
        foreach (var r in t.Readings)
            if (Numbers.NumberLexicon.Default.IsCountableNoun(r.Stem)) return true;
        return false;
    }

    // a number without a counted noun is a figure only right after a role word ("مقتل 245،") or right before a role verb, and before no other noun
    private bool BareAllowed(in Scan s, FigureCandidate c, int first)
    {
        bool governed = c.Role is not null;
        for (int k = Math.Max(s.First, first - 4); k < first && !governed; k++)
        {
            if (s.CueAt(k) is not { } cue || !cue.Value.Before || cue.Value.CountsEvents || cue.Value.PeopleOnly) continue;
            governed = cue.EndToken == first || (cue.EndToken == first - 1 && s.Tokens[first - 1].Folded is "الي" or "عن")
                // "أصيب حتى الآن 37 بينهم ستة أطفال": "so far" between the role verb and its number
                || (cue.EndToken == first - 2 && s.Tokens[first - 2].Folded == "حتي" && s.Tokens[first - 1].Folded is "الان" or "اللحظه");
        }
        if (!governed) return false;
        int p = c.End;
        if (p >= s.End || c.Role is not null) return true;
        var next = s.Tokens[p];
        if (next.Kind != TokenKind.Word) return !next.IsNumber;
        if (s.CueAt(p) is not null || _lexicon.Breakdowns.Match(s.Tokens, p, s.End) is not null) return true;
        foreach (var r in next.Readings)
            if (_lexicon.IsBareFollower(r.Stem)) return true;
        return false;
    }

    private static bool Compatible(FigureCandidate c, RoleCue cue) => cue.PeopleOnly ? c.Noun is { Kind: NounKind.Person, Cases: false } && !cue.CountsEvents : c.Noun?.Kind switch
    {
        NounKind.Times => cue.CountsEvents,
        NounKind.Strike or NounKind.Attack => cue.CountsEvents,
        _ => !cue.CountsEvents,
    };

    private static TextSpan Cover(in Scan s, int from, int to) => new(s.Tokens[from].Start, s.Tokens[to - 1].End);

    private void Link(in Scan s, List<FigureCandidate> found)
    {
        for (int idx = 0; idx < found.Count; idx++)
        {
            var c = found[idx];
            var prev = idx > 0 ? found[idx - 1] : null;
            int gapStart = prev?.ConsumedEnd ?? s.First;
            if (prev is not null)
            {
                var (plain, relation) = Gap(s, gapStart, c.First);
                // "المئات من قذائف الهاون … وقد ارتقى عدد من الشهداء بينهم طفلان": people are no part of a count of shells or strikes
                bool peopleInEventCount = (c.Partitive || relation == BreakdownRelation.Inside) && c.Noun?.Kind == NounKind.Person
                    && prev.Noun?.Kind is NounKind.Strike or NounKind.Attack or NounKind.Times;
                if (peopleInEventCount)
                {
                    // left without a parent: the count of people stands on its own
                }
                else if (c.Partitive)
                {
                    c.Parent = idx - 1;
                    c.Relation = BreakdownRelation.Inside;
                }
                else if (relation is { } rel)
                {
                    c.Relation = rel;
                    c.Parent = rel == BreakdownRelation.Inside || prev.Parent < 0 ? idx - 1 : prev.Parent;
                }
                else if (plain && ListSumsToTotal(s, found, idx, prev))
                {
                    // "28 شخصا، 15 تركيا و13 أجنبيا": counts after a comma that add up to the total before it break it down; by
                    // nationality (people of no group, as the total) they count no group the total does not already
                    c.Parent = idx - 1;
                    c.Relation = BreakdownRelation.Inside;
                    for (int j = idx; j < found.Count && OfNoGroup(found[j]) && OfNoGroup(prev); j++)
                    {
                        found[j].Value = 0;
                        if (j + 1 < found.Count && !OnlyGlue(s, found[j].ConsumedEnd, found[j + 1].First)) break;
                    }
                }
                else if (plain && c.Singular && SameGroup(prev, c))
                {
                    c.Singular = false; // "86 طفلاً وطفلة" is one figure
                    c.Value = 0;
                    // (a part of the count before it, it passes that count's role on: "مقتل مئة عنصر متشدد و22 جنديا")
                    c.InheritRoleFrom = idx - 1;
                }
                else if (plain && c.Singular && CountsMixedPeople(s, prev, c) is { } joined)
                {
                    // "أكثر من سبعة آلاف مقاتل ومدني": one count of fighters and civilians together, no civilian counted alone;
                    // without "و" the noun describes the count ("1100 مسلحا قتيلا", "مليون مدني نازح")
                    if (joined) prev.Group = "all";
                    else if (prev.Role is null && c.Noun?.Role is { } described)
                    {
                        prev.Role = described;
                        prev.Governing = Cover(s, c.NounToken, c.NounToken + 1);
                    }
                    c.Singular = false;
                    c.Value = 0;
                }
                else if (plain && prev.Parent >= 0)
                {
                    c.Parent = prev.Parent;
                    c.Relation = prev.Relation;
                }
                else if (plain && c.Noun is { InheritsGroup: true })
                {
                    c.Parent = idx - 1;
                    c.Relation = BreakdownRelation.Addition;
                }
                else if (plain)
                {
                    c.Coordinated = true;
                    // "10 سعوديين و5 بحرينيين" after "45 جنديا إماراتيا": the next nationality counts the same ranks
                    if (c.Noun is { NeedsNumber: true } && prev.Noun is { NeedsNumber: true } && prev.AdjectiveGroup is { } ranks) c.AdjectiveGroup = ranks;
                }
                else if (c.Noun is { Kind: NounKind.Person, Role: null, Population: false } && prev.Noun is { Kind: NounKind.Person } && !c.Partitive
                    && JoinedPastRanks(s, prev, gapStart, c.First))
                {
                    // "مقتل 86 مقاتلا من قوات النظام، و57 عنصرا من التنظيم", "203 مقاتلين من قوات النظام مقابل 159 مسلحا": the next
                    // count of people after the ranks of the one before shares its role ("و3 آخرين" also adds to it)
                    c.JoinedPastRanks = true;
                    if (c.Noun.InheritsGroup)
                    {
                        c.Parent = idx - 1;
                        c.Relation = BreakdownRelation.Addition;
                    }
                    else c.Coordinated = true;
                    // "45 جنديا إماراتيا و10 سعوديين": a count by nationality after one told by nationality counts the same ranks
                    if (c.Noun.NeedsNumber && prev.Group is { } ranks && ranks != "all" && _lexicon.Noun(s.Tokens[gapStart]) is { NeedsNumber: true })
                        c.AdjectiveGroup = ranks;
                }
            }
            if (c.Partitive && prev is null) { c.Value = 0; continue; }
            if (c.Singular && c.Parent < 0 && !c.Coordinated && !c.RoleBeside) c.Value = 0;

            c.Group = GroupOf(found, idx);
            if (c.Coordinated && c.ModifierGroup is "civilians" or "fighters" && c.Group == c.ModifierGroup) ShareRanks(found, idx);
            if (c.Role is not null) continue;
            if (Backward(s, c, Math.Max(gapStart, c.First - 2)) is { Value.OverridesNoun: true } strong)
            {
                c.Role = strong.Value.Role;
                c.Governing = Cover(s, strong.FirstToken, strong.EndToken);
            }
            else if (c.Noun?.Role is { } nounRole)
            {
                c.Role = nounRole;
                c.Governing = Cover(s, c.NounToken, c.NounToken + 1);
                // "77 معتقلا منهم قتلوا", "215 أسيرا قضوا داخل السجون": the held (or displaced) who died are counted dead
                if (nounRole is "detained" or "displaced" or "population" && DiedAfter(s, c) is { } died)
                {
                    c.Role = died.Value.Role;
                    c.Governing = Cover(s, died.FirstToken, died.EndToken);
                }
            }
            else if (c.Parent >= 0) c.InheritRoleFrom = c.Parent;
            else if (c.Coordinated) c.InheritRoleFrom = idx - 1;
            else if (Backward(s, c, Math.Max(gapStart, c.First - BackwardReach)) is { } cue)
            {
                c.Role = cue.Value.Role;
                c.Governing = Cover(s, cue.FirstToken, cue.EndToken);
            }
        }
        OthersWithChildren(found);
        for (int idx = 0; idx < found.Count; idx++)
        {
            var c = found[idx];
            if (c.Role is null && c.InheritRoleFrom < 0 && Forward(s, found, idx) is { } cue)
            {
                c.Role = cue.Value.Role;
                c.Governing = Cover(s, cue.FirstToken, cue.EndToken);
            }
        }
        foreach (var c in found)
        {
            if (c.Role is not null || c.InheritRoleFrom < 0) continue;
            var from = found[c.InheritRoleFrom];
            // a population joined to a count whose own noun told its role takes no role from it ("350 ألف قتيل و7 ملايين لاجئ")
            if (c.Noun is { Population: true } && c.Parent < 0 && from.Noun?.Role is not null && from.NounToken >= 0
                && from.Governing == Cover(s, from.NounToken, from.NounToken + 1)) continue;
            c.Role = from.Role;
            c.Governing = from.Governing;
        }
        // "14 من مقاتلي الحركة و59 من قوات الاتحاد قتلوا": a joined count whose first took no role may still take its own verb
        for (int idx = 0; idx < found.Count; idx++)
        {
            var c = found[idx];
            if (c is { Role: null, JoinedPastRanks: true } && c.Value > 0 && Forward(s, found, idx) is { } cue)
            {
                c.Role = cue.Value.Role;
                c.Governing = Cover(s, cue.FirstToken, cue.EndToken);
            }
        }
    }

    // "مقتل 3 جنود وإصابة 14 آخرين بينهم 6 أطفال": "آخرين" takes the fighters of the count before it, but a count with children,
    // women or civilians among it is no count of fighters: it counts people of every kind
    private static void OthersWithChildren(List<FigureCandidate> found)
    {
        for (int idx = 0; idx < found.Count; idx++)
        {
            var c = found[idx];
            if (c.Noun is not { InheritsGroup: true } || c.Group != "fighters" || c.AdjectiveGroup is not null || c.ModifierGroup is not null) continue;
            for (int j = idx + 1; j < found.Count; j++)
                if (found[j].Parent == idx && found[j].Relation == BreakdownRelation.Inside && found[j].Group is "children" or "women" or "civilians")
                {
                    c.Group = "all";
                    break;
                }
        }
    }

    private static bool SameGroup(FigureCandidate a, FigureCandidate b) => a.Noun is not null && b.Noun is not null && a.Noun.Group == b.Noun.Group;

    // the gap between two figures: plain when only commas, "و", "إلى" and breakdown cues ("، من بينهم"); a breakdown cue right before the figure links it even after other words
    private (bool Plain, BreakdownRelation? Relation) Gap(in Scan s, int from, int to)
    {
        BreakdownRelation? relation = null;
        bool plain = true;
        for (int k = from; k < to;)
        {
            if (IsGlue(s.Tokens[k])) { k++; continue; }
            if (s.May(k, FirstWordKind.Breakdown) && _lexicon.Breakdowns.Match(s.Tokens, k, to) is { } m)
            {
                relation = m.Value;
                k = m.EndToken;
                continue;
            }
            plain = false;
            relation = null;
            k++;
        }
        return (plain, relation);
    }

    private const int RanksReach = 10;
    private const int AdjectiveReach = 2;

    // the gap between two counts of people is the first count's ranks or place ("من قوات النظام والمسلحين الموالين"، "في صفوف
    // الفصائل", the rest of "خمسة من قوات النظام السوري") or at most two words describing it ("جنديا إماراتيا"، "جنود هنود")
    // and "و" or "مقابل" right before the next: no role word, number or punctuation but a name's brackets and quotes in it (a
    // comma only before the joiner), so no new clause with a role of its own
    private static bool JoinedPastRanks(in Scan s, FigureCandidate prev, int from, int to)
    {
        if (to - from < 2 || to - from > RanksReach) return false;
        bool ranks = s.Tokens[from].Folded is "من" or "في" or "بين"
            || (prev.NounToken > prev.First && s.Tokens[prev.NounToken - 1].Folded is "من" or "كبار" or "ابرز");
        int words = to - 1 - from - (s.Tokens[to - 2].IsComma ? 1 : 0);
        if (!ranks && words > AdjectiveReach) return false;
        var joiner = s.Tokens[to - 1].Folded;
        if (joiner is not ("و" or "مقابل" or "بمقابل")) return false;
        for (int k = from; k < to - 1; k++)
        {
            var t = s.Tokens[k];
            // ("بين الجيش من جهة و60 مسلحا": the "و" of a between-pair joins the other side, not another count of the same toll)
            if (t.IsNumber || s.CueAt(k) is not null || (k > from && t.Folded == "بين")) return false;
            // a comma only right before the joiner ("الموالين، و57")
            if (t.Kind == TokenKind.Punctuation && !(t.IsComma && k == to - 2) && !t.IsQuoteMark && t.Folded is not ("(" or ")")) return false;
        }
        return true;
    }

    // the counts from found[idx] on, after a comma past the total and joined by commas or "و", add up to the total exactly (two
    // at least): a breakdown of it, not more people
    private static bool ListSumsToTotal(in Scan s, List<FigureCandidate> found, int idx, FigureCandidate total)
    {
        if (total.Vague || total.Value <= 0 || total.Parent >= 0 || found[idx].Partitive) return false;
        bool comma = false;
        for (int k = total.First; k < found[idx].First; k++) comma |= s.Tokens[k].IsComma;
        if (!comma) return false;
        decimal sum = 0;
        for (int j = idx; j < found.Count; j++)
        {
            if (found[j].Vague || j > idx && !OnlyGlue(s, found[j - 1].ConsumedEnd, found[j].First)) return false;
            sum += found[j].Value;
            if (sum == total.Value) return j > idx;
            if (sum > total.Value) return false;
        }
        return false;
    }

    // people counted as such or by nationality: group "all" with no adjective or modifier naming another
    private static bool OfNoGroup(FigureCandidate c) => c.Noun is { Group: "all", Kind: NounKind.Person } && c.AdjectiveGroup is null && c.ModifierGroup is null;

    private static bool OnlyGlue(in Scan s, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (!IsGlue(s.Tokens[k])) return false;
        return true;
    }

    private static bool IsGlue(Token t) => t.Folded is "،" or "," or "؛" or "و" or "الي" or "ل";

    // a count of eleven or more takes a singular noun ("98 عنصرا", "سبعة آلاف مقاتل"); a singular noun of people right after
    // it in the same case shares that count: joined by "و" (true: "عنصرا ومدنيا", "مقاتل ومدني") or describing it (false:
    // "مسلحا قتيلا"); one in another case, or after a plural, is one more person ("25 مدنيا وطفل", "5 مدنيين وطفل")
    private static bool? CountsMixedPeople(in Scan s, FigureCandidate total, FigureCandidate next)
    {
        if (total is not { Singular: false, Parent: < 0, Noun: { Form: NounForm.Singular, Kind: NounKind.Person } } || total.Value < 11
            || next.NounToken != total.NounToken + 1 || next.Noun is not { Kind: NounKind.Person } || next.Noun.Group == total.Noun.Group)
            return null;
        var (noun, after) = (s.Tokens[total.NounToken].Folded, s.Tokens[next.NounToken].Folded);
        if (noun.EndsWith('ا') != after.EndsWith('ا')) return null;
        return after.StartsWith('و') && s.Tokens[next.NounToken].Readings.Any(r => r.Proclitics == "و");
    }

    // "5 قتلى و10 جرحى في صفوف المدنيين": the ranks told after the last of plainly joined counts are the ranks of each
    // count of unspecified people before it
    private static void ShareRanks(List<FigureCandidate> found, int idx)
    {
        for (int k = idx - 1; k >= 0; k--)
        {
            var p = found[k];
            if (p.Group == "all" && p.ModifierGroup is null && p.Noun is { Kind: NounKind.Person }) p.Group = found[idx].Group;
            if (!p.Coordinated) break;
        }
    }

    private string GroupOf(List<FigureCandidate> found, int idx)
    {
        var c = found[idx];
        if (c.Noun is null) return c.Partitive && c.Parent >= 0 ? found[c.Parent].Group ?? "all" : "all";
        if (c.Noun.Kind != NounKind.Person) return "all";
        string group = c.Noun.Group;
        if (c.Noun.InheritsGroup)
        {
            group = "all";
            for (int k = idx - 1; k >= 0; k--)
            {
                if (found[k].Parent >= 0 || found[k].Value == 0) continue;
                if (found[k].Group is "civilians" or "fighters") group = found[k].Group!;
                break;
            }
        }
        if (c.AdjectiveGroup is not null) group = c.AdjectiveGroup;
        // "وعائلاتهم" widens fighters to everyone; "في صفوف المدنيين" or "في صفوف قوات النظام" only tells who unspecified
        // people were ("خمسة قتلى في صفوف …"), never overrides children, women or civilians named by the noun
        if (c.ModifierGroup is { } modifier && modifier switch { "all" => group == "fighters", "civilians" or "fighters" => group == "all", _ => true }) group = modifier;
        return group;
    }

    // the nearest role word before the figure, after the previous figure
    private static TrieMatch<RoleCue>? Backward(in Scan s, FigureCandidate c, int lower)
    {
        for (int k = c.First - 1; k >= lower; k--)
        {
            if (s.CueAt(k) is not { } cue || !cue.Value.Before || cue.EndToken > c.First) continue;
            // a toll word governs a count in its own clause only ("ارتفاع الحصيلة، لأن آلاف الأشخاص مفقودون")
            if (cue.Value.PeopleOnly && Punctuated(s, cue.EndToken, c.First)) continue;
            if (Compatible(c, cue.Value)) return cue;
        }
        return null;
    }

    private static bool Punctuated(in Scan s, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (s.Tokens[k].Kind == TokenKind.Punctuation) return true;
        return false;
    }

    // a title like "157 شخصا بينهم 39 طفلا حصيلة الضحايا": the role word comes after the figure and its breakdown
    private static TrieMatch<RoleCue>? Forward(in Scan s, List<FigureCandidate> found, int idx)
    {
        var c = found[idx];
        int k = c.ConsumedEnd, limit = Math.Min(s.End, c.ConsumedEnd + ForwardReach);
        int next = idx + 1;
        while (k < limit)
        {
            if (next < found.Count && k >= found[next].First)
            {
                if (!DescendsFrom(found, next, idx)) return null;
                // (past the breakdown's own span only: a verb after it, "11 شخصا بينهم أربعة أطفال توفوا", tells the total's role too)
                k = found[next].End;
                limit = Math.Min(s.End, limit + (found[next].ConsumedEnd - found[next].First));
                next++;
                continue;
            }
            var t = s.Tokens[k];
            if (t.Kind == TokenKind.Punctuation || t.IsNumber) return null;
            // (a toll word after the count names the toll's kind in the word after it: "حصيلة الجرحى", never the count's role itself)
            if (s.CueAt(k) is { } cue && !cue.Value.PeopleOnly && Compatible(c, cue.Value)) return cue;
            k++;
        }
        return null;
    }

    // a verb of dying that beats the noun's role, right after the counted people ("منهم قتلوا", "الذين قضوا"), in their clause
    private static TrieMatch<RoleCue>? DiedAfter(in Scan s, FigureCandidate c)
    {
        for (int k = c.ConsumedEnd; k < Math.Min(s.End, c.ConsumedEnd + DiedReach); k++)
        {
            var t = s.Tokens[k];
            if (t.Kind == TokenKind.Punctuation || t.IsNumber) return null;
            if (s.CueAt(k) is { Value: { After: true, OverridesNoun: true, Role: "killed" } } cue) return cue;
        }
        return null;
    }

    private static bool DescendsFrom(List<FigureCandidate> found, int idx, int ancestor)
    {
        for (int p = found[idx].Parent; p >= 0; p = found[p].Parent)
            if (p == ancestor) return true;
        return false;
    }

    private static decimal Whole(decimal v) => v == decimal.Truncate(v) ? decimal.Truncate(v) : v;

    private static void Emit(in Scan s, List<FigureCandidate> found, int sentenceIndex, List<Figure> into)
    {
        var map = new int[found.Count];
        for (int idx = 0; idx < found.Count; idx++)
        {
            var c = found[idx];
            map[idx] = -1;
            if (c.Role is null || c.Value <= 0) continue;
            // "6,3 مليون": a whole value reached through a decimal keeps no decimal places (6300000, not 6300000.0)
            c.Value = Whole(c.Value);
            if (c.High is { } top) c.High = Whole(top);
            string qualifier = c.Qualifier ?? (c.Vague ? "at_least" : "exact");
            var (low, high) = FigureInterval.Of(c.Value, qualifier, c.Vague, c.High);
            int? parent = c.Parent >= 0 && map[c.Parent] >= 0 ? map[c.Parent] : null;
            map[idx] = into.Count;
            into.Add(new Figure(c.Role, c.Group ?? "all", c.Value, qualifier, low, high, Cover(s, c.First, c.End), c.Governing, sentenceIndex)
            {
                Vague = c.Vague,
                IsRange = c.High is not null,
                InsideOf = c.Relation == BreakdownRelation.Inside ? parent : null,
                InAdditionTo = c.Relation == BreakdownRelation.Addition ? parent : null,
                FirstToken = c.First,
            });
        }
    }
}
