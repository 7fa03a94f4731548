using System.Reflection;
using System.Runtime.CompilerServices;

namespace Rasd.Pipeline;

/// <summary>Loads every stage's word lists before the first document, so that what one document yields never depends on the documents before it.</summary>
/// <remarks>
/// A lexicon registers the first keys of its entries in <see cref="Lexicons.FirstKeyIndex"/> when its class is first used,
/// and a word's lexicon mask is read as "some list knows this word" (<see cref="Entities.SurnameAnaphora"/> keeps such a
/// word from being a surname). Loaded lazily, the event stage's lists joined the index only while the first document was
/// being read, after its entities, and a list reached by a rare rule only when a document reached that rule. Running the
/// static initialisers of every class of the stages' namespaces once, when the first pipeline is built, makes the index
/// whole before any text is read; it costs nothing later, as each list was loaded during the first documents anyway.
/// </remarks>
internal static class LexiconPreload
{
    // the namespaces whose classes hold the stages' word lists (not the store, ingest or model training)
    private static readonly string[] StageNamespaces =
        ["Rasd.Text", "Rasd.Lexicons", "Rasd.Numbers", "Rasd.Time", "Rasd.Quantities", "Rasd.Geo", "Rasd.Entities", "Rasd.Events"];

    private static readonly Lazy<bool> Loaded = new(LoadAll, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Runs, once per process, the static initialisers of every class in the stages' namespaces.</summary>
    public static void EnsureLoaded() => _ = Loaded.Value;

    private static bool LoadAll()
    {
        foreach (var type in typeof(LexiconPreload).Assembly.GetTypes())
        {
            if (type.ContainsGenericParameters || !InStage(type.Namespace)) continue;
            RuntimeHelpers.RunClassConstructor(type.TypeHandle);
        }
        return true;
    }

    private static bool InStage(string? ns) =>
        ns is not null && Array.Exists(StageNamespaces, s => ns == s || ns.StartsWith(s + ".", StringComparison.Ordinal));
}
