using System.Collections.ObjectModel;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// The problems found in a file, up to a limit: a file of a million bad rows would otherwise hold a million
/// messages in memory. Beyond the limit they are only counted, and the report ends with how many more there were.
/// </summary>
public sealed class ImportProblems : Collection<ImportProblem>
{
    public const int Limit = 1_000;

    public int Dropped { get; private set; }

    protected override void InsertItem(int index, ImportProblem item)
    {
        if (Count >= Limit)
        {
            Dropped++;
            return;
        }
        base.InsertItem(index, item);
    }

    /// <summary>The problems kept, and a last line saying how many more were found.</summary>
    public IReadOnlyList<ImportProblem> Listed() =>
        Dropped == 0 ? [.. this] : [.. this, new ImportProblem(0, 0, $"… and {Dropped:N0} more problems, not listed.")];
}
