namespace ReportForge.Model;

/// <summary>Image file formats the writers embed.</summary>
public enum ImageFormat
{
    /// <summary>PNG.</summary>
    Png,
    /// <summary>JPEG.</summary>
    Jpeg,
}
