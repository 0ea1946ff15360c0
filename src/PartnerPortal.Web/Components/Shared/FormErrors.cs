using FluentValidation.Results;

namespace PartnerPortal.Web.Components.Shared;

/// <summary>Validation messages by field, for a form rendered on the server: the page shows them beside each input.</summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> _byField = new();

    public bool Any => _byField.Count > 0;

    public IReadOnlyList<string> For(string field) => _byField.TryGetValue(field, out var messages) ? messages : [];

    public IReadOnlyList<string> General => For("");

    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var messages))
        {
            _byField[field] = messages = [];
        }
        messages.Add(message);
    }

    public static FormErrors From(ValidationResult result)
    {
        var errors = new FormErrors();
        foreach (var failure in result.Errors)
        {
            errors.Add(failure.PropertyName, failure.ErrorMessage);
        }
        return errors;
    }
}
