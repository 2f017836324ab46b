using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ReportForge.Text;

namespace ReportForge.Pdf.Fonts.Shaping;

/// <summary>
/// Shapes text in the scripts that need it (<see cref="ComplexScripts"/>) and remembers the result; any other text
/// gets null at the cost of one scan, and HarfBuzz is never loaded for it. When the shaping library cannot be loaded,
/// every answer is null (text is then drawn unshaped, and the writer warns by script). Thread-safe.
/// </summary>
internal static class TextShaper
{
    private static readonly ConcurrentDictionary<(string Face, string Text), ShapedText> Cache = new();
    private static readonly object Gate = new();
    private static readonly ShapedText Unshapable = new([], 0);
    private static object? _shaper; // a HarfBuzzShaper, typed object so that this class names no HarfBuzz type
    private static string? _failure;

    /// <summary>Why the shaping library could not be loaded, once a load was tried and failed; else null.</summary>
    public static string? Failure
    {
        get
        {
            lock (Gate) return _failure;
        }
    }

    /// <summary>Whether the shaping library is loaded, loading it on first call.</summary>
    public static bool Available => Shaper() is not null;

    /// <summary>
    /// The text as the face's font shapes it, or null when it needs no shaping, the shaping library is missing, or
    /// the font cannot be found.
    /// </summary>
    public static ShapedText? Shape(string text, FontFace face)
    {
        if (!ComplexScripts.NeedsShaping(text)) return null;
        if (FontCatalog.Instance.ResolveTypeface(face.Family, face.Bold, face.Italic) is not { } resolved) return null;
        var key = (resolved.FaceName, text);
        if (Cache.TryGetValue(key, out var known)) return ReferenceEquals(known, Unshapable) ? null : known;
        if (Shaper() is not { } shaper) return null;
        var shaped = ShapeWith(shaper, resolved.FaceName, text);
        // A glyph the font lacks (glyph 0) is left to the unshaped path, which measures and draws missing letters
        // one way and whose warning names them.
        if (Array.Exists(shaped.Glyphs, g => g.GlyphId == 0)) shaped = Unshapable;
        Cache.TryAdd(key, shaped);
        return ReferenceEquals(shaped, Unshapable) ? null : shaped;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ShapedText ShapeWith(object shaper, string faceName, string text) =>
        ((HarfBuzzShaper)shaper).Shape(faceName, () => FontCatalog.Instance.GetFont(faceName)
            ?? throw new InvalidOperationException($"the font {faceName} was resolved but has no bytes"), text);

    private static object? Shaper()
    {
        lock (Gate)
        {
            if (_shaper is not null || _failure is not null) return _shaper;
            try
            {
                _shaper = Create();
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or TypeInitializationException
                or TypeLoadException or FileNotFoundException)
            {
                var message = e is TypeInitializationException { InnerException: { } inner } ? inner.Message : e.Message;
                // The loader's message goes on to list every path it tried: its first sentence says enough.
                var end = message.IndexOfAny(['\n', '\r']);
                _failure = (end < 0 ? message : message[..end]).Trim();
            }
            return _shaper;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object Create() => new HarfBuzzShaper();
}
