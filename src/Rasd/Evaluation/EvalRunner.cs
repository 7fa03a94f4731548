namespace Rasd.Evaluation;

/// <summary>Scores a gold folder (NAME.gold.json + NAME.txt) against predictions from any source, as score.py does.</summary>
public static class EvalRunner
{
    /// <summary>Scores every gold article with the prediction <paramref name="predict"/> gives it; missing and unreadable ones score as empty.</summary>
    /// <exception cref="EvalException">No gold file, or a gold file that is not a JSON object.</exception>
    public static EvalResult Run(string goldDir, Func<GoldArticle, Prediction> predict)
    {
        var golds = EvalFiles.GoldFiles(goldDir);
        if (golds.Count == 0) throw new EvalException($"no *.gold.json in {goldDir}");
        var result = new EvalResult();
        foreach (var path in golds)
        {
            var name = EvalFiles.NameOf(path);
            if (EvalFiles.LoadJson(path) is not PyDict gold) throw new EvalException($"cannot read gold file {path}");
            var text = EvalFiles.ReadText(Path.Combine(Path.GetDirectoryName(path) ?? ".", name + ".txt"));
            var prediction = predict(new GoldArticle(name, path, gold, text));
            if (prediction.IsMissing) result.Missing.Add(name);
            else if (prediction.IsUnreadable || prediction.Record is not PyDict) result.Unreadable.Add(name);
            result.Add(name, RecordScorer.Score(gold, prediction.Record as PyDict, text));
        }
        return result;
    }

    /// <summary>Predictions from a folder of NAME.json files, as score.py --pred reads them; unreadable ones are reported to <paramref name="warnings"/>.</summary>
    public static Func<GoldArticle, Prediction> FromFolder(string predDir, TextWriter warnings, string program = "rasd eval") => gold =>
    {
        var path = Path.Combine(predDir, gold.Name + ".json");
        if (!File.Exists(path) && !Directory.Exists(path)) return Prediction.Missing;
        if (EvalFiles.LoadJson(path) is PyDict record) return new Prediction(record);
        warnings.WriteLine($"{program}: warning: unreadable prediction {path}, scored as empty");
        return Prediction.Unreadable;
    };
}
