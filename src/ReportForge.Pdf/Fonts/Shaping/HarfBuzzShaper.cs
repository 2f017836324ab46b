using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace ReportForge.Pdf.Fonts.Shaping;

/// <summary>
/// The one class that touches HarfBuzz. It is reached only through <see cref="TextShaper"/> once text in a complex
/// script turns up, so the managed assembly and the native library load only then (start-up of other documents pays
/// nothing). One HarfBuzz font per font file, kept for the process like the font bytes themselves.
/// </summary>
internal sealed class HarfBuzzShaper
{
    private static int _created;

    private readonly ConcurrentDictionary<string, Lazy<Font>> _fonts = new(StringComparer.Ordinal);

    public HarfBuzzShaper()
    {
        Interlocked.Increment(ref _created);
        // Loads the native library now: a missing or broken one fails here, once, not in the middle of a line.
        using var probe = new Buffer();
    }

    /// <summary>How many shapers the process has made: zero while no complex script has been met.</summary>
    public static int Created => Volatile.Read(ref _created);

    /// <summary>Shapes <paramref name="text"/> with the font file <paramref name="faceName"/> (bytes as PDFsharp embeds them).</summary>
    public ShapedText Shape(string faceName, Func<byte[]> bytes, string text)
    {
        var font = _fonts.GetOrAdd(faceName, _ => new Lazy<Font>(() => Open(bytes()), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        // Joiners and other invisible format characters steer the shaping but draw nothing.
        buffer.Flags = BufferFlags.RemoveDefaultIgnorables;
        font.Shape(buffer);
        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var glyphs = new ShapedGlyph[infos.Length];
        var total = 0.0;
        for (var i = 0; i < glyphs.Length; i++)
        {
            var p = positions[i];
            glyphs[i] = new ShapedGlyph((int)infos[i].Codepoint, (int)infos[i].Cluster, p.XAdvance, p.XOffset, p.YOffset);
            total += p.XAdvance;
        }
        return new ShapedText(glyphs, total);
    }

    // Scaled to 1000 units per em, so advances and offsets come out in thousandths of an em whatever the font's grid.
    private static Font Open(byte[] bytes)
    {
        var data = Marshal.AllocHGlobal(bytes.Length);
        Marshal.Copy(bytes, 0, data, bytes.Length);
        var blob = new Blob(data, bytes.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(data));
        blob.MakeImmutable();
        var face = new Face(blob, 0);
        var font = new Font(face);
        font.SetFunctionsOpenType();
        font.SetScale(1000, 1000);
        return font;
    }
}
