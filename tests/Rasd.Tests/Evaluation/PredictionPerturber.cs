using System.Text.Json.Nodes;

namespace Rasd.Tests.Evaluation;

/// <summary>Builds prediction records from a gold record with random, seeded damage, so a comparison of scorers reaches every rule.</summary>
internal sealed class PredictionPerturber(int seed)
{
    private static readonly string[] Plover = ["AGREE", "CONSULT", "ACCUSE", "ASSAULT", "REQUEST", "COERCE", "AID"];
    private static readonly string[] Modes = ["actual", "planned", "possible", "negated"];
    private static readonly string[] Qualifiers = ["exact", "more_than", "at_least", "about"];
    private readonly Random _rng = new(seed);

    /// <summary>A gold record as a prediction: the gold-only keys (optional, alt, alt_group) removed.</summary>
    public static JsonNode? Strip(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Where(kv => kv.Key is not ("optional" or "alt" or "alt_group"))
            .Select(kv => KeyValuePair.Create(kv.Key, Strip(kv.Value)))),
        JsonArray a => new JsonArray(a.Select(Strip).ToArray()),
        _ => node?.DeepClone(),
    };

    /// <summary>A marker for a number literal System.Text.Json cannot write (45.0, NaN); <see cref="Write"/> puts the literal in.</summary>
    private static JsonNode Raw(string literal) => JsonValue.Create($"@@raw:{literal}@@");

    /// <summary>A record as JSON text (Arabic written as is), with the raw literals in place.</summary>
    public static string Write(JsonNode node) =>
        System.Text.RegularExpressions.Regex.Replace(node.ToJsonString(Options), "\"@@raw:([^@]*)@@\"", "$1");

    private static readonly System.Text.Json.JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    private static string? Str(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private bool Chance(double p) => _rng.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> xs) => xs[_rng.Next(xs.Count)];

    /// <summary>The gold record damaged item by item (alternatives are read before the gold-only keys are stripped).</summary>
    public JsonNode Perturb(JsonObject gold, double rate)
    {
        var doc = (JsonObject)gold.DeepClone();
        Each(doc["timexes"] as JsonArray, rate, Timex);
        Each(doc["entities"] as JsonArray, rate, Entity);
        if (doc["events"] is JsonArray events)
        {
            foreach (var e in events.OfType<JsonObject>())
                Each(e["figures"] as JsonArray, rate, Figure);
            Each(events, rate, Event);
        }
        return Strip(doc)!;
    }

    /// <summary>Mutates, deletes or duplicates some items of a list.</summary>
    private void Each(JsonArray? list, double rate, Action<JsonObject, JsonArray> mutate)
    {
        if (list is null) return;
        foreach (var x in list.OfType<JsonObject>().ToList())
        {
            if (!Chance(rate)) continue;
            var r = _rng.Next(10);
            if (r == 0) list.Remove(x);
            else if (r == 1)
            {
                var copy = (JsonObject)x.DeepClone();
                mutate(copy, list);
                list.Add(copy);
            }
            else mutate(x, list);
        }
    }

    private void Timex(JsonObject t, JsonArray all)
    {
        switch (_rng.Next(9))
        {
            case 0:
                var d = _rng.Next(1, 7) * (Chance(0.5) ? 1 : -1);
                if (t["start"] is JsonValue s && s.TryGetValue<int>(out var si)) t["start"] = si + d;
                if (t["end"] is JsonValue e && e.TryGetValue<int>(out var ei)) t["end"] = ei + d;
                break;
            case 1:
                t["value"] = Pick(all.OfType<JsonObject>().Select(x => x["value"]?.DeepClone()).ToList());
                break;
            case 2:
                if (Str(t["value"]) is { Length: 10 } v && DateOnly.TryParseExact(v, "yyyy-MM-dd", out var day))
                    t["value"] = day.AddDays(_rng.Next(-5, 6)).ToString("yyyy-MM-dd");
                else t["value"] = "P1W";
                break;
            case 3:
                if (Str(t["value"]) is { Length: >= 7 } m) t["value"] = m[..7];
                break;
            case 4:
                t["mod"] = Pick(new JsonNode?[] { null, "APPROX", "mid", "END" });
                break;
            case 5:
                t.Remove("text"); // the detail line then shows the text under the span
                break;
            case 6:
                t["start"] = Chance(0.5) ? "5" : true;
                break;
            case 7:
                if (t["alt"] is JsonArray alt && alt.Count > 0) t["value"] = alt[_rng.Next(alt.Count)]?.DeepClone();
                else t["value"] = " " + t["value"] + " ";
                break;
            default:
                t["end"] = 0;
                break;
        }
    }

    private void Entity(JsonObject x, JsonArray all)
    {
        var text = x["text"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
        switch (_rng.Next(8))
        {
            case 0: x["text"] = text.Length > 1 ? text[..1] + "\u064E" + text[1..] + "\u0640" : text; break;
            case 1: x["text"] = (Chance(0.5) ? "و" : "بال") + (text.StartsWith("ال", StringComparison.Ordinal) ? text[2..] : text); break;
            case 2: x["text"] = text.Replace('ا', 'أ').Replace('ي', 'ى'); break;
            case 3: x["text"] = string.Join(" ", text.Split(' ').SkipLast(1)); break;
            case 4: x["type"] = Pick(new JsonNode?[] { "PER", "org", "LOC", null }); break;
            case 5: x["text"] = 7; break;
            case 6: x["text"] = "«" + text + "»، BBC"; break;
            default: x["text"] = Pick(all.OfType<JsonObject>().Select(o => o["text"]?.DeepClone()).ToList()); break;
        }
    }

    private void Event(JsonObject e, JsonArray all)
    {
        switch (_rng.Next(11))
        {
            case 0:
                e["type"] = e["alt"] is JsonArray alt && alt.Count > 0 ? alt[0]?.DeepClone() : Pick(Plover);
                break;
            case 1: e["type"] = e["type"]?.ToString().ToLowerInvariant(); break;
            case 2: ShiftTime(e); break;
            case 3:
                e["time"] = e["time"] is JsonObject t && t["begin"]?.ToString() is { Length: >= 7 } b ? b[..7] : null;
                break;
            case 4: e["mode"] = Pick(new JsonNode?[] { "planned", "NEGATED", null, Modes[0] }); break;
            case 5: e["actors"] = e["actors"] is JsonArray a && a.Count > 1 ? new JsonArray(a[0]!.DeepClone()) : new JsonArray("TURGOV", "syrmil"); break;
            case 6: e["places"] = e["places"] is JsonArray p && p.Count > 0 ? new JsonArray(p[0] + "03", "RUS") : "SY0101"; break;
            case 7: e["targets"] = Chance(0.5) ? "SYRCVL" : new JsonArray(); break;
            case 8: e["id"] = Pick(new JsonNode?[] { 3, null, new JsonArray("x"), "" }); break;
            case 9:
                var extra = (JsonObject)e.DeepClone();
                extra["type"] = Pick(Plover);
                all.Add(extra);
                break;
            default: e["time"] = e["time"] is JsonObject tt ? new JsonObject { ["begin"] = tt["end"]?.DeepClone(), ["end"] = tt["begin"]?.DeepClone() } : "2018-04"; break;
        }
    }

    private void ShiftTime(JsonObject e)
    {
        if (e["time"] is not JsonObject t) return;
        foreach (var key in new[] { "begin", "end" })
            if (Str(t[key]) is { Length: 10 } s && DateOnly.TryParseExact(s, "yyyy-MM-dd", out var d))
                t[key] = d.AddDays(_rng.Next(-2, 3)).ToString("yyyy-MM-dd");
    }

    private void Figure(JsonObject f, JsonArray all)
    {
        switch (_rng.Next(8))
        {
            case 0:
                if (f["value"] is JsonValue v && v.TryGetValue<long>(out var n)) f["value"] = Chance(0.5) ? n + 1 : Raw($"{n}.0");
                break;
            case 1: f["value"] = Pick(new JsonNode?[] { "12", true, null, 1e300, Raw("NaN"), Raw("1e2"), Raw("123456789012345678901234567890") }); break;
            case 2: f["role"] = f["alt"] is JsonArray alt && alt.Count > 0 ? alt[0]?.DeepClone() : "injured"; break;
            case 3: f["group"] = f["alt_group"] is JsonArray ag && ag.Count > 0 ? ag[0]?.DeepClone() : "CIVILIANS"; break;
            case 4: f["qualifier"] = Pick(Qualifiers); break;
            case 5: f.Remove("qualifier"); break;
            case 6: f["role"] = " Killed "; break;
            default: f["group"] = null; break;
        }
    }
}
