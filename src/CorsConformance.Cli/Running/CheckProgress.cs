using CorsConformance.Probing;
using Spectre.Console;

namespace CorsConformance.Cli.Running;

/// <summary>A Spectre.Console progress bar over the cases of a run, shown only when stdout is a terminal.</summary>
internal sealed class CheckProgress
{
    private readonly IAnsiConsole? _console;
    private ProgressTask? _task;
    private int _done;
    private int _failed;
    private int _notMeasured;
    private int _total;

    private CheckProgress(IAnsiConsole? console) => _console = console;

    public static CheckProgress For(CliEnvironment environment, bool wanted) =>
        new(wanted && environment.OutputIsTerminal
            ? AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.Detect,
                ColorSystem = ColorSystemSupport.Detect,
                Interactive = InteractionSupport.Yes,
                Out = new AnsiConsoleOutput(environment.Out),
            })
            : null);

    public void OnCaseCompleted(CaseResult result)
    {
        Interlocked.Increment(ref _done);
        if (result.Outcome == CaseOutcome.Failed) Interlocked.Increment(ref _failed);
        if (result.Outcome == CaseOutcome.NotMeasured) Interlocked.Increment(ref _notMeasured);
        var task = _task;
        if (task is null) return;
        task.Increment(1);
        task.Description = Description();
    }

    public async Task<T> RunAsync<T>(int total, Func<Task<T>> run)
    {
        if (_console is null) return await run().ConfigureAwait(false);
        return await _console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                _total = total;
                _task = context.AddTask(Description(), maxValue: Math.Max(1, total));
                return await run().ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    private string Description() =>
        Markup.Escape($"{Volatile.Read(ref _done)}/{_total} cases: {Volatile.Read(ref _failed)} failed, {Volatile.Read(ref _notMeasured)} not measured");
}
