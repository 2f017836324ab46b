namespace ReportForge.Theming;

/// <summary>Page size and margins, in points.</summary>
public sealed class PageTheme
{
    /// <summary>The paper size.</summary>
    public PageSize Size { get; set; } = PageSize.A4;
    /// <summary>Top margin.</summary>
    public double MarginTop { get; set; } = 72;
    /// <summary>Bottom margin.</summary>
    public double MarginBottom { get; set; } = 72;
    /// <summary>Left margin.</summary>
    public double MarginLeft { get; set; } = 64;
    /// <summary>Right margin.</summary>
    public double MarginRight { get; set; } = 64;

    /// <summary>Portrait or landscape.</summary>
    public PageOrientation Orientation { get; set; } = PageOrientation.Portrait;

    /// <summary>Page width and height in points, turned for landscape.</summary>
    public (double Width, double Height) Dimensions
    {
        get
        {
            var (width, height) = Size switch
            {
                PageSize.Letter => (612, 792),
                PageSize.Legal => (612, 1008),
                _ => (595.28, 841.89),
            };
            return Orientation == PageOrientation.Landscape ? (height, width) : (width, height);
        }
    }
}
