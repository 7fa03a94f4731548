using System.CommandLine;
using System.Text;
using Rasd.Cli;

Console.OutputEncoding = new UTF8Encoding(false);

var root = new RootCommand("rasd — Arabic news reports to structured, source-linked event records");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(QueryCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(GazetteerCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());

try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    // last resort: one line, never a stack trace for the user
    Console.Error.WriteLine($"rasd: {e.GetType().Name}: {e.Message}");
    return 70;
}
