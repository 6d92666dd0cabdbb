using CorsConformance.Playwright.Confirmation;
using CorsConformance.Playwright.Tests.Server;

namespace CorsConformance.Playwright.Tests.Differential;

/// <summary>One corpus cell: a behaviour, a request shape, and what the engine and Chromium made of it.</summary>
internal sealed record DifferentialRow(ServerBehaviour Behaviour, RequestShapes.Shape Shape, BrowserConfirmation Result);
