using System.Diagnostics;
using Rasd.Text;

namespace Rasd.Ner;

/// <summary>
/// Trains an averaged structured perceptron (Collins 2002) over BIO tags. Averaging uses the Daumé trick:
/// alongside the weights w keep u += c·Δ at step c, and the average is w − u/c, so each update costs O(features), never O(weights).
/// With the History group, a second pass is stacked on the first: its document-history features come from first-pass
/// predictions made by models that did not see the sentence (3-fold jackknife), so training sees the noise tagging will.
/// </summary>
public sealed class NerTrainer
{
    private const int Folds = 3;
    private readonly NerTrainerOptions _options;
    private readonly Action<string> _log;

    public NerTrainer(NerTrainerOptions? options = null, Action<string>? log = null)
    {
        _options = options ?? new NerTrainerOptions();
        _log = log ?? (_ => { });
    }

    public NerModel Train(IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence>? dev = null, WordClusters? clusters = null, NerGazetteer? gazetteer = null)
    {
        var watch = Stopwatch.StartNew();
        clusters ??= WordClusters.Empty;
        gazetteer ??= NerGazetteer.Empty;
        var sentences = train.Where(s => s.Count > 0).ToList();
        var labels = NerLabels.FromTags(sentences.SelectMany(s => s.Tags));
        int l = labels.Count, bits = _options.Bits;
        var groups = _options.Groups;
        bool twoPass = (groups & NerFeatureGroups.History) != 0;
        var featurizer = new NerFeaturizer(groups & ~NerFeatureGroups.History, bits, clusters, gazetteer);
        var tokens = sentences.Select(s => (IReadOnlyList<Token>)CorpusTokens.From(s.Tokens)).ToList();
        var gold = sentences.Select(s => BioTags.ToIob2(s.Tags).Select(labels.IndexOf).ToArray()).ToList();
        var first = sentences.Select((s, i) => featurizer.Featurize(tokens[i], s.Tokens)).ToList();
        var unlexical = _options.WordDropout > 0 ? sentences.Select((s, i) => featurizer.FeaturizeUnlexical(tokens[i], s.Tokens)).ToList() : null;
        _log($"featurised {sentences.Count} sentences, {gold.Sum(g => g.Length)} tokens, {l} labels in {watch.Elapsed.TotalSeconds:F1}s");

        NerModel Make((float[] E, float[] T) one, (float[] E, float[] T)? two = null) =>
            new(labels, groups, bits, one.E, one.T, clusters, gazetteer, two?.E, two?.T);
        double DevF1(NerModel m) => dev is null ? 0 : NerEvaluator.Evaluate(m, dev).F1;

        if (!twoPass)
        {
            var one = Perceptron(first, unlexical, gold, labels, dev is null ? null : w => DevF1(Make(w)), "");
            return Make(one);
        }

        // first-pass predictions for every training sentence from a model that did not train on it
        var predicted = new string[sentences.Count][];
        for (int f = 0; f < Folds; f++)
        {
            int lo = f * sentences.Count / Folds, hi = (f + 1) * sentences.Count / Folds;
            var idx = Enumerable.Range(0, sentences.Count).Where(i => i < lo || i >= hi).ToList();
            var w = Perceptron(idx.Select(i => first[i]).ToList(), unlexical is null ? null : idx.Select(i => unlexical[i]).ToList(), idx.Select(i => gold[i]).ToList(), labels, null, $"fold {f + 1}/{Folds} ");
            for (int i = lo; i < hi; i++)
                predicted[i] = Viterbi.Decode(first[i], w.Emission, w.Transition, labels).Select(k => labels.Names[k]).ToArray();
        }
        var firstPass = Perceptron(first, unlexical, gold, labels, null, "first pass ");
        var history = DocumentHistory.Features(featurizer, tokens, sentences.Select(s => (IReadOnlyList<string>)s.Tokens).ToList(), predicted, NerModel.CorpusHistoryWindow);
        var second = first.Select((f, i) => f.WithExtra(history[i], bits)).ToList();
        var secondUnlexical = unlexical?.Select((f, i) => f.WithExtra(history[i], bits)).ToList();
        var secondPass = Perceptron(second, secondUnlexical, gold, labels, dev is null ? null : w => DevF1(Make(firstPass, w)), "second pass ");
        _log($"trained in {watch.Elapsed.TotalSeconds:F1}s");
        return Make(firstPass, secondPass);
    }

    /// <summary>Averaged perceptron epochs; with a dev scorer, returns the best epoch's averaged weights, else the last.</summary>
    private (float[] Emission, float[] Transition) Perceptron(List<FeatureSequence> data, List<FeatureSequence>? unlexical, List<int[]> gold, NerLabels labels, Func<(float[], float[]), double>? devScore, string what)
    {
        int bits = _options.Bits, l = labels.Count;
        var w = new float[(1 << bits) * l];
        var u = new double[w.Length];
        var tw = new float[(l + 1) * l];
        var tu = new double[tw.Length];
        var order = Enumerable.Range(0, data.Count).ToArray();
        var rng = new Random(_options.Seed);
        double c = 1;
        float margin = _options.Margin;
        (float[], float[])? best = null;
        double bestScore = double.NegativeInfinity;
        var watch = Stopwatch.StartNew();
        for (int epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            int mistakes = 0;
            foreach (int idx in order)
            {
                var x = unlexical is null ? data[idx] : Dropout(data[idx], unlexical[idx], _options.WordDropout, rng);
                var pred = margin > 0 ? DecodeWithCost(x, gold[idx], w, tw, labels, margin) : Viterbi.Decode(x, w, tw, labels);
                if (!pred.AsSpan().SequenceEqual(gold[idx]))
                {
                    mistakes++;
                    Update(x, gold[idx], pred, w, u, tw, tu, l, c);
                }
                c++;
            }
            var line = $"{what}epoch {epoch}: {mistakes} sentences wrong";
            if (devScore is not null || epoch == _options.Epochs)
            {
                var averaged = (Average(w, u, c), Average(tw, tu, c));
                if (devScore is not null)
                {
                    double f1 = devScore(averaged);
                    line += $", dev F1 {f1:F2}";
                    if (f1 > bestScore) { bestScore = f1; best = averaged; }
                }
                else best = averaged;
            }
            _log($"{line} ({watch.Elapsed.TotalSeconds:F1}s)");
        }
        return best!.Value;
    }

    /// <summary>Per token, its full features or (with probability <paramref name="p"/>) its features without word identity.</summary>
    private static FeatureSequence Dropout(FeatureSequence full, FeatureSequence unlexical, float p, Random rng)
    {
        int n = full.Length;
        var ids = new List<int>(full.Ids.Length);
        var starts = new int[n + 1];
        for (int i = 0; i < n; i++)
        {
            starts[i] = ids.Count;
            foreach (int f in rng.NextSingle() < p ? unlexical.Of(i) : full.Of(i)) ids.Add(f);
        }
        starts[n] = ids.Count;
        return new FeatureSequence([.. ids], starts);
    }

    /// <summary>Loss-augmented decoding: every label but the gold one scores <paramref name="cost"/> more, so updates also fire on narrow wins.</summary>
    private static int[] DecodeWithCost(FeatureSequence features, int[] gold, float[] w, float[] tw, NerLabels labels, float cost)
    {
        int n = features.Length, l = labels.Count;
        var em = new float[n * l];
        for (int i = 0; i < n; i++)
        {
            var row = em.AsSpan(i * l, l);
            Viterbi.Emit(features.Of(i), w, row);
            for (int k = 0; k < l; k++) if (k != gold[i]) row[k] += cost;
        }
        return Viterbi.Decode(em, n, tw, labels);
    }

    private static float[] Average(float[] w, double[] u, double c)
    {
        var a = new float[w.Length];
        for (int i = 0; i < w.Length; i++) a[i] = (float)(w[i] - u[i] / c);
        return a;
    }

    private static void Update(FeatureSequence features, int[] gold, int[] pred, float[] w, double[] u, float[] tw, double[] tu, int l, double c)
    {
        for (int i = 0; i < gold.Length; i++)
        {
            int g = gold[i], p = pred[i];
            int gPrev = i == 0 ? l : gold[i - 1], pPrev = i == 0 ? l : pred[i - 1];
            if (g != p)
            {
                foreach (int f in features.Of(i))
                {
                    w[f * l + g] += 1; u[f * l + g] += c;
                    w[f * l + p] -= 1; u[f * l + p] -= c;
                }
            }
            if (g != p || gPrev != pPrev)
            {
                tw[gPrev * l + g] += 1; tu[gPrev * l + g] += c;
                tw[pPrev * l + p] -= 1; tu[pPrev * l + p] -= c;
            }
        }
    }
}
