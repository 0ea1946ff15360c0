using FluentValidation;
using FluentValidation.Results;

namespace PartnerPortal.Web.Components.Forms;

/// <summary>
/// Validation messages by field for an interactive form: the validator's, and the service's refusals (a code
/// already taken), so each shows beside its own input through the field's Error and ErrorText.
/// </summary>
public sealed class FieldMessages
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    public bool Any => _byField.Count > 0;

    public bool Has(string field) => _byField.ContainsKey(field);

    public string? Text(string field) => _byField.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>The messages no field of the form shows, said above the form instead.</summary>
    public IEnumerable<string> Except(params string[] shownFields) =>
        _byField.Where(f => !shownFields.Contains(f.Key)).SelectMany(f => f.Value);

    public void Clear() => _byField.Clear();

    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var messages))
        {
            _byField[field] = messages = [];
        }
        messages.Add(message);
    }

    public void AddAll(IEnumerable<ValidationFailure> failures)
    {
        foreach (var failure in failures)
        {
            Add(failure.PropertyName, failure.ErrorMessage);
        }
    }

    /// <summary>Replaces one field's messages with what the validator says of that field now (after the person changed it).</summary>
    public void Revalidate<T>(IValidator<T> validator, T model, string field)
    {
        _byField.Remove(field);
        AddAll(validator.Validate(model).Errors.Where(e => e.PropertyName == field));
    }
}
