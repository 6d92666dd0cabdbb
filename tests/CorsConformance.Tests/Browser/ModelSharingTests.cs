using CorsConformance.Browser;
using Shouldly;
using Xunit;
using static CorsConformance.Tests.Browser.BrowserFixtures;

namespace CorsConformance.Tests.Browser;

/// <summary>
/// What the browser model computes once and shares (parsed allow lists, lowercase names, accepted verdicts, a preflight's
/// wording): shared values are immutable and equal to what computing them afresh gives.
/// </summary>
public sealed class ModelSharingTests
{
    [Fact]
    public void An_allow_list_value_is_parsed_once_into_a_read_only_array()
    {
        var first = AllowListParser.Parse("GET, PUT ,\tDELETE");
        var again = AllowListParser.Parse(new string("GET, PUT ,\tDELETE".AsSpan())); // equal text, another instance
        again.Items.ShouldBeSameAs(first.Items);
        first.Items.ShouldBe(["GET", "PUT", "DELETE"]);
        first.Items.ShouldBeOfType<string[]>(); // not a List a caller could cast and change
        AllowListParser.Parse("GET, PUT").Items.ShouldBe(["GET", "PUT"]);
    }

    [Fact]
    public void An_unparseable_allow_list_stays_unparseable_when_read_again()
    {
        AllowListParser.Parse("PUT;").Parsed.ShouldBeFalse();
        AllowListParser.Parse("PUT;").Parsed.ShouldBeFalse();
        AllowListParser.Parse("PUT;").Items.ShouldBeEmpty();
    }

    [Fact]
    public void Header_names_are_lowercased_once_and_lowercase_names_are_kept_as_they_are()
    {
        var lower = HeaderNameCase.Lower("X-Request-Id");
        lower.ShouldBe("x-request-id");
        HeaderNameCase.Lower(new string("X-Request-Id".AsSpan())).ShouldBeSameAs(lower);
        const string AlreadyLower = "authorization";
        HeaderNameCase.Lower(AlreadyLower).ShouldBeSameAs(AlreadyLower);
        HeaderNameCase.Lower("X-REQUEST-ID").ShouldBe("x-request-id");
    }

    [Fact]
    public void Plain_accepted_verdicts_are_one_instance_and_copies_of_it_do_not_change_it()
    {
        var plain = BrowserVerdict.Accept();
        BrowserVerdict.Accept([]).ShouldBeSameAs(plain);
        var redirected = plain with { FinalUrl = new Uri("https://api.test/b") };
        redirected.FinalUrl.ShouldNotBeNull();
        BrowserVerdict.Accept().FinalUrl.ShouldBeNull();

        var deviation = new EngineDeviation("authorization-wildcard", VerdictKind.Blocked, VerdictKind.Accepted, "note");
        BrowserVerdict.Accept(deviations: [deviation]).ShouldNotBeSameAs(plain);
        BrowserVerdict.Accept(deviations: [deviation]).Deviations.ShouldBe([deviation]);

        IReadOnlyList<string> readable = ["x-total-count"];
        BrowserVerdict.Accept(readable).ShouldBeSameAs(BrowserVerdict.Accept(readable));
        BrowserVerdict.Accept(readable).ReadableResponseHeaders.ShouldBeSameAs(readable);
    }

    [Fact]
    public void A_preflights_reason_is_worded_when_read_and_requirements_compare_by_content()
    {
        var request = Fetch("PUT", [("Content-Type", "application/json")]);
        var requirement = BrowserModel.NeedsPreflight(request);
        requirement.Reason.ShouldBe(PreflightTrigger.Explain(request));
        requirement.Reason.ShouldBeSameAs(requirement.Reason); // worded once
        requirement.ShouldBe(BrowserModel.NeedsPreflight(Fetch("PUT", [("content-type", "application/json")])));
        requirement.GetHashCode().ShouldBe(BrowserModel.NeedsPreflight(Fetch("PUT", [("content-type", "application/json")])).GetHashCode());
        requirement.ShouldNotBe(BrowserModel.NeedsPreflight(Fetch("PUT", [("X-Other", "1")])));
        requirement.AccessControlRequestHeaders.ShouldBe("content-type");
        BrowserModel.NeedsPreflight(Fetch("GET")).Reason.ShouldBeNull();
    }

    [Fact]
    public void A_with_copy_words_its_own_header_list_not_the_originals()
    {
        var requirement = BrowserModel.NeedsPreflight(Fetch("PUT", [("Content-Type", "application/json")]));
        requirement.AccessControlRequestHeaders.ShouldBe("content-type"); // cached on the original
        var copy = requirement with { UnsafeHeaderNames = ["authorization", "content-type"] };
        copy.AccessControlRequestHeaders.ShouldBe("authorization,content-type");
        (requirement with { Required = false }).Reason.ShouldBeNull();
        (requirement with { }).Reason.ShouldBe(requirement.Reason);
        requirement.AccessControlRequestHeaders.ShouldBe("content-type");
    }
}
