using ReportForge.Text;

namespace ReportForge.Tests;

public sealed class UrlBreaksTests
{
    // The URL with a '|' at each place a line may break.
    private static string Chances(string url) => UrlBreaks.Mark(url, isUrl: true).Replace(UrlBreaks.ZeroWidthSpace, '|');

    [Theory]
    [InlineData("https://example.org/reports/2022/01/a-b.html?x=1&y=2#top", "https://|example.|org/|reports/|2022/|01/|a-|b.|html?|x=|1&|y=|2#|top")]
    [InlineData("www.example.net/a/b", "www.|example.|net/|a/|b")]
    [InlineData("https://example.org//double//x?a=1&&b=2", "https://|example.|org//|double//|x?|a=|1&&|b=|2")]
    [InlineData("ftp://files.example.org/minutes_of_session_%28draft%29.txt", "ftp://|files.|example.|org/|minutes_of_session_|%28draft|%29.|txt")]
    [InlineData("mailto:press.office@delegation.example.org", "mailto:press.|office@delegation.|example.|org")]
    [InlineData("https://example.org/wiki/Measures_(1975-1990)#Helsinki", "https://|example.|org/|wiki/|Measures_(1975-|1990)#|Helsinki")]
    [InlineData("https://example.org/a/~user/_x", "https://|example.|org/|a/|~user/|_x")]
    public void A_url_breaks_after_slash_dot_hyphen_query_and_fragment_marks_when_a_part_follows(string url, string expected) =>
        Assert.Equal(expected, Chances(url));

    [Fact]
    public void The_scheme_stays_whole_and_a_closing_stop_never_starts_a_line()
    {
        // Not between "https:" and "//", not between the two slashes; after "//" (Chicago's rule).
        Assert.Equal("https://|example.|org/", Chances("https://example.org/"));
        Assert.Equal("https://|example.|org/|a.", Chances("https://example.org/a."));
        Assert.Equal("https://|example.|org/|a),", Chances("https://example.org/a),"));
    }

    [Fact]
    public void Urls_are_found_in_text_from_their_scheme_www_or_mailto_to_the_end_of_their_word()
    {
        const string text = "See (https://x.org/a), www.y.org and mailto:a@b.example; not example.org or http:/x.";
        var found = UrlBreaks.Find(text).Select(f => text.Substring(f.Start, f.Length)).ToList();

        Assert.Equal(["https://x.org/a),", "www.y.org", "mailto:a@b.example;"], found);
        Assert.Empty(UrlBreaks.Find("https:// www. plain words"));
    }

    [Fact]
    public void Marking_text_puts_zero_width_spaces_only_into_its_urls()
    {
        Assert.Equal("Read https://\u200Bx.\u200Borg/\u200Ba-\u200Bb now. Well-known e.g. and/or stay.",
            UrlBreaks.Mark("Read https://x.org/a-b now. Well-known e.g. and/or stay.", isUrl: false));
        Assert.Same("no url here", UrlBreaks.Mark("no url here", isUrl: false));
    }

    [Theory]
    [InlineData("https://example.org/a", "https://example.org/a", true)]
    [InlineData("example.org/a", "https://example.org/a", true)]
    [InlineData("example.org", "https://example.org/", true)]
    [InlineData("a@b.example", "mailto:a@b.example", true)]
    [InlineData("the report", "https://example.org/a", false)]
    [InlineData("figures", "#figures", false)]
    [InlineData("#figures", "#figures", false)]
    public void A_link_whose_text_is_its_address_is_a_url(string text, string target, bool expected) =>
        Assert.Equal(expected, UrlBreaks.IsAddress(text, target));
}
