using CorsConformance.Cases;
using CorsConformance.Http;
using CorsConformance.Rules;

namespace CorsConformance.Findings;

/// <summary>Judges a WebSocket upgrade from a foreign origin: browsers apply no CORS, so the server must refuse it.</summary>
internal static class WebSocketJudge
{
    public static Judgement Judge(CorsCase corsCase, Exchange attacker, Exchange? control)
    {
        var status = attacker.Response!.Status;
        if (status == 101)
        {
            var finding = FindingFactory.ForCase(RuleIds.WebSocketOriginNotChecked, Severity.Error, corsCase,
                $"A page on {corsCase.Origin} can open the WebSocket {corsCase.Path}: the upgrade was accepted (101) for a foreign Origin",
                attacker, [], browserMessage: "(no console message: browsers apply no CORS to WebSockets)");
            return new Judgement(null, [finding], false);
        }
        if (control?.Response is { Status: not 101 } refused)
            return new Judgement(null, [], false,
                $"{corsCase.Path} refused the allowed origin {corsCase.ControlOrigin} too ({refused.Status}), so an Origin check cannot be told apart from a wrong path or an authentication wall");
        return new Judgement(null, [], true);
    }
}
