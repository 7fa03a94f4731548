using System.Globalization;
using System.Text;
using Rasd.Documents;
using Rasd.Pipeline;
using Rasd.Records;

namespace Rasd.Evaluation;

/// <summary>Predictions made by running the pipeline on each NAME.txt with its gold document.published date.</summary>
public static class PipelinePredictor
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The gold record's document.published as a date, or null when absent or not YYYY-MM-DD.</summary>
    public static DateOnly? Published(PyDict gold) =>
        gold.Get("document") is PyDict d && d.Get("published") is string s
            && DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;

    /// <summary>
    /// A predictor that extracts each article (text read as UTF-8, a leading BOM stripped), serialises the record with
    /// <see cref="RecordJson"/>, writes it to <paramref name="predOut"/>/NAME.json when given, and scores what that file holds.
    /// An article without NAME.txt is a missing prediction; one that cannot be decoded or extracted is unreadable.
    /// </summary>
    public static Func<GoldArticle, Prediction> Create(RasdPipeline pipeline, string? predOut, TextWriter warnings) => gold =>
    {
        var txtPath = Path.Combine(Path.GetDirectoryName(gold.GoldPath) ?? ".", gold.Name + ".txt");
        if (!File.Exists(txtPath)) return Prediction.Missing;
        string json;
        try
        {
            var text = StrictUtf8.GetString(File.ReadAllBytes(txtPath)).TrimStart('\uFEFF');
            var record = pipeline.Extract(new Document(text, gold.Name, Published(gold.Gold)));
            json = RecordJson.Serialize(record);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or ArgumentException or InvalidOperationException)
        {
            warnings.WriteLine($"rasd eval: warning: cannot extract {txtPath} ({e.Message}), scored as empty");
            return Prediction.Unreadable;
        }
        if (predOut is not null) File.WriteAllText(Path.Combine(predOut, gold.Name + ".json"), json, StrictUtf8);
        return new Prediction(PyJson.Parse(json));
    };
}
