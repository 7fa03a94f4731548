using System.Reflection;
using Rasd.Documents;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Tests.Text;

/// <summary>Per-thread buffers reused across texts are let go after a very large text instead of holding its memory.</summary>
public class ThreadBufferTests
{
    // a per-thread buffer's current value on this thread (ThreadStatic fields read through reflection give this thread's)
    private static int HeldLength(Type owner, string field)
    {
        var value = owner.GetField(field, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null);
        return value switch
        {
            null => 0,
            Array a => a.Length,
            System.Collections.ICollection c when value.GetType().GetProperty("Capacity") is { } p => (int)p.GetValue(value)!,
            _ => throw new InvalidOperationException($"{owner.Name}.{field} is a {value.GetType().Name}"),
        };
    }

    private static readonly (Type Owner, string Field)[] Buffers =
    [
        (typeof(Tokenizer), "t_tokens"),
        (typeof(SentenceSplitter), "t_sentences"),
        (typeof(Analysis), "t_spareMap"),
        (typeof(Rasd.Quantities.FigureStage), "t_marks"),
        (typeof(Rasd.Events.OtherReports), "t_paragraphs"),
    ];

    [Fact]
    public void AVeryLargeTextLeavesNoLargeBufferBehind()
    {
        var pipeline = new RasdPipelineBuilder().AddDefaults().Build();
        // many short paragraphs with a dated figure each: every buffer above is used, and the text is past the bound
        var paragraph = "قتل 3 مدنيين في 5 آذار 2020 بحسب المرصد.\n";
        var large = string.Concat(Enumerable.Repeat(paragraph, ThreadBuffers.MaxKeptLength / 8));
        var record = pipeline.Extract(new Document(large, null, new DateOnly(2020, 3, 6)));
        Assert.NotEmpty(record.Events);
        foreach (var (owner, field) in Buffers)
            Assert.True(HeldLength(owner, field) <= ThreadBuffers.MaxKeptLength, $"{owner.Name}.{field} holds {HeldLength(owner, field)} elements");

        // and a news-sized text after it still gets its buffers kept and reused
        pipeline.Extract(new Document(string.Concat(Enumerable.Repeat(paragraph, 20)), null, new DateOnly(2020, 3, 6)));
        Assert.True(HeldLength(typeof(Tokenizer), "t_tokens") > 0);
    }
}
