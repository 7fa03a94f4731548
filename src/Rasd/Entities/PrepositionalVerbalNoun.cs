using Rasd.Text;

namespace Rasd.Entities;

/// <summary>
/// "بتأدية", "بتشكيل", "بتجاهل": the preposition ب glued to a verbal noun of the forms تفعيل/تفعلة (II) or تفاعل (VI). After a
/// title or inside a name such a word says what someone was charged with or did ("تكليف وزير الدفاع بتأدية مهامهم"); no name
/// word has that shape. (ل before a consonant is ruled out by the caller's own test already.)
/// </summary>
internal static class PrepositionalVerbalNoun
{
    /// <summary>Whether the folded word is ب (after an optional و or ف) and a Form II or VI verbal noun.</summary>
    public static bool Is(string folded)
    {
        int p = folded.Length > 0 && folded[0] is 'و' or 'ف' ? 1 : 0;
        if (folded.Length - p < 6 || folded[p] != 'ب' || folded[p + 1] != 'ت') return false;
        var stem = folded.AsSpan(p + 1);
        // تفعيل، تسوية، تصريحات (ي third after ت); تجاهل، تعاونه (ا second after ت, no longer than a pronoun suffix allows: not "بتراتوس")
        return stem[3] == 'ي' || stem[2] == 'ا' && stem.Length <= 6 && (stem.Length == 5 || stem[^1] == 'ه');
    }

    /// <summary>
    /// "لإلغاء حكم الإعدام", "بأمراض أخرى", "لإعادة البسمة": ب or ل on a word that opens with a hamza on its alef, as written in
    /// the original text (folding drops the hamza: "باسكال" is a name). No name opens so; after a title it says what for.
    /// </summary>
    public static bool OnHamzaWord(string text, Token t)
    {
        int p = t.Start;
        if (t.End - p > 1 && text[p] is 'و' or 'ف') p++;
        return t.End - p >= 5 && text[p] is 'ب' or 'ل' && text[p + 1] is 'أ' or 'إ' or 'آ';
    }
}
