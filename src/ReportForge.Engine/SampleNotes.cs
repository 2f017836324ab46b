using ReportForge.Diagnostics;
using ReportForge.IO;
using ReportForge.Notes;

namespace ReportForge;

/// <summary>The sample talks notes, built into the tool so a bare <c>reportforge</c> has something to render.</summary>
public static class SampleNotes
{
    /// <summary>The name messages use for the sample.</summary>
    public const string DisplayName = "input/talks-2022-01-11.json";

    /// <summary>The sample: the repository's copy when there is one (read as any notes file), else the built-in one.</summary>
    public static Result<NotesDocument> Load() => InputFiles.TypeOf(DisplayName) == FileType.Missing
        ? NotesDocument.Parse(BuiltIn(), DisplayName)
        : NotesDocument.Load(DisplayName);

    private static byte[] BuiltIn()
    {
        using var stream = typeof(SampleNotes).Assembly.GetManifestResourceStream("ReportForge.Engine.input/talks-2022-01-11.json")
            ?? throw new InvalidOperationException("the sample notes are missing from the build");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
