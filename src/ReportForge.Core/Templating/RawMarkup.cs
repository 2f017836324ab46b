namespace ReportForge.Templating;

/// <summary>Markup written as is, not escaped: what the <c>raw</c> filter and markup helpers return.</summary>
public sealed record RawMarkup(string Text)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
