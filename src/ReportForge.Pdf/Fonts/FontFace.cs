namespace ReportForge.Pdf.Fonts;

/// <summary>A font family in one style at one size.</summary>
public readonly record struct FontFace(string Family, bool Bold, bool Italic, double Size);
