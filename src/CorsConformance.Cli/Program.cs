using CorsConformance.Cli;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true; // let the run stop cleanly and report "cancelled"
    cancel.Cancel();
};
return await CliApp.RunAsync(args, CliEnvironment.FromProcess(), cancel.Token);
