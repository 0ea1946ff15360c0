using System.Text;

namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>Code names (PascalCase properties and tables) as words people read.</summary>
public static class AuditWords
{
    /// <summary>"EvidenceNote" → "Evidence note", "IsDisabled" → "Disabled", "Iso3" → "Iso3".</summary>
    public static string Humanize(string name)
    {
        if (name.StartsWith("Is", StringComparison.Ordinal) && name.Length > 2 && char.IsUpper(name[2]))
        {
            name = name[2..];
        }
        var words = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            // A capital starts a word unless it continues an abbreviation ("CR", "AHP") that is not followed by a word.
            var startsWord = i > 0 && char.IsUpper(c) && (!char.IsUpper(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (startsWord)
            {
                words.Append(' ');
            }
            words.Append(i > 0 && startsWord && !(i + 1 < name.Length && char.IsUpper(name[i + 1])) ? char.ToLowerInvariant(c) : c);
        }
        return words.ToString();
    }
}
