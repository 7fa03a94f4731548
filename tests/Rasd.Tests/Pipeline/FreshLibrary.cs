using System.Reflection;
using System.Runtime.Loader;
using Rasd.Pipeline;

namespace Rasd.Tests.Pipeline;

/// <summary>A copy of the Rasd library in its own load context, with statics of its own: no other test has loaded its lists or taken its lexicon bits.</summary>
internal sealed class FreshLibrary : IDisposable
{
    private const BindingFlags AnyStatic = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
    private readonly AssemblyLoadContext _context = new("fresh-rasd", isCollectible: true);
    private readonly Assembly _assembly;
    private object? _pipeline;

    public FreshLibrary() => _assembly = _context.LoadFromAssemblyPath(typeof(RasdPipeline).Assembly.Location);

    private Type TypeOf(string name) => _assembly.GetType(name, throwOnError: true)!;

    /// <summary>The first-key index's version: it changes whenever a list registers a key.</summary>
    public int IndexVersion => (int)Static("Rasd.Lexicons.FirstKeyIndex", "Version");

    public object Static(string type, string property) => TypeOf(type).GetProperty(property, AnyStatic)!.GetValue(null)!;

    public object Call(string type, string method, params object[] args) => TypeOf(type).GetMethod(method, AnyStatic)!.Invoke(null, args)!;

    /// <summary>The default pipeline of this copy, built on first use.</summary>
    public object Pipeline => _pipeline ??= Call("Rasd.Pipeline.RasdPipeline", "CreateDefault");

    /// <summary>The number of events extracted from a text.</summary>
    public int EventCount(string text)
    {
        var record = Pipeline.GetType().GetMethod("Extract")!.Invoke(Pipeline, [Document(text)])!;
        return ((System.Collections.ICollection)record.GetType().GetProperty("Events")!.GetValue(record)!).Count;
    }

    /// <summary>The texts of the entity mentions found in a text.</summary>
    public List<string> MentionTexts(string text)
    {
        var analysis = Pipeline.GetType().GetMethod("Analyze")!.Invoke(Pipeline, [Document(text)])!;
        var get = analysis.GetType().GetMethod("Get")!.MakeGenericMethod(TypeOf("Rasd.Entities.EntityLayer"));
        var layer = get.Invoke(analysis, null)!;
        var mentions = (System.Collections.IEnumerable)layer.GetType().GetProperty("Mentions")!.GetValue(layer)!;
        return mentions.Cast<object>().Select(m => (string)m.GetType().GetProperty("Text")!.GetValue(m)!).ToList();
    }

    private object Document(string text) =>
        Activator.CreateInstance(TypeOf("Rasd.Documents.Document"), text, null, (DateOnly?)new DateOnly(2021, 11, 10), null, null, null)!;

    public void Dispose() => _context.Unload();
}
