using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

public sealed class LineCacheTests
{
    private static readonly FontFace Face = new("Liberation Sans", false, false, 10);

    [Fact]
    public void The_same_text_used_three_times_is_broken_once_and_taken_three_times()
    {
        var cache = new LineCache();
        var breaks = 0;
        List<TextLine> Break()
        {
            breaks++;
            return [new TextLine([], 5, 12, 9, true, false)];
        }
        IReadOnlyList<TextSpan> Bullet() => [new TextSpan("•", Face, new Rgb(0, 0, 0))];

        for (var i = 0; i < 3; i++) cache.Get(Bullet(), 15, 1.3, Break);
        Assert.Equal(1, breaks);

        cache.Filling = false;
        for (var i = 0; i < 3; i++) cache.Get(Bullet(), 15, 1.3, Break);
        Assert.Equal(1, breaks);
        // Every use has taken its lines: a drawn document holds none.
        Assert.Equal(0, cache.Count);
        // A fourth use (text the first pass did not see) is broken anew.
        cache.Get(Bullet(), 15, 1.3, Break);
        Assert.Equal(2, breaks);
    }

    [Fact]
    public void Another_width_or_another_text_is_another_answer()
    {
        var cache = new LineCache();
        var breaks = 0;
        List<TextLine> Break() { breaks++; return []; }
        cache.Get([new TextSpan("Held", Face, new Rgb(0, 0, 0))], 53, 1.2, Break);
        cache.Get([new TextSpan("Held", Face, new Rgb(0, 0, 0))], 54, 1.2, Break);
        cache.Get([new TextSpan("Agreed", Face, new Rgb(0, 0, 0))], 53, 1.2, Break);
        // Justified text is broken otherwise (total fit) than the same text set ragged.
        cache.Get([new TextSpan("Agreed", Face, new Rgb(0, 0, 0))], 53, 1.2, Break, justified: true);
        Assert.Equal(4, breaks);
        Assert.Equal(4, cache.Count);
    }
}
