using ReportForge.Markup;
using ReportForge.Model;

namespace ReportForge.Tests;

/// <summary>
/// A bracket that opens no link is text (issue 19): every character of the input reaches the model. The spec
/// examples are CommonMark 0.31.2's; the expected text is the example's HTML with the tags taken out.
/// </summary>
public sealed class LiteralBracketTests
{
    private static string Text(string markup)
    {
        var result = MarkupConverter.Convert(markup, new DocumentMetadata { Title = "M" });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return string.Join("\n", ModelText.Flatten(result.Value.Blocks).Select(ModelText.Of));
    }

    [Theory]
    [InlineData("[not a `link](/foo`)\n", "[not a link](/foo)")] // 342
    [InlineData("[link [bar](/uri)\n", "[link bar")] // 514
    [InlineData("[foo`](/uri)`\n", "[foo](/uri)")] // 525
    [InlineData("[foo<https://example.com/?search=](uri)>\n", "[foohttps://example.com/?search=](uri)")] // 526
    [InlineData("[foo`][ref]`\n\n[ref]: /uri\n", "[foo][ref]")] // 537
    [InlineData("[foo<https://example.com/?search=][ref]>\n\n[ref]: /uri\n", "[foohttps://example.com/?search=][ref]")] // 538
    [InlineData("[foo][ref[]\n\n[ref[]: /uri\n", "[foo][ref[]\n[ref[]: /uri")] // 546
    [InlineData("[[bar [foo]\n\n[foo]: /url\n", "[[bar foo")] // 560
    public void Spec_examples_keep_every_bracket(string markup, string expected) => Assert.Equal(expected, Text(markup));

    [Theory]
    [InlineData("Note [[draft] text.", "Note [[draft] text.")]
    [InlineData("an ![unclosed image", "an ![unclosed image")]
    [InlineData("see [a] and [b", "see [a] and [b")]
    public void Unmatched_brackets_are_text(string markup, string expected) => Assert.Equal(expected, Text(markup));

    [Fact]
    public void A_bracket_inside_emphasis_keeps_the_emphasis_style()
    {
        var result = MarkupConverter.Convert("**Note [draft** text", new DocumentMetadata { Title = "M" });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(result.Value.Blocks));
        Assert.Equal<Inline>([new TextRun("Note [draft", TextStyle.Bold), new TextRun(" text")], paragraph.Content);
    }

    [Fact]
    public void A_link_after_a_stray_bracket_is_still_a_link()
    {
        var result = MarkupConverter.Convert("[link [bar](/uri)", new DocumentMetadata { Title = "M" });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(result.Value.Blocks));
        Assert.Equal(new TextRun("[link "), paragraph.Content[0]);
        var link = Assert.IsType<Link>(paragraph.Content[1]);
        Assert.Equal("/uri", link.Target);
        Assert.Equal("bar", InlineText.Plain(link.Content));
    }
}
