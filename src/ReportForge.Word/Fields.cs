using DocumentFormat.OpenXml;
using ReportForge.Word.Inlines;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word;

/// Complex fields (begin, instruction, separate, cached result, end). Word and LibreOffice show the cached
/// result as it is, so a field written with its result in place reads right before anything updates it.
internal static class Fields
{
    public static W.Run Begin() => new(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin });

    public static W.Run Instruction(string instruction) =>
        new(new W.FieldCode($" {instruction} ") { Space = SpaceProcessingModeValues.Preserve });

    public static W.Run Separate() => new(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate });

    public static W.Run End() => new(new W.FieldChar { FieldCharType = W.FieldCharValues.End });

    /// The whole field in runs; <paramref name="result"/> null leaves the cached result empty.
    public static IEnumerable<OpenXmlElement> Complete(string instruction, string? result, W.RunProperties? properties = null) =>
        Around(instruction, result is null ? null : TextRuns.Run(result, properties));

    /// The whole field in runs around <paramref name="result"/>, the run that shows its cached result (null: none).
    public static IEnumerable<OpenXmlElement> Around(string instruction, W.Run? result)
    {
        yield return Begin();
        yield return Instruction(instruction);
        yield return Separate();
        if (result is not null)
            yield return result;
        yield return End();
    }
}
