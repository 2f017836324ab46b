using System.Reflection;
using ReportForge.Markup;
using ReportForge.Model;

namespace ReportForge.Tests;

/// <summary>The model is closed at compile time and holds no mutable state a writer could change under another.</summary>
public sealed class ClosedModelTests
{
    [Theory]
    [InlineData(typeof(Block))]
    [InlineData(typeof(Inline))]
    public void Only_the_model_assembly_can_construct_a_new_kind(Type root)
    {
        var constructor = Assert.Single(root.GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public), c => c.GetParameters().Length == 0);
        Assert.True(constructor.IsFamilyAndAssembly, $"{root.Name}() is {constructor.Attributes & MethodAttributes.MemberAccessMask}");
        var kinds = root.Assembly.GetTypes().Where(t => t.IsSubclassOf(root)).ToList();
        Assert.NotEmpty(kinds);
        Assert.All(kinds, kind => Assert.True(kind.IsSealed, $"{kind.Name} is not sealed"));
    }

    [Theory]
    [InlineData(typeof(Block))]
    [InlineData(typeof(Inline))]
    public void A_kind_must_override_an_internal_abstract_member_so_no_outside_type_can_derive(Type root)
    {
        // The protected copy constructor of a non-sealed record would otherwise let an outside type chain to it.
        var flags = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly;
        var closing = Assert.Single(root.GetMethods(flags), m => m.IsAbstract && m.IsAssembly);
        Assert.Equal("OnlyTheModelDerives", closing.Name);

        var shipped = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name!.StartsWith("ReportForge.", StringComparison.Ordinal))
            .Where(a => !a.GetName().Name!.EndsWith(".Tests", StringComparison.Ordinal));
        var kinds = shipped.SelectMany(a => a.GetTypes()).Where(t => t.IsSubclassOf(root)).ToList();
        Assert.NotEmpty(kinds);
        Assert.All(kinds, kind => Assert.Equal(root.Assembly, kind.Assembly));
    }

    [Fact]
    public void An_image_reads_its_bytes_without_copying_and_offers_them_read_only()
    {
        // A baseline JPEG of 3 × 2 pixels: start, frame header, scan header, a few bytes of scan, end.
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xC0, 0, 11, 8, 0, 2, 0, 3, 1, 1, 0x11, 0, 0xFF, 0xDA, 0, 8, 1, 1, 0x00, 0, 63, 0, 0x12, 0x34, 0xFF, 0xD9];
        var image = ImageHeader.Read("a.jpg", jpeg);

        Assert.NotNull(image);
        Assert.Equal((3, 2), (image.PixelWidth, image.PixelHeight));
        Assert.Equal(typeof(ReadOnlyMemory<byte>), typeof(ImageData).GetProperty(nameof(ImageData.Bytes))!.PropertyType);
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(image.Bytes, out var held) && ReferenceEquals(jpeg, held.Array));
        using var stream = image.OpenRead();
        Assert.False(stream.CanWrite);
        Assert.Equal(jpeg, ((MemoryStream)stream).ToArray());
    }
}
