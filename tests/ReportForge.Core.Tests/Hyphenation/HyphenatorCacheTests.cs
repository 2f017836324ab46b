using ReportForge.Text.Hyphenation;

namespace ReportForge.Tests.Hyphenation;

/// <summary>Patterns are read only for the languages asked for, once, and kept.</summary>
public sealed class HyphenatorCacheTests
{
    [Fact]
    public void Reads_no_patterns_until_a_language_is_asked_for()
    {
        var cache = new HyphenatorCache();

        Assert.Empty(cache.Loaded);
        Assert.NotNull(cache.For("fr-CA"));
        Assert.Equal(["fr"], cache.Loaded);
    }

    [Fact]
    public void Threads_asking_at_once_share_one_hyphenator()
    {
        var cache = new HyphenatorCache();
        var got = new Hyphenator?[8];

        Parallel.For(0, got.Length, i => got[i] = cache.For(i % 2 == 0 ? "de-DE" : "de-AT"));

        Assert.All(got, h => Assert.Same(got[0], h));
        Assert.Equal(["de"], cache.Loaded);
    }

    [Theory]
    [InlineData("en-US", "en-US")]
    [InlineData("en-AU", "en-US")]
    [InlineData("en", "en-US")]
    [InlineData("en-GB", "en-GB")]
    [InlineData("fr-BE", "fr")]
    [InlineData("de-CH", "de")]
    public void Chooses_patterns_by_culture(string culture, string language)
    {
        Assert.Equal(language, new HyphenatorCache().For(culture)!.Language);
    }

    [Theory]
    [InlineData("es-ES")]
    [InlineData("ja-JP")]
    [InlineData("")]
    [InlineData(null)]
    public void A_language_without_patterns_has_no_hyphenator(string? culture)
    {
        var cache = new HyphenatorCache();

        Assert.Null(cache.For(culture));
        Assert.Empty(cache.Loaded);
    }
}
