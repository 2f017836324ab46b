namespace ReportForge.IO;

/// <summary>
/// How many bytes one kind of input may have. A file is measured before it is read and the read stops one byte past
/// the limit, so a huge file, <c>/dev/zero</c> or an endless stream is an error, never a lack of memory. The defaults
/// are listed in docs/templates.md ("What a template may read").
/// </summary>
/// <param name="Kind">What messages call this kind of file, in the plural: "template files".</param>
/// <param name="MaxBytes">The most bytes a file of this kind may have.</param>
public sealed record ReadLimit(string Kind, long MaxBytes)
{
    private const long MiB = 1024 * 1024;

    /// <summary>Notes (JSON), from a file or standard input: 64 MiB.</summary>
    public static ReadLimit Notes { get; } = new("notes", 64 * MiB);

    /// <summary>A template's text files (template.json, the entry, partials, layouts, schema, theme, strings): 4 MiB each.</summary>
    public static ReadLimit TemplateText { get; } = new("template files", 4 * MiB);

    /// <summary>Images a template shows: 32 MiB each.</summary>
    public static ReadLimit Image { get; } = new("images", 32 * MiB);

    /// <summary>A reference document (<c>--reference-doc</c>): 64 MiB.</summary>
    public static ReadLimit ReferenceDocument { get; } = new("reference documents", 64 * MiB);

    /// <summary>A build manifest (<c>reportforge.json</c>): 4 MiB.</summary>
    public static ReadLimit Manifest { get; } = new("build manifests", 4 * MiB);

    /// <summary>The record of a build's artifacts (<c>out/manifest.json</c>) that the next build reads: 256 MiB.</summary>
    public static ReadLimit BuildRecord { get; } = new("build records", 256 * MiB);

    /// <summary>A report written earlier, read back to compare its hash (streamed, never held whole): 4 GiB.</summary>
    public static ReadLimit Artifact { get; } = new("written reports", 4096 * MiB);

    /// <summary>A font file: 64 MiB.</summary>
    public static ReadLimit Font { get; } = new("fonts", 64 * MiB);

    /// <summary>The limit as people write it: "4 MiB", or a byte count when it is not a whole number of MiB.</summary>
    public string Shown => MaxBytes % MiB == 0 && MaxBytes > 0
        ? $"{MaxBytes / MiB} MiB"
        : MaxBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes";
}
