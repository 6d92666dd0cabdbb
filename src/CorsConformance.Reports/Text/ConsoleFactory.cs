using Spectre.Console;

namespace CorsConformance.Reports.Text;

/// <summary>Spectre.Console consoles over any TextWriter: coloured with Unicode borders for a terminal, plain ASCII otherwise.</summary>
internal static class ConsoleFactory
{
    public static IAnsiConsole Create(TextWriter writer, bool color, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        console.Profile.Width = Math.Max(40, width);
        console.Profile.Capabilities.Unicode = color;
        return console;
    }
}
