using CorsConformance.Browser;

namespace CorsConformance.Playwright.Confirmation;

/// <summary>Gets the engine's verdict for a planned case (given, or computed from the recorded answers) and compares it with Chromium's.</summary>
internal static class EngineJudge
{
    public static BrowserConfirmation Confirm(PlannedCase plan, BrowserObservation browser)
    {
        var engine = plan.GivenVerdict;
        var engineError = plan.RecordError;
        if (plan.IsWebSocket)
        {
            engineError = "the engine does not model WebSockets (browsers apply no CORS to them)";
        }
        else if (engine is null && engineError is null)
        {
            try
            {
                engine = BrowserModel.Evaluate(plan.Request, plan.Preflight?.Response, plan.Actual?.Response);
                if (plan.Redirects.Count > 0) engine = BrowserModel.EvaluateRedirects(plan.Request, engine, plan.Redirects);
            }
            catch (NotImplementedException)
            {
                engineError = "the engine's BrowserModel.Evaluate is not implemented yet";
            }
            catch (Exception e)
            {
                engineError = $"the engine threw {e.GetType().Name}: {e.Message}";
            }
        }

        var comparison = VerdictComparison.Compare(plan.Request, engine, engineError, browser, plan.Actual?.Response);
        return new BrowserConfirmation
        {
            Case = plan.Case,
            Request = plan.Request,
            Browser = browser,
            Engine = engine,
            EngineError = engineError,
            Preflight = plan.Preflight,
            Actual = plan.Actual,
            Agreement = comparison.Agreement,
            RuleAgrees = comparison.RuleAgrees,
            DetailAgrees = comparison.DetailAgrees,
            Disagreement = comparison.Disagreement,
        };
    }
}
