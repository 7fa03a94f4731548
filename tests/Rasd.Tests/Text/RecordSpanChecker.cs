using System.Text.Json;

namespace Rasd.Tests.Text;

/// <summary>Checks a rasd/1 record generically, so it keeps working as layers are added.</summary>
internal static class RecordSpanChecker
{
    // walks the whole record: any object with start/end is a span into the text, and its text (if any) must match
    public static void Check(JsonElement e, string path, string text, string file, ref int spans, ref int texts)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                if (e.TryGetProperty("start", out var s) && e.TryGetProperty("end", out var en) && s.ValueKind == JsonValueKind.Number && en.ValueKind == JsonValueKind.Number)
                {
                    int start = s.GetInt32(), end = en.GetInt32();
                    Assert.True(0 <= start && start < end && end <= text.Length, $"{file} {path}: span [{start},{end}) outside the text (length {text.Length})");
                    spans++;
                    if (e.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                    {
                        Assert.True(text[start..end] == t.GetString(), $"{file} {path}: [{start},{end}) is '{text[start..end]}', record says '{t.GetString()}'");
                        texts++;
                    }
                }
                foreach (var p in e.EnumerateObject()) Check(p.Value, path + "." + p.Name, text, file, ref spans, ref texts);
                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (var item in e.EnumerateArray()) Check(item, $"{path}[{i++}]", text, file, ref spans, ref texts);
                break;
        }
    }
}
