namespace PartnerPortal.Web.Cli;

/// <summary>A verb, its positional words and its --name value options, parsed without surprises.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string> _options;

    private CliArguments(string verb, IReadOnlyList<string> positional, Dictionary<string, string> options)
    {
        Verb = verb;
        Positional = positional;
        _options = options;
    }

    public string Verb { get; }
    public IReadOnlyList<string> Positional { get; }

    /// <summary>Options that take no value: their presence means yes.</summary>
    private static readonly HashSet<string> Flags = ["password-stdin", "dry-run", "create-indicators", "allow-any-scale", "ratings"];

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(args[i]);
                continue;
            }
            var name = args[i][2..];
            if (Flags.Contains(name))
            {
                if (!options.TryAdd(name, "true"))
                {
                    throw new CliUsageException($"option --{name} is given twice");
                }
                continue;
            }
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new CliUsageException($"option --{name} needs a value");
            }
            if (!options.TryAdd(name, args[++i]))
            {
                throw new CliUsageException($"option --{name} is given twice");
            }
        }
        return new CliArguments(args[0], positional, options);
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _options.ContainsKey(name);

    public string RequiredOption(string name) =>
        Option(name) ?? throw new CliUsageException($"option --{name} is required");

    /// <summary>Refuses options this verb does not know, so a typo never passes silently.</summary>
    public void AllowOnly(params string[] names)
    {
        var unknown = _options.Keys.Except(names).ToList();
        if (unknown.Count > 0)
        {
            throw new CliUsageException($"unknown option --{unknown[0]} for '{Verb}'");
        }
    }

    public void ExpectPositional(int count)
    {
        if (Positional.Count != count)
        {
            throw new CliUsageException(Positional.Count > count
                ? $"unexpected argument '{Positional[count]}' for '{Verb}'"
                : $"'{Verb}' needs {count} argument(s)");
        }
    }
}
