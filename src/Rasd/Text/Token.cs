namespace Rasd.Text;

/// <summary>A token: its kind, its span in the original text and its folded form, with clitic readings.</summary>
public sealed class Token
{
    internal Token(int index, TextSpan span, int foldedStart, WordInfo word, bool spaceBefore)
        : this(index, span, foldedStart, word, word.Kind, spaceBefore)
    {
    }

    // the kind is copied in (two bits): the passes that only look at it (sentences, punctuation, spans) then never touch
    // the shared word object, and the tokenizer, which has it from its word table, does not read it either. The folded
    // form is the word's: a reference of its own made every token 48 bytes instead of 40, some 70 MB a pass over ANT,
    // and the stages read each token's word anyway (time facts, lexicon masks)
    internal Token(int index, TextSpan span, int foldedStart, WordInfo word, TokenKind kind, bool spaceBefore)
    {
        Reuse(index, span, foldedStart, word, kind, spaceBefore);
    }

    /// <summary>Makes this token another one: only for a token of an analysis that nothing reads any more (see <see cref="Tokenizer"/>).</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Word))]
    internal void Reuse(int index, TextSpan span, int foldedStart, WordInfo word, TokenKind kind, bool spaceBefore)
    {
        if ((uint)index > IndexMask) throw new ArgumentOutOfRangeException(nameof(index), "a text of more than 2^29 tokens");
        _indexKindSpace = index | (int)kind << KindShift | (spaceBefore ? SpaceBit : 0);
        Span = span;
        FoldedStart = foldedStart;
        Word = word;
    }

    // index, kind and the space before share one int: a token is then 40 bytes rather than 48, and a text has one per word
    private const int IndexMask = (1 << 29) - 1;
    private const int KindShift = 29;
    private const int SpaceBit = int.MinValue;
    // (written only when the token is made, or made anew by Reuse)
    private int _indexKindSpace;

    /// <summary>The facts shared by every token with this folded form (readings, lexicon mask, memos).</summary>
    internal WordInfo Word { get; private set; }

    public int Index => _indexKindSpace & IndexMask;

    public TokenKind Kind => (TokenKind)((_indexKindSpace >> KindShift) & 3);

    /// <summary>Span in the original text.</summary>
    public TextSpan Span { get; private set; }

    public int Start => Span.Start;

    public int End => Span.End;

    /// <summary>Offset of the token in the folded text.</summary>
    public int FoldedStart { get; private set; }

    /// <summary>The folded form (alef/yaa/taa-marbuta unified, no diacritics or tatweel, ASCII digits).</summary>
    public string Folded => Word.Folded;

    /// <summary>Whether whitespace (or the start of text) precedes the token, i.e. it is not glued to the previous one.</summary>
    public bool SpaceBefore => _indexKindSpace < 0;

    /// <summary>Readings of the token: the whole word first, then each proclitic split, least stripped first.</summary>
    public CliticReadings Readings => Word.Readings;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    /// <summary>A quotation mark around a name or a phrase (", «, », “, ”, ').</summary>
    /// <remarks>The kind first, a field of the token: most tokens asked are words, whose strings lie elsewhere in the heap and
    /// are then not read (every mark is punctuation). Likewise <see cref="IsComma"/>.</remarks>
    public bool IsQuoteMark => Kind == TokenKind.Punctuation && Folded is "\"" or "«" or "»" or "“" or "”" or "'";

    /// <summary>An Arabic or Latin comma ("،", ",").</summary>
    public bool IsComma => Kind == TokenKind.Punctuation && Folded is "،" or ",";

    /// <summary>True if <paramref name="stem"/> (folded) is the whole token or one of its clitic stems (with or without the article).</summary>
    public bool HasStem(string stem)
    {
        foreach (var r in Readings)
            if (r.Stem == stem || r.StemWithArticle == stem) return true;
        return false;
    }

    /// <summary>True if a reading of the token opens with the conjunction "و" ("وماي", "والمستشارة").</summary>
    public bool MayOpenWithAnd
    {
        get
        {
            foreach (var r in Readings)
                if (r.Proclitics.StartsWith('و')) return true;
            return false;
        }
    }

    public string Text(string original) => Span.Of(original);

    public override string ToString() => $"{Kind}:{Folded}{Span}";
}
