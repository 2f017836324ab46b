using System.Collections.Concurrent;
using System.Security.Cryptography;
using PdfSharp.Fonts;
using ReportForge.IO;

namespace ReportForge.Pdf.Fonts;

/// <summary>
/// The one PDFsharp font resolver of the process. Families come from the tool's embedded fonts, then the
/// system font folders. PDFsharp caches faces by name, so face names carry a hash of the font file:
/// two different files never share a name. The system folders are read only when a family the tool does not embed is
/// asked for: reading the name of every installed font (hundreds with Noto) was a tenth of a small render's time.
/// </summary>
internal sealed class FontCatalog : IFontResolver
{
    private static readonly Lazy<FontCatalog> Shared = new(() =>
    {
        var catalog = new FontCatalog();
        GlobalFontSettings.FontResolver = catalog;
        return catalog;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ConcurrentDictionary<string, FontFile> _byFace = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<(bool Bold, bool Italic), FontSource>> _families = new(StringComparer.OrdinalIgnoreCase);
    private readonly object _gate = new();
    private readonly Lazy<bool> _systemFonts;

    private FontCatalog()
    {
        AddEmbedded("Liberation Sans", "LiberationSans-Regular.ttf", false, false);
        AddEmbedded("Liberation Sans", "LiberationSans-Bold.ttf", true, false);
        AddEmbedded("Liberation Sans", "LiberationSans-Italic.ttf", false, true);
        AddEmbedded("Liberation Sans", "LiberationSans-BoldItalic.ttf", true, true);
        AddEmbedded("Liberation Mono", "LiberationMono-Regular.ttf", false, false);
        AddEmbedded("Liberation Mono", "LiberationMono-Bold.ttf", true, false);
        _systemFonts = new(AddSystemFonts, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The process-wide catalog, installed as PDFsharp's resolver on first use.</summary>
    public static FontCatalog Instance => Shared.Value;

    /// <summary>Whether a family is known (embedded or installed).</summary>
    public bool HasFamily(string family) => Styles(family) is not null;

    // A family's styles: embedded ones first, then, only if it is not embedded, the installed ones.
    private Dictionary<(bool Bold, bool Italic), FontSource>? Styles(string family)
    {
        lock (_gate)
        {
            if (_families.TryGetValue(family, out var styles)) return styles;
        }
        if (_systemFonts.IsValueCreated) return null;
        _ = _systemFonts.Value;
        lock (_gate) return _families.GetValueOrDefault(family);
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (Styles(familyName) is not { } styles) return null;

        // Take the exact style (an installed one when the tool embeds the family without it, as Liberation Mono's
        // italic), else the nearest one and let PDFsharp simulate what is missing.
        var wanted = (bold, italic);
        FontSource? source;
        lock (_gate) styles.TryGetValue(wanted, out source);
        if (source is null && !_systemFonts.IsValueCreated)
        {
            _ = _systemFonts.Value;
            lock (_gate) styles.TryGetValue(wanted, out source);
        }
        if (source is null)
        {
            lock (_gate)
            {
                source = styles.GetValueOrDefault((bold, false)) ?? styles.GetValueOrDefault((false, italic)) ?? styles.GetValueOrDefault((false, false))
                    ?? styles.Values.First();
            }
        }
        var file = source.Load();
        _byFace.TryAdd(file.FaceName, file);
        var simulateBold = bold && !source.Bold;
        var simulateItalic = italic && !source.Italic;
        return new FontResolverInfo(file.FaceName, simulateBold, simulateItalic);
    }

    public byte[]? GetFont(string faceName) => _byFace.TryGetValue(faceName, out var file) ? file.Bytes : null;

    private void AddEmbedded(string family, string resource, bool bold, bool italic)
    {
        var assembly = typeof(FontCatalog).Assembly;
        Add(family, new FontSource(bold, italic, () =>
        {
            using var stream = assembly.GetManifestResourceStream("ReportForge.Pdf.Fonts." + resource)
                ?? throw new InvalidOperationException($"embedded font {resource} is missing from the build");
            // A resource stream knows its length: one array, no growing buffer (a tenth of a small render's start-up).
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }));
    }

    private bool AddSystemFonts()
    {
        foreach (var folder in new[] { "/usr/share/fonts", "/usr/local/share/fonts",
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts") })
        {
            // Font folders may link elsewhere (distributions do), but a link loop in one cannot make this walk endless.
            var files = FileTree.Walk(folder, roots: null)
                .Where(e => e.Kind == FileTreeEntryKind.File && e.RelativePath.EndsWith(".ttf", StringComparison.Ordinal))
                .Select(e => e.FullPath);
            foreach (var path in files)
            {
                if (TrueTypeName.Read(path) is not { } name) continue;
                lock (_gate)
                {
                    if (_families.TryGetValue(name.Family, out var known) && known.ContainsKey((name.Bold, name.Italic))) continue;
                }
                Add(name.Family, new FontSource(name.Bold, name.Italic, () => InputFiles.Read(path, ReadLimit.Font) is { Bytes: { } bytes } ? bytes
                    : throw new IOException($"the installed font {path} can no longer be read")));
            }
        }
        return true;
    }

    private void Add(string family, FontSource source)
    {
        lock (_gate)
        {
            if (!_families.TryGetValue(family, out var styles)) _families[family] = styles = [];
            styles.TryAdd((source.Bold, source.Italic), source);
        }
    }

    private sealed class FontSource(bool bold, bool italic, Func<byte[]> read)
    {
        private readonly Lazy<FontFile> _file = new(() => FontFile.From(read()), LazyThreadSafetyMode.ExecutionAndPublication);

        public bool Bold { get; } = bold;
        public bool Italic { get; } = italic;

        public FontFile Load() => _file.Value;
    }

    // PDFsharp gets the font with nested composite glyphs flattened: its subsetter only goes one level down.
    private sealed record FontFile(string FaceName, byte[] Bytes)
    {
        public static FontFile From(byte[] bytes) => new("rf-" + Convert.ToHexString(SHA256.HashData(bytes), 0, 12), CompositeGlyphs.Flatten(bytes));
    }
}
