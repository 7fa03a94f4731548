using System.Diagnostics;
using Rasd.Text;

namespace Rasd.Ner;

/// <summary>
/// Trains an averaged structured perceptron (Collins 2002) over BIO (or, optionally, BILOU) tags. Averaging uses the Daumé trick:
/// alongside the weights w keep u += c·Δ at step c, and the average is w − u/c, so each update costs O(features), never O(weights).
/// With the History group, a second pass is stacked on the first: its document-history features come from first-pass
/// predictions made by models that did not see the sentence (3-fold jackknife), so training sees the noise tagging will;
/// the name-likeness features of a training sentence come likewise from character models that did not see it.
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
        if (_options.OutsideHoldout <= 0) return TrainOnce(train, dev, clusters, gazetteer);
        float offset = TuneOutsideOffset(train.Where(s => s.Count > 0).ToList(), clusters, gazetteer);
        return TrainOnce(train, dev, clusters, gazetteer).WithOutsideOffset(offset);
    }

    /// <summary>Trains on the head of the training data and picks the O offset with the best F1 on its held-out tail.</summary>
    private float TuneOutsideOffset(List<NerSentence> sentences, WordClusters? clusters, NerGazetteer? gazetteer)
    {
        int cut = (int)Math.Round(sentences.Count * (1 - Math.Min(_options.OutsideHoldout, 0.5f)));
        var heldOut = sentences[cut..];
        var inner = new NerTrainer(_options with { OutsideHoldout = 0 }, m => _log("held-out tuning: " + m));
        var model = inner.TrainOnce(sentences[..cut], null, clusters, gazetteer);
        float best = 0;
        double bestF1 = double.NegativeInfinity;
        foreach (var offset in _options.OutsideOffsets)
        {
            var score = NerEvaluator.Evaluate(model.WithOutsideOffset(offset), heldOut);
            _log($"O offset {offset}: held-out P {score.Precision:F2} R {score.Recall:F2} F1 {score.F1:F2}");
            if (score.F1 > bestF1) { bestF1 = score.F1; best = offset; }
        }
        _log($"O offset {best} chosen on {heldOut.Count} held-out training sentences");
        return best;
    }

    private NerModel TrainOnce(IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence>? dev, WordClusters? clusters, NerGazetteer? gazetteer)
    {
        var watch = Stopwatch.StartNew();
        clusters ??= WordClusters.Empty;
        gazetteer ??= NerGazetteer.Empty;
        var sentences = train.Where(s => s.Count > 0).ToList();
        var labels = NerLabels.FromTags(sentences.SelectMany(s => s.Tags), _options.Scheme);
        int l = labels.Count, bits = _options.Bits;
        var groups = _options.Groups;
        bool twoPass = (groups & NerFeatureGroups.History) != 0;
        // name-likeness features are added per sentence below, from character models that did not see the sentence
        var featurizer = new NerFeaturizer(groups & ~NerFeatureGroups.History & ~NerFeatureGroups.NameLike, bits, clusters, gazetteer);
        var tokens = sentences.Select(s => (IReadOnlyList<Token>)CorpusTokens.From(s.Tokens)).ToList();
        var gold = sentences.Select(s => labels.Encode(s.Tags)).ToList();
        var profiles = new NerFeaturizer.Profile[sentences.Count][];
        var first = sentences.Select((s, i) => featurizer.Featurize(tokens[i], s.Tokens, true, out profiles[i])).ToList();
        var unlexical = _options.WordDropout > 0 ? sentences.Select((s, i) => featurizer.FeaturizeUnlexical(tokens[i], s.Tokens)).ToList() : null;
        NameLikeness? likeness = null;
        if ((groups & NerFeatureGroups.NameLike) != 0)
        {
            likeness = LikenessModels(sentences, profiles, Enumerable.Range(0, sentences.Count));
            var extra = JackknifedLikeness(sentences, profiles);
            first = [.. first.Select((f, i) => f.WithExtra(extra[i], bits))];
            unlexical = unlexical?.Select((f, i) => f.WithExtra(extra[i], bits)).ToList();
        }
        _log($"featurised {sentences.Count} sentences, {gold.Sum(g => g.Length)} tokens, {l} labels in {watch.Elapsed.TotalSeconds:F1}s");

        NerModel Make((float[] E, float[] T) one, (float[] E, float[] T)? two = null) =>
            new(labels, groups, bits, one.E, one.T, clusters, gazetteer, two?.E, two?.T, likeness);
        double DevF1(NerModel m) => dev is null ? 0 : NerEvaluator.Evaluate(m, dev).F1;

        if (!twoPass)
        {
            var one = Ensemble(seed => Perceptron(first, unlexical, gold, labels, dev is null ? null : w => DevF1(Make(w)), "", seed));
            return Make(one);
        }

        // first-pass predictions for every training sentence from a model that did not train on it
        var predicted = new int[sentences.Count][];
        for (int f = 0; f < Folds; f++)
        {
            int lo = f * sentences.Count / Folds, hi = (f + 1) * sentences.Count / Folds;
            var idx = Enumerable.Range(0, sentences.Count).Where(i => i < lo || i >= hi).ToList();
            var w = Perceptron(idx.Select(i => first[i]).ToList(), unlexical is null ? null : idx.Select(i => unlexical[i]).ToList(), idx.Select(i => gold[i]).ToList(), labels, null, $"fold {f + 1}/{Folds} ", _options.Seed);
            for (int i = lo; i < hi; i++)
                predicted[i] = Viterbi.Decode(first[i], w.Emission, w.Transition, labels);
        }
        var firstPass = Ensemble(seed => Perceptron(first, unlexical, gold, labels, null, "first pass ", seed));
        var history = DocumentHistory.Features(profiles, [.. predicted.Select(labels.ToBioIds)], labels.Bio, NerModel.CorpusHistoryWindow);
        var second = first.Select((f, i) => f.WithExtra(history[i], bits)).ToList();
        var secondUnlexical = unlexical?.Select((f, i) => f.WithExtra(history[i], bits)).ToList();
        var secondPass = Ensemble(seed => Perceptron(second, secondUnlexical, gold, labels, dev is null ? null : w => DevF1(Make(firstPass, w)), "second pass ", seed));
        _log($"trained in {watch.Elapsed.TotalSeconds:F1}s");
        return Make(firstPass, secondPass);
    }

    /// <summary>Character models from the given training sentences: each token's stem under its gold type (or O).</summary>
    private static NameLikeness LikenessModels(List<NerSentence> sentences, NerFeaturizer.Profile[][] profiles, IEnumerable<int> which) =>
        NameLikeness.FromTagged(which.SelectMany(i => profiles[i].Select((p, j) => (p.CoreKey.Length == 0 ? "" : NerFeaturizer.LikenessKey(p), sentences[i].Tags[j]))));

    /// <summary>
    /// Name-likeness feature hashes of every training token (its own and its neighbours' at ±1), from character models
    /// trained on the other folds (the folds of the history pass), so the tagger learns how far to trust the models on words they never saw.
    /// </summary>
    private static List<ulong>?[][] JackknifedLikeness(List<NerSentence> sentences, NerFeaturizer.Profile[][] profiles)
    {
        var result = new List<ulong>?[sentences.Count][];
        for (int f = 0; f < Folds; f++)
        {
            int lo = f * sentences.Count / Folds, hi = (f + 1) * sentences.Count / Folds;
            var model = LikenessModels(sentences, profiles, Enumerable.Range(0, sentences.Count).Where(i => i < lo || i >= hi));
            var cache = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            byte[] BucketsOf(NerFeaturizer.Profile p)
            {
                if (p.CoreKey.Length == 0) return [];
                var key = NerFeaturizer.LikenessKey(p);
                if (!cache.TryGetValue(key, out var b)) cache[key] = b = model.Buckets(key);
                return b;
            }
            for (int i = lo; i < hi; i++)
            {
                var ps = profiles[i];
                var extra = result[i] = new List<ulong>?[ps.Length];
                for (int j = 0; j < ps.Length; j++)
                {
                    var list = extra[j] = [];
                    NerFeaturizer.AddLikeness(list, BucketsOf(ps[j]), 0);
                    if (j > 0) NerFeaturizer.AddLikeness(list, BucketsOf(ps[j - 1]), -1);
                    if (j + 1 < ps.Length) NerFeaturizer.AddLikeness(list, BucketsOf(ps[j + 1]), 1);
                }
            }
        }
        return result;
    }

    /// <summary>Averaged perceptron epochs; with a dev scorer, returns the best epoch's averaged weights, else the last.</summary>
    private (float[] Emission, float[] Transition) Perceptron(List<FeatureSequence> data, List<FeatureSequence>? unlexical, List<int[]> gold, NerLabels labels, Func<(float[], float[]), double>? devScore, string what, int seed)
    {
        int bits = _options.Bits, l = labels.Count;
        int width = _options.SharedTypeWeights ? l + labels.TypeCount : l; // labels, then one shared column per entity type
        var w = new float[(1 << bits) * width];
        var u = new double[w.Length];
        var tw = new float[(l + 1) * l];
        var tu = new double[tw.Length];
        var order = Enumerable.Range(0, data.Count).ToArray();
        var rng = new Random(seed);
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
                var pred = Decode(x, gold[idx], w, width, tw, labels, margin);
                if (!pred.AsSpan().SequenceEqual(gold[idx]))
                {
                    mistakes++;
                    Update(x, gold[idx], pred, w, u, width, tw, tu, labels, c);
                }
                c++;
            }
            var line = $"{what}epoch {epoch}: {mistakes} sentences wrong";
            if (devScore is not null || epoch == _options.Epochs)
            {
                var averaged = (Average(w, u, c, width, labels), Average(tw, tu, c, l, labels));
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

    /// <summary>The mean of the weights of <see cref="NerTrainerOptions.Ensemble"/> perceptrons trained with different shuffles (a linear model, so this is their ensemble).</summary>
    private (float[] Emission, float[] Transition) Ensemble(Func<int, (float[] Emission, float[] Transition)> train)
    {
        var sum = train(_options.Seed);
        for (int m = 1; m < _options.Ensemble; m++)
        {
            var next = train(_options.Seed + m);
            for (int i = 0; i < sum.Emission.Length; i++) sum.Emission[i] += next.Emission[i];
            for (int i = 0; i < sum.Transition.Length; i++) sum.Transition[i] += next.Transition[i];
        }
        if (_options.Ensemble > 1)
        {
            float scale = 1f / _options.Ensemble;
            for (int i = 0; i < sum.Emission.Length; i++) sum.Emission[i] *= scale;
            for (int i = 0; i < sum.Transition.Length; i++) sum.Transition[i] *= scale;
        }
        return sum;
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

    /// <summary>
    /// Training-time decoding over the (possibly widened) weight table. With a cost, loss-augmented: every label but the
    /// gold one scores <paramref name="cost"/> more, so updates also fire on narrow wins.
    /// </summary>
    private static int[] Decode(FeatureSequence features, int[] gold, float[] w, int width, float[] tw, NerLabels labels, float cost)
    {
        int n = features.Length, l = labels.Count;
        var em = new float[n * l];
        for (int i = 0; i < n; i++)
        {
            var row = em.AsSpan(i * l, l);
            foreach (int f in features.Of(i))
            {
                var weights = w.AsSpan(f * width, width);
                Viterbi.AddRow(row, weights[..l]);
                for (int k = 1; k < l && width > l; k++) row[k] += weights[l + labels.TypeIndex[k]];
            }
            if (cost > 0)
                for (int k = 0; k < l; k++) if (k != gold[i]) row[k] += cost;
        }
        return Viterbi.Decode(em, n, tw, labels);
    }

    /// <summary>Averaged weights, folded to one column per label: a label's weight plus its type's shared weight.</summary>
    private static float[] Average(float[] w, double[] u, double c, int width, NerLabels labels)
    {
        int l = labels.Count;
        int rows = w.Length / width;
        var a = new float[rows * l];
        for (int r = 0; r < rows; r++)
            for (int k = 0; k < l; k++)
            {
                int i = r * width + k;
                double v = w[i] - u[i] / c;
                if (width > l && k > 0)
                {
                    int j = r * width + l + labels.TypeIndex[k];
                    v += w[j] - u[j] / c;
                }
                a[r * l + k] = (float)v;
            }
        return a;
    }

    private static void Update(FeatureSequence features, int[] gold, int[] pred, float[] w, double[] u, int width, float[] tw, double[] tu, NerLabels labels, double c)
    {
        int l = labels.Count;
        var type = labels.TypeIndex;
        for (int i = 0; i < gold.Length; i++)
        {
            int g = gold[i], p = pred[i];
            int gPrev = i == 0 ? l : gold[i - 1], pPrev = i == 0 ? l : pred[i - 1];
            if (g != p)
            {
                foreach (int f in features.Of(i))
                {
                    int b = f * width;
                    w[b + g] += 1; u[b + g] += c;
                    w[b + p] -= 1; u[b + p] -= c;
                    if (width == l) continue;
                    if (g > 0) { w[b + l + type[g]] += 1; u[b + l + type[g]] += c; }
                    if (p > 0) { w[b + l + type[p]] -= 1; u[b + l + type[p]] -= c; }
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
