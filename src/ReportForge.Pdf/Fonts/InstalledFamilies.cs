using System.Collections;

namespace ReportForge.Pdf.Fonts;

/// <summary>
/// The theme's fallback families that are embedded or installed, found out when first needed: most documents never
/// need a fallback, and knowing which families are installed means reading every installed font's name.
/// </summary>
internal sealed class InstalledFamilies(IReadOnlyList<string> families) : IReadOnlyList<string>
{
    private readonly Lazy<List<string>> _installed = new(() => families.Where(FontCatalog.Instance.HasFamily).ToList(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public int Count => _installed.Value.Count;

    public string this[int index] => _installed.Value[index];

    public IEnumerator<string> GetEnumerator() => _installed.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
