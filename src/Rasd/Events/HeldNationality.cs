using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "ألقت الشرطة القبض على شاب سوري الجنسية", "شخصين يحملان الجنسية السورية": the nationality a person is said to hold, in the
/// sentence of an arrest or a killing, names the civilians of that state it falls on (Gulf and Lebanese crime news tell it so).
/// </summary>
internal static class HeldNationality
{
    private static readonly string Nationality = ArabicFolding.FoldString("الجنسية");

    public static void Apply(Analysis analysis, Event ev)
    {
        if (ev.Type is not ("COERCE" or "ASSAULT")) return;
        var tokens = analysis.Tokens;
        foreach (var s in ev.Sentences)
        {
            var sentence = analysis.Sentences[s];
            for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (tokens[k].Folded != Nationality) continue;
                // the adjective before it ("سوري الجنسية"), or after it with the article ("الجنسية السورية")
                var iso = (k > sentence.FirstToken ? EntityLexicon.Default.AdjectiveCountry(tokens[k - 1]) : null)
                    ?? (k + 1 < sentence.EndToken ? EntityLexicon.Default.AdjectiveCountry(tokens[k + 1]) : null);
                if (iso is null) continue;
                var code = iso + "CVL";
                // the one who arrests or executes is a state's body, never its civilians
                if (!ev.Actors.Contains(code) && !ev.Targets.Contains(code)) ev.Targets.Add(code);
            }
        }
    }
}
