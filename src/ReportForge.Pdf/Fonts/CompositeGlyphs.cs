using System.Buffers.Binary;

namespace ReportForge.Pdf.Fonts;

/// <summary>
/// PDFsharp 6.2.4's font subsetter adds the components of each composite glyph it uses, but only one level deep: a
/// component that is itself composite arrives in the subset without the glyphs it is drawn from. DejaVu Sans builds
/// most Arabic presentation forms that way (beh, teh, noon, yeh in their initial and medial forms: the body is a
/// composite inside a composite), and hundreds of accented letters, so they showed only their dots. This rewrites a
/// TrueType font once, as it is loaded, so that every composite glyph refers to simple glyphs only (offsets added up
/// along the way); glyph numbers stay as they are, so nothing else in the font changes meaning. A font without
/// nested composites (the Liberation fonts) is returned as it is.
/// </summary>
internal static class CompositeGlyphs
{
    private const ushort ArgsAreWords = 0x0001;
    private const ushort ArgsAreXyValues = 0x0002;
    private const ushort HaveScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HaveXyScale = 0x0040;
    private const ushort HaveTwoByTwo = 0x0080;
    private const ushort HaveInstructions = 0x0100;
    private const ushort UseMyMetrics = 0x0200;
    private const int MaxDepth = 8;

    private sealed record Component(ushort Flags, ushort Glyph, int Dx, int Dy, byte[] Transform);

    /// <summary>The font with nested composite glyphs flattened; the same array when there are none (or it is not TrueType).</summary>
    public static byte[] Flatten(byte[] font)
    {
        if (Glyphs.Read(font) is not { } glyphs || !glyphs.AnyNested()) return font;
        var rewritten = new Dictionary<int, byte[]>();
        for (var g = 0; g < glyphs.Count; g++)
        {
            if (glyphs.Components(g) is not { } components || !components.Any(c => glyphs.Components(c.Glyph) is not null)) continue;
            if (Expand(glyphs, g, 0) is { } flat && Write(glyphs.Data(g), flat, glyphs.Instructions(g)) is { } data) rewritten[g] = data;
        }
        return rewritten.Count == 0 ? font : glyphs.Rebuild(rewritten);
    }

    /// <summary>Glyphs named as components that have no outline in this font: what a subset left out.</summary>
    public static IReadOnlyList<int> EmptyComponents(byte[] font)
    {
        if (Glyphs.Read(font) is not { } glyphs) return [];
        var empty = new SortedSet<int>();
        for (var g = 0; g < glyphs.Count; g++)
        {
            if (glyphs.Data(g).Length == 0) continue;
            foreach (var component in glyphs.Components(g) ?? [])
            {
                if (glyphs.Data(component.Glyph).Length == 0) empty.Add(component.Glyph);
            }
        }
        return [.. empty];
    }

    /// <summary>
    /// The glyphs that have an outline in this font (a subset's kept glyphs, composites' components among them); empty
    /// when it is not TrueType.
    /// </summary>
    public static IReadOnlyList<int> Outlined(byte[] font)
    {
        if (Glyphs.Read(font) is not { } glyphs) return [];
        var outlined = new List<int>();
        for (var g = 0; g < glyphs.Count; g++)
        {
            if (glyphs.Data(g).Length > 0) outlined.Add(g);
        }
        return outlined;
    }

    // The glyph's components with composite components replaced by theirs; null when a component is placed by
    // matching points or a composite one is scaled (neither occurs in the fonts this is for: left as it is).
    private static List<Component>? Expand(Glyphs glyphs, int glyph, int depth)
    {
        if (depth > MaxDepth || glyphs.Components(glyph) is not { } components) return null;
        var flat = new List<Component>();
        foreach (var component in components)
        {
            if ((component.Flags & ArgsAreXyValues) == 0) return null;
            if (glyphs.Components(component.Glyph) is null)
            {
                flat.Add(component);
                continue;
            }
            if (component.Transform.Length > 0 || Expand(glyphs, component.Glyph, depth + 1) is not { } inner) return null;
            foreach (var part in inner)
                flat.Add(part with { Dx = part.Dx + component.Dx, Dy = part.Dy + component.Dy, Flags = (ushort)(part.Flags & ~UseMyMetrics) });
        }
        return flat;
    }

    private static byte[]? Write(ReadOnlySpan<byte> original, List<Component> components, ReadOnlySpan<byte> instructions)
    {
        var size = 10 + components.Sum(c => 8 + c.Transform.Length) + (instructions.Length > 0 ? 2 + instructions.Length : 0);
        var data = new byte[size];
        original[..10].CopyTo(data); // number of contours (-1) and the bounding box, unchanged
        var at = 10;
        for (var i = 0; i < components.Count; i++)
        {
            var c = components[i];
            if (c.Dx is < short.MinValue or > short.MaxValue || c.Dy is < short.MinValue or > short.MaxValue) return null;
            var flags = (ushort)((c.Flags & ~(MoreComponents | HaveInstructions)) | ArgsAreWords | ArgsAreXyValues);
            if (i < components.Count - 1) flags |= MoreComponents;
            else if (instructions.Length > 0) flags |= HaveInstructions;
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(at), flags);
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(at + 2), c.Glyph);
            BinaryPrimitives.WriteInt16BigEndian(data.AsSpan(at + 4), (short)c.Dx);
            BinaryPrimitives.WriteInt16BigEndian(data.AsSpan(at + 6), (short)c.Dy);
            c.Transform.CopyTo(data.AsSpan(at + 8));
            at += 8 + c.Transform.Length;
        }
        if (instructions.Length > 0)
        {
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(at), (ushort)instructions.Length);
            instructions.CopyTo(data.AsSpan(at + 2));
        }
        return data;
    }

    /// <summary>A TrueType font's tables and glyph outlines, read once.</summary>
    private sealed class Glyphs
    {
        private readonly byte[] _font;
        private readonly List<(string Tag, int Offset, int Length)> _tables;
        private readonly int[] _loca;
        private readonly int _glyf;
        private readonly Dictionary<int, List<Component>?> _components = [];

        private Glyphs(byte[] font, List<(string Tag, int Offset, int Length)> tables, int[] loca, int glyf)
        {
            _font = font;
            _tables = tables;
            _loca = loca;
            _glyf = glyf;
        }

        public int Count => _loca.Length - 1;

        public static Glyphs? Read(byte[] font)
        {
            if (font.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(font) is not (0x00010000 or 0x74727565)) return null; // TrueType outlines only
            var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
            var tables = new List<(string Tag, int Offset, int Length)>(count);
            for (var i = 0; i < count; i++)
            {
                var entry = font.AsSpan(12 + 16 * i, 16);
                tables.Add((System.Text.Encoding.ASCII.GetString(entry[..4]), (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]),
                    (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..])));
            }
            int Offset(string tag) => tables.FirstOrDefault(t => t.Tag == tag) is { Tag: not null } t ? t.Offset : -1;
            var (head, maxp, loca, glyf) = (Offset("head"), Offset("maxp"), Offset("loca"), Offset("glyf"));
            if (head < 0 || maxp < 0 || loca < 0 || glyf < 0) return null;

            var glyphs = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(maxp + 4));
            var longOffsets = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(head + 50)) == 1;
            var offsets = new int[glyphs + 1];
            for (var g = 0; g <= glyphs; g++)
            {
                offsets[g] = longOffsets
                    ? (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca + 4 * g))
                    : 2 * BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(loca + 2 * g));
            }
            return new Glyphs(font, tables, offsets, glyf);
        }

        public ReadOnlySpan<byte> Data(int glyph) =>
            glyph < Count ? _font.AsSpan(_glyf + _loca[glyph], Math.Max(0, _loca[glyph + 1] - _loca[glyph])) : [];

        /// <summary>Whether any composite glyph has a composite component: a walk over the glyphs that keeps nothing, as
        /// most fonts (the Liberation fonts) have none and are loaded at every start.</summary>
        public bool AnyNested()
        {
            for (var g = 0; g < Count; g++)
            {
                var data = Data(g);
                if (!IsComposite(data)) continue;
                var at = 10;
                ushort flags;
                do
                {
                    if (at + 4 > data.Length) break;
                    flags = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
                    if (IsComposite(Data(BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..])))) return true;
                    at += ComponentSize(flags);
                }
                while ((flags & MoreComponents) != 0);
            }
            return false;
        }

        private static bool IsComposite(ReadOnlySpan<byte> data) => data.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(data) < 0;

        // A component record: flags, glyph, two arguments (bytes or words), then its scale or matrix.
        private static int ComponentSize(ushort flags) => ((flags & ArgsAreWords) != 0 ? 8 : 6) + TransformSize(flags);

        private static int TransformSize(ushort flags) =>
            (flags & HaveScale) != 0 ? 2 : (flags & HaveXyScale) != 0 ? 4 : (flags & HaveTwoByTwo) != 0 ? 8 : 0;

        /// <summary>The components of a composite glyph; null for a simple or empty one.</summary>
        public List<Component>? Components(int glyph)
        {
            if (_components.TryGetValue(glyph, out var known)) return known;
            var data = Data(glyph);
            List<Component>? components = null;
            if (IsComposite(data))
            {
                components = [];
                var at = 10;
                ushort flags;
                do
                {
                    flags = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
                    var component = BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]);
                    var words = (flags & ArgsAreWords) != 0;
                    var dx = words ? BinaryPrimitives.ReadInt16BigEndian(data[(at + 4)..]) : (sbyte)data[at + 4];
                    var dy = words ? BinaryPrimitives.ReadInt16BigEndian(data[(at + 6)..]) : (sbyte)data[at + 5];
                    at += words ? 8 : 6;
                    var transform = TransformSize(flags);
                    components.Add(new Component(flags, component, dx, dy, data.Slice(at, transform).ToArray()));
                    at += transform;
                }
                while ((flags & MoreComponents) != 0);
            }
            _components[glyph] = components;
            return components;
        }

        /// <summary>The hinting instructions after a composite glyph's components.</summary>
        public ReadOnlySpan<byte> Instructions(int glyph)
        {
            var data = Data(glyph);
            var components = Components(glyph)!;
            if ((components[^1].Flags & HaveInstructions) == 0) return [];
            var at = 10 + components.Sum(c => ((c.Flags & ArgsAreWords) != 0 ? 8 : 6) + c.Transform.Length);
            return data.Slice(at + 2, BinaryPrimitives.ReadUInt16BigEndian(data[at..]));
        }

        /// <summary>The font with some glyphs' data replaced: glyf and loca (long offsets) rebuilt, head and maxp updated, checksums recomputed.</summary>
        public byte[] Rebuild(Dictionary<int, byte[]> replaced)
        {
            var glyf = new MemoryStream();
            var loca = new byte[4 * (Count + 1)];
            var components = 0;
            for (var g = 0; g < Count; g++)
            {
                BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * g), (uint)glyf.Length);
                glyf.Write(replaced.TryGetValue(g, out var data) ? data : Data(g));
                while (glyf.Length % 4 != 0) glyf.WriteByte(0);
                components = Math.Max(components, Components(g)?.Count ?? 0);
            }
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * Count), (uint)glyf.Length);
            foreach (var data in replaced.Values) components = Math.Max(components, CountComponents(data));

            var tables = _tables.Select(t => (t.Tag, Data: t.Tag switch
            {
                "glyf" => glyf.ToArray(),
                "loca" => loca,
                _ => _font.AsSpan(t.Offset, t.Length).ToArray(),
            })).ToList();
            var head = tables.First(t => t.Tag == "head").Data;
            BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0); // checkSumAdjustment, set below
            BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // indexToLocFormat: long offsets
            var maxp = tables.First(t => t.Tag == "maxp").Data;
            if (maxp.Length >= 32)
                BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(28), (ushort)Math.Max(components, BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(28))));

            var directory = 12 + 16 * tables.Count;
            var output = new byte[directory + tables.Sum(t => (t.Data.Length + 3) & ~3)];
            _font.AsSpan(0, 12).CopyTo(output);
            var offset = directory;
            for (var i = 0; i < tables.Count; i++)
            {
                var (tag, data) = tables[i];
                var entry = output.AsSpan(12 + 16 * i, 16);
                System.Text.Encoding.ASCII.GetBytes(tag, entry);
                BinaryPrimitives.WriteUInt32BigEndian(entry[4..], Checksum(data));
                BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)offset);
                BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)data.Length);
                data.CopyTo(output.AsSpan(offset));
                offset += (data.Length + 3) & ~3;
            }
            var headAt = (int)BinaryPrimitives.ReadUInt32BigEndian(output.AsSpan(12 + 16 * tables.FindIndex(t => t.Tag == "head") + 8));
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headAt + 8), unchecked(0xB1B0AFBA - Checksum(output)));
            return output;
        }

        private static int CountComponents(byte[] data)
        {
            var count = 0;
            var at = 10;
            ushort flags;
            do
            {
                flags = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at));
                at += ComponentSize(flags);
                count++;
            }
            while ((flags & MoreComponents) != 0);
            return count;
        }

        private static uint Checksum(ReadOnlySpan<byte> data)
        {
            uint sum = 0;
            for (var i = 0; i < data.Length; i += 4)
            {
                uint word = 0;
                for (var k = 0; k < 4; k++) word = (word << 8) | (i + k < data.Length ? data[i + k] : 0u);
                sum = unchecked(sum + word);
            }
            return sum;
        }
    }
}
