namespace ReportForge.Word;

/// Style ids: Word's built-in ids where Word has the style, so Word and LibreOffice treat them as theirs.
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Quote = "Quote";
    public const string ListParagraph = "ListParagraph";
    public const string Caption = "Caption";
    public const string Hyperlink = "Hyperlink";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string DefaultParagraphFont = "DefaultParagraphFont";
    public const string TableNormal = "TableNormal";
    public const string NoList = "NoList";
    public const string SourceCode = "SourceCode";
    public const string VerbatimChar = "VerbatimChar";
    public const string TableText = "TableText";
    public const string ReportTable = "ReportTable";

    public const string TocHeading = "TOCHeading";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";

    public const int MaxHeadingLevel = 6;

    public static string Toc(int level) => "TOC" + Math.Clamp(level, 1, MaxHeadingLevel);

    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, MaxHeadingLevel);
}
