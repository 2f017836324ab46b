using System.Text;
using ReportForge.IO;
using ReportForge.Model;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Canvas;

/// <summary>
/// Reads a canvas log (see <see cref="CanvasLog"/>) and replays its calls, in order and as they were recorded, onto a
/// canvas. Reads as it replays: only strings that come again, faces and images are kept.
/// </summary>
internal sealed class CanvasLogReader : IDisposable
{
    private readonly BinaryReader _in;
    private readonly List<string?> _strings = [];
    private readonly List<FontFace> _faces = [];
    private readonly List<ImageData> _images = [];
    private bool _replayed;

    public CanvasLogReader(Stream stream, bool leaveOpen = false)
    {
        _in = new BinaryReader(stream, Encoding.UTF8, leaveOpen);
        if (!_in.ReadBytes(CanvasLog.Magic.Length).AsSpan().SequenceEqual(CanvasLog.Magic))
            throw new InvalidDataException("not a canvas log");
        var version = _in.Read7BitEncodedInt();
        if (version != CanvasLog.Version) throw new InvalidDataException($"canvas log version {version}; this build reads {CanvasLog.Version}");
        var metadata = new DocumentMetadata
        {
            Title = _in.ReadString(),
            Author = Optional(),
            Subject = Optional(),
            Keywords = Enumerable.Range(0, _in.Read7BitEncodedInt()).Select(_ => _in.ReadString()).ToList(),
            Language = _in.ReadString(),
            Timestamp = new DateTimeOffset(_in.ReadInt64(), TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(_in.ReadInt16())),
        };
        Header = new CanvasLogHeader(metadata, PdfA: _in.ReadBoolean(), PageCount: _in.Read7BitEncodedInt());
    }

    public CanvasLogHeader Header { get; }

    public static CanvasLogReader Open(string path)
    {
        var opened = InputFiles.Open(path, ReadLimit.Artifact, out var stream);
        return stream is not null ? new(new BufferedStream(stream, 1 << 16)) : throw new IOException($"the canvas log {path} {opened.Detail}");
    }

    /// <summary>
    /// Replays the log onto a new document set up and saved as <see cref="PdfReportWriter.Write"/> does: PDFsharp
    /// drawing our pages with no layout (the floor benchmark). Untagged, structure calls draw nothing.
    /// </summary>
    public byte[] ReplayAsPdf(bool tagged) => PdfReportWriter.Draw(Header.Metadata, Header.PdfA, Header.PageCount, tagged, Replay);

    /// <summary>Makes every recorded call on <paramref name="canvas"/>; once per reader.</summary>
    public void Replay(ICanvas canvas)
    {
        if (_replayed) throw new InvalidOperationException("a canvas log replays once");
        _replayed = true;
        while (true)
        {
            var op = (CanvasOp)_in.ReadByte();
            switch (op)
            {
                case CanvasOp.End: return;
                case CanvasOp.BeginPage: canvas.BeginPage(_in.ReadDouble(), _in.ReadDouble(), _in.Read7BitEncodedInt()); break;
                case CanvasOp.EndPage: canvas.EndPage(); break;
                case CanvasOp.DrawText: canvas.DrawText(String(), Face(), Color(), _in.ReadDouble(), _in.ReadDouble(), _in.ReadBoolean() ? String() : null); break;
                case CanvasOp.DrawRotatedText:
                    canvas.DrawRotatedText(String(), Face(), Color(), _in.ReadDouble(), _in.ReadDouble(), _in.ReadDouble(), _in.ReadDouble());
                    break;
                case CanvasOp.DrawImage: canvas.DrawImage(Image(), _in.ReadDouble(), _in.ReadDouble(), _in.ReadDouble(), _in.ReadDouble()); break;
                case CanvasOp.FillRectangle: canvas.FillRectangle(_in.ReadDouble(), _in.ReadDouble(), _in.ReadDouble(), _in.ReadDouble(), Color()); break;
                case CanvasOp.DrawLine: canvas.DrawLine(_in.ReadDouble(), _in.ReadDouble(), _in.ReadDouble(), _in.ReadDouble(), _in.ReadDouble(), Color()); break;
                case CanvasOp.AddLink: canvas.AddLink(_in.ReadDouble(), _in.ReadDouble(), _in.ReadDouble(), _in.ReadDouble(), String()); break;
                case CanvasOp.BeginLink: canvas.BeginLink(_in.ReadDouble(), _in.ReadDouble(), _in.ReadDouble(), _in.ReadDouble(), String(), String()); break;
                case CanvasOp.EndLink: canvas.EndLink(); break;
                case CanvasOp.AddAnchor: canvas.AddAnchor(String(), _in.ReadDouble()); break;
                case CanvasOp.AddOutline: canvas.AddOutline(_in.Read7BitEncodedInt(), String(), String(), _in.ReadDouble()); break;
                case CanvasOp.BeginStructure:
                    canvas.BeginStructure((StructureKind)_in.ReadByte(), _in.Read7BitEncodedInt(), _in.ReadBoolean() ? String() : null);
                    break;
                case CanvasOp.EndStructure: canvas.EndStructure(); break;
                case CanvasOp.BeginArtifact: canvas.BeginArtifact((ArtifactKind)_in.ReadByte()); break;
                case CanvasOp.ContinueStructure:
                    canvas.ContinueStructure(_in.ReadInt32(), (StructureKind)_in.ReadByte(), _in.Read7BitEncodedInt(), _in.ReadBoolean() ? String() : null);
                    break;
                case CanvasOp.EndArtifact: canvas.EndArtifact(); break;
                case CanvasOp.SetLetterSpacing: canvas.SetLetterSpacing(_in.ReadDouble()); break;
                case CanvasOp.DrawPath: canvas.DrawPath(Path(), Style()); break;
                case CanvasOp.DrawPolygon:
                    canvas.DrawPolygon(Enumerable.Range(0, _in.Read7BitEncodedInt()).Select(_ => Point()).ToList(), Style());
                    break;
                case CanvasOp.DrawArc:
                    var (x, y, radius, start) = (_in.ReadDouble(), _in.ReadDouble(), _in.ReadDouble(), _in.ReadDouble());
                    canvas.DrawArc(new CanvasArc(x, y, radius, start, _in.ReadDouble(), _in.ReadDouble()), Style());
                    break;
                default: throw new InvalidDataException($"unknown canvas log op {(byte)op}");
            }
        }
    }

    public void Dispose() => _in.Dispose();

    private string? Optional() => _in.ReadBoolean() ? _in.ReadString() : null;

    private Rgb Color() => new(_in.ReadByte(), _in.ReadByte(), _in.ReadByte());

    private PathPoint Point() => new(_in.ReadDouble(), _in.ReadDouble());

    // The recorded path is in page coordinates and drawn as recorded: replayed through a builder it would be the same.
    private CanvasPath Path()
    {
        var builder = new PathBuilder();
        var count = _in.Read7BitEncodedInt();
        for (var i = 0; i < count; i++)
        {
            switch ((PathSegmentKind)_in.ReadByte())
            {
                case PathSegmentKind.Move: var m = Point(); builder.MoveTo(m.X, m.Y); break;
                case PathSegmentKind.Line: var l = Point(); builder.LineTo(l.X, l.Y); break;
                case PathSegmentKind.Cubic:
                    var (c1, c2, end) = (Point(), Point(), Point());
                    builder.CurveTo(c1.X, c1.Y, c2.X, c2.Y, end.X, end.Y);
                    break;
                case PathSegmentKind.Close: builder.Close(); break;
                case var kind: throw new InvalidDataException($"unknown path segment {(byte)kind}");
            }
        }
        return builder.Build();
    }

    private PathStyle Style()
    {
        var flags = _in.ReadByte();
        Rgb? fill = (flags & 1) != 0 ? Color() : null;
        Rgb? stroke = (flags & 2) != 0 ? Color() : null;
        var width = _in.ReadDouble();
        DashPattern? dash = (flags & 4) != 0 ? new DashPattern(_in.ReadDouble(), _in.ReadDouble()) : null;
        return new PathStyle { Fill = fill, Stroke = stroke, LineWidth = width, Dash = dash, EvenOdd = (flags & 8) != 0, Round = (flags & 16) != 0 };
    }

    private string String()
    {
        var id = _in.Read7BitEncodedInt();
        if (id < _strings.Count) return _strings[id] ?? throw new InvalidDataException($"canvas log string {id} was marked as used once");
        var usedAgain = _in.ReadBoolean();
        var value = _in.ReadString();
        _strings.Add(usedAgain ? value : null);
        return value;
    }

    private FontFace Face()
    {
        var id = _in.Read7BitEncodedInt();
        if (id < _faces.Count) return _faces[id];
        var family = String();
        var style = _in.ReadByte();
        _faces.Add(new FontFace(family, (style & 1) != 0, (style & 2) != 0, _in.ReadDouble()));
        return _faces[id];
    }

    private ImageData Image()
    {
        var id = _in.Read7BitEncodedInt();
        if (id < _images.Count) return _images[id];
        var source = String();
        var bytes = _in.ReadBytes(_in.Read7BitEncodedInt());
        var image = new ImageData(source, bytes, (ImageFormat)_in.ReadByte(), _in.ReadInt32(), _in.ReadInt32(), _in.ReadDouble(), _in.ReadDouble());
        _images.Add(_in.ReadBoolean() ? image with { NotEmbeddable = String() } : image);
        return _images[id];
    }
}
