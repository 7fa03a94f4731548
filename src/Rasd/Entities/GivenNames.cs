using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>First names (data/given_names.tsv) that open a person's name with no title before it; some are also common words.</summary>
public sealed class GivenNames
{
    // folded name -> whether it is also an everyday word, and whether it is written with a final alef maqsura (سلمى، موسى)
    private readonly Dictionary<string, (bool Common, bool FinalAlefMaqsura)> _names = new(StringComparer.Ordinal);

    /// <summary>The embedded list.</summary>
    public static GivenNames Default => LazyDefault.Value;

    private static readonly Lazy<GivenNames> LazyDefault = new(() => new GivenNames(TsvTable.LoadEmbedded("given_names")));

    public GivenNames(TsvTable table)
    {
        foreach (var r in table.Rows)
            foreach (var n in NameVariants.Split(table.Cell(r, "name")))
                _names[ArabicFolding.FoldString(n)] = (table.Cell(r, "common_word") == "1", n.EndsWith('ى'));
        foreach (var name in _names.Keys) FirstKeyIndex.Add(name, Bit);
    }

    /// <summary>The first-key bit of the names: a word whose lexicon mask lacks it has no reading that is a listed name.</summary>
    internal ulong Bit { get; } = FirstKeyIndex.NewBit();

    /// <summary>Whether "عبدال" opens the word after at most two proclitics (a compound first name written as one word).</summary>
    /// <remarks>A letter test before the comparison: this runs at every word no lexicon starts, and most have no "ع" in reach.</remarks>
    internal static bool AbdalWithin(string folded)
    {
        // "عبدال" ends within the first seven letters, so it starts at 0, 1 or 2
        int last = Math.Min(folded.Length, 7) - 5;
        for (int p = 0; p <= last; p++)
            if (folded[p] == 'ع' && folded.AsSpan(p, 5).SequenceEqual("عبدال")) return true;
        return false;
    }

    /// <summary>
    /// Whether "عبدال" stands where <see cref="AbdalWithin"/> looks for it, read in the analysis's folded text at the token's
    /// start: false means AbdalWithin is false. The folded text is read in order, where the token's own string lies elsewhere in
    /// the heap and costs a cache miss at every word (and many words open with "ع" within two letters).
    /// </summary>
    internal static bool MayHaveAbdal(string foldedText, Token t)
    {
        int from = t.FoldedStart, to = Math.Min(foldedText.Length - 5, from + 2);
        for (int p = from; p <= to; p++)
            if (foldedText[p] == 'ع' && foldedText.AsSpan(p, 5).SequenceEqual("عبدال")) return true;
        return false;
    }

    // the answer depends on the word alone, so it is memoised per distinct word (the proposal runs at every token)
    private readonly int _slot = WordInfo.NewMemoSlot();

    /// <summary>How token <paramref name="t"/> of <paramref name="text"/> reads as a first name: the length of its proclitics ("وقال أحمد",
    /// "لمحمد") and whether the name is also a common word; null when it is none. A compound "عبدالرحمن" is a first name too.</summary>
    public (int Prefix, bool CommonWord)? Read(string text, Token t)
    {
        if (!t.IsWord) return null;
        int code = Code(t);
        if (code == 0) return null;
        code--;
        // folding makes ى and ي one letter: "سلمي" (peaceful) is not "سلمى", "على" (on) is not "علي"
        if (((code & 1) != 0) != (text[t.End - 1] == 'ى')) return null;
        return (code >> 2, (code & 2) != 0);
    }

    private int Code(Token t) => t.Word.Memo(_slot, t, this, static (self, token) => self.Lookup(token));

    // 0 for no first name, else 1 + (prefix length << 2 | common word << 1 | written with a final ى)
    private int Lookup(Token t)
    {
        foreach (var r in t.Readings)
        {
            if (r.HasArticle || r.Proclitics.Length > 2) continue;
            if (_names.TryGetValue(r.Stem, out var name))
                return 1 + (r.PrefixLength << 2 | (name.Common ? 2 : 0) | (name.FinalAlefMaqsura ? 1 : 0));
            if (r.Stem.Length > 6 && r.Stem.StartsWith("عبدال", StringComparison.Ordinal)) return 1 + (r.PrefixLength << 2);
        }
        return 0;
    }

    /// <summary>Whether the name at token <paramref name="i"/> is "عبد" joined to a definite word ("عبد الرحمن"): two tokens, one first name.</summary>
    public static bool IsAbdCompound(IReadOnlyList<Token> tokens, int i, int end)
    {
        if (i < 0 || i + 1 >= end || !HasAbdReading(tokens[i])) return false;
        var next = tokens[i + 1].Folded;
        return next.StartsWith("ال", StringComparison.Ordinal) && next.Length > 3;
    }

    /// <summary>Whether the token reads as "عبد" (with at most two proclitics), the first half of a compound first name.</summary>
    /// <remarks>A loop, not LINQ: this runs at every token, and Any() would box the readings' enumerator each time;
    /// the word's own readings are tried before the next token, which is then touched only after "عبد".</remarks>
    internal static bool HasAbdReading(Token t)
    {
        // a reading's stem is the end of the word: one test of the word rules out the others (whose stems each lie elsewhere)
        var folded = t.Folded;
        if (folded.Length > 5 || !folded.EndsWith("عبد", StringComparison.Ordinal)) return false;
        foreach (var r in t.Readings)
            if (!r.HasArticle && r.Proclitics.Length <= 2 && r.Stem == "عبد") return true;
        return false;
    }
}
