using CorsConformance.Xunit.Hosting;
using Shouldly;
using Xunit;

namespace CorsConformance.Xunit.Tests.Hosting;

/// <summary>
/// The retry around Mvc.Testing's Kestrel address race: only that failure is retried, with a new factory each time, and
/// every factory that failed is disposed.
/// </summary>
public sealed class RealSocketStartTests
{
    private const string Race = "IServerAddressesFeature.Addresses cannot be modified after the server has started.";

    [Fact]
    public void The_address_race_is_retried_with_a_new_factory_and_the_failed_one_is_disposed()
    {
        var made = new List<FakeFactory>();
        var started = RealSocketStart.Start(() => { var f = new FakeFactory(); made.Add(f); return f; },
            f => { if (made.Count == 1) throw new InvalidOperationException(Race); });

        made.Count.ShouldBe(2);
        started.ShouldBeSameAs(made[1]);
        made[0].Disposed.ShouldBeTrue();
        made[1].Disposed.ShouldBeFalse();
    }

    [Fact]
    public void Any_other_failure_surfaces_at_once_and_its_factory_is_disposed()
    {
        var made = new List<FakeFactory>();
        var error = Should.Throw<InvalidOperationException>(() => RealSocketStart.Start(
            () => { var f = new FakeFactory(); made.Add(f); return f; },
            _ => throw new InvalidOperationException("The app's Program threw: no connection string")));

        error.Message.ShouldBe("The app's Program threw: no connection string");
        made.Count.ShouldBe(1);
        made[0].Disposed.ShouldBeTrue();
    }

    [Fact]
    public void A_race_lost_every_time_surfaces_after_the_last_attempt()
    {
        var made = new List<FakeFactory>();
        Should.Throw<InvalidOperationException>(() => RealSocketStart.Start(
            () => { var f = new FakeFactory(); made.Add(f); return f; },
            _ => throw new InvalidOperationException(Race))).Message.ShouldBe(Race);

        made.Count.ShouldBe(RealSocketStart.Attempts);
        made.ShouldAllBe(f => f.Disposed);
    }

    private sealed class FakeFactory : IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }
}
