using Rasd.Ner;

namespace Rasd.Tests.Ner;

/// <summary>A small invented BIO task: names of three types, announced by cue words, among filler words.</summary>
internal static class SyntheticCorpus
{
    private static readonly string[] People = ["سلمان", "نادر", "هالة", "رامي", "جود"];
    private static readonly string[] Surnames = ["الحداد", "النجار", "العطار"];
    private static readonly string[] Towns = ["تلكرم", "وادي السنديان", "برج الريح", "كفرنون"];
    private static readonly string[] Groups = ["رابطة الصيادين", "نقابة الخبازين", "ديوان القمح"];
    private static readonly string[] Fillers = ["ذهب", "الى", "امس", "مع", "في", "وقد", "كان", "صباحا", "هناك", "ثم"];

    public static List<NerSentence> Make(int count, int seed)
    {
        var rng = new Random(seed);
        var result = new List<NerSentence>();
        for (int s = 0; s < count; s++)
        {
            var tokens = new List<string>();
            var tags = new List<string>();
            void Add(string phrase, string? type)
            {
                var words = phrase.Split(' ');
                for (int i = 0; i < words.Length; i++)
                {
                    tokens.Add(words[i]);
                    tags.Add(type is null ? "O" : (i == 0 ? "B-" : "I-") + type);
                }
            }
            for (int part = 0; part < 3; part++)
            {
                Add(Fillers[rng.Next(Fillers.Length)], null);
                switch (rng.Next(3))
                {
                    case 0:
                        Add("السيد", null);
                        Add(People[rng.Next(People.Length)] + (rng.Next(2) == 0 ? " " + Surnames[rng.Next(Surnames.Length)] : ""), "PER");
                        break;
                    case 1:
                        Add("بلدة", null);
                        Add(Towns[rng.Next(Towns.Length)], "LOC");
                        break;
                    default:
                        Add(Groups[rng.Next(Groups.Length)], "ORG");
                        // two names of one type side by side must stay two entities
                        if (rng.Next(3) == 0) Add(Groups[rng.Next(Groups.Length)], "ORG");
                        break;
                }
            }
            Add(".", null);
            result.Add(new NerSentence([.. tokens], [.. BioTags.ToIob2(tags)]));
        }
        return result;
    }
}
