namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>
/// Names the person for the audit entries written inside a block, whatever <see cref="IAuditActor"/> would say.
/// An interactive page runs in a circuit, where there is no request to read the signed-in person from; the page
/// knows them from its authentication state and says so here around each change it makes.
/// </summary>
public static class AuditActing
{
    private static readonly AsyncLocal<string?> Acting = new();

    /// <summary>The person named by the innermost open block on this flow of execution, if any.</summary>
    public static string? Current => Acting.Value;

    /// <summary>Until the returned object is disposed, audit entries written on this flow name <paramref name="person"/>.</summary>
    public static IDisposable As(string person)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(person);
        var outer = Acting.Value;
        Acting.Value = person;
        return new Restore(outer);
    }

    /// <summary>Who an entry written now names: the acting person, else the ambient actor.</summary>
    internal static string NameFor(IAuditActor ambient) => Acting.Value ?? ambient.Name;

    private sealed class Restore(string? outer) : IDisposable
    {
        public void Dispose() => Acting.Value = outer;
    }
}
