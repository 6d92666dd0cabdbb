using Xunit;
using CorsConformance.Xunit.Tests.ChildRuns;

[assembly: AssemblyFixture(typeof(InMemorySuitesRun))]
