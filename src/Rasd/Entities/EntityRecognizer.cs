using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>
/// Finds entity and actor mentions: lexicon phrases (clitic-aware), countrysides ("ريف إدلب الجنوبي", "ريفي حماة واللاذقية الشمالي"),
/// place words ("بلدة X"), heads with a nationality ("الخارجية الروسية") and people after titles ("الرئيس التركي X").
/// Candidates from every rule compete: the longest wins, then the earliest; ambiguous places are resolved last, by context.
/// </summary>
public sealed class EntityRecognizer
{
    private readonly EntityLexicon _lex;
    private readonly GivenNames _given = GivenNames.Default;
    private readonly DescriptiveOrgNames _described;

    /// <summary>The lexicons the recogniser reads.</summary>
    public EntityLexicon Lexicon => _lex;
    private readonly Dictionary<string, bool> _qualifiers = new(StringComparer.Ordinal);

    // the name stops looked up by a span (a word behind its first letter), with no substring made
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nameStopsBySpan;

    public EntityRecognizer(EntityLexicon lexicon)
    {
        _lex = lexicon;
        _described = new DescriptiveOrgNames(lexicon, WordsBit);
        _nameStopsBySpan = lexicon.NameStops.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var r in TsvTable.LoadEmbedded("title_qualifiers").Rows)
            _qualifiers[ArabicFolding.FoldString(r[0])] = r.Length > 1 && r[1] == "1";
    }

    /// <summary>A proposed mention: tokens [First, End), candidate entries (several for ambiguous places) and extra inner mentions.</summary>
    internal readonly record struct Candidate(int First, int End, IReadOnlyList<EntityEntry> Entries, int Prefix, int Priority)
    {
        public string? Text { get; init; }
        public IReadOnlyList<Candidate> Inner { get; init; } = [];
        public bool HasCue { get; init; }
        public int Length => End - First;
    }

    /// <summary>The lists and sets one recognition fills, kept per thread and cleared for the next article (the recogniser is shared).</summary>
    private sealed class Scratch
    {
        public readonly List<Candidate> Chosen = [];
        public readonly HashSet<string> SeenPeople = new(StringComparer.Ordinal);
        public readonly HashSet<string> Confirmed = new(StringComparer.Ordinal);
        public readonly List<Candidate> Cands = [];
        public readonly List<Candidate> Accepted = [];
        public bool[] Taken = [];
    }

    [ThreadStatic]
    private static Scratch? _scratch;

    public EntityLayer Recognize(Analysis a) => Recognize(a, 0, null);

    /// <summary>
    /// As <see cref="Recognize(Analysis)"/>, also listing in <paramref name="starts"/> the tokens whose lexicon mask has a bit of
    /// <paramref name="startBits"/> (what <see cref="AnaphorMentions.Starts"/> finds): the scan for proposals reads every mask
    /// already, and a second pass over the tokens for the anaphors cost as much again.
    /// </summary>
    internal EntityLayer Recognize(Analysis a, ulong startBits, List<int>? starts)
    {
        var tokens = a.Tokens;
        var scratch = _scratch ??= new Scratch();
        var chosen = scratch.Chosen;
        var seenPeople = scratch.SeenPeople;
        var confirmed = scratch.Confirmed;
        chosen.Clear();
        seenPeople.Clear();
        confirmed.Clear();
        string? lastCountry = null;
        // surnames met before the article gave the full name (a headline's "ماتيس …" over the body's "جيمس ماتيس"), kept for a second look
        List<Candidate>? early = null;
        // the lexicons a token must be able to start for any rule to propose at it (the place words' bit registers their keys first)
        ulong proposeBits = _lex.PlaceWordsBit | _lex.Phrases.Bit | _lex.Titles.Bit | Directions.Bit | WordsBit | _given.Bit;
        // per-sentence scratch: the candidates, the tokens taken and the accepted candidates
        var cands = scratch.Cands;
        var accepted = scratch.Accepted;
        var sentences = a.Sentences;
        // every token's mask, read in one pass the event stage reuses (its trigger and cue scans ask the same masks)
        var masks = TokenMasks.For(a);
        var foldedText = a.Folded.Folded;
        // the sentences split the tokens in order, with none left out; should they not, the starts are found by a pass of their own
        int next = 0;
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            cands.Clear();
            if (s.FirstToken != next) next = -1;
            else next = s.EndToken;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                var t = tokens[i];
                ulong mask = masks[i];
                if ((mask & startBits) != 0) starts?.Add(i);
                if (MayPropose(t, mask, proposeBits, foldedText)) Propose(a.Text, foldedText, tokens, s.FirstToken, i, s.EndToken, cands, lastCountry, mask);
                else if (i - 2 >= s.FirstToken && AgedPerson.OpensAge(tokens, i, s.EndToken)) ProposeAged(a.Text, foldedText, tokens, i, cands);
            }
            if (cands.Count == 0) continue;
            // longest first, then earliest, then priority
            cands.Sort(static (x, y) => x.Length != y.Length ? y.Length.CompareTo(x.Length) : x.First != y.First ? x.First.CompareTo(y.First) : x.Priority.CompareTo(y.Priority));
            var taken = scratch.Taken;
            if (taken.Length < s.TokenCount) scratch.Taken = taken = new bool[Math.Max(s.TokenCount, 2 * taken.Length)];
            else Array.Clear(taken, 0, s.TokenCount);
            accepted.Clear();
            foreach (var c in cands)
            {
                bool free = true;
                for (int k = c.First; k < c.End && free; k++) free = !taken[k - s.FirstToken];
                if (!free) continue;
                // "الطائرات الروسية الصنع": a name ending in a nationality that only tells where a thing was made
                // (the adjective first: its bit rejects most words, where the made-in test looks two words up)
                if (c.End < s.EndToken && _lex.AdjectiveCountry(tokens[c.End - 1]) is not null && _lex.IsMadeIn(tokens, c.End - 1)) continue;
                // "قال لـ«الشرق الأوسط»": between quote marks the region's name is the newspaper's
                if (c.Entries.Count == 1 && c.Entries[0].NotQuoted && Quoted(tokens, c.First, c.End) && !OpensQuoteAfter(tokens, c.First, c.End))
                {
                    // the newspaper only between marks on both sides (a mark only after it opens what follows: OpensQuoteAfter)
                    if (c.Entries[0].QuotedOutlet is not { } outlet || !Enclosed(tokens, c.First, c.End)) continue;
                    for (int k = c.First; k < c.End; k++) taken[k - s.FirstToken] = true;
                    accepted.Add(c with { Entries = [outlet] });
                    continue;
                }
                // "تخريب النظام الدولي": a bare "النظام" with an adjective of order or system is no regime
                if (c.Length == 1 && c.End < s.EndToken && RegimeWord.IsOrder(tokens, c.First)) continue;
                // "مسقط رأسه": a place name that opens an idiom is its common noun (one's birthplace), no place
                if (c.Length == 1 && c.End < s.EndToken && PlaceIdioms.Opens(tokens, c.First)) continue;
                var entries = Filter(c, seenPeople, confirmed);
                if (entries.Count == 0)
                {
                    if (AnyNeedsAntecedent(c.Entries)) (early ??= []).Add(c);
                    continue;
                }
                for (int k = c.First; k < c.End; k++) taken[k - s.FirstToken] = true;
                accepted.Add(ReferenceEquals(entries, c.Entries) ? c : c with { Entries = entries });
            }
            accepted.Sort(static (x, y) => x.First.CompareTo(y.First));
            string? sentenceCountry = null;
            for (int n = 0; n < accepted.Count; n++)
            {
                var c = accepted[n];
                if (c.Entries[0].Kind is EntryKind.Country) sentenceCountry = c.Entries[0].Country;
                else if (sentenceCountry is { } foreign && foreign != "SYR" && OfTheCountry(tokens, c) is { } part)
                    accepted[n] = c with { Entries = [CountryPart(part, foreign, tokens, c)] };
            }
            foreach (var c in accepted)
            {
                for (int n = 0; n < c.Entries.Count; n++)
                {
                    var e = c.Entries[n];
                    if (e.Kind == EntryKind.Person && !e.NeedsAntecedent && e.Id is not null) seenPeople.Add(e.Id);
                    if (e.NeedsCue && c.HasCue && e.FinePcode is not null) confirmed.Add(e.FinePcode);
                }
                if (c.Entries[0].Kind is EntryKind.Country) lastCountry = c.Entries[0].Country;
            }
            chosen.AddRange(accepted);
        }
        if (starts is not null && next != tokens.Count)
        {
            starts.Clear();
            starts.AddRange(AnaphorMentions.Starts(tokens, startBits));
        }
        if (early is not null && LateAntecedents(early, chosen, seenPeople)) chosen.Sort((x, y) => x.First.CompareTo(y.First));
        CountryOfTheDocument(tokens, chosen);
        DropTanweenPlaces(a.Text, tokens, chosen);
        BareSyrianPlacesAbroad(tokens, masks, chosen);
        return new PlaceResolver(a, _lex).Resolve(chosen);
    }

    /// <summary>
    /// "شمال البلاد" in a report on India, China or Yemen is that country's north, not Syria's: where nothing else in the
    /// document is Syrian (the country, a Syrian actor, region or town; a village name alone is no proof, many are common
    /// words or places abroad), such a region becomes a part of the country the document names most, by the country, its
    /// capital or a city in it (of equals, the first to reach that count). A document that names no country keeps Syria,
    /// Rasd's default. (A sentence naming a country before the region was handled per sentence already.)
    /// </summary>
    private void CountryOfTheDocument(IReadOnlyList<Token> tokens, List<Candidate> chosen)
    {
        bool any = false;
        foreach (var c in chosen)
        {
            if (OfTheCountry(tokens, c) is not null) { any = true; continue; }
            // (an index loop: a foreach over the read-only list would box an enumerator per mention of every document)
            for (int n = 0; n < c.Entries.Count; n++)
                if (IsSyrianEvidence(c.Entries[n])) return;
        }
        if (!any) return;
        string? country = null;
        int best = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in chosen)
        {
            // a country, its capital or a city in it ("نيودلهي", "بكين") each name the country
            if (c.Entries[0] is not { Kind: EntryKind.Country or EntryKind.Capital or EntryKind.WorldCity, Country: { } iso }) continue;
            int n = counts[iso] = counts.GetValueOrDefault(iso) + 1;
            if (n > best) (country, best) = (iso, n);
        }
        if (country is null) return;
        for (int k = 0; k < chosen.Count; k++)
            if (OfTheCountry(tokens, chosen[k]) is { } part) chosen[k] = chosen[k] with { Entries = [CountryPart(part, country, tokens, chosen[k])] };
    }

    /// <summary>
    /// "دوماً" (always), "فقيرةً": a name written with the accusative ending (tanween) is an adverb or an adjective, never a
    /// Syrian place, whose names take no nunation.
    /// </summary>
    private static void DropTanweenPlaces(string text, IReadOnlyList<Token> tokens, List<Candidate> chosen)
    {
        for (int k = chosen.Count - 1; k >= 0; k--)
        {
            var c = chosen[k];
            if (c.Entries.Count == 0 || c.Entries[0].Kind != EntryKind.SyrianPlace) continue;
            var span = tokens[c.End - 1].Span;
            int end = span.End;
            if (end - span.Start > 2 && text[end - 1] == 'ا') end--;
            if (text[end - 1] == '\u064B') chosen.RemoveAt(k);
        }
    }

    /// <summary>
    /// "دوما" (always), "هجين" (hybrid), "النهضة" (Egypt's square, Ethiopia's dam), "الحسينية" in Yemen: a Syrian town or
    /// village name told without a place word, in a document that names a country abroad (or its people) and nothing Syrian
    /// (no Syrian place, actor or region, no "سوري" adjective), is a common word or a place abroad, and names no place.
    /// </summary>
    private void BareSyrianPlacesAbroad(IReadOnlyList<Token> tokens, ulong[] masks, List<Candidate> chosen)
    {
        bool bare = false, abroad = false;
        foreach (var c in chosen)
        {
            if (IsBareSyrianPlace(c)) { bare = true; continue; }
            if (OfTheCountry(tokens, c) is not null) continue;
            for (int n = 0; n < c.Entries.Count; n++)
            {
                var e = c.Entries[n];
                if (IsSyrianEvidence(e) || e.Kind == EntryKind.SyrianPlace && c.HasCue && !e.NeedsGovernorate) return;
                abroad |= e.Kind is EntryKind.Country or EntryKind.Capital or EntryKind.WorldCity && e.Country is { } iso && iso != "SYR";
            }
        }
        if (!bare) return;
        // a nationality adjective names its country too ("شركة تويوتا اليابانية"; "السوري" makes the report Syrian)
        ulong adjective = _lex.AdjectivesBit;
        for (int i = 0; i < tokens.Count; i++)
        {
            var iso = (masks[i] & adjective) != 0 ? _lex.AdjectiveCountryAt(tokens, i) : null;
            iso ??= tokens[i].IsWord ? _lex.PluralAdjectiveCountry(tokens[i]) : null;
            if (iso == "SYR") return;
            abroad |= iso is not null;
        }
        if (!abroad) return;
        for (int k = chosen.Count - 1; k >= 0; k--)
            if (IsBareSyrianPlace(chosen[k]) && !TownAfterPreposition(tokens, chosen[k])) chosen.RemoveAt(k);
    }

    // a Syrian place below a governorate, with no place word before it
    private static bool IsBareSyrianPlace(Candidate c)
    {
        if (c.HasCue || c.Entries.Count == 0) return false;
        for (int n = 0; n < c.Entries.Count; n++)
            if (c.Entries[n] is not { Kind: EntryKind.SyrianPlace } e || e.Level == "gov") return false;
        return true;
    }

    private static readonly HashSet<string> TownPrepositions = TsvTable.FoldedWords("town_prepositions");

    // "على عفرين", "بمنبج": a district town after a preposition (data/town_prepositions.tsv) or with ب or ل written onto it
    private static bool TownAfterPreposition(IReadOnlyList<Token> tokens, Candidate c)
    {
        bool town = false;
        for (int n = 0; n < c.Entries.Count; n++) town |= c.Entries[n].Level == "district";
        if (!town) return false;
        var first = tokens[c.First].Folded;
        if (first.AsSpan(0, Math.Min(c.Prefix, first.Length)).IndexOfAny('ب', 'ل') >= 0) return true;
        return c.First > 0 && TownPrepositions.Contains(tokens[c.First - 1].Folded);
    }

    // an entry that places the document in Syria: anything Syrian but a village (community) name
    private static bool IsSyrianEvidence(EntityEntry e) =>
        (e.Country == "SYR" || e.Actor is { } actor && actor.StartsWith("SYR", StringComparison.Ordinal))
        && !(e.Kind == EntryKind.SyrianPlace && e.Level == "community");

    /// <summary>
    /// Whether any rule can propose at the token: it starts a phrase, title, compass word or place word, or may be an outlet
    /// noun, a first name or "عبد". Most tokens are none, and skip every rule after one bit test (and no memo: a word
    /// past the analyser's word cache is new at every token, and would compute its memos again each time). The "عبدال" test
    /// reads the word's letters in the folded text first (see <see cref="GivenNames.MayHaveAbdal"/>).
    /// </summary>
    private static bool MayPropose(Token t, ulong mask, ulong proposeBits, string foldedText)
    {
        if (!t.IsWord) return t.IsNumber && (mask & proposeBits) != 0;
        return (mask & proposeBits) != 0 || GivenNames.MayHaveAbdal(foldedText, t) && GivenNames.AbdalWithin(t.Folded);
    }

    private static bool AnyNeedsAntecedent(IReadOnlyList<EntityEntry> entries)
    {
        for (int n = 0; n < entries.Count; n++)
        {
            var e = entries[n];
            if (e.NeedsAntecedent) return true;
        }
        return false;
    }

    /// <summary>Accepts the surnames whose full name the article gave only later, where no chosen mention overlaps them.</summary>
    private static bool LateAntecedents(List<Candidate> early, List<Candidate> chosen, HashSet<string> seenPeople)
    {
        bool added = false;
        foreach (var c in early)
        {
            var entries = c.Entries.Where(e => e.NeedsAntecedent && e.Id is not null && seenPeople.Contains(e.Id)).ToList();
            if (entries.Count == 0 || chosen.Any(o => o.First < c.End && c.First < o.End)) continue;
            chosen.Add(c with { Entries = entries });
            added = true;
        }
        return added;
    }

    // a quote mark opens or closes the span (inside it, when the phrase match took the mark in)
    // a quote mark right before and right after the name
    private static bool Enclosed(IReadOnlyList<Token> tokens, int first, int end) =>
        first > 0 && tokens[first - 1].IsQuoteMark && end < tokens.Count && tokens[end].IsQuoteMark;

    // 'دول الشرق الأوسط "لن تصمد …"': the only mark is the one right after the name, opening what is said next; the name stands outside it
    private static bool OpensQuoteAfter(IReadOnlyList<Token> tokens, int first, int end) =>
        !tokens[first].IsQuoteMark && !(first > 0 && tokens[first - 1].IsQuoteMark) && !tokens[end - 1].IsQuoteMark
        && end < tokens.Count && tokens[end].IsQuoteMark && tokens[end].Folded != "»" && tokens[end].Folded != "”";

    private static bool Quoted(IReadOnlyList<Token> tokens, int first, int end) =>
        tokens[first].IsQuoteMark || (first > 0 && tokens[first - 1].IsQuoteMark) || tokens[end - 1].IsQuoteMark || (end < tokens.Count && tokens[end].IsQuoteMark);

    /// <summary>The candidate's entries that stand here: the candidate's own list when all do (no copy), else a new list.</summary>
    private static IReadOnlyList<EntityEntry> Filter(Candidate c, HashSet<string> seenPeople, HashSet<string> confirmed)
    {
        var entries = c.Entries;
        List<EntityEntry>? list = null;
        for (int k = 0; k < entries.Count; k++)
        {
            var e = entries[k];
            bool stands = !(e.NeedsAntecedent && (e.Id is null || !seenPeople.Contains(e.Id)))
                // a common-word place name needs a place word, unless the article already named it with one
                && !(e.NeedsCue && !c.HasCue && (e.FinePcode is null || !confirmed.Contains(e.FinePcode)));
            if (stands) list?.Add(e);
            else if (list is null)
            {
                list = new List<EntityEntry>(entries.Count);
                for (int j = 0; j < k; j++) list.Add(entries[j]);
            }
        }
        return list ?? entries;
    }

    /// <summary>
    /// Runs at token <paramref name="i"/> the rules its lexicon <paramref name="mask"/> lets through. Each rule can only fire
    /// on a word whose mask has its lexicon's bit (a phrase, a place word, a compass word, a title, the words' list, a first
    /// name), and most tokens that get here start a phrase and nothing else: testing the bits here, in the mask the scan has
    /// read already, spares every other rule's own look at the word for them (their candidates come in the same order).
    /// </summary>
    private void Propose(string text, string foldedText, IReadOnlyList<Token> tokens, int first, int i, int end, List<Candidate> cands, string? lastCountry, ulong mask)
    {
        var t = tokens[i];
        if (!t.IsWord && !t.IsNumber) return;
        PhraseMatch? m = null;
        if ((mask & _lex.Phrases.Bit) != 0)
        {
            m = _lex.Phrases.Match(tokens, i, end);
            if (m is { } pm && !IsAdjectiveUse(tokens, pm) && !ForeignForce(tokens, pm, end))
            {
                bool cue = i > 0 && _lex.PlaceWord(tokens[i - 1]) is { Kind: "cue" or "rural" } || ListedAfterPlace(foldedText, tokens, i);
                var entries = i > 0 && NamesOtherThanQuarter(tokens[i - 1]) ? WithoutCommonQuarters(pm.Entries) : pm.Entries;
                if (entries.Count > 0) cands.Add(new Candidate(pm.FirstToken, pm.EndToken, entries, pm.PrefixLength, 1) { HasCue = cue });
            }
        }
        if ((mask & _lex.PlaceWordsBit) != 0)
        {
            var word = _lex.PlaceWord(t);
            if (word is { Kind: "rural" }) ProposeCountryside(tokens, i, end, cands);
            if (word is { Kind: "cue", InName: true }) ProposeCuedName(tokens, i, end, cands);
        }
        // the outlet, group and place nouns, the descriptive names' heads and the kunya's "أبو" share the words' bit
        bool listed = (mask & WordsBit) != 0;
        if (listed)
        {
            ProposeOutlet(tokens, i, end, cands);
            ProposeQuotedGroup(tokens, i, end, cands);
            ProposeQuotedPlace(tokens, i, end, cands);
        }
        if ((mask & Directions.Bit) != 0) ProposeCountryRegion(tokens, i, end, cands);
        if ((mask & _lex.Titles.Bit) != 0) ProposeTitled(text, tokens, first, i, end, cands, lastCountry);
        if (listed && _described.Propose(text, tokens, i, end) is { } described) cands.Add(described);
        // a first name has the names' bit, "عبد" the words' bit, "عبدالله" its letters: other tokens skip the rule's lookups
        if ((mask & (_given.Bit | WordsBit)) != 0 || GivenNames.MayHaveAbdal(foldedText, t) && GivenNames.AbdalWithin(t.Folded)) ProposeGivenName(text, tokens, i, end, cands, m);
        if (listed) ProposeKunya(text, tokens, i, end, cands);
    }

    // "قوات الجيش التركي": an actor phrase of one state's forces ("قوات الجيش" is Syria's in Syrian news) followed by another
    // state's adjective is that state's force; the titled head ("الجيش التركي") proposes it instead. Only a bare definite
    // adjective: "القوات الأمريكية والتركية" joins a second state with و
    private bool ForeignForce(IReadOnlyList<Token> tokens, PhraseMatch pm, int end) =>
        pm.EndToken < end && tokens[pm.EndToken].Folded.StartsWith("ال", StringComparison.Ordinal) && pm.Entries.Count > 0 && pm.Entries[0] is { Kind: EntryKind.Actor, Actor.Length: > 3 } e
        && _lex.AdjectiveCountryAt(tokens, pm.EndToken) is { } iso && !e.Actor.StartsWith(iso, StringComparison.Ordinal);

    /// <summary>"ديرك كامبل (67 عاما)": two name words right before an age in brackets are a person's name, first name known or not.
    /// Lower priority than any other reading of the same words.</summary>
    private void ProposeAged(string text, string foldedText, IReadOnlyList<Token> tokens, int open, List<Candidate> cands)
    {
        int i = open - 2;
        if (!AgedPerson.NameShaped(tokens[i], tokens[i + 1]) || !IsNameToken(tokens, i, 0) || !IsNameToken(tokens, i + 1, 1)) return;
        // "تعرض رودي، 28 عاما،", "ولا يزال يرقد سكريبل، 66 عاما،": between commas the age also follows a verb and a surname
        // already named (the verb first, as Arabic orders it); a full name given with its age introduces the person, so the
        // family name must be new to the text
        if (tokens[open].Folded != "(" && foldedText.AsSpan(0, tokens[i + 1].FoldedStart).Contains(tokens[i + 1].Folded.AsSpan(), StringComparison.Ordinal)) return;
        // "دخل أحمد (30 عاما)", "تصريحات عباس": a first name second opens its own name, the word before is none of it; nor is a
        // lineage link the start of one ("بن زكي")
        if (IsLink(tokens[i].Folded) || _given.Read(text, tokens[i + 1]) is not null && _given.Read(text, tokens[i]) is null) return;
        // (after a known first name a family name may begin with ل and a consonant: "رضوان لقديم"; only "لل"/"بال" glue there)
        if (GluedParticle(tokens[i]) || GluedParticle(tokens[i + 1])
            && (_given.Read(text, tokens[i]) is null || tokens[i + 1].Folded.StartsWith("لل", StringComparison.Ordinal) || tokens[i + 1].Folded.StartsWith("بال", StringComparison.Ordinal))) return;
        cands.Add(new Candidate(i, open, PersonEntries(tokens, i, 2, 0), 0, 6));
    }

    // "أبو عمر الكردي": "أبو", a first name, and a nisba if one follows (a place of the gazetteer,
    // "أبو الظهور", "أبو ظبي", is proposed with a higher priority and wins a tie)
    private void ProposeKunya(string text, IReadOnlyList<Token> tokens, int i, int end, List<Candidate> cands)
    {
        // (the words bit first: one test rules out nearly every token)
        if (i + 1 >= end || (tokens[i].Word.LexiconMask & WordsBit) == 0) return;
        int prefix = Kunya.FatherAt(tokens, i);
        // (a first name that is also a word is one here: after "أبو" a word without the article is a name, "أبو عمر")
        if (prefix < 0 || _given.Read(text, tokens[i + 1]) is not { Prefix: 0 }) return;
        int k = i + 2;
        if (k < end && Kunya.IsNisba(tokens[k]) && !_lex.NameStops.Contains(tokens[k].Folded)) k++;
        cands.Add(new Candidate(i, k, PersonEntries(tokens, i, k - i, prefix), prefix, 4));
    }

    /// <summary>"وقال إبراهيم كالين إن …": a first name and the name words after it, with no title before it.
    /// Lower priority than a title's person over the same words, which also carries the actor.</summary>
    private void ProposeGivenName(string text, IReadOnlyList<Token> tokens, int i, int end, List<Candidate> cands, PhraseMatch? phraseAtI)
    {
        bool abd = GivenNames.IsAbdCompound(tokens, i, end);
        var given = _given.Read(text, tokens[i]);
        if (given is null && !abd) return;
        int prefix = given?.Prefix ?? AbdPrefix(tokens[i]);
        // a known person: the lexicon proposes it already, with its own code (the phrase at i is the one Propose matched)
        if (phraseAtI is { } known && HasKind(known.Entries, EntryKind.Person)) return;
        int j = i + (abd ? 2 : 1);
        // a first name that is also a word ("عادل", "سعيد") opens a name only before another first name or a lineage ("عادل عبد المهدي")
        // or, after a describing noun or adjective, a Slavic family name ("الكاتب القومي المتشدد إدوار ليمونوف", "الرئيس الشيشاني رمضان قديروف");
        if (given is { CommonWord: true }
            && (!(j < end && (_given.Read(text, tokens[j]) is { Prefix: 0, CommonWord: false } || GivenNames.IsAbdCompound(tokens, j, end) || NameLinks.Contains(tokens[j].Folded)
                || given is { Prefix: 0 } && i > 0 && tokens[i - 1].Folded.StartsWith("ال", StringComparison.Ordinal) && SlavicSurname.Shaped(tokens[j]))))
            && !SpeakerFrame(tokens, i, j, end) && !AfterBody(cands, i))
            return;
        int k = j, words = 0;
        while (k < end && words < 3 && k - j < 6 && IsNameToken(tokens, k, k - i) && !JoinedByAnd(text, tokens[k]) && !GluedParticle(tokens[k]) && !KnownPersonAt(tokens, k, end)
            && !Accusative(text, tokens[k]) && !NameBreakingWords.Contains(tokens[k].Folded)
            && (k == j || ContinuesName(text, tokens, k)))
        {
            if (!IsLink(tokens[k].Folded)) words++;
            k++;
        }
        while (k > j && IsLink(tokens[k - 1].Folded)) k--;
        // a first name alone is too weak ("محمد" may be the Prophet, a street or a mosque)
        if (k == j) return;
        cands.Add(new Candidate(i, k, PersonEntries(tokens, i, k - i, prefix), prefix, 4));
    }

    /// <summary>"رئيس الائتلاف الوطني رياض سيف", "الرئيس المشترك لمجلس سوريا الديمقراطية رياض درار": right after the name of a body
    /// (as a title governs it) a first name that is also a word opens the name of who holds the title.</summary>
    private static bool AfterBody(List<Candidate> cands, int i)
    {
        foreach (var c in cands)
            if (c.End == i && HasKind(c.Entries, EntryKind.Organisation)) return true;
        return false;
    }

    private static int AbdPrefix(Token t)
    {
        foreach (var r in t.Readings)
            if (r.Stem == "عبد") return r.PrefixLength;
        throw new InvalidOperationException("no reading \"عبد\"");
    }

    private static readonly HashSet<string> SayingVerbs = TsvTable.FoldedWords("speaker_frame_verbs");

    /// <summary>
    /// "وقال عمر هوساوي إن", "وأوضح حسن الراهب:", "وقال حسن الراهب رئيس …": a first name that is also a word ("عمر" age, "حسن"
    /// good) right after a verb of saying, with one more word before "إن/أن", a colon, a comma or a person's title, is the speaker's
    /// name: a verb of saying is followed by its subject, and nothing but a name fits two words there.
    /// </summary>
    private bool SpeakerFrame(IReadOnlyList<Token> tokens, int i, int j, int end)
    {
        if (j + 1 >= end || !tokens[j].IsWord || _lex.NameStops.Contains(tokens[j].Folded) || GluedParticle(tokens[j])) return false;
        if (!AfterSayingVerb(tokens, i)) return false;
        return tokens[j + 1].Folded is "ان" or ":" or "،" or "," || _lex.Titles.Match(tokens, j + 1, end) is { Value.IsPerson: true };
    }

    /// <summary>A third name word: a first name, a lineage link or what follows one, or a family name after a father's first name
    /// ("نادر عصام حداد", "قاسم محمد الهلال"); "محسن الفضلي قتل", "عماد مغنية أحد أبرز", "استقبل سيرغي لافرينوف الوفد" end before the verb or noun.</summary>
    private bool ContinuesName(string text, IReadOnlyList<Token> tokens, int k) =>
        _given.Read(text, tokens[k]) is { Prefix: 0 } || IsLink(tokens[k].Folded)
        || IsLink(tokens[k - 1].Folded) || _given.Read(text, tokens[k - 1]) is { Prefix: 0 }
        // "خالد بن سعود المطيري", "محمد عبد الله الشامي": the family name after a lineage or a compound father's name
        || k >= 2 && (IsLink(tokens[k - 2].Folded) || GivenNames.IsAbdCompound(tokens, k - 2, k))
        // "عادل عبد الكريم": the second half of a compound first name
        || GivenNames.IsAbdCompound(tokens, k - 1, k + 1);

    /// <summary>"موسى بأن", "ديفيد بذلك", "إبراهيم للالتحاق", "فؤاد لرفض": a particle or a noun behind a preposition is no name word.</summary>
    private bool GluedParticle(Token t) =>
        t.Folded.StartsWith("لل", StringComparison.Ordinal) || t.Folded.StartsWith("بال", StringComparison.Ordinal)
        || t.Folded.Length > 2 && t.Folded[0] is 'ب' or 'ل' or 'ك' && _nameStopsBySpan.Contains(t.Folded.AsSpan(1))
        // "فؤاد لرفض", "محمود لحصار": "ل" before a consonant is the preposition on a noun; names written with an initial L
        // carry a long vowel after it (لافروف، لودريان، ليبرمان)
        || t.Folded.Length > 3 && t.Folded[0] == 'ل' && t.Folded[1] is not ('ا' or 'و' or 'ي')
        // "وزير الدفاع بتأدية مهامهم", "عمر الرزاز بتشكيل": ب and a verbal noun say what the person is charged with
        || PrepositionalVerbalNoun.Is(t.Folded);

    private bool KnownPersonAt(IReadOnlyList<Token> tokens, int i, int end) =>
        i < end && _lex.Phrases.Match(tokens, i, end) is { } known && HasKind(known.Entries, EntryKind.Person);

    /// <summary>"أشرف بن شرقي هدفاً": a word written with the accusative tanween is an indefinite noun or adverb, never a name word.</summary>
    private static bool Accusative(string text, Token t) =>
        t.End >= 2 && (text[t.End - 1] == '\u064B' || text[t.End - 1] == 'ا' && text[t.End - 2] == '\u064B');

    /// <summary>"محمد وأحمد": a word joined by "و" starts the next name, unless it is itself a first name ("وليد").</summary>
    private bool JoinedByAnd(string text, Token t) => t.Folded.StartsWith('و') && !WawSurnames.Contains(t.Folded) && _given.Read(text, t) is not { Prefix: 0 };

    // "عباس يدخل", "بيل هدفا", "الملك رئيسا جديدا": an imperfect verb or an accusative noun after a first name or a title is no
    // name word (data/name_breaking_words.tsv)
    private static readonly HashSet<string> NameBreakingWords = TsvTable.FoldedWords("name_breaking_words");

    // "دانا وايت": family names whose own first letter is و (data/waw_surnames.tsv)
    private static readonly HashSet<string> WawSurnames = TsvTable.FoldedWords("waw_surnames");

    private static readonly HashSet<string> OutletNouns = TsvTable.FoldedWords("outlet_nouns");

    // (before WordsBit, whose initialiser reads it)
    private static readonly Dictionary<string, string?> GroupNouns = LoadGroupNouns();

    // nouns of an administrative place before a quoted name (data/quoted_place_nouns.tsv)
    private static readonly HashSet<string> PlaceNouns = TsvTable.FoldedWords("quoted_place_nouns");

    // folded noun -> the actor code of the groups it names, where the noun tells it (data/quoted_group_nouns.tsv)
    private static Dictionary<string, string?> LoadGroupNouns()
    {
        var table = TsvTable.LoadEmbedded("quoted_group_nouns");
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var r in table.Rows)
            map[ArabicFolding.FoldString(r[0])] = table.Cell(r, "actor") is { Length: > 0 } a ? a : null;
        return map;
    }

    /// <summary>
    /// An outlet noun before a known news outlet is part of its name: "وكالة إنترفاكس للأنباء", "لصحيفة الغارديان"; "للأنباء"
    /// right after it belongs to the name too. A quoted name after the noun is the name alone (annotators keep "فرانس برس" of
    /// 'لوكالة "فرانس برس"'), and there a name no list has counts too ('صحيفة "كوميرسانت"'): in the news a quoted name after
    /// an outlet noun is an outlet or another body, rarely anything else.
    /// </summary>
    private void ProposeOutlet(IReadOnlyList<Token> tokens, int i, int end, List<Candidate> cands)
    {
        var t = tokens[i];
        if (!t.IsWord || !IsOutletNoun(t)) return;
        int j = i + 1;
        if (j < end && tokens[j].Folded == "انباء") j++;
        if (j < end && tokens[j].IsQuoteMark)
        {
            ProposeQuotedOutlet(tokens, j + 1, end, cands);
            return;
        }
        if (j >= end || _lex.Phrases.Match(tokens, j, end) is not { PrefixLength: 0 } m) return;
        var outlets = m.Entries.Where(e => e.Kind == EntryKind.Organisation && e.Actor is { } a && a.EndsWith("MED", StringComparison.Ordinal)).ToList();
        if (outlets.Count == 0) return;
        int k = m.EndToken;
        if (k < end && tokens[k].Folded == "للانباء") k++;
        cands.Add(new Candidate(i, k, outlets, PrefixOf(t, [.. OutletNouns]), 0));
    }

    // the outlet nouns, "عبد" and the kunya's "أبو" as first keys: MayPropose lets a token through on its mask alone
    private static readonly ulong WordsBit = RegisterWords();

    private static ulong RegisterWords()
    {
        ulong bit = Lexicons.FirstKeyIndex.NewBit();
        foreach (var noun in OutletNouns) Lexicons.FirstKeyIndex.Add(noun, bit);
        foreach (var noun in GroupNouns.Keys) Lexicons.FirstKeyIndex.Add(noun, bit);
        foreach (var noun in PlaceNouns) Lexicons.FirstKeyIndex.Add(noun, bit);
        foreach (var head in DescriptiveOrgNames.Keys) Lexicons.FirstKeyIndex.Add(head, bit);
        Lexicons.FirstKeyIndex.Add("عبد", bit);
        foreach (var father in Kunya.FatherForms) Lexicons.FirstKeyIndex.Add(father, bit);
        return bit;
    }

    // the answer depends on the word alone: memoised per distinct word
    private static readonly int OutletSlot = WordInfo.NewMemoSlot();

    private static bool IsOutletNoun(Token t) => t.Word.Memo(OutletSlot, t, 0, static (_, token) =>
    {
        foreach (var r in token.Readings)
            if (!r.HasArticle && OutletNouns.Contains(r.Stem)) return 1;
        return 0;
    }) == 1;

    /// <summary>
    /// 'فصيل "قوات شيخ الكرامة"', 'جماعة "أنصار الإسلام"': a quoted name right after a noun for an armed group or movement
    /// (data/quoted_group_nouns.tsv) is the group's name, when no list has it; its side is not told by the name.
    /// </summary>
    private void ProposeQuotedGroup(IReadOnlyList<Token> tokens, int i, int end, List<Candidate> cands)
    {
        var t = tokens[i];
        if (!t.IsWord || i + 1 >= end || !tokens[i + 1].IsQuoteMark) return;
        string? noun = null;
        foreach (var r in t.Readings)
            if (!r.HasArticle && GroupNouns.ContainsKey(r.Stem)) noun = r.Stem;
        if (noun is null) return;
        int j = i + 2, k = j;
        while (k < end && k - j < 5 && tokens[k].IsWord) k++;
        if (k == j || k >= end || !tokens[k].IsQuoteMark) return;
        // 'جماعة "إرهابية"': one indefinite adjective in quotes is what the group is called, not its name
        if (k - j == 1 && tokens[j].Folded.EndsWith("يه", StringComparison.Ordinal) && !tokens[j].Folded.StartsWith("ال", StringComparison.Ordinal)) return;
        if (_lex.Phrases.Match(tokens, j, k) is { } known && known.EndToken == k) return;
        var name = JoinFolded(tokens, j, k - j);
        cands.Add(new Candidate(j, k, [new EntityEntry(EntryKind.Organisation, EntityType.Org, name, "group:" + name, null, GroupNouns[noun], [])], 0, 0));
    }

    /// <summary>
    /// 'في قضاء «صاري قامش» بولاية قارص', 'منطقة في حي "الوعر"': a quoted name right after a noun for a district, town or village
    /// (data/quoted_place_nouns.tsv) is that place's name, when no list has it; where it lies is not told by the name.
    /// </summary>
    private void ProposeQuotedPlace(IReadOnlyList<Token> tokens, int i, int end, List<Candidate> cands)
    {
        var t = tokens[i];
        if (!t.IsWord || i + 1 >= end || !tokens[i + 1].IsQuoteMark || !t.Readings.Any(r => !r.HasArticle && PlaceNouns.Contains(r.Stem))) return;
        int j = i + 2, k = j;
        while (k < end && k - j < 4 && tokens[k].IsWord) k++;
        if (k == j || k >= end || !tokens[k].IsQuoteMark) return;
        if (_lex.Phrases.Match(tokens, j, k) is { } known && known.EndToken == k) return;
        var name = JoinFolded(tokens, j, k - j);
        cands.Add(new Candidate(j, k, [new EntityEntry(EntryKind.WorldCity, EntityType.Loc, name, null, null, null, [])], 0, 0));
    }

    /// <summary>The name between quotes from token <paramref name="j"/> on, when no list has it (a known name is proposed already).</summary>
    private void ProposeQuotedOutlet(IReadOnlyList<Token> tokens, int j, int end, List<Candidate> cands)
    {
        int k = j;
        while (k < end && k - j < 5 && (tokens[k].IsWord || tokens[k].IsNumber)) k++;
        if (k == j || k >= end || !tokens[k].IsQuoteMark) return;
        if (_lex.Phrases.Match(tokens, j, k) is { } known && known.EndToken == k && known.Entries.Any(e => e.Kind == EntryKind.Organisation)) return;
        var name = JoinFolded(tokens, j, k - j);
        cands.Add(new Candidate(j, k, [new EntityEntry(EntryKind.Organisation, EntityType.Org, name, "outlet:" + name, null, null, [])], 0, 0));
    }

    /// <summary>
    /// The country named last before token <paramref name="i"/> (within 40 tokens), for "وزير خارجيتها": by its name or by a
    /// body of its named with its nationality ("وصفت الحكومة البحرينية لقاء وزير خارجيتها" is Bahrain's minister, not that of
    /// the dateline's country before it); "خارجيته" (his) is a man's, whose body that is not.
    /// </summary>
    private string? CountryBefore(IReadOnlyList<Token> tokens, int i, bool feminine)
    {
        for (int k = i - 1; k >= 0 && k >= i - 40; k--)
        {
            if (_lex.Phrases.Match(tokens, k, i) is { } m && FirstOfKind(m.Entries, EntryKind.Country) is { } c) return c.Country;
            if (feminine && k > 0 && StateBody(tokens, k - 1) && _lex.AdjectiveCountry(tokens[k]) is { } iso && Agrees(tokens[k - 1].Folded, tokens[k].Folded)) return iso;
        }
        return null;
    }

    // "الحكومة", "السلطات", "الخارجية": a body of a state (a title that is no person's, data/titles.tsv), not "الأزمة السورية"
    private bool StateBody(IReadOnlyList<Token> tokens, int k) =>
        _lex.Titles.Match(tokens, k, k + 1) is { } t && t.EndToken == k + 1 && !t.Value.IsPerson;

    /// <summary>Gender agreement of a head and its adjective: "الخارجية الروسية" but not "(وزير) الخارجية الروسي".</summary>
    /// <summary>The country of the nationality adjective at <paramref name="j"/> that agrees with the head at <paramref name="i"/>: a
    /// singular one ("الجيش التركي", "مقاتلات روسية"), or a plural one after a plural head ("مسؤولين سعوديين وأتراك").</summary>
    private string? NationalityAfter(IReadOnlyList<Token> tokens, int i, int j)
    {
        if (_lex.AdjectiveCountryAt(tokens, j) is { } iso && Agrees(tokens[i].Folded, tokens[j].Folded)) return iso;
        // (a plural head of people ends in ين/ون: "مسؤولين", "المسؤولون")
        var head = tokens[i].Folded;
        return head.EndsWith("ين", StringComparison.Ordinal) || head.EndsWith("ون", StringComparison.Ordinal) ? _lex.PluralAdjectiveCountry(tokens[j]) : null;
    }

    private static bool Agrees(string head, string adjective)
    {
        bool feminine = head.EndsWith('ه') || head.EndsWith("ات", StringComparison.Ordinal);
        return feminine == adjective.EndsWith('ه');
    }

    // "سد تشرين", "محافظة صلاح الدين", "مطار القدم": a word that makes a place's name but no part of a town (a province, a dam,
    // an airport, a crossing, a prison) does not name a city quarter whose name is a common word (cue=1); "حي تشرين", "حيي
    // القدم", "منطقة القدم" do, and so does a mountain, which gives quarters their names ("جبل قاسيون")
    private bool NamesOtherThanQuarter(Token word) =>
        _lex.PlaceWord(word) is { Kind: "cue", InName: true } && !_lex.IsUnitPlaceWord(word) && !IsMountainWord(word);

    private static bool IsMountainWord(Token word)
    {
        foreach (var r in word.Readings)
            if (r.Stem == "جبل") return true;
        return false;
    }

    private static IReadOnlyList<EntityEntry> WithoutCommonQuarters(IReadOnlyList<EntityEntry> entries)
    {
        for (int n = 0; n < entries.Count; n++)
            if (entries[n] is { Kind: EntryKind.SyrianPlace, NeedsCue: true, Level: "neighbourhood" or "area" })
                return entries.Where(e => e is not { Kind: EntryKind.SyrianPlace, NeedsCue: true, Level: "neighbourhood" or "area" }).ToList();
        return entries;
    }

    private static bool HasCuelessSyrianPlace(IReadOnlyList<EntityEntry> entries)
    {
        for (int n = 0; n < entries.Count; n++)
        {
            var e = entries[n];
            if (e.Kind == EntryKind.SyrianPlace && !e.NeedsCue) return true;
        }
        return false;
    }

    /// <summary>A name in a list of places ("حرستا ومديرا", "عربين، مديرا"): the place before it counts as a place word.</summary>
    /// <remarks>The word's first letter is read in the folded text and the comma asked of punctuation only: this runs at every
    /// phrase matched, and neither word's own string (elsewhere in the heap) is read.</remarks>
    private bool ListedAfterPlace(string foldedText, IReadOnlyList<Token> tokens, int i, int depth = 0)
    {
        int j = i;
        bool conj = foldedText[tokens[i].FoldedStart] == 'و';
        if (!conj && (i < 2 || tokens[i - 1].Kind != TokenKind.Punctuation || tokens[i - 1].Folded != "،")) return false;
        if (!conj) j = i - 1;
        for (int back = 1; back <= 3 && j - back >= 0; back++)
            if (_lex.Phrases.Match(tokens, j - back, j) is { } pm && pm.EndToken == j
                && (HasCuelessSyrianPlace(pm.Entries) || depth < 4 && OnlySyrianPlaces(pm.Entries) && CuedAt(foldedText, tokens, pm.FirstToken, depth)))
                return true;
        return false;
    }

    // (not a name that is also a town abroad: "مدن معان والكرك والسلط" lists Jordan's towns)
    private static bool OnlySyrianPlaces(IReadOnlyList<EntityEntry> entries)
    {
        for (int n = 0; n < entries.Count; n++)
            if (entries[n].Kind != EntryKind.SyrianPlace) return false;
        return entries.Count > 0;
    }

    // a common-word place read as one because a place word or the list opens it ("حيي القدم والتضامن", "أحياء الكلاسة
    // والمشهد والقاطرجي"): it carries the list on as a cueless place does
    private bool CuedAt(string foldedText, IReadOnlyList<Token> tokens, int first, int depth) =>
        first > 0 && _lex.PlaceWord(tokens[first - 1]) is { Kind: "cue" or "rural" } || ListedAfterPlace(foldedText, tokens, first, depth + 1);

    /// <summary>A country name used as an adjective ("فصائل معارضة سورية"): a feminine nationality form right after an indefinite noun.</summary>
    private bool IsAdjectiveUse(IReadOnlyList<Token> tokens, PhraseMatch pm)
    {
        if (pm.EndToken - pm.FirstToken != 1 || pm.FirstToken == 0) return false;
        var t = tokens[pm.FirstToken];
        if (!HasAdjectiveReading(t) || !HasKind(pm.Entries, EntryKind.Country)) return false;
        var prev = tokens[pm.FirstToken - 1];
        // "غارات روسية وسورية": a second adjective joined to a first
        if (_lex.AdjectiveCountry(prev) is not null) return true;
        if (pm.PrefixLength > 0) return false;
        return prev.IsWord && !prev.Folded.StartsWith("ال", StringComparison.Ordinal) && !_lex.NameStops.Contains(prev.Folded);
    }

    /// <summary>Whether the token, bare or after "و", reads as an indefinite nationality adjective ("سورية", "وروسية").</summary>
    private bool HasAdjectiveReading(Token t)
    {
        // every stem tried below is among the keys the word's mask covers (the bit first: it registers the keys)
        ulong bit = _lex.AdjectivesBit;
        if ((t.Word.LexiconMask & bit) == 0) return false;
        foreach (var r in t.Readings)
            if (r.Proclitics is "" or "و" && !r.Stem.StartsWith("ال", StringComparison.Ordinal) && _lex.Adjectives.ContainsKey(r.Stem)) return true;
        return false;
    }

    // loops rather than LINQ over the entries: these run for every phrase matched, and Any() boxes the list's enumerator
    private static bool HasKind(IReadOnlyList<EntityEntry> entries, EntryKind kind) => FirstOfKind(entries, kind) is not null;

    private static EntityEntry? FirstOfKind(IReadOnlyList<EntityEntry> entries, EntryKind kind)
    {
        for (int k = 0; k < entries.Count; k++)
            if (entries[k].Kind == kind) return entries[k];
        return null;
    }

    /// <summary>"ريف إدلب الجنوبي", "ريفي حماة واللاذقية الشمالي", "ريف محافظة حلب".</summary>
    private void ProposeCountryside(IReadOnlyList<Token> tokens, int i, int end, List<Candidate> cands)
    {
        int j = i + 1;
        if (j < end && _lex.PlaceWord(tokens[j]) is { Kind: "cue" }) j++;
        var places = new List<Candidate>();
        while (j < end)
        {
            var m = _lex.Phrases.Match(tokens, j, end);
            if (m is not { } pm) break;
            var syrian = pm.Entries.Where(e => e.Kind == EntryKind.SyrianPlace).ToList();
            if (syrian.Count == 0) break;
            // the countryside of a place is its governorate's countryside: keep the governorate reading when there is one
            places.Add(new Candidate(pm.FirstToken, pm.EndToken, syrian, pm.PrefixLength, 1) { HasCue = true });
            j = pm.EndToken;
            if (j < end && tokens[j].Folded == "،" && j + 1 < end) { j++; continue; }
            if (j < end && tokens[j].Folded.StartsWith('و') && places.Count > 0 && _lex.Phrases.Match(tokens, j, end) is { PrefixLength: > 0 }) continue;
            break;
        }
        if (places.Count == 0) return;
        int dirs = 0;
        while (j < end && dirs < 2 && _lex.PlaceWord(tokens[j]) is { Kind: "direction" }) { j++; dirs++; }
        var govs = places.Select(p => p.Entries[0].Governorate!).Distinct().ToList();
        var first = places[0].Entries[0];
        // "ريف دمشق" is itself the Rural Damascus governorate
        var whole = _lex.Phrases.Match(tokens, i, end);
        if (places.Count == 1 && whole is { } w && w.EndToken >= places[0].End && w.Entries.Any(e => e.Kind == EntryKind.SyrianPlace))
        {
            var g = w.Entries.First(e => e.Kind == EntryKind.SyrianPlace);
            govs = [g.Governorate!];
            if (dirs == 0) return;
        }
        var name = JoinFolded(tokens, i, j - i);
        var region = new EntityEntry(EntryKind.Region, places.Count == 1 ? EntityType.Loc : null, name, "rural:" + string.Join(',', govs) + ":" + name, (dirs > 0 ? "countryside of " : "countryside of ") + first.NameEn, null, govs)
        {
            Country = "SYR",
            GeoPrecision = 2,
            Governorate = govs.Count == 1 ? govs[0] : null,
        };
        cands.Add(new Candidate(i, j, [region], PrefixOf(tokens[i], "ريف", "ريفي", "ارياف"), 0) { Inner = places.Count > 1 ? places : [] });
    }

    private static readonly Lexicons.TokenTrie<string> Directions = LoadDirections();

    private static Lexicons.TokenTrie<string> LoadDirections()
    {
        var trie = new Lexicons.TokenTrie<string>();
        var t = TsvTable.LoadEmbedded("direction_words");
        foreach (var r in t.Rows) trie.Add(t.Cell(r, "direction"), t.Cell(r, "name_en"));
        return trie;
    }

    /// <summary>"في شمال العراق", "بجنوب شرق تركيا": a compass word before a country names a region of it, a place there (not its government).</summary>
    private static readonly string Bilad = ArabicFolding.FoldString("البلاد");

    /// <summary>The direction of a Syrian region named "… البلاد" ("جنوب البلاد"), or null for any other candidate.</summary>
    private static string? OfTheCountry(IReadOnlyList<Token> tokens, Candidate c) =>
        c.Entries is [{ Kind: EntryKind.Region, Country: "SYR", NameEn: { } en }] && c.Length >= 2 && tokens[c.End - 1].Folded == Bilad ? en : null;

    /// <summary>
    /// "وصل إلى فرنسا في زيارة تبدأ من مدينة في جنوب البلاد": the country is the one its sentence named before it, a part of
    /// that country at region precision (as "جنوب فرنسا" would be), not Syria's south.
    /// </summary>
    private EntityEntry CountryPart(string regionEn, string iso, IReadOnlyList<Token> tokens, Candidate c)
    {
        var direction = regionEn.Replace(" Syria", "", StringComparison.Ordinal);
        var name = JoinFolded(tokens, c.First, c.Length, c.Prefix);
        var country = _lex.Countries.TryGetValue(iso, out var known) ? known.NameEn : iso;
        return new EntityEntry(EntryKind.WorldCity, EntityType.Loc, name, iso, $"{direction} {country}", null, [iso]) { Country = iso, GeoPrecision = 2 };
    }

    private void ProposeCountryRegion(IReadOnlyList<Token> tokens, int i, int end, List<Candidate> cands)
    {
        if (Directions.Match(tokens, i, end) is not { } d || d.EndToken >= end) return;
        if (_lex.Phrases.Match(tokens, d.EndToken, end) is not { PrefixLength: 0 } m) return;
        var country = FirstOfKind(m.Entries, EntryKind.Country);
        if (country?.Country is not { } iso || iso == "SYR") return;
        int prefix = d.FirstReading.PrefixLength;
        var name = JoinFolded(tokens, i, m.EndToken - i, prefix);
        var region = new EntityEntry(EntryKind.WorldCity, EntityType.Loc, name, iso, $"{d.Value} {_lex.Countries[iso].NameEn}", null, [iso]) { Country = iso, GeoPrecision = 2 };
        cands.Add(new Candidate(i, m.EndToken, [region], prefix, 1) { HasCue = true });
    }

    /// <summary>A place word that is part of the name ("حي الكلاسة", "معبر كفرلوسين", "محافظة إدلب").</summary>
    private void ProposeCuedName(IReadOnlyList<Token> tokens, int i, int end, List<Candidate> cands)
    {
        var m = _lex.Phrases.Match(tokens, i + 1, end);
        if (m is not { } pm)
        {
            ProposeNewCuedName(tokens, i, end, cands);
            return;
        }
        var syrian = pm.Entries.Where(e => e.Kind == EntryKind.SyrianPlace || e.Kind == EntryKind.Region).ToList();
        if (NamesOtherThanQuarter(tokens[i])) syrian = WithoutCommonQuarters(syrian).ToList();
        if (syrian.Count == 0 || pm.PrefixLength > 0) return;
        // the lexicon knows the whole phrase ("معبر باب الهوى"): it proposes it itself
        if (_lex.Phrases.Match(tokens, i, end) is { } whole && whole.EndToken >= pm.EndToken) return;
        // "حي الخالدية بحمص": a quarter or village the gazetteer knows in another governorate than the town named right after it
        // is that town's own place of the name (villages and quarters share names across governorates)
        if (TownAfter(tokens, pm.EndToken, end) is { } townGov && syrian.TrueForAll(e => e.Level is "community" or "neighbourhood" && e.Governorate != townGov))
        {
            cands.Add(new Candidate(i, pm.EndToken, [AreaIn(townGov, JoinFolded(tokens, i, pm.EndToken - i))], CuePrefix(tokens[i]), 0) { HasCue = true });
            return;
        }
        // "محافظة الجيزة": after a word that also stands before places abroad, a city abroad of the name stays a reading (PlaceResolver chooses)
        if (_lex.IsAbroadPlaceWord(tokens[i]))
            foreach (var e in pm.Entries)
                if (e is { Kind: EntryKind.WorldCity or EntryKind.Capital, Country: { } iso } && iso != "SYR") syrian.Add(e);
        cands.Add(new Candidate(i, pm.EndToken, syrian, CuePrefix(tokens[i]), 0) { HasCue = true });
    }

    private static readonly HashSet<string> WithinWords = TsvTable.FoldedWords("place_within_words");

    /// <summary>
    /// A place no list has, named by its place word and placed in a known town: "حي بني زيد في حلب", "مخيم الركبان قرب
    /// التنف", "حي الميدان بدمشق". It takes the town's governorate; without the town it is not proposed.
    /// </summary>
    private void ProposeNewCuedName(IReadOnlyList<Token> tokens, int i, int end, List<Candidate> cands)
    {
        int k = i + 1;
        // one or two name words; "مخيم للنازحين" names no place
        while (k < end && k - i <= 2 && IsNameToken(tokens, k, k - i - 1) && !tokens[k].Folded.StartsWith("لل", StringComparison.Ordinal)
            && !tokens[k].Folded.StartsWith("بال", StringComparison.Ordinal)) k++;
        if (k == i + 1 || k >= end) return;
        int c = WithinWords.Contains(tokens[k].Folded) ? k + 1 : k;
        if (c >= end || _lex.Phrases.Match(tokens, c, end) is not { } container) return;
        // right after the name only "بحلب" places it ("ودمشق" would be a list)
        if (c == k && !(container.PrefixLength == 1 && tokens[c].Folded.StartsWith('ب'))) return;
        if (c > k && container.PrefixLength > 0) return;
        var town = container.Entries.FirstOrDefault(e => e.Kind == EntryKind.SyrianPlace && !e.NeedsCue);
        if (town?.Governorate is null) return;
        cands.Add(new Candidate(i, k, [AreaIn(town.Governorate, JoinFolded(tokens, i, k - i))], CuePrefix(tokens[i]), 0) { HasCue = true });
    }

    private static EntityEntry AreaIn(string governorate, string name) =>
        new(EntryKind.SyrianPlace, EntityType.Loc, name, $"area:{governorate}:{name}", null, null, [governorate])
        {
            Country = "SYR",
            Governorate = governorate,
            GeoPrecision = 1,
            Level = "area",
        };

    /// <summary>The governorate of a town named right after a place's name: "بحمص", "في حمص", "في مدينة حمص"; else null.</summary>
    private string? TownAfter(IReadOnlyList<Token> tokens, int k, int end)
    {
        if (k >= end) return null;
        int c = WithinWords.Contains(tokens[k].Folded) ? k + 1 : k;
        if (c > k && c < end && _lex.PlaceWord(tokens[c]) is { Kind: "cue" } && _lex.Phrases.Match(tokens, c, end) is null) c++;
        if (c >= end || _lex.Phrases.Match(tokens, c, end) is not { } container) return null;
        if (c == k && !(container.PrefixLength == 1 && tokens[c].Folded.StartsWith('ب'))) return null;
        if (c > k && container.PrefixLength > 0) return null;
        // (a town that is also a city abroad, "في مدينة القدس", places nothing here)
        if (container.Entries.Any(e => e.Kind is EntryKind.Capital or EntryKind.WorldCity or EntryKind.Country)) return null;
        return container.Entries.FirstOrDefault(e => e.Kind == EntryKind.SyrianPlace && !e.NeedsCue)?.Governorate;
    }

    private int CuePrefix(Token t)
    {
        foreach (var r in t.Readings)
            if (_lex.PlaceWords.ContainsKey(r.StemWithArticle)) return r.HasArticle ? r.PrefixLength - 2 : r.PrefixLength;
        return 0;
    }

    private static int PrefixOf(Token t, params string[] stems)
    {
        foreach (var r in t.Readings)
            if (stems.Contains(r.Stem)) return r.PrefixLength;
        return 0;
    }

    /// <summary>Heads with a nationality ("الجيش التركي", "وزارة الخارجية الكازاخستانية") and people after titles.</summary>
    private void ProposeTitled(string original, IReadOnlyList<Token> tokens, int first, int i, int end, List<Candidate> cands, string? lastCountry)
    {
        var tm = _lex.Titles.Match(tokens, i, end);
        if (tm is not { } title) return;
        // "تركي آل الشيخ": after "آل" the title word is a family name
        if (i > 0 && tokens[i - 1].Folded == "ال") return;
        var info = title.Value;
        int j = title.EndToken;
        string? country = null;
        if (!info.IsPerson)
        {
            // "وزير الدفاع الإسرائيلي": the ministry named inside a minister's title is no organisation of its own
            if (info.IsOrg && i > first && _lex.Titles.Match(tokens, i - 1, end) is { } outer && outer.Value.IsPerson && outer.EndToken > i) return;
            if (j < end && NationalityAfter(tokens, i, j) is { } iso)
            {
                var type = info.IsOrg ? EntityType.Org : (EntityType?)null;
                var name = JoinFolded(tokens, i, j + 1 - i);
                var e = new EntityEntry(EntryKind.Organisation, type, name, $"{iso.ToLowerInvariant()}:{info.Role.Replace(' ', '-')}", CountryDemonyms.Phrase(iso, _lex.Countries[iso].NameEn ?? iso, info.Role), iso + info.Sector, []) { Country = iso };
                cands.Add(new Candidate(i, j + 1, [e], title.FirstReading.HasArticle ? title.FirstReading.PrefixLength - 2 : title.FirstReading.PrefixLength, 2));
                // "مقاتلات سورية وروسية": a second nationality joined by و names that state's force too (an actor phrase, no named entity)
                int andAt = j + 1;
                if (andAt < end && !info.IsOrg && tokens[andAt].Folded.StartsWith('و') && NationalityAfter(tokens, i, andAt) is { } second && second != iso)
                {
                    var also = new EntityEntry(EntryKind.Actor, null, tokens[i].Folded + " " + tokens[andAt].Folded[1..], null, null, second + info.Sector, []) { Country = second, Role = info.Role };
                    cands.Add(new Candidate(andAt, andAt + 1, [also], 1, 2));
                }
            }
            return;
        }
        int? countryPhraseAt = null;
        // qualifiers: nationality, country, "خارجيتها", "الأممي", a comma
        bool afterAdjective = false;
        int? governedAt = null;
        bool commaAfter = false;
        // the definite word taken as the title's complement, and what the title had read before it (restored when no name follows)
        int? complementAt = null, countryPhraseBefore = null, governedBefore = null;
        string? countryBefore = null;
        for (int guard = 0; j < end && guard < 5; guard++)
        {
            var tok = tokens[j];
            if (_lex.AdjectiveCountry(tok) is { } iso) { country ??= iso; j++; afterAdjective = true; continue; }
            if (_qualifiers.TryGetValue(tok.Folded, out var back)) { if (back) country ??= CountryBefore(tokens, i, tok.Folded.EndsWith("ها", StringComparison.Ordinal)) ?? lastCountry; j++; afterAdjective = false; continue; }
            // "وزير الخارجية التركي: سنبدأ …": a colon after the title opens what it says, no name; unless a first name follows,
            // as in a list of credits ("المخرج: سباستيان لييلو")
            if (tok.Folded == ":")
            {
                if (j + 1 < end && _given.Read(original, tokens[j + 1]) is { Prefix: 0, CommonWord: false }) { j++; continue; }
                break;
            }
            if (tok.IsComma) { j++; afterAdjective = false; commaAfter = true; continue; }
            if (_lex.Phrases.Match(tokens, j, end) is { } cm && FirstOfKind(cm.Entries, EntryKind.Country) is { } countryEntry)
            {
                // "يزور رئيس الوزراء الإسرائيلي بريطانيا": a bare country right after the title's nationality is its object ("بهولندا" is not)
                if (afterAdjective && cm.PrefixLength == 0) break;
                countryPhraseAt ??= j;
                country ??= countryEntry.Country;
                j = cm.EndToken;
                continue;
            }
            // "رئيس الائتلاف الوطني السوري X", "حاكم ولاية غازي عنتاب X": the body or place the title governs, before the name
            if (Governed(tokens, j, end, tokens[title.EndToken - 1].Folded == "باسم") is int after) { governedAt ??= j; j = after; afterAdjective = false; continue; }
            // "الرئيس التنفيذي لشركة", "رئيس الجمهورية حسن روحاني", "الرئيسة السابقة بارك غيون هاي": one definite word that is no
            // first name is the title's adjective or the noun it governs; the name, if any, begins after it
            if (complementAt is null && TitleComplement(original, tokens, j, end))
            {
                (complementAt, countryBefore, countryPhraseBefore, governedBefore) = (j, country, countryPhraseAt, governedAt);
                j++;
                afterAdjective = false;
                continue;
            }
            break;
        }
        // "رئيس الجمهورية ميشال عون", "زعيم التنظيم أبو بكر البغدادي", "وزير الخارجية والمغتربين جبران باسيل": a definite word
        // before a first name is the noun the title governs; the name begins at the first name
        if (j + 1 < end && GovernedBeforeFirstName(original, tokens, j, end)) j++;
        // a known person: the lexicon proposes it already, with its own country
        if (KnownPersonAt(tokens, j, end)) return;
        // "قال X، مستشار الأمن القومي، إن …": a title set off by commas describes the name before it
        bool appositive = commaAfter && i > 0 && tokens[i - 1].IsComma;
        int k = j, words = 0;
        // "الأمير محمد بن نايف بن عبدالعزيز آل سعود": the links of a lineage do not count among the four name words
        // "السفير الخاص لحرية المعتقد X": a complement behind "ل" is what the title is for, not a name (a first name is one: "لمى")
        // ("أصدر الرئيس تعليماته بنشر قوات": a plural noun with a pronoun, "تعليماته", "تصريحاتها", is what the title's holder gave)
        bool complement = k < end && (GluedParticle(tokens[k]) || PrepositionalVerbalNoun.OnHamzaWord(original, tokens[k]) || PossessedPlural(tokens[k].Folded))
            && _given.Read(original, tokens[k]) is null;
        // "الممثل باسل خياط يطل علينا": a name that opens with a first name continues past two words only as one does without a title
        // (not one that is also a word: "وزير خارجيتها نور بيك ساغينوف" is a name by the title alone)
        bool fromFirstName = k < end && _given.Read(original, tokens[k]) is { Prefix: 0, CommonWord: false };
        while (!appositive && !complement && k < end && words < 4 && k - j < 8 && IsNameToken(tokens, k, k - j) && !EndsTitledName(tokens, j, k) && !Accusative(original, tokens[k])
            && !NameBreakingWords.Contains(tokens[k].Folded) && (k - j < 2 || !fromFirstName || ContinuesName(original, tokens, k)))
        {
            if (!IsLink(tokens[k].Folded)) words++;
            k++;
        }
        while (k - j > 1 && IsLink(tokens[k - 1].Folded)) k--;
        if (i > 1 && tokens[i - 1].IsComma) ProposeSpeakerBeforeTitle(tokens, first, i - 1, info, country, cands);
        // "وقالت جانا جبور المتخصصة في …": a definite title right after the name is in apposition too
        else if (i > 2 && tokens[i].Folded.StartsWith("ال", StringComparison.Ordinal)) ProposeSpeakerBeforeTitle(tokens, first, i, info, country, cands);
        // "انتقد الوزير الاتفاق الموقع": two definite words in a row are the title's object, a noun and its adjective, not a name
        if (k - j >= 2 && tokens[j].Folded.StartsWith("ال", StringComparison.Ordinal) && tokens[j + 1].Folded.StartsWith("ال", StringComparison.Ordinal)) k = j;
        // "رئيس الجمهورية، كميل شمعون، ظهر": a name set off by a comma after the title's definite complement is closed by one too,
        // or opens with a first name ("الخبير الكيميائي، فيل ميرزايانوف عن"); "طرد المراسل الصحفي، تظهر سعي الجانبين إلى" is the
        // sentence going on
        if (complementAt is int ca && ca + 1 < j && tokens[ca + 1].IsComma && !fromFirstName && k < end && tokens[k].Kind != TokenKind.Punctuation) k = j;
        // "رئيس الهيئة العامة للرياضة", "رئيس اللجنة المركزية لحزب العمال": after the title's definite complement a second one is
        // its adjective, no name either
        if (complementAt is not null && j < end && TitleComplement(original, tokens, j, end)) k = j;
        if (k - j < 2)
        {
            // no name follows: "وزير الخارجية التركي", "نظيره الروسي", "المبعوث الأممي" still act for their state or body
            // no name after a complement: the title reads as it did without one
            if (complementAt is int c0) (j, country, countryPhraseAt, governedAt) = (c0, countryBefore, countryPhraseBefore, governedBefore);
            var generic = TitleActor(info, country);
            int last = governedAt ?? j;
            // "زار الوزير المملكة العربية السعودية": after a definite title a country is the object, not part of the title
            if (countryPhraseAt is int at && tokens[i].Folded.StartsWith("ال", StringComparison.Ordinal)) { last = at; generic = TitleActor(info, null); }
            while (last > i && tokens[last - 1].Kind == TokenKind.Punctuation) last--;
            if (generic is not null && last > title.EndToken - 1)
            {
                var phrase = JoinFolded(tokens, i, last - i);
                var actorEntry = new EntityEntry(EntryKind.Actor, null, phrase, null, null, generic, []) { Country = country, Role = info.Role };
                // "مستشار النمسا", "وزير خارجية قطر": the country inside the title phrase is still named
                IReadOnlyList<Candidate> inner = countryPhraseAt is int c && c < last && _lex.Phrases.Match(tokens, c, end) is { } cm && cm.EndToken <= last
                    ? [new Candidate(c, cm.EndToken, [FirstOfKind(cm.Entries, EntryKind.Country)!], cm.PrefixLength, 1)]
                    : [];
                cands.Add(new Candidate(i, last, [actorEntry], title.FirstReading.HasArticle ? title.FirstReading.PrefixLength - 2 : title.FirstReading.PrefixLength, 1) { Inner = inner });
            }
            return;
        }
        var text = JoinFolded(tokens, j, k - j);
        cands.Add(new Candidate(j, k, [TitledPerson(text, info, country)], 0, 3));
    }

    // a title with no sector ("المخرج", "الصحفي") names a person who acts for no side
    private static string? TitleActor(TitleInfo info, string? country) =>
        info.Sector == "IGO" ? "IGO" : country is null || info.Sector.Length == 0 ? null : country + info.Sector;

    private static EntityEntry TitledPerson(string name, TitleInfo info, string? country) =>
        new(EntryKind.Person, EntityType.Per, name, "per:" + name, null, TitleActor(info, country), []) { Country = country, Role = info.Role };

    private static bool AfterSayingVerb(IReadOnlyList<Token> tokens, int i)
    {
        if (i <= 0) return false;
        foreach (var r in tokens[i - 1].Readings)
            if (SayingVerbs.Contains(r.Stem)) return true;
        return false;
    }

    /// <summary>After two name words, "بأن", "بوقف", "للصحفيين" (a particle or a noun behind a preposition) begin what the sentence says next.</summary>
    private bool EndsTitledName(IReadOnlyList<Token> tokens, int j, int k) => k - j >= 2 && GluedParticle(tokens[k]);

    // "تعليماته", "تصريحاتها", "قراراتهم": a feminine plural with a possessive pronoun (no name ends so: "شحاته" is too short)
    private static bool PossessedPlural(string folded) =>
        folded.Length >= 6 && (folded.EndsWith("اته", StringComparison.Ordinal) || folded.EndsWith("اتها", StringComparison.Ordinal) || folded.EndsWith("اتهم", StringComparison.Ordinal));

    // first names written with the article (data/article_first_names.tsv)
    private static readonly HashSet<string> ArticleFirstNames = TsvTable.FoldedWords("article_first_names");

    /// <summary>
    /// Whether the definite word at <paramref name="j"/>, right after a title, continues the title ("التنفيذي", "الراحل", "الجمهورية")
    /// rather than opening a name: a name after a title opens with a first name, and the few first names written with the article
    /// ("الباجي قايد السبسي", "اليزابيث") are listed first names (data/article_first_names.tsv, given_names.tsv) or stand
    /// before a lineage link ("الوليد بن طلال").
    /// </summary>
    private bool TitleComplement(string text, IReadOnlyList<Token> tokens, int j, int end)
    {
        var t = tokens[j];
        if (!t.IsWord || t.Folded.Length < 4 || !t.Folded.StartsWith("ال", StringComparison.Ordinal)) return false;
        if (_lex.NameStops.Contains(t.Folded) || ArticleFirstNames.Contains(t.Folded) || _given.Read(text, t) is not null || KnownPersonAt(tokens, j, end)) return false;
        return j + 1 >= end || !IsLink(tokens[j + 1].Folded);
    }

    private bool GovernedBeforeFirstName(string text, IReadOnlyList<Token> tokens, int j, int end)
    {
        var f = tokens[j].Folded;
        if (!tokens[j].IsWord || !(f.StartsWith("ال", StringComparison.Ordinal) || f.StartsWith("وال", StringComparison.Ordinal))) return false;
        var next = tokens[j + 1];
        return _given.Read(text, next) is { Prefix: 0, CommonWord: false } || GivenNames.IsAbdCompound(tokens, j + 1, end) || next.Folded == "ابو";
    }

    /// <summary>
    /// "وقال أدريان غالواي، المتحدث باسم …": the two or three words between a verb of saying and the comma that sets off a title
    /// are the speaker's name, whom the title describes (and gives its side).
    /// </summary>
    private void ProposeSpeakerBeforeTitle(IReadOnlyList<Token> tokens, int first, int comma, TitleInfo info, string? country, List<Candidate> cands)
    {
        // the verb and the name lie inside the title's sentence
        for (int start = comma - 2; start >= comma - 3 && start > first; start--)
        {
            if (!AfterSayingVerb(tokens, start)) continue;
            bool names = true;
            for (int k = start; k < comma && names; k++) names = IsNameToken(tokens, k, k - start) && !GluedParticle(tokens[k]);
            if (!names || tokens[start].Folded.StartsWith("ال", StringComparison.Ordinal) || KnownPersonAt(tokens, start, comma)) return;
            cands.Add(new Candidate(start, comma, [TitledPerson(JoinFolded(tokens, start, comma - start), info, country)], 0, 3));
            return;
        }
    }

    private static readonly HashSet<string> NameLinks = ["بن", "بنت", "ابن", "ال", "ابو"];

    // the particles of European surnames ("برونو لو مير", "ماري لو بان", "خوان دي لا كروز"): inside a name they link its words
    // like "بن", but they open no name ("لو" is also "if")
    private static readonly HashSet<string> SurnameParticles = ["لو", "دي", "دو", "دا", "ديلا", "فان", "فون", "ديل"];

    private static bool IsLink(string folded) => NameLinks.Contains(folded) || SurnameParticles.Contains(folded);

    /// <summary>The end of a known organisation or place (after an optional place word) at token <paramref name="j"/>, or null.</summary>
    private int? Governed(IReadOnlyList<Token> tokens, int j, int end, bool spokesman)
    {
        int p = j < end && _lex.PlaceWord(tokens[j]) is { Kind: "cue" } ? j + 1 : j;
        // "لعدن", "للأمم": a preposition makes the phrase the title's complement, not what it heads
        if (p >= end || _lex.Phrases.Match(tokens, p, end) is not { PrefixLength: 0 } m) return null;
        bool place = false;
        for (int n = 0; n < m.Entries.Count && !place; n++) place = m.Entries[n] is { Kind: EntryKind.WorldCity or EntryKind.Capital or EntryKind.SyrianPlace, NeedsCue: false };
        // after a body the name is set off by a comma or an honorific ("رئيس منظمة حظر الأسلحة الكيميائية تقديم توصيات" names nobody),
        // unless the title speaks for the body ("المتحدثة باسم البيت الأبيض X")
        bool body = p == j && HasKind(m.Entries, EntryKind.Organisation) && m.EndToken < end
            && (spokesman || tokens[m.EndToken].IsComma || _qualifiers.ContainsKey(tokens[m.EndToken].Folded));
        return place || body ? m.EndToken : null;
    }

    /// <summary>The folded tokens [from, from + count) joined by spaces, without its first <paramref name="skip"/> chars (a
    /// first word's proclitics), made as one string (no array of parts, no substring; ProposeTitled runs at every title).</summary>
    private static string JoinFolded(IReadOnlyList<Token> tokens, int from, int count, int skip = 0)
    {
        if (count <= 0) return "";
        return string.Create(JoinedLength(tokens, from, count, skip), (tokens, from, count, skip),
            static (buffer, s) => JoinFoldedInto(buffer, s.tokens, s.from, s.count, s.skip));
    }

    private static int JoinedLength(IReadOnlyList<Token> tokens, int from, int count, int skip)
    {
        int length = count - 1 - skip;
        for (int k = 0; k < count; k++) length += tokens[from + k].Folded.Length;
        return length;
    }

    // the folded words from `from` on, a space between each, less the first `skip` chars
    private static void JoinFoldedInto(Span<char> buffer, IReadOnlyList<Token> tokens, int from, int count, int skip)
    {
        int at = -skip;
        for (int k = 0; k < count; k++)
        {
            if (k > 0) Put(buffer, ref at, ' ');
            foreach (char ch in tokens[from + k].Folded) Put(buffer, ref at, ch);
        }
    }

    // the entry list of a person named by the folded words (as JoinFolded), made once per name on this thread: the same
    // people are named in article after article, and each proposal made the name, its id and the entry anew (an entry is
    // an immutable record, shared as the lexicon's entries are)
    [ThreadStatic]
    private static Dictionary<string, IReadOnlyList<EntityEntry>>? _personEntries;

    // (past it a name's entry is made afresh)
    private const int MostPersonEntries = 1 << 14;

    private static IReadOnlyList<EntityEntry> PersonEntries(IReadOnlyList<Token> tokens, int from, int count, int skip)
    {
        int length = JoinedLength(tokens, from, count, skip);
        Span<char> chars = length <= 256 ? stackalloc char[length] : new char[length];
        JoinFoldedInto(chars, tokens, from, count, skip);
        var memo = _personEntries ??= new Dictionary<string, IReadOnlyList<EntityEntry>>(StringComparer.Ordinal);
        if (memo.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars, out var known)) return known;
        var name = chars.ToString();
        IReadOnlyList<EntityEntry> made = [new EntityEntry(EntryKind.Person, EntityType.Per, name, "per:" + name, null, null, [])];
        if (memo.Count < MostPersonEntries) memo.Add(name, made);
        return made;
    }

    private static void Put(Span<char> buffer, ref int at, char ch)
    {
        if (at >= 0) buffer[at] = ch;
        at++;
    }

    // a town abroad that is also a person's name or a common word ("عمران", "رشيد") is a town only after a place word: elsewhere
    // it stops no name ("عمران خان"); nor does a city quarter named by a common word or a family name ("محمد القاطرجي",
    // "محمد إبراهيم الشعار", "كرة القدم"), nor a village no news corpus names ("وليد عيدو", "جون برنان")
    private static bool PeopleOrCuedTowns(IReadOnlyList<EntityEntry> entries)
    {
        for (int n = 0; n < entries.Count; n++)
            if (entries[n] is not ({ Kind: EntryKind.Person } or { Kind: EntryKind.WorldCity, NeedsCue: true }
                or { Kind: EntryKind.SyrianPlace, NeedsCue: true, Level: "neighbourhood" or "area" } or { NeedsGovernorate: true })) return false;
        return true;
    }

    // particles that open a clause behind ف ("فإن", "فلن", "فقد"), folded
    private static readonly HashSet<string> ClauseParticles = new(StringComparer.Ordinal) { "ان", "انه", "انها", "انهم", "اذا", "لن", "لم", "قد", "ما", "لا", "طالما" };

    // the word behind its first letter is looked up as a span: these run at every word a name scan passes, and a substring
    // was made for each
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseParticlesBySpan = ClauseParticles.GetAlternateLookup<ReadOnlySpan<char>>();

    private bool IsNameToken(IReadOnlyList<Token> tokens, int k, int index)
    {
        var t = tokens[k];
        if (!t.IsWord || t.Folded.Length < 2) return false;
        if (_lex.NameStops.Contains(t.Folded) || _lex.TriggerStops.Contains(t.Folded)) return false;
        // "رئيس الوزراء ويصبح بوسع …": a stop word behind و ends the name as well (not ف: "فيصل" is no "ف+يصل")
        if (t.Folded[0] == 'و' && _nameStopsBySpan.Contains(t.Folded.AsSpan(1))) return false;
        if (index >= 2 && t.Folded.StartsWith('و')) return false;
        // "وزير الخارجية فإن الرجل يدخل": a particle behind ف opens a clause ("فيصل" is no ف + particle); "الحاكم وتلغي منصب": a
        // name right after its title does not open with و and an imperfect verb
        if (index == 0 && t.Folded.Length > 2 && t.Folded[0] == 'ف' && ClauseParticlesBySpan.Contains(t.Folded.AsSpan(1))) return false;
        // ("ويليام", "ويندل" are names: only the feminine or second-person prefix ت is read so: "وتلغي منصب", "وتدمير دبابتين")
        if (index == 0 && t.Folded.Length >= 5 && t.Folded.StartsWith("وت", StringComparison.Ordinal)) return false;
        // "الخبير العسكري والاستراتيجي": "و" and the article join a second adjective or noun, no name word ("والي" is one: too short)
        if (index >= 1 && t.Folded.Length > 5 && t.Folded.StartsWith("وال", StringComparison.Ordinal)) return false;
        // "الرئيس المشترك للمجلس", "المتحدث باسم الجيش باللغة العربية": a name does not begin with a preposition and an article
        if (index == 0 && (t.Folded.StartsWith("لل", StringComparison.Ordinal) || t.Folded.StartsWith("بال", StringComparison.Ordinal))) return false;
        if (_lex.AdjectiveCountry(t) is not null || _lex.PlaceWord(t) is not null) return false;
        if (_lex.Titles.Match(tokens, k) is not null) return false;
        if (_lex.Phrases.Match(tokens, k) is { } m && !PeopleOrCuedTowns(m.Entries)) return false;
        // verbs of saying and other imperfect/perfect verbs glued with a pronoun are not names
        return !(t.Folded.EndsWith("ها", StringComparison.Ordinal) && t.Folded.Length > 4);
    }
}
