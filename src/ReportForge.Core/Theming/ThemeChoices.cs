namespace ReportForge.Theming;

/// <summary>Paper sizes; the dimensions are in <see cref="PageTheme.Dimensions"/>.</summary>
public enum PageSize
{
    /// <summary>ISO A4, 210 × 297 mm.</summary>
    A4,
    /// <summary>US Letter, 8.5 × 11 in.</summary>
    Letter,
    /// <summary>US Legal, 8.5 × 14 in.</summary>
    Legal,
}

/// <summary>Which way up the paper is.</summary>
public enum PageOrientation
{
    /// <summary>Taller than wide.</summary>
    Portrait,
    /// <summary>Wider than tall.</summary>
    Landscape,
}

/// <summary>How body paragraphs are aligned.</summary>
public enum TextAlign
{
    /// <summary>Lines fill the measure; the last line of a paragraph starts at the start edge.</summary>
    Justify,
    /// <summary>Lines start at the start edge (the right margin for right-to-left paragraphs).</summary>
    Left,
}
