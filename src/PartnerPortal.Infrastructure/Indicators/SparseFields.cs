using System.Collections;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// A workbook row's fields where most are empty: a cell far to the right (column XFD) makes a row 16,384
/// fields wide, which costs nothing here, rather than a list of 16,384 empty strings for every such row.
/// </summary>
internal sealed class SparseFields : IReadOnlyList<string>
{
    private readonly Dictionary<int, string> _cells;

    private SparseFields(Dictionary<int, string> cells, int count) => (_cells, Count) = (cells, count);

    /// <summary>A plain list for an ordinary row, sparse fields for one that is mostly gaps.</summary>
    public static IReadOnlyList<string> Of(List<(int Column, string Text)> cells, int count)
    {
        if (count <= 64 || count <= 2 * cells.Count)
        {
            var fields = new string[count];
            Array.Fill(fields, "");
            foreach (var (column, text) in cells)
            {
                fields[column] = text;
            }
            return fields;
        }
        var sparse = new Dictionary<int, string>();
        foreach (var (column, text) in cells)
        {
            sparse[column] = text;
        }
        return new SparseFields(sparse, count);
    }

    public int Count { get; }

    public string this[int index] => (uint)index < (uint)Count ? _cells.GetValueOrDefault(index, "") : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
